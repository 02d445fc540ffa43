"""Homes per map cell: what the table's map draws instead of thousands of pins.

The grid is the web-mercator pixel grid of the map's zoom level, cut into squares of
``cell_px`` pixels and anchored at the world's corner, so a cluster stays where it is
while the customer pans. Counts honour every filter of the search (text included) and are
exact; a cell with one home names it, so the map can draw its pin.

Cost: one pass over the matching homes with a sort by cell (bench/search.py measures
it); run it off the UI thread and only when the view settles.
"""

from __future__ import annotations

import math
import sqlite3
from dataclasses import dataclass
from typing import Any, Final

from kiosk.listings import rtree
from kiosk.listings.query import InvalidSearch, SearchQuery
from kiosk.listings.search import _KEY_NUM, _listing_where, _Plan, _plan, tuned
from kiosk.listings.storage import Source, connection

MAX_ZOOM: Final = 22
_TILE_PX: Final = 256


@dataclass(frozen=True)
class Cluster:
    """The homes of one cell: how many, where their middle is, the box around them."""

    count: int
    lat: float               # centroid of the homes, where the map draws the bubble
    lon: float
    south: float             # the homes' bounding box: a tap zooms the map to it
    west: float
    north: float
    east: float
    listing_id: str | None   # the home, when the cell holds exactly one
    cell: tuple[int, int]    # (column, row) on the zoom level's grid


def clusters(source: Source, query: SearchQuery, zoom: int, cell_px: int = 64) -> list[Cluster]:
    """The matches of ``query`` (which must have a bbox) per grid cell at ``zoom``.

    Sorting, limit and offset of the query do not matter here; the counts add up to
    the search's ``total``.
    """
    if query.bbox is None:
        raise InvalidSearch("clusters need the visible area (bbox)")
    if not (0 <= zoom <= MAX_ZOOM and 8 <= cell_px <= 1024):
        raise InvalidSearch(f"zoom must be 0 to {MAX_ZOOM}, cell_px 8 to 1024")
    conn = tuned(connection(source))
    plan = _plan(conn, query)
    if plan is None:
        return []
    # Pixels per cell on the world map: x from longitude, y from mercator latitude.
    scale = _TILE_PX * 2**zoom / cell_px
    sql, params = _statement(plan)
    rows = conn.execute(sql, {**params, "scale": scale}).fetchall()
    singles = {int(num) for count, *_, num in rows if count == 1}
    ids = _ids(conn, singles)
    out = []
    for count, cx, cy, lat_sum, lon_sum, south, north, west, east, num in rows:
        out.append(Cluster(
            count=count, lat=lat_sum / count / rtree.COORDINATE_SCALE,
            lon=lon_sum / count / rtree.COORDINATE_SCALE,
            south=south / rtree.COORDINATE_SCALE, west=west / rtree.COORDINATE_SCALE,
            north=north / rtree.COORDINATE_SCALE, east=east / rtree.COORDINATE_SCALE,
            listing_id=ids.get(int(num)) if count == 1 else None, cell=(int(cx), int(cy))))
    out.sort(key=lambda c: c.cell)
    return out


def _statement(plan: _Plan) -> tuple[str, dict[str, Any]]:
    """One GROUP BY over the plan's driving index, in integer micro-degrees."""
    if plan.by_text:
        where = _listing_where(plan.query)
        source = ("listings_fts f CROSS JOIN listings l ON l.num = f.rowid"
                  f" WHERE listings_fts MATCH :match AND {where.sql}")
        params = {**where.params, "match": plan.match}
        lat_e6 = f"CAST(round(l.lat * {rtree.COORDINATE_SCALE}) AS INTEGER)"
        lon_e6 = f"CAST(round(l.lon * {rtree.COORDINATE_SCALE}) AS INTEGER)"
        num = "l.num"
    else:
        rw = plan.rtree_where()
        source, params = f"listings_rtree r WHERE {rw.sql}", rw.params
        lat_e6, lon_e6, num = "r.lat_min", "r.lon_min", _KEY_NUM
    x = f"CAST(({lon_e6} / 1e6 + 180) / 360 * :scale AS INTEGER)"
    y = (f"CAST((1 - ln(tan(pi() / 4 + radians({lat_e6} / 1e6) / 2)) / pi()) / 2 * :scale"
         " AS INTEGER)")
    sql = (f"SELECT count(*), {x} AS cx, {y} AS cy, sum({lat_e6}), sum({lon_e6}),"
           f" min({lat_e6}), max({lat_e6}), min({lon_e6}), max({lon_e6}), min({num})"
           f" FROM {source} GROUP BY cx, cy")
    return sql, params


def _ids(conn: sqlite3.Connection, nums: set[int]) -> dict[int, str]:
    if not nums:
        return {}
    rows = conn.execute("SELECT num, id FROM listings WHERE num IN (SELECT value FROM"
                        " json_each(?))", (str(sorted(nums)),))
    return {int(num): str(id_) for num, id_ in rows}


def cell_of(lat: float, lon: float, zoom: int, cell_px: int = 64) -> tuple[int, int]:
    """The (column, row) of a point on the grid of :func:`clusters`, for the UI and tests."""
    scale = _TILE_PX * 2**zoom / cell_px
    x = (lon + 180) / 360 * scale
    y = (1 - math.log(math.tan(math.pi / 4 + math.radians(lat) / 2)) / math.pi) / 2 * scale
    return int(x), int(y)
