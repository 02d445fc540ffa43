"""The TUIO client: OSC over UDP from the marker tracker (reacTIVision and the like).

Each datagram is decoded with python-osc (a bundle or a single message) and fed to a
:class:`~kiosk.tuio.protocol.TuioTracker`; every frame that changed something reaches
``on_frame`` on the event loop. A datagram python-osc cannot decode is counted and dropped:
anything may arrive on an open UDP port.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any

from pythonosc.osc_packet import OscPacket

from kiosk.tuio.protocol import DEFAULT_PORT, TuioFrame, TuioTracker

log = logging.getLogger(__name__)


def decode(datagram: bytes) -> list[tuple[str, list[Any]]]:
    """The OSC messages of a datagram in order (address, arguments); [] when it is not
    OSC. Never raises."""
    try:
        packet = OscPacket(datagram)
        return [(m.message.address, list(m.message.params)) for m in packet.messages]
    except Exception:  # python-osc raises more than ParseError on garbage (struct, index)
        return []


class TuioClient(asyncio.DatagramProtocol):
    """Receives TUIO on ``host:port`` (port 0: any free port, see :attr:`port`)."""

    def __init__(self, host: str = "0.0.0.0", port: int = DEFAULT_PORT) -> None:
        self.host, self._port = host, port
        self.tracker = TuioTracker()
        self.packets = 0
        self.bad_packets = 0
        self._on_frame: Callable[[TuioFrame], None] | None = None
        self._transport: asyncio.DatagramTransport | None = None

    @property
    def port(self) -> int:
        """The bound port (known after :meth:`start`)."""
        if self._transport is not None:
            sockname = self._transport.get_extra_info("sockname")
            if sockname:
                return int(sockname[1])
        return self._port

    async def start(self, on_frame: Callable[[TuioFrame], None]) -> None:
        self._on_frame = on_frame
        loop = asyncio.get_running_loop()
        transport, _ = await loop.create_datagram_endpoint(
            lambda: self, local_addr=(self.host, self._port))
        self._transport = transport
        log.info("TUIO client listening", extra={"path": f"udp:{self.host}:{self.port}"})

    async def close(self) -> None:
        if self._transport is not None:
            self._transport.close()
            self._transport = None
        self._on_frame = None

    def datagram_received(self, data: bytes, addr: Any) -> None:
        for frame in self.feed(data):
            if self._on_frame is not None:
                try:
                    self._on_frame(frame)
                except Exception:  # the UI's trouble must not stop the markers
                    log.exception("TUIO frame handler failed")

    def feed(self, data: bytes) -> list[TuioFrame]:
        """Decode one datagram and feed its messages to the tracker; the frames it ends."""
        self.packets += 1
        messages = decode(data)
        if not messages:
            self.bad_packets += 1
            return []
        frames = []
        for address, args in messages:
            frame = self.tracker.feed(address, args)
            if frame is not None:
                frames.append(frame)
        return frames

    def error_received(self, exc: Exception) -> None:
        log.warning("TUIO socket error: %s", exc)
