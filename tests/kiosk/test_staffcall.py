"""The staff-call lifecycle: states, escalation timers, measured durations, context only."""

from __future__ import annotations

import json

import pytest

from kiosk.clock import FakeClock
from kiosk.db import Store
from kiosk.staff import Role, StaffDirectory
from kiosk.staffcall import CallNotOpen, CallState, Escalation, StaffCalls


@pytest.fixture
def calls(store: Store) -> StaffCalls:
    return StaffCalls(store, escalate_after_s=(30, 90))


@pytest.fixture
def anna(store: Store):  # type: ignore[no-untyped-def]
    return StaffDirectory(store).add("anna", "Anna", Role.STAFF, "4821")


def test_full_lifecycle_is_measured(calls: StaffCalls, anna, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    cid = calls.request(kiosk="lobby-1", screen="payment", reason="payment_declined",
                        language="fi", location="Main lobby")
    assert calls.get(cid).state == CallState.REQUESTED
    calls.offer(cid)
    clock.advance(12)
    call = calls.accept(cid, anna, eta_minutes=1)
    assert call.state == CallState.ACCEPTED and call.staff_name == "Anna"
    assert call.eta_minutes == 1
    clock.advance(50)
    calls.arrived(cid, anna)
    clock.advance(120)
    done = calls.resolve(cid, anna)
    assert calls.durations(done) == {"to_accept": 12.0, "to_arrive": 62.0, "to_resolve": 182.0}
    assert calls.open_calls() == []


def test_only_one_colleague_can_accept(calls: StaffCalls, store: Store, anna) -> None:  # type: ignore[no-untyped-def]
    ben = StaffDirectory(store).add("ben", "Ben", Role.STAFF, "7777")
    cid = calls.request(kiosk="lobby-1", screen="room", reason="", language="en")
    calls.accept(cid, anna, 2)
    with pytest.raises(CallNotOpen):
        calls.accept(cid, ben, 1)


def test_guest_cancel_then_accept_is_refused(calls: StaffCalls, anna) -> None:  # type: ignore[no-untyped-def]
    cid = calls.request(kiosk="lobby-1", screen="room", reason="", language="en")
    calls.cancel(cid)
    with pytest.raises(CallNotOpen):
        calls.accept(cid, anna, 1)


def test_unaccepted_calls_escalate_on_timers(calls: StaffCalls, clock: FakeClock) -> None:
    cid = calls.request(kiosk="lobby-1", screen="keys", reason="card_jammed", language="en",
                        priority="device_fault")
    assert calls.escalate_due() == []
    clock.advance(31)
    assert [c.escalation for c in calls.escalate_due()] == [Escalation.ALL_STAFF]
    assert calls.escalate_due() == []  # once per level
    clock.advance(60)
    assert [c.escalation for c in calls.escalate_due()] == [Escalation.DUTY_MANAGER]
    clock.advance(600)
    assert calls.escalate_due() == []  # the top level is the top
    assert calls.get(cid).level == 2


def test_accepted_calls_do_not_escalate(calls: StaffCalls, anna, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    cid = calls.request(kiosk="lobby-1", screen="keys", reason="", language="en")
    calls.accept(cid, anna, 3)
    clock.advance(500)
    assert calls.escalate_due() == []


def test_events_carry_context_not_guest_data(calls: StaffCalls, store: Store) -> None:
    calls.request(kiosk="lobby-1", screen="registration", reason="registration_invalid",
                  language="sv", location="Lobby")
    row = store.read().one("SELECT topic, payload FROM outbox WHERE topic = 'staffcall.requested'")
    assert row is not None
    payload = json.loads(row["payload"])
    assert payload["kiosk"] == "lobby-1" and payload["screen"] == "registration"
    assert payload["language"] == "sv" and payload["status"] == "requested"
    with pytest.raises(ValueError):
        calls.request(kiosk="k", screen="s", reason="", language="en", priority="urgent!")


def test_a_second_tap_joins_the_open_call(calls: StaffCalls, anna) -> None:  # type: ignore[no-untyped-def]
    first = calls.request(kiosk="lobby-1", screen="room", reason="", language="en")
    again = calls.request(kiosk="lobby-1", screen="keys", reason="card_jammed", language="en",
                          priority="device_fault")
    assert again == first
    call = calls.get(first)
    assert call.screen == "keys" and call.priority == "device_fault"
    other = calls.request(kiosk="lobby-2", screen="room", reason="", language="en")
    assert other != first
    calls.accept(first, anna, 1)
    calls.resolve(first, anna)
    assert calls.request(kiosk="lobby-1", screen="welcome", reason="", language="en") != first
