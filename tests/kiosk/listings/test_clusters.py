"""Map clusters: exact counts per grid cell that add up to the search's total."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.db import Store
from kiosk.listings.clusters import cell_of, clusters
from kiosk.listings.model import Listing
from kiosk.listings.query import BBox, InvalidSearch, ListingSummary, SearchQuery
from kiosk.listings.search import search

from .conftest import reference
from .test_search import queries


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(q=queries(), zoom=st.integers(8, 18))
def test_counts_per_cell_match_brute_force(listed: tuple[Store, list[Listing]], q: SearchQuery,
                                           zoom: int) -> None:
    store, listings = listed
    q = SearchQuery(**{**q.__dict__, "bbox": q.bbox or BBox(60.0, 24.5, 60.4, 25.3),
                       "limit": 1000, "offset": 0})
    matches = reference(listings, q).results
    expected = Counter(cell_of(x.lat, x.lon, zoom) for x in matches)
    got = clusters(store, q, zoom)
    assert {c.cell: c.count for c in got} == dict(expected)
    assert sum(c.count for c in got) == search(store, q).total
    by_cell: dict[tuple[int, int], list[ListingSummary]] = {}
    for x in matches:
        by_cell.setdefault(cell_of(x.lat, x.lon, zoom), []).append(x)
    for c in got:
        homes = by_cell[c.cell]
        assert c.south == min(h.lat for h in homes) and c.north == max(h.lat for h in homes)
        assert c.west == min(h.lon for h in homes) and c.east == max(h.lon for h in homes)
        assert c.south <= c.lat <= c.north and c.west <= c.lon <= c.east
        assert c.listing_id == (homes[0].id if c.count == 1 else None)


def test_cells_do_not_move_when_the_view_pans(listed: tuple[Store, list[Listing]]) -> None:
    store, _ = listed
    wide = {c.cell: c.count for c in clusters(store, SearchQuery(
        bbox=BBox(60.0, 24.5, 60.4, 25.3)), zoom=12)}
    left = {c.cell: c.count for c in clusters(store, SearchQuery(
        bbox=BBox(60.0, 24.5, 60.4, 24.95)), zoom=12)}
    # Cells wholly inside the narrower view hold the same homes.
    assert all(wide[cell] >= count for cell, count in left.items())


def test_clusters_need_the_visible_area(listed: tuple[Store, list[Listing]]) -> None:
    store, _ = listed
    with pytest.raises(InvalidSearch, match="bbox"):
        clusters(store, SearchQuery(), zoom=12)
    with pytest.raises(InvalidSearch, match="zoom"):
        clusters(store, SearchQuery(bbox=BBox(60, 24, 61, 25)), zoom=40)
