"""``SerialCardDispenser``: the CardDispenser port over the CRT-591 family's serial protocol.

Every exchange runs in the dispenser's own thread (:class:`DeviceWorker`): the command
frame, its ACK (sent again on NAK or silence), ENQ, then the answer (NAKed and sent
again when it arrives damaged). A motion command is never repeated after its ENQ: if
its answer is lost, the status request tells where the card went.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Final

from devices.dispenser.protocol import (
    ACK,
    EMPTY_CODE,
    ENQ,
    JAM_CODES,
    NAK,
    NOT_INITIALISED_CODE,
    STATUS_CARD,
    VERSION_READ,
    BoxLevel,
    CardPosition,
    Cmd,
    Control,
    DispenserProtocolError,
    DispenserRefused,
    Frame,
    FrameKind,
    FrameParser,
    Init,
    Move,
    Rejected,
    Sensors,
    command,
    sensors,
)
from devices.transport import (
    DeviceError,
    DeviceGone,
    DeviceTimeout,
    DeviceWorker,
    SerialLink,
    parse_tty_url,
)
from kiosk.errors import CardBoxEmpty, CardJammed, CardNotTaken, DeviceFault
from kiosk.ports import DeviceStatus, Health

log = logging.getLogger("devices.dispenser")

# option -> (type, default); the order is the grammar's order in error messages.
OPTIONS: Final[dict[str, tuple[type, object]]] = {
    "baud": (int, 9600),
    "address": (int, 0),
    "timeout": (float, 5.0),       # answer after ENQ: a motion takes ~1-2 s
    "ack_timeout": (float, 0.3),   # ACK after a command frame
    "retries": (int, 3),           # resends on NAK/silence, and NAKs of a damaged answer
    "take_timeout": (float, 30.0),  # a card left at the gate this long is captured
    "poll": (float, 0.25),         # how often the gate is checked while waiting
}
_GAP: Final = 0.2  # silence that ends a partial frame (9600 Bd sends a byte per ~1 ms)




@dataclass(frozen=True)
class DispenserStatus:
    position: CardPosition
    box: BoxLevel
    bin_full: bool
    jammed: bool
    card_not_taken: bool    # the last presented card was captured back

    def health(self) -> tuple[Health, str]:
        """Health for the supervisor, with the reason a technician reads."""
        where = {CardPosition.NONE: "no card inside", CardPosition.GATE: "card at gate",
                 CardPosition.ENCODER: "card at encoder"}[self.position]
        if self.jammed:
            return Health.OFFLINE, f"card jam: clear the card path ({where})"
        if self.box == BoxLevel.EMPTY:
            return Health.OFFLINE, "card box empty"
        problems = [p for p, on in (("reject bin full", self.bin_full),
                                    ("card box low", self.box == BoxLevel.LOW)) if on]
        if problems:
            return Health.DEGRADED, f"{', '.join(problems)}; {where}"
        note = "; last card not taken (captured)" if self.card_not_taken else ""
        return Health.OK, f"ready; card box ok; {where}{note}"


class SerialCardDispenser:
    """A CRT-591-family dispenser on a serial port. The port is opened on first use (or
    probe), so a dispenser missing at start-up makes the kiosk degraded, not dead."""

    driver = "crt591"

    def __init__(self, path: str, *, baud: int = 9600, address: int = 0,
                 timeout: float = 5.0, ack_timeout: float = 0.3, retries: int = 3,
                 take_timeout: float = 30.0, poll: float = 0.25,
                 monotonic: Callable[[], float] = time.monotonic) -> None:
        if not 0 <= address <= 0x0F:
            raise ValueError("devices.dispenser: address must be 0..15")
        if retries < 0 or timeout <= 0 or ack_timeout <= 0 or take_timeout < 0 or poll <= 0:
            raise ValueError("devices.dispenser: timeouts must be positive, retries >= 0")
        self.path = path
        self.baud = baud
        self.address = address
        self.timeout = timeout
        self.ack_timeout = ack_timeout
        self.retries = retries
        self.take_timeout = take_timeout
        self.poll = poll
        self._monotonic = monotonic
        self._worker = DeviceWorker("dispenser")
        self._link: SerialLink | None = None
        self._initialised = False
        self._jammed = False
        self._not_taken = False
        self.firmware = ""
        self.counters: dict[str, int] = dict.fromkeys(
            ("presented", "taken", "captured", "rejected", "jams", "retries", "timeouts",
             "connects"), 0)

    @classmethod
    def from_url(cls, url: str) -> SerialCardDispenser:
        """``tty:/dev/ttyUSB0?baud=9600&address=0&...``; see OPTIONS for the rest."""
        parsed = parse_tty_url("dispenser", url, OPTIONS)
        return cls(parsed.path, **parsed.options)

    # -- the port ----------------------------------------------------------------------
    async def to_encoder(self) -> None:
        """Bring a card to the RF position. A card already there (after a crash) is
        used; a card left at the gate is captured first (its key was voided)."""
        with _as_fault():
            s = await self._sensors()
            if s.position == CardPosition.ENCODER:
                return
            if s.position == CardPosition.GATE:
                await self._call(Cmd.MOVE, Move.TO_BIN)
                self.counters["captured"] += 1
            await self._call(Cmd.MOVE, Move.TO_RF)

    async def present(self) -> None:
        """Move the card to the gate and wait until the guest takes it. A card not taken
        within ``take_timeout`` is captured and :class:`CardNotTaken` raised."""
        with _as_fault():
            s = await self._sensors()
            if s.position == CardPosition.NONE:
                raise CardJammed("dispenser: no card at the encoding position")
            if s.position == CardPosition.ENCODER:
                await self._call(Cmd.MOVE, Move.TO_GATE)
            self.counters["presented"] += 1
            self._not_taken = False
            deadline = self._monotonic() + self.take_timeout
            while True:
                s = await self._sensors()
                if s.position == CardPosition.NONE:
                    self.counters["taken"] += 1
                    return
                if s.position != CardPosition.GATE:
                    raise DeviceFault("dispenser: the card went back inside")
                left = deadline - self._monotonic()
                if left <= 0:
                    break
                await asyncio.sleep(min(self.poll, left))
            await self._call(Cmd.MOVE, Move.TO_BIN)
            self.counters["captured"] += 1
            self._not_taken = True
            log.info("card not taken: captured", extra={"device": "dispenser"})
            raise CardNotTaken(f"dispenser: card not taken within {self.take_timeout:g} s; "
                               "captured into the bin")

    async def reject(self) -> None:
        """Drop the card at the RF position into the reject bin (no card: nothing)."""
        with _as_fault():
            s = await self._sensors()
            # Moving with an empty channel would feed a fresh card straight into the bin.
            if s.position == CardPosition.ENCODER:
                await self._call(Cmd.MOVE, Move.TO_BIN)
                self.counters["rejected"] += 1

    async def capture(self) -> None:
        """Pull a card left at the gate back into the bin (no card: nothing)."""
        with _as_fault():
            s = await self._sensors()
            if s.position == CardPosition.GATE:
                await self._call(Cmd.MOVE, Move.TO_BIN)
                self.counters["captured"] += 1

    # -- health --------------------------------------------------------------------------
    async def status(self) -> DispenserStatus:
        """What the dispenser reports now. Raises DeviceError when it cannot be asked."""
        s = await self._sensors()
        return DispenserStatus(s.position, s.box, s.bin_full, self._jammed, self._not_taken)

    async def reset(self) -> None:
        """Initialise, capturing any card in the channel; clears a jam once the path is
        clear. Raises DeviceError while it is not."""
        await self._call(Cmd.INITIALIZE, Init.CAPTURE)
        if self._jammed:
            log.info("dispenser jam cleared", extra={"device": "dispenser"})
        self._jammed = False

    async def probe(self) -> DeviceStatus:
        """One health check for the supervisor; reconnects a port that went away.
        A jammed dispenser is re-initialised here, so it comes back once cleared."""
        try:
            if self._jammed:
                await self.reset()
            health, detail = (await self.status()).health()
        except DeviceError as exc:
            health, detail = Health.OFFLINE, _describe(exc)
        return DeviceStatus("dispenser", "dispenser", self.driver, health, detail)

    def device_info(self) -> dict[str, str]:
        return {"model": "Creator CRT-591 family", "firmware": self.firmware or "unknown",
                "port": self.path, "address": str(self.address), "baud": str(self.baud)}

    async def close(self) -> None:
        """Close the port and stop the thread."""
        await self._worker.run(self._drop_link)
        self._worker.close()

    # -- exchanges (async side) ----------------------------------------------------------
    async def _sensors(self) -> Sensors:
        return sensors(await self._call(Cmd.STATUS, STATUS_CARD))

    async def _call(self, cm: int, pm: int, data: bytes = b"") -> Frame:
        try:
            return await self._worker.run(lambda: self._transact(cm, pm, data))
        except DispenserRefused as exc:
            if exc.code in JAM_CODES:
                if not self._jammed:
                    self.counters["jams"] += 1
                    log.warning("dispenser jam", extra={"device": "dispenser",
                                                        "reason": exc.meaning})
                self._jammed = True
            raise
        except DeviceTimeout:
            self.counters["timeouts"] += 1
            raise

    # -- exchanges (device thread) -------------------------------------------------------
    def _transact(self, cm: int, pm: int, data: bytes) -> Frame:
        try:
            self._ready()
            answer = self._exchange(command(self.address, cm, pm, data))
            if answer.kind == FrameKind.NEGATIVE and answer.error_code == NOT_INITIALISED_CODE:
                # Power-cycled behind a USB adapter that stayed: initialise and go on.
                self._initialised = False
                self._ready()
                answer = self._exchange(command(self.address, cm, pm, data))
        except DeviceGone:
            self._drop_link()
            raise
        except DeviceTimeout:
            self._initialised = False  # it may come back from a power cut, uninitialised
            raise
        if answer.kind == FrameKind.NEGATIVE:
            raise DispenserRefused(answer.error_code, cm, pm)
        return answer

    def _ready(self) -> None:
        if self._link is None:
            self._link = SerialLink(self.path, self.baud)
            self.counters["connects"] += 1
        if not self._initialised:
            answer = self._exchange(command(self.address, Cmd.INITIALIZE, Init.NO_MOVE))
            if answer.kind == FrameKind.NEGATIVE:
                raise DispenserRefused(answer.error_code, Cmd.INITIALIZE, Init.NO_MOVE)
            self._initialised = True
            if not self.firmware:
                version = self._exchange(command(self.address, Cmd.VERSION, VERSION_READ))
                # Not every firmware knows the version request: "unknown" is fine.
                self.firmware = (version.payload.decode("ascii", "replace").strip()
                                 if version.kind == FrameKind.POSITIVE else "unknown")

    def _drop_link(self) -> None:
        if self._link is not None:
            self._link.close()
        self._link = None
        self._initialised = False

    def _exchange(self, frame: Frame) -> Frame:
        link = self._link
        assert link is not None
        raw = frame.encode()
        outcome = "no ACK"
        for attempt in range(self.retries + 1):
            if attempt:
                self.counters["retries"] += 1
            link.discard_input()
            link.write(raw)
            outcome = self._await_ack(link)
            if outcome == "ACK":
                break
        else:
            what = f"{frame.command:02X}/{frame.parameter:02X}"
            if outcome == "NAK":
                raise DeviceError(f"dispenser NAKed {what} {self.retries + 1} times")
            raise DeviceTimeout(f"no ACK to {what} after {self.retries + 1} tries")
        link.write(bytes([ENQ]))
        return self._await_answer(link, frame)

    def _await_ack(self, link: SerialLink) -> str:
        parser = FrameParser()
        deadline = self._monotonic() + self.ack_timeout
        while (left := deadline - self._monotonic()) > 0:
            for event in parser.feed(link.read(left)):
                if isinstance(event, Control) and event.byte in (ACK, NAK):
                    return event.name
        return "no ACK"

    def _await_answer(self, link: SerialLink, frame: Frame) -> Frame:
        parser = FrameParser()
        deadline = self._monotonic() + self.timeout
        naks = 0
        while True:
            left = deadline - self._monotonic()
            if left <= 0:
                partial = " (partial frame)" if parser.pending else ""
                raise DeviceTimeout(f"no answer to {frame.command:02X}/{frame.parameter:02X}"
                                    f" within {self.timeout:g} s{partial}")
            data = link.read(min(left, _GAP) if parser.pending else left)
            events = parser.feed(data) if data else parser.flush()
            for event in events:
                if isinstance(event, Frame):
                    if (event.kind != FrameKind.COMMAND and event.address == self.address
                            and event.command == frame.command
                            and event.parameter == frame.parameter):
                        return event
                    continue  # a stale answer or another unit's: not ours
                if isinstance(event, Rejected) and event.reason != "garbage":
                    if naks >= self.retries:
                        raise DispenserProtocolError(
                            f"answer damaged {naks + 1} times ({event.reason})")
                    naks += 1
                    self.counters["retries"] += 1
                    parser = FrameParser()
                    link.write(bytes([NAK]))
                    deadline = self._monotonic() + self.timeout
                    break


def _describe(exc: DeviceError) -> str:
    if isinstance(exc, DispenserRefused) and exc.code in JAM_CODES:
        return f"card jam: clear the card path (E{exc.code} {exc.meaning})"
    if isinstance(exc, DeviceTimeout):
        return f"no answer: {exc}"
    if isinstance(exc, DeviceGone):
        return f"not connected: {exc}"
    return str(exc)


@contextmanager
def _as_fault() -> Iterator[None]:
    """Map the device error tree to the check-in's errors at the port boundary."""
    try:
        yield
    except DispenserRefused as exc:
        if exc.code in JAM_CODES:
            raise CardJammed(f"dispenser: {exc.meaning} (E{exc.code})") from exc
        if exc.code == EMPTY_CODE:
            raise CardBoxEmpty("dispenser: card box empty") from exc
        raise DeviceFault(f"dispenser: {exc}") from exc
    except DeviceError as exc:
        raise DeviceFault(f"dispenser: {_describe(exc)}") from exc
