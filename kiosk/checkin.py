"""Self check-in: one guest's flow from finding the booking to holding the keys.

The flow is an explicit state machine (:mod:`kiosk.flows.checkin`); every transition is
persisted with its event in one transaction, so a crash resumes or rolls back cleanly
(:meth:`CheckInDesk.recover`). The UI calls the async intents below and reads the state;
no business rule lives in the UI.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from kiosk.flows.checkin import CheckInState


@dataclass(frozen=True)
class RoomLine:
    """One room of a booking."""

    position: int
    room_type: str             # code: single, double, twin, family, suite
    room_type_name: str
    adults: int
    children: int
    room: str | None           # assigned room number, if any


@dataclass(frozen=True)
class BookingSummary:
    """What the guest confirms. Only what the screen needs; dropped when the session ends."""

    code: str
    first_name: str
    last_name: str
    arrival: date
    departure: date
    nights: int
    rooms: tuple[RoomLine, ...]
    status: str
    returning_guest: bool


@dataclass(frozen=True)
class FieldSpec:
    """A field of the registration card, as the screen shows it."""

    name: str                  # first_name, last_name, date_of_birth, nationality, address,
                               # city, postal_code, country, document_number, document_country,
                               # arrival, departure, email
    required: bool
    editable: bool = True


@dataclass(frozen=True)
class RoomAssignment:
    room: str
    floor: int
    room_type_name: str
    wayfinding: str


@dataclass(frozen=True)
class PaymentQuote:
    amount_cents: int
    currency: str
    nights: int
    room_charge_cents: int     # 0 when prepaid
    incidentals_cents: int
    prepaid: bool


@dataclass(frozen=True)
class DoneSummary:
    rooms: tuple[RoomAssignment, ...]
    guest_first_name: str
    departure: date
    checkout_until: str
    wifi_ssid: str
    wifi_password: str
    keys_issued: int
    qr_text: str               # what the "keep your room details" QR code encodes
    parking_plate: str | None = None
    extra: dict[str, str] = field(default_factory=dict)


__all__ = [
    "BookingSummary",
    "CheckInState",
    "DoneSummary",
    "FieldSpec",
    "PaymentQuote",
    "RoomAssignment",
    "RoomLine",
]
