"""What a customer asks the smart table for, and what comes back.

The UI builds a :class:`SearchQuery` from the tokens and chips on the table and the
visible map area, and shows the :class:`SearchResult`: a page of
:class:`ListingSummary` rows and ``total``, the number of all matches.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Final

from kiosk.listings.model import FEATURE_BITS, FEATURES, PropertyType, parse_type
from kiosk.text import fold

MAX_LIMIT: Final = 1000


class InvalidSearch(ValueError):
    """A search that cannot be run: min above max, an unknown type or feature, a bad box."""


class Sort(StrEnum):
    """Result order; ties are always broken by listing id, ascending."""

    PRICE = "price"
    PRICE_DESC = "-price"
    AREA = "area"            # homes without a living area (plots) come last either way
    AREA_DESC = "-area"
    NEWEST = "newest"        # latest published first


@dataclass(frozen=True)
class BBox:
    """The visible map area, edges included. West must not exceed east (no antimeridian)."""

    south: float
    west: float
    north: float
    east: float

    def __post_init__(self) -> None:
        values = (self.south, self.west, self.north, self.east)
        if not all(isinstance(v, int | float) and math.isfinite(v) for v in values):
            raise InvalidSearch("bbox: every edge must be a number")
        if not (-90 <= self.south <= self.north <= 90):
            raise InvalidSearch("bbox: need -90 <= south <= north <= 90")
        if not (-180 <= self.west <= self.east <= 180):
            raise InvalidSearch("bbox: need -180 <= west <= east <= 180")

    @classmethod
    def parse(cls, text: str) -> BBox:
        """``SOUTH,WEST,NORTH,EAST`` in decimal degrees."""
        parts = text.split(",")
        try:
            if len(parts) != 4:
                raise ValueError
            south, west, north, east = (float(p) for p in parts)
        except ValueError:
            raise InvalidSearch(f"bbox {text!r}: expected SOUTH,WEST,NORTH,EAST in degrees, "
                                "e.g. 60.15,24.90,60.20,25.00") from None
        return cls(south, west, north, east)


@dataclass(frozen=True)
class SearchQuery:
    """What the customer asked for. Every bound is inclusive; None means no bound.

    ``types``: any of; ``features``: all of (codes of ``model.FEATURES``). A listing
    without a living area or rooms (a plot) never matches an area or rooms bound.
    Types and sort may be given as their codes; they are converted.
    """

    text: str = ""
    min_price: int | None = None
    max_price: int | None = None
    min_rooms: int | None = None
    max_rooms: int | None = None
    min_area: float | None = None
    max_area: float | None = None
    types: frozenset[PropertyType] = frozenset()
    features: frozenset[str] = frozenset()
    bbox: BBox | None = None
    sort: Sort = Sort.NEWEST
    limit: int = 50
    offset: int = 0

    def __post_init__(self) -> None:
        for name in ("min_price", "max_price", "min_rooms", "max_rooms", "min_area",
                     "max_area"):
            value = getattr(self, name)
            if value is not None and (isinstance(value, bool) or not isinstance(
                    value, int | float) or not math.isfinite(value)):
                raise InvalidSearch(f"{name} must be a number")
        for low, high in (("min_price", "max_price"), ("min_rooms", "max_rooms"),
                          ("min_area", "max_area")):
            lo, hi = getattr(self, low), getattr(self, high)
            if lo is not None and hi is not None and lo > hi:
                raise InvalidSearch(f"{low} {lo} is above {high} {hi}")
        # Frozen: conversions go through object.__setattr__.
        object.__setattr__(self, "types", frozenset(_types(self.types)))
        object.__setattr__(self, "features", frozenset(self.features))
        unknown = sorted(set(self.features) - set(FEATURE_BITS))
        if unknown:
            raise InvalidSearch(f"unknown feature {unknown[0]!r} (known: {', '.join(FEATURES)})")
        try:
            object.__setattr__(self, "sort", Sort(self.sort))
        except ValueError:
            raise InvalidSearch(f"unknown sort {self.sort!r} (known: "
                                f"{', '.join(s.value for s in Sort)})") from None
        if not isinstance(self.text, str):
            raise InvalidSearch("text must be text")
        if not (isinstance(self.limit, int) and 0 <= self.limit <= MAX_LIMIT):
            raise InvalidSearch(f"limit must be a whole number from 0 to {MAX_LIMIT}")
        if not (isinstance(self.offset, int) and self.offset >= 0):
            raise InvalidSearch("offset must be a whole number, 0 or more")

    @property
    def words(self) -> list[str]:
        """The folded query words; each must match a word or the start of one."""
        return fold(self.text).split()


def _types(values: Iterable[PropertyType | str]) -> Iterable[PropertyType]:
    for value in values:
        try:
            yield value if isinstance(value, PropertyType) else parse_type(value)
        except ValueError as exc:
            raise InvalidSearch(str(exc)) from None


@dataclass(frozen=True)
class ListingSummary:
    """One row of the result list and one pin on the map."""

    id: str
    title: str
    type: PropertyType
    price_eur: int
    living_area_m2: float | None
    rooms: int | None
    lat: float
    lon: float
    district: str
    municipality: str
    features: frozenset[str]
    listed_at: str
    photo: str | None          # the first photo, for the card

    def as_json(self) -> dict[str, Any]:
        """The fields of ``kiosk listings search --json`` (a fixed contract)."""
        return {"id": self.id, "title": self.title, "price_eur": self.price_eur,
                "living_area_m2": self.living_area_m2, "rooms": self.rooms,
                "type": self.type.value, "lat": self.lat, "lon": self.lon}


@dataclass(frozen=True)
class SearchResult:
    """A page of results and the number of all matches."""

    total: int
    results: list[ListingSummary] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        """``{"total": N, "results": [...]}`` as ``kiosk listings search --json`` prints."""
        return {"total": self.total, "results": [r.as_json() for r in self.results]}
