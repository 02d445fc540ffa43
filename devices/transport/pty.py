"""Simulators on a pseudo-terminal pair: the real transport, without the hardware.

The simulator reads and writes the master side in its own thread; the driver opens the
slave path with pyserial exactly as it opens ``/dev/ttyUSB0``. ``unplug()`` closes the
pair (the driver's next read or write fails, and the path disappears, as when a USB
adapter is pulled) and ``replug()`` makes a new pair. The slave gets a new
``/dev/pts/N``, so a simulator that can be replugged is reached through a stable
symlink (``link``), just as a real device is reached through its udev link.
"""

from __future__ import annotations

import contextlib
import logging
import os
import queue
import select
import signal
import threading
import tty
from collections.abc import Callable
from pathlib import Path
from types import FrameType, TracebackType
from typing import Any

log = logging.getLogger("devices.pty")


class PtyPort:
    """The device end of a pseudo-terminal pair. Used from one thread only."""

    def __init__(self, link: str | Path | None = None) -> None:
        self.link = Path(link) if link else None
        self._master = -1
        self._slave = -1
        self.slave_name = ""
        self.plug()

    @property
    def plugged(self) -> bool:
        return self._master >= 0

    @property
    def path(self) -> str:
        """What a driver opens: the link when there is one, else the slave device."""
        return str(self.link) if self.link else self.slave_name

    def plug(self) -> None:
        if self.plugged:
            return
        self._master, self._slave = os.openpty()
        # Raw before any driver opens it: no echo, no line editing, 8 bits through.
        tty.setraw(self._slave)
        self.slave_name = os.ttyname(self._slave)
        # The simulator keeps its own slave fd open: without it, the master reads EIO
        # whenever the driver closes the port between two reconnects.
        if self.link:
            tmp = self.link.with_name(self.link.name + ".new")
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
            os.symlink(self.slave_name, tmp)
            os.replace(tmp, self.link)  # atomic: a driver never sees a half-made link

    def unplug(self) -> None:
        if not self.plugged:
            return
        if self.link:
            with contextlib.suppress(FileNotFoundError):
                self.link.unlink()
        for fd in (self._master, self._slave):
            with contextlib.suppress(OSError):
                os.close(fd)
        self._master = self._slave = -1

    def read(self, timeout: float) -> bytes:
        """Bytes the driver sent, waiting up to ``timeout``; ``b""`` if none."""
        if not self.plugged:
            return b""
        ready, _, _ = select.select([self._master], [], [], timeout)
        if not ready:
            return b""
        try:
            return os.read(self._master, 4096)
        except OSError:  # EIO: no slave open at the moment
            return b""

    def write(self, data: bytes) -> None:
        """Send bytes to the driver; lost if unplugged (as on a real cable)."""
        view = memoryview(data)
        while self.plugged and view:
            try:
                n = os.write(self._master, view)
            except BlockingIOError:
                select.select([], [self._master], [], 0.1)
                continue
            except OSError:
                return
            view = view[n:]


class PtySimulator:
    """A device simulator running in its own thread on a :class:`PtyPort`.

    Subclasses implement :meth:`on_bytes` (and :meth:`on_tick` for timed behaviour);
    they touch the port only from the simulator thread. Other threads act on the
    simulator through :meth:`call`, which runs a function in that thread.
    """

    name = "device"

    def __init__(self, link: str | Path | None = None) -> None:
        self.port = PtyPort(link)
        self._calls: queue.Queue[tuple[Callable[[], Any], queue.Queue[Any]]] = queue.Queue()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._loop_thread: threading.Thread | None = None

    @property
    def path(self) -> str:
        return self.port.path

    # -- the simulator thread ------------------------------------------------------
    def on_bytes(self, data: bytes) -> None:
        """Bytes from the driver."""

    def on_tick(self) -> None:
        """Called about every 20 ms, for behaviour that depends on time."""

    def _loop(self) -> None:
        self._loop_thread = threading.current_thread()
        while not self._stop.is_set():
            self._run_calls()
            data = self.port.read(0.02)
            if data:
                self.on_bytes(data)
            self.on_tick()
        self._run_calls()
        self._loop_thread = None
        self.port.unplug()

    def _run_calls(self) -> None:
        while True:
            try:
                fn, reply = self._calls.get_nowait()
            except queue.Empty:
                return
            try:
                reply.put((True, fn()))
            except Exception as exc:  # handed back to the caller's thread
                reply.put((False, exc))

    # -- any thread ------------------------------------------------------------------
    def call(self, fn: Callable[[], Any], timeout: float = 10.0) -> Any:
        """Run ``fn`` in the simulator thread (directly when it is not running)."""
        loop = self._loop_thread
        if loop is None or loop is threading.current_thread():
            return fn()
        reply: queue.Queue[Any] = queue.Queue()
        self._calls.put((fn, reply))
        ok, value = reply.get(timeout=timeout)
        if not ok:
            raise value
        return value

    def send(self, data: bytes) -> None:
        """Send bytes to the driver from any thread."""
        self.call(lambda: self.port.write(data))

    def unplug(self) -> None:
        """The device disappears: its path goes away and the driver's I/O fails."""
        self.call(self.port.unplug)

    def replug(self) -> None:
        """The device comes back under the same link (a new pty behind it)."""
        self.call(self.port.plug)

    def start(self) -> PtySimulator:
        if self._thread is None:
            self._thread = threading.Thread(target=self._loop, name=f"sim-{self.name}",
                                            daemon=True)
            self._loop_thread = self._thread  # calls queue up from now on
            self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None
        self.port.unplug()

    def __enter__(self) -> PtySimulator:
        return self.start()

    def __exit__(self, t: type[BaseException] | None, e: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()

    def serve_forever(self) -> None:
        """Run in the foreground (``python -m ...simulator``) until SIGINT/SIGTERM.
        SIGUSR1 unplugs the device, or plugs it back, for technicians' tests."""
        def toggle(signum: int, frame: FrameType | None) -> None:
            self._calls.put((lambda: self.port.unplug() if self.port.plugged
                             else self.port.plug(), queue.Queue()))

        def finish(signum: int, frame: FrameType | None) -> None:
            self._stop.set()

        signal.signal(signal.SIGUSR1, toggle)
        signal.signal(signal.SIGTERM, finish)
        signal.signal(signal.SIGINT, finish)
        print(f"{self.name} simulator on {self.port.slave_name}"
              + (f" (link {self.port.link})" if self.port.link else "")
              + f", pid {os.getpid()}; SIGUSR1 unplugs/replugs, Ctrl-C stops", flush=True)
        self._loop()
