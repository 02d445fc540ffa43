"""A marker tracker in software: real TUIO 1.1 bundles over UDP, for tests and the demo.

Each change (a token placed, turned, moved or lifted) is sent as one bundle, as a
tracker sends a camera frame: ``source``, ``alive`` with every token on the table, ``set``
for each of them, and ``fseq``. A long turn goes out as several frames of at most
``max_step_degrees``, as a hand turning a real token would produce.
"""

from __future__ import annotations

import math
import socket
from dataclasses import dataclass

from pythonosc.osc_bundle_builder import IMMEDIATELY, OscBundleBuilder
from pythonosc.osc_message_builder import OscMessageBuilder

from kiosk.tuio.protocol import DEFAULT_PORT, PROFILE, TAU


@dataclass
class SimulatedToken:
    session_id: int
    fiducial: int
    x: float
    y: float
    angle: float          # radians, clockwise


def _message(*args: str | int | float) -> OscMessageBuilder:
    builder = OscMessageBuilder(address=PROFILE)
    for arg in args:
        if isinstance(arg, str):
            builder.add_arg(arg, OscMessageBuilder.ARG_TYPE_STRING)
        elif isinstance(arg, int):
            builder.add_arg(arg, OscMessageBuilder.ARG_TYPE_INT)
        else:
            builder.add_arg(float(arg), OscMessageBuilder.ARG_TYPE_FLOAT)
    return builder


class TuioSimulator:
    """Sends TUIO to ``host:port`` as a tracker would. Tokens are named by fiducial id
    (one token per id on the table at a time, as with printed markers)."""

    def __init__(self, host: str = "127.0.0.1", port: int = DEFAULT_PORT,
                 source: str = "lobby-sim", max_step_degrees: float = 15.0) -> None:
        self.address = (host, port)
        self.source = source
        self.max_step = math.radians(max_step_degrees)
        self.tokens: dict[int, SimulatedToken] = {}
        self.fseq = 0
        self._next_session = 1
        self._socket = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)

    def place(self, fiducial: int, x: float, y: float, degrees: float = 0.0) -> int:
        """Put a token down; its session id."""
        token = SimulatedToken(self._next_session, fiducial, x, y,
                               math.radians(degrees) % TAU)
        self._next_session += 1
        self.tokens[fiducial] = token
        self.frame()
        return token.session_id

    def turn(self, fiducial: int, degrees: float) -> None:
        """Turn a token clockwise (negative: anticlockwise) in frames of small steps."""
        token = self.tokens[fiducial]
        left = math.radians(degrees)
        while abs(left) > 1e-9:
            step = max(-self.max_step, min(self.max_step, left))
            token.angle = (token.angle + step) % TAU
            left -= step
            self.frame()

    def move(self, fiducial: int, x: float, y: float) -> None:
        token = self.tokens[fiducial]
        token.x, token.y = x, y
        self.frame()

    def lift(self, fiducial: int) -> None:
        del self.tokens[fiducial]
        self.frame()

    def lift_all(self) -> None:
        self.tokens.clear()
        self.frame()

    def frame(self) -> bytes:
        """Send the table as it is now, as one bundle; the datagram sent."""
        self.fseq += 1
        bundle = OscBundleBuilder(IMMEDIATELY)
        bundle.add_content(_message("source", self.source).build())
        tokens = sorted(self.tokens.values(), key=lambda t: t.session_id)
        bundle.add_content(_message("alive", *(t.session_id for t in tokens)).build())
        for t in tokens:
            bundle.add_content(_message("set", t.session_id, t.fiducial, t.x, t.y, t.angle,
                                        0.0, 0.0, 0.0, 0.0, 0.0).build())
        bundle.add_content(_message("fseq", self.fseq).build())
        datagram = bundle.build().dgram
        self._socket.sendto(datagram, self.address)
        return datagram

    def close(self) -> None:
        self._socket.close()
