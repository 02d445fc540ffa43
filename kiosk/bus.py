"""The branch bus, embedded: in-process publish/subscribe fed from the outbox.

Services never publish directly; they append events to the outbox in the transaction of
the change. The relay publishes what is not yet published, in order, and marks it, so
an event is never lost to a crash (it is published again after a restart: subscribers
must tolerate seeing an event twice). An MQTT bridge subscribes here later.
"""

from __future__ import annotations

import asyncio
import fnmatch
import json
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from kiosk.db import Store
from kiosk.waiting import wait_event

log = logging.getLogger("kiosk.bus")


@dataclass(frozen=True)
class Event:
    id: int
    topic: str
    payload: dict[str, Any]
    created_at: str


Handler = Callable[[Event], Awaitable[None] | None]


class Bus:
    """Topic patterns use shell wildcards: ``staffcall.*``, ``checkin.*``, ``*``."""

    def __init__(self) -> None:
        self._subscribers: list[tuple[str, Handler]] = []

    def subscribe(self, pattern: str, handler: Handler) -> Callable[[], None]:
        entry = (pattern, handler)
        self._subscribers.append(entry)
        return lambda: self._subscribers.remove(entry)

    async def publish(self, event: Event) -> None:
        for pattern, handler in list(self._subscribers):
            if fnmatch.fnmatchcase(event.topic, pattern):
                try:
                    result = handler(event)
                    if result is not None:
                        await result
                except Exception:  # one broken subscriber must not stop the others
                    log.exception("bus subscriber failed", extra={"topic": event.topic})


class OutboxRelay:
    def __init__(self, store: Store, bus: Bus, batch: int = 100) -> None:
        self.store = store
        self.bus = bus
        self.batch = batch
        self._wake = asyncio.Event()

    def poke(self) -> None:
        """Something was written: publish soon rather than at the next poll."""
        self._wake.set()

    async def publish_pending(self) -> int:
        rows = self.store.read().all(
            "SELECT id, topic, payload, created_at FROM outbox WHERE published_at IS NULL"
            " ORDER BY id LIMIT ?", (self.batch,))
        for row in rows:
            await self.bus.publish(Event(row["id"], row["topic"], json.loads(row["payload"]),
                                         row["created_at"]))
            with self.store.transaction() as tx:
                tx.execute("UPDATE outbox SET published_at = ? WHERE id = ?",
                           (self.store.clock.now_iso(), row["id"]))
        return len(rows)

    async def run(self, poll_s: float = 0.5) -> None:
        while True:
            while await self.publish_pending() == self.batch:
                pass
            await wait_event(self._wake, poll_s)
            self._wake.clear()
