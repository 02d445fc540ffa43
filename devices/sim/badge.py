"""Simulated staff card reader: taps are fed by tests, the tour or a demo."""

from __future__ import annotations

import asyncio

from kiosk.ports import DeviceStatus, Health


class SimBadgeReader:
    """The :class:`kiosk.staff.BadgeReader` port without a reader: ``feed`` is a tap."""

    kind = "staff_reader"
    driver = "sim"

    def __init__(self) -> None:
        self._queue: asyncio.Queue[bytes] = asyncio.Queue()

    def feed(self, uid: bytes) -> None:
        """As if a staff member tapped the card with this UID on the reader."""
        self._queue.put_nowait(bytes(uid))

    async def next_badge(self) -> bytes:
        return await self._queue.get()

    async def probe(self) -> DeviceStatus:
        """Health for the supervisor: a simulator is always there."""
        return DeviceStatus(self.kind, self.kind, "sim", Health.OK, "simulated")
