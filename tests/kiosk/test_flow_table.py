"""The check-in transition table is checked the way python-statemachine checks its charts."""

from __future__ import annotations

import itertools

from kiosk.flows.checkin import (
    COMMITTED,
    TERMINAL,
    TRANSITIONS,
    CheckInEvent,
    CheckInState,
    next_state,
)


def reachable(start: CheckInState) -> set[CheckInState]:
    seen = {start}
    todo = [start]
    while todo:
        s = todo.pop()
        for (src, _), dst in TRANSITIONS.items():
            if src == s and dst not in seen:
                seen.add(dst)
                todo.append(dst)
    return seen


def test_every_state_is_reachable_from_identify() -> None:
    assert reachable(CheckInState.IDENTIFY) == set(CheckInState)


def test_terminal_states_have_no_way_out() -> None:
    assert not [k for k in TRANSITIONS if k[0] in TERMINAL]


def test_every_non_terminal_state_reaches_an_end() -> None:
    for state in CheckInState:
        assert reachable(state) & TERMINAL, state


def test_cancel_is_possible_until_the_commit_and_not_after() -> None:
    for state in CheckInState:
        allowed = next_state(state, CheckInEvent.CANCEL) is not None
        assert allowed == (state not in TERMINAL and state not in COMMITTED), state


def test_back_goes_back_one_screen() -> None:
    order = [CheckInState.IDENTIFY, CheckInState.CONFIRM_DETAILS, CheckInState.REGISTRATION,
             CheckInState.PARKING, CheckInState.ROOM, CheckInState.PAYMENT]
    for earlier, later in itertools.pairwise(order):
        assert next_state(later, CheckInEvent.BACK) == earlier
    # No way back across the commit: the payment is held and the rooms are occupied.
    assert next_state(CheckInState.KEYS, CheckInEvent.BACK) is None


def test_the_happy_path() -> None:
    s = CheckInState.IDENTIFY
    for e in [CheckInEvent.BOOKING_FOUND, CheckInEvent.DETAILS_CONFIRMED, CheckInEvent.CARD_SIGNED,
              CheckInEvent.PARKING_DONE, CheckInEvent.ROOMS_ASSIGNED,
              CheckInEvent.PAYMENT_APPROVED, CheckInEvent.KEYS_ISSUED]:
        nxt = next_state(s, e)
        assert nxt is not None, (s, e)
        s = nxt
    assert s == CheckInState.DONE
