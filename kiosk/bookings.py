"""Finding a booking: the same matching for the kiosk screen and `kiosk reservations find`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from kiosk import booking_code
from kiosk.db import Tx
from kiosk.errors import (
    AlreadyCheckedIn,
    ArrivalInFuture,
    ArrivalPassed,
    BookingCancelled,
    BookingCheckedOut,
    BookingCodeTypo,
    BookingNotFound,
    InvalidBookingCode,
    LobbyError,
    OtherHotel,
    TooEarly,
)
from kiosk.text import mrz_name_keys, name_key

_BOOKING_SQL = """
    SELECT b.code, b.site, b.guest_id, b.arrival, b.departure, b.status, b.prepaid, b.notes,
           g.first_name, g.last_name, g.email
    FROM bookings b JOIN guests g ON g.id = b.guest_id
"""


@dataclass(frozen=True)
class FoundBooking:
    """A booking row with its guest's name, as the look-ups return it."""

    code: str
    site: str
    guest_id: int
    arrival: date
    departure: date
    status: str
    prepaid: bool
    first_name: str
    last_name: str
    email: str | None

    def as_json(self) -> dict[str, Any]:
        return {
            "booking_code": booking_code.display(self.code),
            "first_name": self.first_name,
            "last_name": self.last_name,
            "arrival": self.arrival.isoformat(),
            "departure": self.departure.isoformat(),
            "status": self.status,
            "site": self.site,
        }


def _found(row: dict[str, Any]) -> FoundBooking:
    return FoundBooking(
        code=row["code"], site=row["site"], guest_id=row["guest_id"],
        arrival=date.fromisoformat(row["arrival"]), departure=date.fromisoformat(row["departure"]),
        status=row["status"], prepaid=bool(row["prepaid"]), first_name=row["first_name"],
        last_name=row["last_name"], email=row["email"],
    )


def by_code(tx: Tx, text: str, today: date) -> FoundBooking:
    """The booking with this code (any site). A one-character slip raises BookingCodeTypo
    with the suggestion; it is never accepted silently."""
    code = booking_code.normalise(text)
    if not code:
        raise InvalidBookingCode("empty booking code")
    row = tx.one(_BOOKING_SQL + " WHERE b.code = ?", (code,))
    if row is not None:
        return _found(row)
    # Suggest only among bookings that could be checking in around now: fewer false friends.
    window = tx.all(
        "SELECT code FROM bookings WHERE arrival BETWEEN ? AND ?",
        ((today - timedelta(days=2)).isoformat(), (today + timedelta(days=2)).isoformat()),
    )
    near = booking_code.suggestions(code, (r["code"] for r in window))
    if len(near) == 1:
        raise BookingCodeTypo("one edit away from a known code",
                              suggestion=booking_code.display(near[0]))
    if not booking_code.is_well_formed(code):
        raise InvalidBookingCode(f"malformed booking code of length {len(code)}")
    raise BookingNotFound("no booking with this code")


def by_name(tx: Tx, surname: str, arrival: date) -> list[FoundBooking]:
    """Bookings whose guest's surname matches (case, accents and script folded) on that date."""
    key = name_key(surname)
    if not key:
        return []
    rows = tx.all(
        _BOOKING_SQL + " WHERE g.last_name_key = ? AND b.arrival = ? ORDER BY g.first_name, b.code",
        (key, arrival.isoformat()),
    )
    return [_found(r) for r in rows]


def by_document(tx: Tx, surname: str, given_names: str, date_of_birth: date | None,
                today: date) -> list[FoundBooking]:
    """Bookings arriving today for the passport holder. The surname must match in plain or
    ICAO transliteration; a known date of birth or the first given name must not
    contradict the document."""
    mrz_surname = name_key(surname)
    if not mrz_surname:
        return []
    rows = tx.all(_BOOKING_SQL + " WHERE b.arrival = ? ORDER BY g.first_name, b.code",
                  (today.isoformat(),))
    first = name_key(given_names).split(" ")[0] if given_names.strip() else ""
    out = []
    for row in rows:
        b = _found(row)
        if mrz_surname not in mrz_name_keys(b.last_name):
            continue
        guest = tx.one("SELECT date_of_birth FROM guests WHERE id = ?", (b.guest_id,))
        dob = guest["date_of_birth"] if guest else None
        if dob and date_of_birth and dob != date_of_birth.isoformat():
            continue
        first_keys = {k.split(" ")[0] for k in mrz_name_keys(b.first_name)}
        if first and not dob and first not in first_keys:
            continue
        out.append(b)
    return out


def check_can_check_in(booking: FoundBooking, *, site: str, now: datetime,
                       checkin_from: str, early_hours: int) -> None:
    """Raise the guest-facing reason why this booking cannot be checked in now."""
    today = now.date()
    if booking.site != site:
        raise OtherHotel(f"booking belongs to site {booking.site}")
    problems: dict[str, type[LobbyError]] = {
        "cancelled": BookingCancelled,
        "checked_in": AlreadyCheckedIn,
        "checked_out": BookingCheckedOut,
        "no_show": ArrivalPassed,
    }
    if booking.status in problems:
        raise problems[booking.status](f"booking status is {booking.status}")
    if booking.arrival > today:
        raise ArrivalInFuture("arrival date is later", arrival=booking.arrival.isoformat())
    if booking.departure <= today or booking.arrival < today:
        # A day late: the booking may have been released as a no-show; a person decides.
        raise ArrivalPassed("arrival date has passed")
    hour, minute = (int(p) for p in checkin_from.split(":"))
    opens = now.replace(hour=hour, minute=minute, second=0, microsecond=0)
    if now < opens - timedelta(hours=early_hours):
        raise TooEarly("before the early check-in window", checkin_from=checkin_from)


def room_lines(tx: Tx, code: str) -> list[dict[str, Any]]:
    return tx.all(
        """SELECT br.position, br.room_type, rt.name AS room_type_name, br.adults, br.children,
                  br.room
           FROM booking_rooms br JOIN room_types rt ON rt.code = br.room_type
           WHERE br.booking_code = ? ORDER BY br.position""",
        (code,),
    )
