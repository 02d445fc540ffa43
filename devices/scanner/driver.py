"""Serial QR/barcode scanners and passport (MRZ) readers: the CodeScanner and
DocumentReader ports over line-oriented serial devices.

Bytes are read in the device's own thread, a fraction of a second at a time, and parsed
there; finished reads wait in a queue until ``next_code()`` / ``next_mrz()`` takes them,
so cancelling a wait never loses a read. A port that goes away is reopened with backoff
inside the wait (the supervisor reports it meanwhile): the listener never crashes.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import deque
from collections.abc import Callable
from typing import Final

from devices.scanner.protocol import MAX_LINE, Dropped, Line, LineParser, MrzAssembler
from devices.transport import DeviceGone, DeviceWorker, SerialLink, parse_tty_url
from kiosk.ports import DeviceStatus, Health

log = logging.getLogger("devices.scanner")

SCANNER_OPTIONS: Final[dict[str, tuple[type, object]]] = {
    "baud": (int, 9600),
    "max_line": (int, MAX_LINE),
    "idle": (float, 0.5),    # an unterminated line older than this is dropped
}
READER_OPTIONS: Final[dict[str, tuple[type, object]]] = {
    **SCANNER_OPTIONS,
    "gap": (float, 1.0),     # longer silence between MRZ lines ends the block
}
_READ_SLICE: Final = 0.2     # one blocking read; bounds how long a probe waits its turn
_LOG_EVERY: Final = 10.0     # the same drop reason is logged at most this often


class _SerialLineDevice:
    kind = "scanner"
    driver = "serial-lines"

    def __init__(self, path: str, *, baud: int = 9600, max_line: int = MAX_LINE,
                 idle: float = 0.5, monotonic: Callable[[], float] = time.monotonic) -> None:
        if max_line < 16 or idle <= 0:
            raise ValueError(f"devices.{self.kind}: max_line must be >= 16 and idle > 0")
        self.path = path
        self.baud = baud
        self.idle = idle
        self._monotonic = monotonic
        self._worker = DeviceWorker(self.kind)
        self._link: SerialLink | None = None
        self._parser = LineParser(max_line)
        self._reads: deque[str] = deque()
        self._last_rx = 0.0
        self._gone = ""                          # why the port is missing, "" if open
        self._logged: dict[str, tuple[float, int]] = {}  # reason -> (last log, suppressed)
        self.counters: dict[str, int] = {"reads": 0, "dropped": 0, "connects": 0}

    # -- async side -----------------------------------------------------------------
    async def _next(self) -> str:
        backoff = 0.5
        while not self._reads:
            try:
                await self._worker.run(lambda: self._pump(_READ_SLICE))
                backoff = 0.5
            except DeviceGone:
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, 10.0)
        self.counters["reads"] += 1
        return self._reads.popleft()

    async def probe(self) -> DeviceStatus:
        """Open the port if it is closed and take what has arrived (reads are kept)."""
        try:
            await self._worker.run(lambda: self._pump(0.0))
        except DeviceGone as exc:
            return DeviceStatus(self.kind, self.kind, self.driver, Health.OFFLINE,
                                f"not connected: {exc}")
        dropped = self.counters["dropped"]
        note = f"; {dropped} unreadable input(s) dropped" if dropped else ""
        return DeviceStatus(self.kind, self.kind, self.driver, Health.OK,
                            f"listening on {self.path}{note}")

    def device_info(self) -> dict[str, str]:
        return {"model": "serial line device", "port": self.path, "baud": str(self.baud)}

    async def close(self) -> None:
        await self._worker.run(self._close_link)
        self._worker.close()

    # -- device thread --------------------------------------------------------------
    def _pump(self, timeout: float) -> None:
        try:
            if self._link is None:
                self._link = SerialLink(self.path, self.baud)
                self.counters["connects"] += 1
                if self._gone:
                    log.info("device back", extra={"device": self.kind})
                self._gone = ""
            data = self._link.read(timeout)
        except DeviceGone as exc:
            self._close_link()
            if not self._gone:
                log.warning("device gone", extra={"device": self.kind, "reason": str(exc)})
            self._gone = str(exc)
            raise
        now = self._monotonic()
        events: list[Line | Dropped] = []
        if self._parser.pending and now - self._last_rx > self.idle:
            # A line left unfinished that long is dead, even if nobody was reading then.
            events += self._parser.flush()
        if data:
            self._last_rx = now
            events += self._parser.feed(data)
        for event in events:
            if isinstance(event, Line):
                self._line(event.text, now)
            else:
                self._dropped(event)
        self._tick(now)

    def _line(self, text: str, now: float) -> None:
        self._reads.append(text)

    def _tick(self, now: float) -> None:
        """Time passed with no line (MRZ blocks expire here)."""

    def _dropped(self, event: Dropped) -> None:
        self.counters["dropped"] += 1
        last, suppressed = self._logged.get(event.reason, (-_LOG_EVERY, 0))
        now = self._monotonic()
        if now - last < _LOG_EVERY:
            self._logged[event.reason] = (last, suppressed + 1)
            return
        # Reason and size only: the bytes may be a booking code or a passport line.
        more = f" ({suppressed} more since the last report)" if suppressed else ""
        log.warning("input dropped%s", more, extra={"device": self.kind,
                                                    "reason": event.reason, "count": event.size})
        self._logged[event.reason] = (now, 0)

    def _close_link(self) -> None:
        if self._link is not None:
            self._link.close()
        self._link = None


class SerialCodeScanner(_SerialLineDevice):
    """A QR/barcode scanner in serial mode (USB-CDC or RS-232), one code per line."""

    kind = "scanner"

    @classmethod
    def from_url(cls, url: str) -> SerialCodeScanner:
        """``tty:/dev/ttyACM0?baud=9600&max_line=512&idle=0.5``."""
        parsed = parse_tty_url("scanner", url, SCANNER_OPTIONS)
        return cls(parsed.path, **parsed.options)

    async def next_code(self) -> str:
        """Wait for the next code; its text without the line terminator."""
        return await self._next()


class SerialDocumentReader(_SerialLineDevice):
    """A passport reader that sends the MRZ lines of a document as one block."""

    kind = "document_reader"

    def __init__(self, path: str, *, baud: int = 9600, max_line: int = MAX_LINE,
                 idle: float = 0.5, gap: float = 1.0,
                 monotonic: Callable[[], float] = time.monotonic) -> None:
        super().__init__(path, baud=baud, max_line=max_line, idle=idle, monotonic=monotonic)
        self._mrz = MrzAssembler(gap)

    @classmethod
    def from_url(cls, url: str) -> SerialDocumentReader:
        """``tty:/dev/ttyUSB1?baud=9600&gap=1.0``."""
        parsed = parse_tty_url("document_reader", url, READER_OPTIONS)
        return cls(parsed.path, **parsed.options)

    async def next_mrz(self) -> str:
        """Wait for the next document; its MRZ lines joined by newlines."""
        return await self._next()

    def device_info(self) -> dict[str, str]:
        return {**super().device_info(), "model": "serial MRZ reader"}

    def _line(self, text: str, now: float) -> None:
        for out in self._mrz.add(text, now):
            if isinstance(out, Dropped):
                self._dropped(out)
            else:
                self._reads.append(out)

    def _tick(self, now: float) -> None:
        for out in self._mrz.expire(now):
            if isinstance(out, Dropped):
                self._dropped(out)
