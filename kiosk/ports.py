"""Ports: what the core asks of devices. ``devices/`` implements them; tests use the
simulators through the same interfaces."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol


class Health(StrEnum):
    OK = "ok"
    DEGRADED = "degraded"
    OFFLINE = "offline"


class AuthorisationStatus(StrEnum):
    APPROVED = "approved"
    DECLINED = "declined"
    TIMEOUT = "timeout"
    CANCELLED = "cancelled"      # the guest pressed cancel on the terminal
    RELEASED = "released"
    UNKNOWN = "unknown"          # the terminal has never seen this reference


@dataclass(frozen=True)
class Authorisation:
    reference: str               # ours, made before asking
    status: AuthorisationStatus
    authorisation: str = ""      # the acquirer's code; never a card number
    amount_cents: int = 0


class PaymentTerminal(Protocol):
    async def preauthorise(self, reference: str, amount_cents: int, currency: str) -> Authorisation:
        """Ask for a pre-authorisation. Idempotent per reference: asking again with a
        reference the terminal already approved returns that approval, never a second hold."""
        ...

    async def lookup(self, reference: str) -> Authorisation:
        """What the terminal knows of a reference (for recovery after a crash)."""
        ...

    async def release(self, reference: str) -> Authorisation:
        """Release a held pre-authorisation (the check-in was rolled back)."""
        ...


@dataclass(frozen=True)
class Card:
    uid: bytes                   # 7-byte NFC UID
    data: bytes                  # what the card holds (the credential), b"" if blank


class KeyEncoder(Protocol):
    async def read(self) -> Card | None:
        """The card at the encoder, or None when no card is present."""
        ...

    async def write(self, data: bytes) -> Card:
        """Write data to the card at the encoder and read it back."""
        ...


class CardDispenser(Protocol):
    async def to_encoder(self) -> None:
        """Move the next card from the box to the encoding position."""
        ...

    async def present(self) -> None:
        """Move the card from the encoding position to the front gate."""
        ...

    async def reject(self) -> None:
        """Drop the card at the encoding position into the reject bin."""
        ...

    async def capture(self) -> None:
        """Pull back a card left at the gate (not taken) into the bin."""
        ...


class CodeScanner(Protocol):
    async def next_code(self) -> str:
        """Wait for the next QR/barcode read; returns its text."""
        ...


class DocumentReader(Protocol):
    async def next_mrz(self) -> str:
        """Wait for the next document read; returns the raw MRZ lines joined by newlines."""
        ...


@dataclass(frozen=True)
class CheckInSlip:
    """What the receipt printer prints after a check-in. No personal data beyond the first
    name: a slip left on the kiosk must not identify the guest."""

    hotel: str
    first_name: str
    rooms: tuple[str, ...]
    floor: str
    wayfinding: str
    departure: str
    checkout_until: str
    wifi_ssid: str
    wifi_password: str
    qr_text: str


class ReceiptPrinter(Protocol):
    async def print_slip(self, slip: CheckInSlip) -> None:
        """Print the slip; raises a DeviceFault subclass on paper out or cover open."""
        ...


@dataclass(frozen=True)
class DeviceStatus:
    """What the supervisor and `kiosk doctor` report for one device."""

    name: str
    kind: str
    driver: str
    status: Health
    detail: str = ""
