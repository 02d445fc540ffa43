"""Listings for the search tests: a tricky fixed set, and a brute-force reference search."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from kiosk.clock import FakeClock
from kiosk.db import Store, open_store
from kiosk.listings.districts import place_names
from kiosk.listings.model import FEATURES, Listing, ListingText, PropertyType
from kiosk.listings.query import SearchQuery, SearchResult, Sort
from kiosk.listings.storage import get_listing, upsert_listing
from kiosk.text import fold

# Few distinct values on purpose: ties in every sort key, bbox edges on exact coordinates.
LATS = (60.1, 60.15, 60.150001, 60.2, 60.25)
LONS = (24.8, 24.9, 24.900001, 25.0, 25.1)
PRICES = (99_000, 150_000, 150_000, 249_000, 250_000, 251_000, 1_200_000)
AREAS = (19.5, 54.3, 54.3, 0.07 + 20, 80.0, 120.25)
LISTED = ("2026-10-01T08:00:00Z", "2026-10-01T08:00:00Z", "2026-11-02T10:30:00Z",
          "2026-11-20T23:59:59Z")
WORDS = ("Töölö", "Tölö", "Kallio", "Berghäll", "Ålandsgatan", "Straße", "Øresund", "sauna",
         "saunallinen", "parveke", "kaksio", "Helsinki", "Helsingfors", "Espoo", "koivu",
         "Koivukuja", "meri", "merinäköala", "Ähtäri", "ÄÄNEKOSKI", "école", "12", "3B")
DISTRICTS = ("Töölö", "Kallio", "Tapiola", "Lauttasaari", "Ääripää", "")
IDS = ("A-1", "a-1", "L10", "L9", "Z9", "b.2", "L00100")


def make_listings(count: int, seed: int) -> list[Listing]:
    """Listings built to trip a search: ties, plots without area or rooms, diacritics."""
    rng = random.Random(seed)
    out = []
    for n in range(count):
        kind = rng.choice(list(PropertyType))
        plot = kind is PropertyType.PLOT
        words = rng.sample(WORDS, 3)
        translations = {}
        if rng.random() < 0.5:
            translations["sv"] = ListingText(rng.choice(WORDS), " ".join(rng.sample(WORDS, 2)))
        out.append(Listing(
            id=IDS[n] if n < len(IDS) else f"L{n:04d}",
            title=f"{words[0]} {rng.randint(1, 99)}",
            description=" ".join(words[1:]) + rng.choice(("", ", parveke.", " – Merinäköala!")),
            type=kind,
            price_eur=rng.choice(PRICES),
            lat=rng.choice(LATS), lon=rng.choice(LONS),
            address=f"{rng.choice(('Koivukuja', 'Ålandsgatan', 'Mannerheimintie'))} "
                    f"{rng.randint(1, 20)} B",
            district=rng.choice(DISTRICTS) or "Muu",
            living_area_m2=None if plot and rng.random() < 0.8 else rng.choice(AREAS),
            rooms=None if plot else rng.randint(1, 6),
            features=frozenset(rng.sample(FEATURES, rng.randint(0, 4))),
            translations=translations,
            listed_at=rng.choice(LISTED),
        ))
    return out


def reference(listings: list[Listing], q: SearchQuery) -> SearchResult:
    """The search, by brute force over the stored listings: the specification."""
    def between(value: float | None, low: float | None, high: float | None) -> bool:
        if low is None and high is None:
            return True
        if value is None:
            return False
        return (low is None or value >= low) and (high is None or value <= high)

    def words(x: Listing) -> list[str]:
        texts = [x.title, x.description, x.address, x.postal_code,
                 *place_names(x.district, x.municipality)]
        for t in x.translations.values():
            texts += [t.title, t.description]
        return fold(" ".join(texts)).split()

    found = []
    for x in listings:
        if not (between(x.price_eur, q.min_price, q.max_price)
                and between(x.rooms, q.min_rooms, q.max_rooms)
                and between(x.living_area_m2, q.min_area, q.max_area)):
            continue
        if q.bbox is not None and not (q.bbox.south <= x.lat <= q.bbox.north
                                       and q.bbox.west <= x.lon <= q.bbox.east):
            continue
        if q.types and x.type not in q.types:
            continue
        if not q.features <= x.features:
            continue
        own = words(x)
        if not all(any(w.startswith(qw) for w in own) for qw in q.words):
            continue
        found.append(x)
    found.sort(key=lambda x: x.id)  # ties: id ascending; the sorts below are stable
    if q.sort is Sort.PRICE:
        found.sort(key=lambda x: x.price_eur)
    elif q.sort is Sort.PRICE_DESC:
        found.sort(key=lambda x: -x.price_eur)
    elif q.sort in (Sort.AREA, Sort.AREA_DESC):
        sign = 1 if q.sort is Sort.AREA else -1
        found.sort(key=lambda x: (x.living_area_m2 is None, sign * (x.living_area_m2 or 0)))
    else:
        found.sort(key=lambda x: x.listed_at or "", reverse=True)
    return SearchResult(len(found), found[q.offset:q.offset + q.limit])  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def listed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, list[Listing]]]:
    """A store with 400 tricky listings, and the listings as stored."""
    path = Path(tmp_path_factory.mktemp("listings")) / "k.db"
    store = open_store(path, FakeClock(datetime(2026, 11, 25, 15, 30,
                                                tzinfo=ZoneInfo("Europe/Helsinki"))))
    listings = make_listings(400, seed=5)
    with store.transaction() as tx:
        for x in listings:
            upsert_listing(tx, x)
    stored = [get_listing(store, x.id) for x in listings]
    yield store, [x for x in stored if x is not None]
    store.close()
