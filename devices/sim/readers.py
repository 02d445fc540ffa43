"""Simulated QR scanner and passport reader: reads are fed by tests, the tour or a demo."""

from __future__ import annotations

import asyncio

from kiosk.ports import DeviceStatus, Health


class _FedReader:
    kind = "reader"

    def __init__(self) -> None:
        self._queue: asyncio.Queue[str] = asyncio.Queue()

    def feed(self, text: str) -> None:
        """As if the guest held a code or a document to the device."""
        self._queue.put_nowait(text)

    async def _next(self) -> str:
        return await self._queue.get()

    async def probe(self) -> DeviceStatus:
        """Health for the supervisor: a simulator is always there."""
        return DeviceStatus(self.kind, self.kind, "sim", Health.OK, "simulated")


class SimScanner(_FedReader):
    kind = "scanner"

    async def next_code(self) -> str:
        return await self._next()


class SimDocumentReader(_FedReader):
    kind = "document_reader"

    async def next_mrz(self) -> str:
        return await self._next()
