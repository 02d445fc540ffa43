"""The check-in state machine: named states, named events, one frozen transition table."""

from __future__ import annotations

from enum import StrEnum
from typing import Final


class CheckInState(StrEnum):
    IDENTIFY = "identify"                # find the booking (code, name + date, QR, passport)
    CHOOSE_BOOKING = "choose_booking"    # several bookings matched: the guest picks
    CONFIRM_DETAILS = "confirm_details"
    REGISTRATION = "registration"        # the legal registration card, signed on screen
    PARKING = "parking"
    ROOM = "room"
    PAYMENT = "payment"
    KEYS = "keys"
    DONE = "done"
    # Ends without a check-in:
    CANCELLED = "cancelled"
    ROLLED_BACK = "rolled_back"          # recovered after a crash before the check-in committed


class CheckInEvent(StrEnum):
    BOOKING_FOUND = "booking_found"
    SEVERAL_FOUND = "several_found"
    BOOKING_CHOSEN = "booking_chosen"
    DETAILS_CONFIRMED = "details_confirmed"
    CARD_SIGNED = "card_signed"
    PARKING_DONE = "parking_done"
    ROOMS_ASSIGNED = "rooms_assigned"
    PAYMENT_APPROVED = "payment_approved"  # the check-in commits here
    KEYS_ISSUED = "keys_issued"
    BACK = "back"
    CANCEL = "cancel"
    ROLL_BACK = "roll_back"


S, E = CheckInState, CheckInEvent

TERMINAL: Final = frozenset({S.DONE, S.CANCELLED, S.ROLLED_BACK})

# States from which the check-in has committed (booking checked in, payment held):
# a crash here resumes; before them, a crash rolls back.
COMMITTED: Final = frozenset({S.KEYS, S.DONE})

TRANSITIONS: Final[dict[tuple[CheckInState, CheckInEvent], CheckInState]] = {
    (S.IDENTIFY, E.BOOKING_FOUND): S.CONFIRM_DETAILS,
    (S.IDENTIFY, E.SEVERAL_FOUND): S.CHOOSE_BOOKING,
    (S.CHOOSE_BOOKING, E.BOOKING_CHOSEN): S.CONFIRM_DETAILS,
    (S.CHOOSE_BOOKING, E.BACK): S.IDENTIFY,
    (S.CONFIRM_DETAILS, E.DETAILS_CONFIRMED): S.REGISTRATION,
    (S.CONFIRM_DETAILS, E.BACK): S.IDENTIFY,
    (S.REGISTRATION, E.CARD_SIGNED): S.PARKING,
    (S.REGISTRATION, E.BACK): S.CONFIRM_DETAILS,
    (S.PARKING, E.PARKING_DONE): S.ROOM,
    (S.PARKING, E.BACK): S.REGISTRATION,
    (S.ROOM, E.ROOMS_ASSIGNED): S.PAYMENT,
    (S.ROOM, E.BACK): S.PARKING,
    (S.PAYMENT, E.PAYMENT_APPROVED): S.KEYS,
    (S.PAYMENT, E.BACK): S.ROOM,
    (S.KEYS, E.KEYS_ISSUED): S.DONE,
}
# Cancel (guest, inactivity) and roll-back are possible from every state before the commit.
for _state in S:
    if _state not in TERMINAL and _state not in COMMITTED:
        TRANSITIONS[(_state, E.CANCEL)] = S.CANCELLED
        TRANSITIONS[(_state, E.ROLL_BACK)] = S.ROLLED_BACK


def next_state(state: CheckInState, event: CheckInEvent) -> CheckInState | None:
    """The state after ``event`` in ``state``, or None when the table does not allow it."""
    return TRANSITIONS.get((state, event))
