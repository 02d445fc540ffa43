from __future__ import annotations

import asyncio

from kiosk.bus import Bus, Event, OutboxRelay
from kiosk.db import Store
from kiosk.staffcall import StaffCalls


def test_outbox_events_are_published_once_in_order(store: Store) -> None:
    calls = StaffCalls(store)
    for kiosk, screen in (("k1", "welcome"), ("k2", "payment"), ("k3", "keys")):
        calls.request(kiosk=kiosk, screen=screen, reason="guest", language="fi")
    bus = Bus()
    seen: list[Event] = []
    bus.subscribe("staffcall.*", seen.append)
    relay = OutboxRelay(store, bus)
    assert asyncio.run(relay.publish_pending()) == 3
    assert [e.payload["screen"] for e in seen] == ["welcome", "payment", "keys"]
    assert asyncio.run(relay.publish_pending()) == 0
    assert len(seen) == 3


def test_a_failing_subscriber_does_not_stop_the_others(store: Store) -> None:
    StaffCalls(store).request(kiosk="k1", screen="room", reason="guest", language="en")
    bus = Bus()
    got: list[str] = []

    def broken(_e: Event) -> None:
        raise RuntimeError("boom")

    async def good(e: Event) -> None:
        got.append(e.topic)

    bus.subscribe("*", broken)
    bus.subscribe("staffcall.requested", good)
    asyncio.run(OutboxRelay(store, bus).publish_pending())
    assert got == ["staffcall.requested"]


def test_unpublished_events_survive_a_restart(store: Store) -> None:
    StaffCalls(store).request(kiosk="k1", screen="room", reason="guest", language="en")
    # A crash before the relay ran: a new relay (a restarted kiosk) still publishes it.
    seen: list[Event] = []
    bus = Bus()
    bus.subscribe("*", seen.append)
    asyncio.run(OutboxRelay(store, bus).publish_pending())
    assert [e.topic for e in seen] == ["staffcall.requested"]
