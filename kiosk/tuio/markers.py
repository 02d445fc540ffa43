"""Markers as filters: which token means what, a turn as a dial, and where its panel goes.

A :class:`MarkerSpec` (from the ``[table]`` config) says what a fiducial id stands for: a
bound (max price, min rooms, min area...) set by turning it like a dial over fixed stops,
a feature that must be present while the token lies on the table (sauna), or a dial over
property types. Lifting the token removes its filter.

Customers stand on every side of the table: a marker's panel turns toward the table edge
nearest to the marker (:func:`facing_edge`) and opens on the far side of the token, so the
hand that turns it does not cover it (:func:`panel_centre`).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any, Final

from pydantic import BaseModel, ConfigDict, Field, model_validator

from kiosk.listings.model import FEATURES, PropertyType, parse_type
from kiosk.listings.query import SearchQuery
from kiosk.tuio.protocol import TAU, TuioFrame, TuioObject


class FilterKind(StrEnum):
    MAX_PRICE = "max_price"
    MIN_PRICE = "min_price"
    MIN_ROOMS = "min_rooms"
    MAX_ROOMS = "max_rooms"
    MIN_AREA = "min_area"
    MAX_AREA = "max_area"
    FEATURE = "feature"      # while the token lies on the table, the home must have it
    TYPE = "type"            # a dial over property types


# Bounds on the same quantity: (lower field, upper field).
_PAIRS: Final = (("min_price", "max_price"), ("min_rooms", "max_rooms"),
                 ("min_area", "max_area"))
_UPPER: Final = frozenset(hi for _, hi in _PAIRS)


class MarkerSpec(BaseModel):
    """What one fiducial id means. ``values`` are a numeric dial's stops (increasing),
    ``types`` a type dial's; ``start`` is the stop a freshly placed token shows (the
    middle one when not given); ``degrees_per_step`` is how far to turn for the next."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    fiducial: int = Field(ge=0, lt=2**31)
    filter: FilterKind
    feature: str = ""
    values: tuple[float, ...] = ()
    types: tuple[str, ...] = ()
    start: int | None = None
    degrees_per_step: float = Field(default=20.0, ge=5, le=90)

    @model_validator(mode="after")
    def _fits_filter(self) -> MarkerSpec:
        if self.filter == FilterKind.FEATURE:
            if self.feature not in FEATURES:
                raise ValueError(f"marker {self.fiducial}: feature must be one of "
                                 f"{', '.join(FEATURES)}")
            if self.values or self.types:
                raise ValueError(f"marker {self.fiducial}: a feature token has no values")
        elif self.filter == FilterKind.TYPE:
            if not self.types:
                object.__setattr__(self, "types", tuple(t.value for t in PropertyType))
            object.__setattr__(self, "types", tuple(parse_type(t).value for t in self.types))
        elif not self.values or any(not math.isfinite(v) or v < 0 for v in self.values) or \
                list(self.values) != sorted(set(self.values)):
            raise ValueError(f"marker {self.fiducial}: {self.filter.value} needs values, "
                             "increasing numbers of 0 or more")
        if self.start is not None and not 0 <= self.start < max(self.stops, 1):
            raise ValueError(f"marker {self.fiducial}: start must be 0..{self.stops - 1}")
        return self

    @property
    def stops(self) -> int:
        """How many values the dial has (0: not a dial)."""
        return len(self.types) if self.filter == FilterKind.TYPE else len(self.values)

    @property
    def first_stop(self) -> int:
        return self.start if self.start is not None else self.stops // 2

    def value_at(self, index: int) -> int | float | str | bool:
        """The filter value at a dial stop (True for a feature token)."""
        if self.filter == FilterKind.FEATURE:
            return True
        if self.filter == FilterKind.TYPE:
            return self.types[index]
        value = self.values[index]
        return int(value) if value.is_integer() else value


@dataclass
class DialState:
    """A token turned like a dial with detents: every ``step`` radians clockwise is the
    next stop, anticlockwise the one before. Turning past either end stays at the end and
    turning back moves at once (no "debt" of turns to undo)."""

    index: int
    stops: int
    step: float
    anchor: float

    def turn_to(self, angle: float) -> bool:
        """The token's angle is now ``angle``; True when the stop changed."""
        delta = (angle - self.anchor + math.pi) % TAU - math.pi   # shortest way, -π..π
        steps = int(delta / self.step)                            # whole detents passed
        if steps == 0:
            return False
        wanted = self.index + steps
        new = min(max(wanted, 0), self.stops - 1)
        # Past an end the surplus turn is dropped, so the way back starts at once.
        self.anchor = (self.anchor + steps * self.step) % TAU if new == wanted else angle
        changed = new != self.index
        self.index = new
        return changed


class Edge(StrEnum):
    """The table edge a person stands at; a panel for them turns to face it."""

    BOTTOM = "bottom"
    LEFT = "left"
    TOP = "top"
    RIGHT = "right"


# Clockwise degrees that turn an upright panel to face a person at the edge.
ROTATION: Final[dict[Edge, int]] = {Edge.BOTTOM: 0, Edge.LEFT: 90, Edge.TOP: 180,
                                    Edge.RIGHT: 270}
# From that person, away across the table: where the panel opens, beyond the token.
_AWAY: Final[dict[Edge, tuple[int, int]]] = {Edge.BOTTOM: (0, -1), Edge.LEFT: (1, 0),
                                             Edge.TOP: (0, 1), Edge.RIGHT: (-1, 0)}


def facing_edge(x: float, y: float, aspect: float = 16 / 9) -> Edge:
    """The edge nearest to a point (``x``, ``y`` 0..1 of the surface whose width is
    ``aspect`` times its height). Ties go to the long edges, where people usually stand."""
    distances = {Edge.BOTTOM: 1 - y, Edge.TOP: y, Edge.LEFT: x * aspect,
                 Edge.RIGHT: (1 - x) * aspect}
    return min(distances, key=lambda e: (distances[e], e in (Edge.LEFT, Edge.RIGHT)))


def panel_centre(marker: tuple[float, float], edge: Edge, panel: tuple[float, float],
                 screen: tuple[float, float], gap: float) -> tuple[float, float]:
    """Where a ``panel`` (width, height as its reader sees it) opens for a token at
    ``marker`` (pixels): ``gap`` beyond the token, away from the reader, kept on screen."""
    dx, dy = _AWAY[edge]
    width, height = panel
    reach = gap + height / 2
    cx, cy = marker[0] + dx * reach, marker[1] + dy * reach
    # A panel turned a quarter takes its height across and its width along the screen.
    half_w, half_h = (height / 2, width / 2) if edge in (Edge.LEFT, Edge.RIGHT) \
        else (width / 2, height / 2)
    cx = min(max(cx, half_w), max(screen[0] - half_w, half_w))
    cy = min(max(cy, half_h), max(screen[1] - half_h, half_h))
    return cx, cy


@dataclass
class PlacedMarker:
    """A known token lying on the table."""

    spec: MarkerSpec
    session_id: int
    x: float
    y: float
    angle: float
    dial: DialState | None
    order: int                # placement order: panels and filters keep it

    @property
    def value(self) -> int | float | str | bool:
        return self.spec.value_at(self.dial.index if self.dial else 0)

    @property
    def fraction(self) -> float:
        """How far along its stops the dial is, 0..1 (1 for a feature token)."""
        if self.dial is None or self.dial.stops < 2:
            return 1.0
        return self.dial.index / (self.dial.stops - 1)


class MarkerBoard:
    """The tokens on the table and the filters they set, frame by frame."""

    def __init__(self, specs: Iterable[MarkerSpec]) -> None:
        self.specs = {s.fiducial: s for s in specs}
        self.placed: dict[int, PlacedMarker] = {}
        self.unknown: set[int] = set()      # fiducials seen that the config does not name
        self._order = 0

    def apply(self, frame: TuioFrame) -> bool:
        """Take a frame; True when a token came, went, moved or its value changed."""
        changed = False
        for obj in frame.removed:
            changed |= self.placed.pop(obj.session_id, None) is not None
        for obj in (*frame.added, *frame.moved):
            changed |= self._place(obj)
        return changed

    def clear(self) -> bool:
        """Forget every token (the tracker went away)."""
        had = bool(self.placed)
        self.placed.clear()
        return had

    def markers(self) -> list[PlacedMarker]:
        return sorted(self.placed.values(), key=lambda m: m.order)

    def _place(self, obj: TuioObject) -> bool:
        spec = self.specs.get(obj.fiducial)
        if spec is None:
            self.unknown.add(obj.fiducial)
            return False
        current = self.placed.get(obj.session_id)
        if current is None or current.spec.fiducial != obj.fiducial:
            dial = None if spec.stops == 0 else DialState(
                spec.first_stop, spec.stops, math.radians(spec.degrees_per_step), obj.angle)
            self._order += 1
            self.placed[obj.session_id] = PlacedMarker(spec, obj.session_id, obj.x, obj.y,
                                                       obj.angle, dial, self._order)
            return True
        moved = (current.x, current.y) != (obj.x, obj.y)
        current.x, current.y, current.angle = obj.x, obj.y, obj.angle
        turned = current.dial.turn_to(obj.angle) if current.dial else False
        return moved or turned

    def narrow(self, query: SearchQuery) -> SearchQuery:
        """``query`` (the on-screen chips) with every token's filter added: bounds take the
        narrower value, features and types add up. Where a token contradicts a chip (min
        rooms 4 against max rooms 3) the token wins: it is what the customer just did."""
        fields: dict[str, Any] = {}
        features = set(query.features)
        types: set[PropertyType] = set()
        for marker in self.markers():
            kind, value = marker.spec.filter, marker.value
            if kind == FilterKind.FEATURE:
                features.add(marker.spec.feature)
            elif kind == FilterKind.TYPE:
                types.add(PropertyType(str(value)))
            else:
                name = kind.value
                current = fields.get(name, getattr(query, name))
                pick = min if name in _UPPER else max
                fields[name] = value if current is None else pick(current, value)
        for low, high in _PAIRS:
            lo = fields.get(low, getattr(query, low))
            hi = fields.get(high, getattr(query, high))
            if lo is not None and hi is not None and lo > hi:
                # The side the tokens set stays; the chip's side goes.
                if high in fields and low not in fields:
                    fields[low] = None
                else:
                    fields[high] = None
        if types:
            fields["types"] = types if not query.types else (set(query.types) & types) or types
        return replace(query, features=frozenset(features), **fields)
