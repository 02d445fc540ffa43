"""Escalation: on-duty staff → all staff → duty manager, on the configured timers."""

from __future__ import annotations

import asyncio
from typing import Any

from kiosk.bus import Bus, Event, OutboxRelay
from kiosk.clock import FakeClock
from kiosk.db import Store
from kiosk.escalation import EscalationTimer
from kiosk.staff import StaffDirectory
from kiosk.staffcall import StaffCalls


def _setup(store: Store) -> tuple[StaffCalls, Bus, OutboxRelay, EscalationTimer, list[Any]]:
    calls = StaffCalls(store, escalate_after_s=(30, 90))
    bus = Bus()
    relay = OutboxRelay(store, bus)
    timer = EscalationTimer(calls, bus, wake=relay.poke)
    timer.attach()
    alerts: list[Any] = []
    bus.subscribe("staffcall.alert", lambda e: alerts.append(e.payload))
    return calls, bus, relay, timer, alerts


def test_levels_reach_on_duty_then_everyone_then_the_duty_manager(
        store: Store, staff: StaffDirectory, clock: FakeClock) -> None:
    calls, _bus, relay, timer, alerts = _setup(store)
    ids = {m.username: m.id for m in staff.members()}

    async def scenario() -> None:
        call_id = calls.request(kiosk="lobby-1", screen="keys", reason="card_jammed",
                                language="en", priority="device_fault")
        await relay.publish_pending()
        assert alerts[-1] == {"call": call_id, "level": 0, "kiosk": "lobby-1",
                              "escalation": "on_duty", "staff": [ids["anna"]]}
        clock.advance(29)
        assert await timer.tick() == []
        clock.advance(1)
        assert [c.level for c in await timer.tick()] == [1]
        assert alerts[-1]["escalation"] == "all_staff"
        assert sorted(alerts[-1]["staff"]) == sorted(ids.values())
        clock.advance(60)
        await timer.tick()
        assert alerts[-1]["escalation"] == "duty_manager"
        assert alerts[-1]["staff"] == [ids["maria"]]
        assert calls.get(call_id).level == 2
        clock.advance(600)
        assert await timer.tick() == []  # level 2 is the top
    asyncio.run(scenario())


def test_an_accepted_call_does_not_escalate(store: Store, staff: StaffDirectory,
                                            clock: FakeClock) -> None:
    calls, _bus, _relay, timer, _alerts = _setup(store)
    call_id = calls.request(kiosk="lobby-1", screen="room", reason="", language="en")
    calls.accept(call_id, staff.get("ben"), 2)
    clock.advance(300)
    assert asyncio.run(timer.tick()) == []


def test_with_nobody_on_duty_the_first_alert_goes_to_everyone(store: Store,
                                                              staff: StaffDirectory) -> None:
    staff.set_on_duty("anna", False)
    calls, _bus, relay, _timer, alerts = _setup(store)
    calls.request(kiosk="lobby-1", screen="room", reason="", language="en")
    asyncio.run(relay.publish_pending())
    assert len(alerts[-1]["staff"]) == 3


def test_the_duty_manager_console_is_alerted_at_level_two(console: Any, clock: FakeClock,
                                                         store: Store) -> None:
    async def scenario() -> None:
        async with console() as c:
            timer = EscalationTimer(c.calls, c.bus, wake=c.relay.poke)
            timer.attach()
            await c.login("maria", "2468")   # duty manager, not on duty
            ws = await c.client.ws_connect("/ws")
            await ws.receive_json()          # snapshot
            call_id = c.raise_call()
            clock.advance(95)
            await timer.tick()               # straight to level 2
            got: list[dict[str, Any]] = []
            while not any(m["type"] == "alert" for m in got):
                got.append(await asyncio.wait_for(ws.receive_json(), 3))
            alert = next(m for m in got if m["type"] == "alert")
            assert alert == {"type": "alert", "call": call_id, "level": 2,
                             "escalation": "duty_manager"}
            await ws.close()
    asyncio.run(scenario())


def test_alert_events_carry_no_guest_data(store: Store, staff: StaffDirectory) -> None:
    calls, bus, relay, _timer, _alerts = _setup(store)
    seen: list[Event] = []
    bus.subscribe("*", seen.append)
    calls.request(kiosk="lobby-1", screen="room", reason="", language="en")
    asyncio.run(relay.publish_pending())
    alert = next(e for e in seen if e.topic == "staffcall.alert")
    assert set(alert.payload) == {"call", "level", "kiosk", "escalation", "staff"}
