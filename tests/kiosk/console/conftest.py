"""A staff console on a real store, its relay running, driven by aiohttp's test client."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

import pytest
from aiohttp.test_utils import TestClient, TestServer

from kiosk.bus import Bus, OutboxRelay
from kiosk.config import Config
from kiosk.console import make_console
from kiosk.db import Store
from kiosk.staff import Role, StaffDirectory
from kiosk.staffcall import StaffCalls


@dataclass
class Console:
    client: TestClient[Any, Any]
    calls: StaffCalls
    relay: OutboxRelay
    bus: Bus

    async def login(self, username: str = "anna", secret: str = "4821") -> str:
        r = await self.client.post("/api/login", json={"username": username, "secret": secret})
        assert r.status == 200, await r.text()
        return str((await r.json())["csrf"])

    def raise_call(self, **context: str) -> int:
        fields = {"kiosk": "lobby-1", "screen": "payment", "reason": "payment_declined",
                  "language": "fi", "location": "Main lobby", **context}
        call_id = self.calls.request(**fields)
        self.relay.poke()  # what the kiosk's "Call staff" does after recording the call
        return call_id


@pytest.fixture
def staff(store: Store) -> StaffDirectory:
    directory = StaffDirectory(store)
    directory.add("anna", "Anna", Role.STAFF, "4821")
    directory.set_on_duty("anna", True)
    directory.add("ben", "Ben", Role.STAFF, "7777")           # off duty
    directory.add("maria", "Maria", Role.DUTY_MANAGER, "2468")
    return directory


@pytest.fixture
def console(store: Store, staff: StaffDirectory) -> Callable[[], Any]:
    """``async with console() as c``: the app served on loopback with its relay running."""
    @asynccontextmanager
    async def running(**kwargs: Any) -> AsyncIterator[Console]:
        bus = Bus()
        relay = OutboxRelay(store, bus)
        calls = StaffCalls(store)
        app = make_console(store, Config(), bus, calls=calls, wake=relay.poke,
                           tasks=[("relay", relay.run)], **kwargs)
        async with TestClient(TestServer(app)) as client:
            yield Console(client, calls, relay, bus)
    return running

