"""Markers on the smart table: the TUIO client and a simulator speaking real OSC over UDP.

``open_tangible(url)`` follows the device URL grammar: ``udp:HOST:PORT`` listens where the
tracker sends (``udp:127.0.0.1:3333``); ``sim:`` listens on a free loopback port and gives a
:class:`~devices.tuio.simulator.TuioSimulator` aimed at it (``.simulator``, after
``start``); ``""`` means no markers (None).
"""

from __future__ import annotations

from collections.abc import Callable

from devices.tuio.client import TuioClient, decode
from devices.tuio.simulator import TuioSimulator
from kiosk.tuio.protocol import TuioFrame


class SimulatedTable(TuioClient):
    """A TUIO client on loopback with a simulator sending to it (demo, tour, tests)."""

    def __init__(self) -> None:
        super().__init__("127.0.0.1", 0)
        self.simulator: TuioSimulator | None = None

    async def start(self, on_frame: Callable[[TuioFrame], None]) -> None:
        await super().start(on_frame)
        self.simulator = TuioSimulator("127.0.0.1", self.port)

    async def close(self) -> None:
        if self.simulator is not None:
            self.simulator.close()
            self.simulator = None
        await super().close()


def open_tangible(url: str) -> TuioClient | None:
    """The marker input named by ``url``; raises ValueError stating the grammar."""
    if not url:
        return None
    if url.startswith("sim:"):
        return SimulatedTable()
    if url.startswith("udp:"):
        host, _, port = url[4:].rpartition(":")
        if host and port.isdigit() and 0 < int(port) < 65536:
            return TuioClient(host, int(port))
    raise ValueError(f"tuio {url!r}: expected 'udp:HOST:PORT' (e.g. udp:0.0.0.0:3333), "
                     "'sim:' or ''")


__all__ = ["SimulatedTable", "TuioClient", "TuioSimulator", "decode", "open_tangible"]
