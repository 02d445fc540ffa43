"""``EscPosPrinter``: the ReceiptPrinter port on an ESC/POS printer through python-escpos.

URLs::

    tty:/dev/ttyUSB0?baud=19200&timeout=0.5    serial (or USB-serial) printer
    usb:04b8:0202?timeout=0.5                  USB printer class device (needs pyusb)
    tcp:192.168.1.50:9100?timeout=0.5          network printer, raw port 9100

Before each slip the printer is asked ``DLE EOT 2`` and ``DLE EOT 4``: a cover open or
paper out is raised as :class:`CoverOpen` / :class:`PaperOut` (DeviceFault) before a
half slip is printed. All I/O runs in the printer's own thread.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import termios
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, Final
from urllib.parse import parse_qsl

import serial
from escpos import printer as escpos_printer
from escpos.exceptions import Error as EscposError

from devices.printer.protocol import (
    DLE_EOT_OFFLINE,
    DLE_EOT_PAPER,
    CoverOpen,
    PaperOut,
    PrinterFault,
    PrinterState,
    SlipLabels,
    parse_status,
    render_slip,
)
from devices.transport import DeviceError, DeviceGone, DeviceTimeout, DeviceWorker
from devices.transport.url import parse_tty_url
from kiosk.ports import CheckInSlip, DeviceStatus, Health

log = logging.getLogger("devices.printer")

TTY_OPTIONS: Final[dict[str, tuple[type, object]]] = {"baud": (int, 19200),
                                                      "timeout": (float, 0.5)}
GRAMMAR: Final = ("expected 'tty:/dev/ttyUSB0[?baud=19200&timeout=0.5]', "
                  "'usb:VID:PID[?timeout=0.5]' (hex ids) or 'tcp:HOST[:9100][?timeout=0.5]'")
# Errors of the three transports under python-escpos: a printer that went away.
_IO_ERRORS = (OSError, serial.SerialException, EscposError, termios.error)


class _Connection:
    """One transport, opened through python-escpos: write bytes, read one status byte."""

    def __init__(self, describe: str, make: Callable[[], Any],
                 read_byte: Callable[[Any, float], bytes], timeout: float) -> None:
        self.describe = describe
        self._make = make
        self._read_byte = read_byte
        self.timeout = timeout
        self._printer: Any = None

    def ensure_open(self) -> None:
        if self._printer is None:
            try:
                printer = self._make()
                printer.open()
            except (*_IO_ERRORS, RuntimeError) as exc:  # RuntimeError: pyusb missing
                raise DeviceGone(f"{self.describe}: cannot open ({exc})") from None
            self._printer = printer

    def write(self, data: bytes) -> None:
        self.ensure_open()
        try:
            self._printer._raw(data)
        except _IO_ERRORS as exc:
            self.close()
            raise DeviceGone(f"{self.describe}: write failed ({exc})") from None

    def ask(self, query: bytes) -> int:
        """Send a real-time status query and return the one byte of its answer."""
        self.write(query)
        try:
            answer = self._read_byte(self._printer, self.timeout)
        except TimeoutError:
            answer = b""
        except _IO_ERRORS as exc:
            self.close()
            raise DeviceGone(f"{self.describe}: read failed ({exc})") from None
        if not answer:
            raise DeviceTimeout(f"{self.describe}: no answer to status query "
                                f"{query.hex(' ')} within {self.timeout:g} s")
        return answer[-1]

    def close(self) -> None:
        printer, self._printer = self._printer, None
        if printer is not None:
            printer.close()


class _QuietClose:
    """python-escpos closes in ``__del__`` too, flushing a serial port first: on a port
    that vanished that raises from a finaliser. Close the raw device quietly instead."""

    _device: Any

    def close(self) -> None:
        with contextlib.suppress(*_IO_ERRORS, AttributeError, RuntimeError):
            super().close()  # type: ignore[misc]
        device = getattr(self, "_device", None)
        if device:
            with contextlib.suppress(*_IO_ERRORS, AttributeError):
                device.close()
        self._device = None


class _Serial(_QuietClose, escpos_printer.Serial):  # type: ignore[misc]
    pass


class _Network(_QuietClose, escpos_printer.Network):  # type: ignore[misc]
    pass


class _Usb(_QuietClose, escpos_printer.Usb):  # type: ignore[misc]
    pass


def _read_serial(printer: Any, timeout: float) -> bytes:
    port: serial.Serial = printer.device
    port.timeout = timeout
    return bytes(port.read(1))


def _read_socket(printer: Any, timeout: float) -> bytes:
    sock: socket.socket = printer.device
    sock.settimeout(timeout)
    return sock.recv(1)


def _read_usb(printer: Any, timeout: float) -> bytes:
    return bytes(printer._read())


def connection_for(url: str) -> _Connection:
    """The transport a printer URL names; a URL that does not fit states the grammar."""
    scheme, _, rest = url.partition(":")
    if scheme == "tty":
        tty = parse_tty_url("printer", url, TTY_OPTIONS)
        baud, timeout = int(tty.options["baud"]), float(tty.options["timeout"])
        return _Connection(
            tty.path, lambda: _Serial(devfile=tty.path, baudrate=baud,
                                                    timeout=timeout, dsrdtr=False),
            _read_serial, timeout)
    target, _, query = rest.partition("?")
    timeout = _timeout_option(url, query)
    if scheme == "tcp":
        host, _, port_text = target.partition(":")
        if not host or (port_text and not port_text.isdigit()):
            raise ValueError(f"devices.printer = {url!r}: {GRAMMAR}")
        port = int(port_text or 9100)
        return _Connection(f"{host}:{port}", lambda: _Network(
            host=host, port=port, timeout=timeout), _read_socket, timeout)
    if scheme == "usb":
        try:
            vid, pid = (int(part, 16) for part in target.split(":"))
        except ValueError:
            raise ValueError(f"devices.printer = {url!r}: {GRAMMAR}") from None
        return _Connection(f"usb {vid:04x}:{pid:04x}", lambda: _Usb(
            idVendor=vid, idProduct=pid, timeout=int(timeout * 1000)), _read_usb, timeout)
    raise ValueError(f"devices.printer = {url!r}: expected 'sim:[?paper=N]' or "
                     f"{GRAMMAR.removeprefix('expected ')}")


def _timeout_option(url: str, query: str) -> float:
    timeout = 0.5
    for key, value in parse_qsl(query, keep_blank_values=True):
        if key != "timeout":
            raise ValueError(f"devices.printer = {url!r}: unknown option {key!r} "
                             f"(known: timeout); {GRAMMAR}")
        try:
            timeout = float(value)
        except ValueError:
            raise ValueError(f"devices.printer = {url!r}: bad value for 'timeout'; "
                             f"{GRAMMAR}") from None
    return timeout


class EscPosPrinter:
    """A receipt printer speaking ESC/POS, opened on first use or probe."""

    driver = "escpos"

    def __init__(self, connection: _Connection, labels: SlipLabels | None = None) -> None:
        self._conn = connection
        self.labels = labels or SlipLabels()
        self._worker = DeviceWorker("printer")
        self.counters: dict[str, int] = {"slips": 0, "paper_out": 0, "cover_open": 0}

    @classmethod
    def from_url(cls, url: str) -> EscPosPrinter:
        return cls(connection_for(url))

    async def print_slip(self, slip: CheckInSlip) -> None:
        """Print the slip; raises PaperOut or CoverOpen (DeviceFault) before printing."""
        data = render_slip(slip, self.labels)
        with _as_fault():
            await self._worker.run(lambda: self._print(data))
        self.counters["slips"] += 1

    async def status(self) -> PrinterState:
        """Cover and paper as the printer reports them; raises DeviceError."""
        return await self._worker.run(self._state)

    async def probe(self) -> DeviceStatus:
        try:
            state = await self.status()
        except DeviceError as exc:
            return DeviceStatus("printer", "printer", self.driver, Health.OFFLINE, str(exc))
        if state.cover_open or state.paper_out or state.error:
            problems = [text for text, on in (("cover open", state.cover_open),
                                              ("paper out", state.paper_out),
                                              ("printer error", state.error)) if on]
            return DeviceStatus("printer", "printer", self.driver, Health.OFFLINE,
                                ", ".join(problems))
        if state.paper_low:
            return DeviceStatus("printer", "printer", self.driver, Health.DEGRADED,
                                "paper low")
        return DeviceStatus("printer", "printer", self.driver, Health.OK, "ready")

    def device_info(self) -> dict[str, str]:
        return {"model": "ESC/POS receipt printer", "port": self._conn.describe}

    async def close(self) -> None:
        await self._worker.run(self._conn.close)
        self._worker.close()

    def _state(self) -> PrinterState:
        self._conn.ensure_open()
        return parse_status(self._conn.ask(DLE_EOT_OFFLINE), self._conn.ask(DLE_EOT_PAPER))

    def _print(self, data: bytes) -> None:
        state = self._state()
        if state.cover_open:
            self.counters["cover_open"] += 1
            raise CoverOpen("printer: cover open")
        if state.paper_out:
            self.counters["paper_out"] += 1
            raise PaperOut("printer: paper out")
        if state.error:
            raise PrinterFault("printer: reports an error (cutter or head)")
        self._conn.write(data)


@contextmanager
def _as_fault() -> Iterator[None]:
    try:
        yield
    except DeviceError as exc:
        raise PrinterFault(f"printer: {exc}") from exc
