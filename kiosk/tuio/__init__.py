"""Tangible markers on the smart table: TUIO 1.1 objects and the filters they stand for.

``protocol`` turns ``/tuio/2Dobj`` messages (already decoded from OSC) into frames of the
objects on the table; ``markers`` maps a fiducial id to a search filter, a turn to a dial
value and a position to the table edge its panel faces; ``settings`` is the ``[table]``
configuration. No I/O here: ``devices.tuio`` receives and simulates the UDP packets.
"""

from kiosk.tuio.markers import (
    DialState,
    Edge,
    FilterKind,
    MarkerBoard,
    MarkerSpec,
    PlacedMarker,
    facing_edge,
)
from kiosk.tuio.protocol import TangibleInput, TuioFrame, TuioObject, TuioTracker
from kiosk.tuio.settings import DEFAULT_MARKERS, TableSection

__all__ = [
    "DEFAULT_MARKERS", "DialState", "Edge", "FilterKind", "MarkerBoard", "MarkerSpec",
    "PlacedMarker", "TableSection", "TangibleInput", "TuioFrame", "TuioObject", "TuioTracker",
    "facing_edge",
]
