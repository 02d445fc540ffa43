"""TUIO 1.1 objects (``/tuio/2Dobj``): the markers a camera under the table sees.

A tracker sends a bundle per camera frame: ``alive`` with the session ids of every object
on the table, ``set`` with one object's id, fiducial, position and angle, and ``fseq``
with the frame number, which ends the frame. :class:`TuioTracker` takes these messages one
by one (already decoded from OSC) and hands back a :class:`TuioFrame` when a frame ends.

UDP drops and reorders packets, so a frame older than the last one is ignored (as the TUIO
reference client does), an object that leaves ``alive`` is gone, and a malformed message
is counted and skipped: a tracker bug or a stray packet never crashes the table.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Final, Protocol

PROFILE: Final = "/tuio/2Dobj"
DEFAULT_PORT: Final = 3333
LATE_WINDOW: Final = 100      # a frame this far behind is a tracker restart, not a late one
_INT32: Final = 2**31
TAU: Final = 2 * math.pi


@dataclass(frozen=True)
class TuioObject:
    """One marker on the table. ``x``/``y`` run 0..1 from the left and top edges of the
    surface; ``angle`` is in radians, 0..2π, growing clockwise (as the camera sees it)."""

    session_id: int
    fiducial: int
    x: float
    y: float
    angle: float


@dataclass(frozen=True)
class TuioFrame:
    """The objects on the table after a frame, and what the frame changed."""

    fseq: int
    objects: Mapping[int, TuioObject]          # by session id
    added: tuple[TuioObject, ...] = ()
    moved: tuple[TuioObject, ...] = ()          # position or angle changed
    removed: tuple[TuioObject, ...] = ()

    @property
    def changed(self) -> bool:
        return bool(self.added or self.moved or self.removed)


class TangibleInput(Protocol):
    """A source of marker frames (the UDP client, or anything feeding it in tests)."""

    async def start(self, on_frame: Callable[[TuioFrame], None]) -> None:
        """Begin receiving; ``on_frame`` is called on the event loop for each changed frame."""
        ...

    async def close(self) -> None: ...


def _number(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    number = float(value)
    return number if math.isfinite(number) else None


def _session(value: object) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int) or not -_INT32 <= value < _INT32:
        return None
    return value


def parse_set(args: Sequence[object]) -> TuioObject | None:
    """``set s i x y a [X Y A m r]``; None when any part is missing or not a number.

    Positions a little outside the surface (trackers overshoot at the rim) are clamped.
    """
    if len(args) < 6 or args[0] != "set":
        return None
    session, fiducial = _session(args[1]), _session(args[2])
    x, y, angle = _number(args[3]), _number(args[4]), _number(args[5])
    if session is None or fiducial is None or fiducial < 0 or x is None or y is None \
            or angle is None:
        return None
    return TuioObject(session, fiducial, min(max(x, 0.0), 1.0), min(max(y, 0.0), 1.0),
                      angle % TAU)


@dataclass
class TuioTracker:
    """The state of one tracker's ``/tuio/2Dobj`` stream."""

    objects: dict[int, TuioObject] = field(default_factory=dict)
    last_fseq: int = 0
    ignored: int = 0                 # malformed messages seen (for diagnostics)
    late: int = 0                    # frames dropped because a newer one came first
    _alive: set[int] | None = None
    _sets: dict[int, TuioObject] = field(default_factory=dict)

    def feed(self, address: str, args: Sequence[object]) -> TuioFrame | None:
        """Take one message; the frame when this message ends one (``fseq``), else None.

        Messages of other profiles (``/tuio/2Dcur`` touches, ``/tuio/2Dblb``) are not ours
        and return None quietly.
        """
        if address != PROFILE:
            return None
        if not args or not isinstance(args[0], str):
            self.ignored += 1
            return None
        command = args[0]
        if command == "set":
            obj = parse_set(args)
            if obj is None:
                self.ignored += 1
            else:
                self._sets[obj.session_id] = obj
        elif command == "alive":
            ids = [_session(a) for a in args[1:]]
            if any(i is None for i in ids):
                self.ignored += 1
                return None
            self._alive = {i for i in ids if i is not None}
        elif command == "fseq":
            fseq = _session(args[1]) if len(args) == 2 else None
            if fseq is None:
                self.ignored += 1
                return None
            return self._commit(fseq)
        elif command != "source":        # source names the tracker; one tracker per port
            self.ignored += 1
        return None

    def _commit(self, fseq: int) -> TuioFrame | None:
        alive, sets = self._alive, self._sets
        self._alive, self._sets = None, {}
        if 0 < fseq < self.last_fseq and self.last_fseq - fseq <= LATE_WINDOW:
            self.late += 1
            return None
        if fseq > 0:
            self.last_fseq = fseq
        keep = set(self.objects) | set(sets) if alive is None else alive
        new: dict[int, TuioObject] = {}
        for session in sorted(keep):
            obj = sets.get(session, self.objects.get(session))
            if obj is not None:          # alive but never described: wait for its set
                new[session] = obj
        added = tuple(o for s, o in new.items() if s not in self.objects)
        moved = tuple(o for s, o in new.items() if s in self.objects and self.objects[s] != o)
        removed = tuple(o for s, o in self.objects.items() if s not in new)
        self.objects = new
        frame = TuioFrame(fseq, dict(new), added, moved, removed)
        return frame if frame.changed else None
