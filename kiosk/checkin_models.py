"""What the check-in shows: read models built from the database for the screen and the
CLI. Plain data; the flow in :mod:`kiosk.checkin` produces them."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from kiosk import bookings
from kiosk.db import Tx
from kiosk.travel_document import TravelDocument


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
    room_type: str = ""        # code, so the UI can translate the type's name


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


def prepaid(read: Tx, code: str) -> bool:
    row = read.one("SELECT prepaid FROM bookings WHERE code = ?", (code,))
    return bool(row and row["prepaid"])


def summary(read: Tx, code: str) -> BookingSummary:
    row = read.one(
        """SELECT b.code, b.arrival, b.departure, b.status, b.guest_id, g.first_name, g.last_name,
                  (SELECT COUNT(*) FROM bookings e WHERE e.guest_id = b.guest_id
                     AND e.status = 'checked_out') AS earlier
           FROM bookings b JOIN guests g ON g.id = b.guest_id WHERE b.code = ?""", (code,))
    assert row is not None
    arrival, departure = date.fromisoformat(row["arrival"]), date.fromisoformat(row["departure"])
    lines = tuple(RoomLine(r["position"], r["room_type"], r["room_type_name"], r["adults"],
                           r["children"], r["room"]) for r in bookings.room_lines(read, code))
    return BookingSummary(code=row["code"], first_name=row["first_name"],
                          last_name=row["last_name"], arrival=arrival, departure=departure,
                          nights=(departure - arrival).days, rooms=lines, status=row["status"],
                          returning_guest=row["earlier"] > 0)


def document_json(doc: TravelDocument) -> dict[str, str]:
    return {"surname": doc.surname, "given_names": doc.given_names,
            "nationality": doc.nationality, "document_number": doc.document_number,
            "issuing_country": doc.issuing_country,
            "date_of_birth": doc.date_of_birth.isoformat() if doc.date_of_birth else ""}


def card_json(card: Any) -> dict[str, str]:
    return {k: (v.isoformat() if isinstance(v, date) else (v or "")) for k, v in
            asdict(card).items()}
