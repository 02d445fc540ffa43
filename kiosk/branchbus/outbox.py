"""Outbox → MQTT with a cursor of its own, so a broker outage loses nothing.

The in-process relay marks outbox rows *published* once the local bus has them; that says
nothing about the broker. This forwarder keeps a second cursor (``branch_cursors``) that
moves only after the broker acknowledged every QoS 1 message of a batch (PUBACK). While
the broker is away the cursor stands still; after the reconnect the forwarder carries on
from it. Delivery is at-least-once: receivers apply call states idempotently.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from kiosk.bus import Event
from kiosk.db import Store
from kiosk.waiting import wait_event

# Tables branch_cursors and branch_calls: kiosk/migrations.py, schema version 4.


@dataclass(frozen=True)
class Outgoing:
    """One MQTT message to send."""

    topic: str
    payload: dict[str, Any]
    qos: int = 1
    retain: bool = False

    def encode(self) -> bytes:
        return json.dumps(self.payload, separators=(",", ":"), sort_keys=True,
                          default=str).encode()


Route = Callable[[Event], list[Outgoing]]
Publish = Callable[[Outgoing], Awaitable[None]]


class OutboxForwarder:
    """Sends outbox events to the broker in order, advancing its cursor after the PUBACKs."""

    def __init__(self, store: Store, route: Route, *, name: str = "mqtt",
                 batch: int = 100) -> None:
        self.store = store
        self.route = route
        self.name = name
        self.batch = batch
        self._wake = asyncio.Event()
        with store.transaction() as tx:
            # A first start does not replay the kiosk's whole history: open calls are
            # re-sent by the connect-time sync instead.
            tx.execute("INSERT OR IGNORE INTO branch_cursors (name, last_id)"
                       " SELECT ?, COALESCE(MAX(id), 0) FROM outbox", (name,))

    def position(self) -> int:
        row = self.store.read().one("SELECT last_id FROM branch_cursors WHERE name = ?",
                                    (self.name,))
        return int(row["last_id"]) if row else 0

    def poke(self) -> None:
        """Something reached the outbox (or the bus): look now rather than at the next poll."""
        self._wake.set()

    def pending(self) -> list[Event]:
        rows = self.store.read().all(
            "SELECT id, topic, payload, created_at FROM outbox WHERE id > ? ORDER BY id LIMIT ?",
            (self.position(), self.batch))
        return [Event(r["id"], r["topic"], json.loads(r["payload"]), r["created_at"])
                for r in rows]

    async def forward_pending(self, publish: Publish) -> int:
        """Send one batch; returns how many outbox rows it covered. Raises if the broker
        did not acknowledge (the cursor then stays where it was)."""
        events = self.pending()
        if not events:
            return 0
        for event in events:
            for message in self.route(event):
                await publish(message)  # returns after the PUBACK for QoS 1
        with self.store.transaction() as tx:
            tx.execute("UPDATE branch_cursors SET last_id = ? WHERE name = ? AND last_id < ?",
                       (events[-1].id, self.name, events[-1].id))
        return len(events)

    async def run(self, publish: Publish, poll_s: float = 1.0) -> None:
        """Forward until cancelled or until a publish fails (the link then reconnects)."""
        while True:
            self._wake.clear()
            while await self.forward_pending(publish) == self.batch:
                pass
            await wait_event(self._wake, poll_s)
