"""Homes for sale as the smart table shows them: the listing, its type, features and texts.

Codes here are stored in the database and sent to the UI, so they never change meaning.
``FEATURES`` and ``PropertyType`` are append-only: their positions are bits and numbers in
the search index (:mod:`kiosk.listings.rtree`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Final


class PropertyType(StrEnum):
    """The kind of home. The order is stored (as a 3-bit number): append only."""

    APARTMENT = "apartment"          # kerrostalo / flerbostadshus
    TERRACED = "terraced"            # rivitalo / radhus
    SEMI_DETACHED = "semi_detached"  # paritalo / parhus
    DETACHED = "detached"            # omakotitalo / egnahemshus
    PLOT = "plot"                    # tontti / tomt
    HOLIDAY_HOME = "holiday_home"    # mökki / fritidshus


TYPE_NUMBERS: Final[dict[PropertyType, int]] = {t: i for i, t in enumerate(PropertyType)}

# Feature codes. The position is the bit in the search key: append only, never reorder.
FEATURES: Final[tuple[str, ...]] = (
    "sauna", "balcony", "elevator", "garden", "garage", "fireplace", "shore", "sea_view",
    "terrace", "parking", "storage", "renovated", "accessible", "pets_allowed", "pool",
    "glazed_balcony",
)
MAX_FEATURES: Final = 20  # bits reserved for features in the search key
FEATURE_BITS: Final[dict[str, int]] = {name: 1 << i for i, name in enumerate(FEATURES)}

# The Finnish energy certificate scale (2018); older certificates use A-G.
ENERGY_CLASSES: Final[tuple[str, ...]] = ("A+", "A", "B", "C", "D", "E", "F", "G")

MEDIA_KINDS: Final[tuple[str, ...]] = ("photo", "floor_plan", "panorama")

# Bounds the import enforces; the search key has room for exactly these.
MAX_PRICE_EUR: Final = 100_000_000
MAX_AREA_M2: Final = 100_000.0
MAX_ROOMS: Final = 99
MIN_YEAR: Final = 1600
MAX_YEAR: Final = 2100
COORDINATE_DECIMALS: Final = 6  # 0.1 m: stored coordinates are exact multiples of 1e-6°
AREA_DECIMALS: Final = 2


@dataclass(frozen=True)
class ListingText:
    """A title and description in one language."""

    title: str
    description: str


@dataclass(frozen=True)
class Agent:
    """The estate agent who shows the home and answers questions."""

    id: str
    name: str
    phone: str = ""
    email: str = ""
    office: str = ""


@dataclass(frozen=True)
class Listing:
    """One home for sale, with the values exactly as stored.

    ``title`` and ``description`` are the source's own text (``language`` says which
    language, when known); ``translations`` holds the other languages by code (fi, sv, en).
    ``price_eur`` is the asking price; ``debt_free_price_eur`` is set only where it
    differs (a share of the housing company's loan comes on top of the asking price).
    ``listed_at`` is UTC ISO 8601 (``...Z``); None before the listing is first stored.
    """

    id: str
    title: str
    type: PropertyType
    price_eur: int
    lat: float
    lon: float
    address: str
    district: str
    description: str = ""
    living_area_m2: float | None = None
    rooms: int | None = None
    year_built: int | None = None
    energy_class: str | None = None
    municipality: str = ""
    postal_code: str = ""
    debt_free_price_eur: int | None = None
    plot_area_m2: float | None = None
    features: frozenset[str] = frozenset()
    photos: tuple[str, ...] = ()
    floor_plans: tuple[str, ...] = ()
    panoramas: tuple[str, ...] = ()
    language: str = ""
    translations: dict[str, ListingText] = field(default_factory=dict)
    agent: Agent | None = None
    listed_at: str | None = None

    def text(self, language: str) -> ListingText:
        """Title and description for a guest reading ``language``; the source's text if the
        listing has no translation into it."""
        if language != self.language and language in self.translations:
            return self.translations[language]
        return ListingText(self.title, self.description)

    @property
    def features_mask(self) -> int:
        return features_mask(self.features)


def features_mask(features: frozenset[str] | set[str] | tuple[str, ...]) -> int:
    """The bit set of feature codes; raises ValueError naming an unknown code."""
    mask = 0
    for name in features:
        bit = FEATURE_BITS.get(name)
        if bit is None:
            raise ValueError(f"unknown feature {name!r} (known: {', '.join(FEATURES)})")
        mask |= bit
    return mask


def features_from_mask(mask: int) -> frozenset[str]:
    """The feature codes of a stored bit set."""
    return frozenset(name for name, bit in FEATURE_BITS.items() if mask & bit)


def parse_type(text: str) -> PropertyType:
    """A property type from its code, any case, ``-`` or space for ``_``."""
    code = text.strip().casefold().replace("-", "_").replace(" ", "_")
    try:
        return PropertyType(code)
    except ValueError:
        known = ", ".join(t.value for t in PropertyType)
        raise ValueError(f"unknown type {text!r} (known: {known})") from None


def utc_timestamp(text: str) -> str:
    """``YYYY-MM-DDTHH:MM:SSZ`` for an ISO date (midnight UTC) or a date-time with an
    offset; UTC text sorts in time order, which 'newest first' relies on. Raises
    ValueError for anything else, including a date-time without an offset."""
    text = text.strip()
    try:
        if len(text) == 10:
            moment = datetime.combine(date.fromisoformat(text), datetime.min.time(), UTC)
        else:
            moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(f"{text!r} is not an ISO date or date-time") from None
    if moment.tzinfo is None:
        raise ValueError(f"{text!r} has no UTC offset (add Z or +02:00)")
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
