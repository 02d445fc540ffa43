"""A serial port opened with pyserial, and the one thread per device that drives it.

pyserial's calls block, so every call on a :class:`SerialLink` runs in that device's
:class:`DeviceWorker` thread; the asyncio (Qt) loop only awaits the result. One worker
per device also keeps the exchanges of a device in order (a probe never cuts into
the middle of a command and its answer).
"""

from __future__ import annotations

import asyncio
import contextlib
import termios
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

import serial

from devices.transport.errors import DeviceGone

T = TypeVar("T")

# What a port that went away raises: pyserial's own error, the OS's, and termios's (tcflush
# on a hung-up tty), which is not an OSError.
_GONE = (serial.SerialException, OSError, termios.error)


class SerialLink:
    """One open serial port. Blocking: call it from a :class:`DeviceWorker` only."""

    def __init__(self, path: str, baud: int, *, write_timeout: float = 2.0) -> None:
        self.path = path
        try:
            # exclusive: a second program on the same port (a forgotten miniterm) would
            # steal bytes of our frames; better to fail at open with a clear reason.
            self._port = serial.Serial(path, baud, timeout=0, write_timeout=write_timeout,
                                       exclusive=True)
        except (*_GONE, ValueError) as exc:
            raise DeviceGone(f"{path}: cannot open ({_reason(exc)})") from None
        self._timeout = 0.0

    def write(self, data: bytes) -> None:
        """Send bytes; a port that went away raises DeviceGone."""
        try:
            self._port.write(data)
        except _GONE as exc:
            raise DeviceGone(f"{self.path}: write failed ({_reason(exc)})") from None

    def read(self, timeout: float) -> bytes:
        """Wait up to ``timeout`` seconds for at least one byte, then return all that
        arrived (``b""`` on timeout)."""
        try:
            timeout = max(0.0, timeout)
            if timeout != self._timeout:
                self._port.timeout = timeout
                self._timeout = timeout
            data: bytes = self._port.read(1)
            if data:
                waiting = self._port.in_waiting
                if waiting:
                    data += self._port.read(waiting)
            return data
        except _GONE as exc:
            raise DeviceGone(f"{self.path}: read failed ({_reason(exc)})") from None

    def discard_input(self) -> None:
        """Drop bytes received but not read (a late answer to an abandoned command)."""
        try:
            self._port.reset_input_buffer()
        except _GONE as exc:
            raise DeviceGone(f"{self.path}: {_reason(exc)}") from None

    def close(self) -> None:
        # Closing a port that is already gone is not an error.
        with contextlib.suppress(*_GONE):
            self._port.close()


def _reason(exc: BaseException) -> str:
    # pyserial repeats the path in its messages; keep them short for logs and doctor.
    text = str(exc).strip() or type(exc).__name__
    return text if len(text) <= 160 else text[:157] + "..."


class DeviceWorker:
    """The thread where one device's blocking I/O runs, one call at a time."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._executor = ThreadPoolExecutor(1, thread_name_prefix=f"lobby-{name}")

    async def run(self, fn: Callable[[], T]) -> T:
        """Run ``fn`` in the device thread and await its result on the loop."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, fn)

    def close(self) -> None:
        """Stop taking work; a call in progress finishes on its own timeout."""
        self._executor.shutdown(wait=False, cancel_futures=True)
