"""The booking the guest is checking in, and the bookings to choose from when several match.

Wraps :class:`kiosk.checkin.BookingSummary`. Dates are formatted here for the guest's
language; counts (nights, adults) stay numbers and QML words them with ``qsTr("%n ...")``.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Property, QObject, Signal

from kiosk import booking_code
from kiosk.checkin import BookingSummary
from ui import formatting, messages
from ui.bindable import Bindable, RowsModel, readonly

ROOM_ROLES = ("roomTypeName", "adults", "children", "room")
CANDIDATE_ROLES = ("code", "shownCode", "firstName", "lastName", "arrival", "departure",
                   "nights", "roomTypes", "guests")


def masked_code(code: str) -> str:
    """'JARV2345' -> 'JA••-••45': enough for the owner to recognise, little for others."""
    return f"{code[:2]}••-••{code[-2:]}" if len(code) == booking_code.LENGTH else "••••"


class BookingViewModel(Bindable):
    """Exposed to QML as ``checkIn.booking``."""

    hasBookingChanged = Signal()
    codeChanged = Signal()
    firstNameChanged = Signal()
    lastNameChanged = Signal()
    arrivalChanged = Signal()
    departureChanged = Signal()
    nightsChanged = Signal()
    returningGuestChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__({"hasBooking": False, "code": "", "firstName": "", "lastName": "",
                          "arrival": "", "departure": "", "nights": 0,
                          "returningGuest": False}, parent)
        self._booking: BookingSummary | None = None
        self._candidates: tuple[BookingSummary, ...] = ()
        self._rooms = RowsModel(ROOM_ROLES, self)
        self._candidate_rows = RowsModel(CANDIDATE_ROLES, self)

    hasBooking = readonly(bool, "hasBooking", hasBookingChanged)
    code = readonly(str, "code", codeChanged)
    firstName = readonly(str, "firstName", firstNameChanged)
    lastName = readonly(str, "lastName", lastNameChanged)
    arrival = readonly(str, "arrival", arrivalChanged)
    departure = readonly(str, "departure", departureChanged)
    nights = readonly(int, "nights", nightsChanged)
    returningGuest = readonly(bool, "returningGuest", returningGuestChanged)
    rooms = Property(QObject, lambda self: self._rooms, constant=True)
    candidates = Property(QObject, lambda self: self._candidate_rows, constant=True)

    def show(self, booking: BookingSummary | None, candidates: Sequence[BookingSummary],
             language: str) -> None:
        self._booking = booking
        self._candidates = tuple(candidates)
        self.relabel(language)

    def relabel(self, language: str) -> None:
        """Re-make every formatted text, e.g. after the guest changed language."""
        b = self._booking
        if b is None:
            self._reset_values()
            self._rooms.clear()
        else:
            self._set_many(hasBooking=True, code=booking_code.display(b.code),
                           firstName=b.first_name, lastName=b.last_name,
                           arrival=formatting.long_date(b.arrival, language),
                           departure=formatting.long_date(b.departure, language),
                           nights=b.nights, returningGuest=b.returning_guest)
            self._rooms.replace({"roomTypeName": messages.room_type_name(line.room_type,
                                                                         line.room_type_name),
                                 "adults": line.adults,
                                 "children": line.children, "room": line.room or ""}
                                for line in b.rooms)
        self._candidate_rows.replace(
            {"code": c.code, "shownCode": masked_code(c.code), "firstName": c.first_name,
             "lastName": c.last_name, "arrival": formatting.short_date(c.arrival, language),
             "departure": formatting.short_date(c.departure, language), "nights": c.nights,
             "roomTypes": ", ".join(messages.room_type_name(line.room_type, line.room_type_name)
                                    for line in c.rooms),
             "guests": sum(line.adults + line.children for line in c.rooms)}
            for c in self._candidates)

    def clear(self) -> None:
        self.show(None, (), "en")
