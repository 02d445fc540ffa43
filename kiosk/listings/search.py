"""Finding homes: text, the table's dials, the visible map area, sorting and paging.

``search`` answers with one page and ``total``, the number of all matches. It picks the
cheapest of a few ways to read the data; all give the same answer (the tests hold each
of them to a brute-force reference):

* **The R*Tree drives** (the usual way). ``listings_rtree`` holds area, price, living
  area and publication day as dimensions and rooms, type and features inside its key
  (:mod:`kiosk.listings.rtree`), so ``total`` is counted from the R*Tree alone.
* **The full-text index drives** when the words match fewer listings than the visible
  area holds (a cheap probe of both tells): each match is then tested on its narrow
  ``listings_facts`` row (the R*Tree's integers by listing number, migration 5).

The page comes from the cheapest (by the measured costs below) of:

* **a walk** down the sort order's index, from the first value the bounds allow, until a
  page of matches is found: few rows when many listings match. It may read as many rows
  as the next best way would cost, so a walk that guessed wrong costs at most double;
* **a cut**: the matches whose sort value is not past the page's last one, joined and
  sorted exactly. One pass keeps the first 2 x page + 500 rows in sort order, which hold
  the page unless ties on its last value run past them; then a second pass prunes on that
  value. The R*Tree, or for the full-text driver its facts rows, gives the sort values;
* **a fetch**: one pass handing every match's number and sort value to Python, which
  picks the page's candidates (with words and few candidates this replaces the count).

Query words are folded like the indexed text (:func:`kiosk.text.fold`): "toolo" finds
"Töölö", and each word must be a word, or the start of a word, of a title, description,
address or place name, in any of the listing's languages.
"""

from __future__ import annotations

import heapq
import json
import math
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Final

from kiosk.listings import rtree
from kiosk.listings.model import FEATURE_BITS, TYPE_NUMBERS, PropertyType, features_from_mask
from kiosk.listings.query import ListingSummary, SearchQuery, SearchResult, Sort
from kiosk.listings.storage import Source, connection

# Microseconds per row, measured with bench/search.py at 100,000 listings on the
# reference machine; only their ratios matter.
_US_RTREE_ROW: Final = 0.07    # an R*Tree candidate, counted or sorted
_US_IN_SET: Final = 0.25       # testing a candidate against the set of word matches
_US_SET_ROW: Final = 0.07      # adding a word match to that set
_US_TEXT_ROW: Final = 0.35     # a word match read with its listing row
_US_FACT_ROW: Final = 0.16     # a word match tested against its listings_facts row
_US_WALK_ROW: Final = 3.0      # a listing read in sort order: a random page each
_US_FETCH_ROW: Final = 0.7     # a match's number and sort value handed to Python
_PROBE: Final = 5000           # probes stop counting here (well under a millisecond)
_PREFIX_INDEXED: Final = 6     # listings_fts has prefix indexes up to this length
_MAX_EXPANSION: Final = 64     # a longer word is searched as at most this many words
_TIES: Final = 500             # the cut keeps this many rows past twice the page for ties
# The reading connection's page cache and memory map: SQLite's default 2 MB cache holds
# about a tenth of the 100,000-listing search indexes, so a whole-region view re-read
# them from the OS each time (bench/search.py: p95 19.3 -> 16.3 ms at 100k with these).
_CACHE_KIB: Final = 64 * 1024
_MMAP_BYTES: Final = 256 * 2**20

_ORDER: Final[dict[Sort, str]] = {
    Sort.PRICE: "l.price_eur, l.id",
    Sort.PRICE_DESC: "l.price_eur DESC, l.id",
    Sort.AREA: "l.living_area_m2 IS NULL, l.living_area_m2, l.id",
    Sort.AREA_DESC: "l.living_area_m2 IS NULL, l.living_area_m2 DESC, l.id",
    Sort.NEWEST: "l.listed_at DESC, l.id",
}
# The walk: index, its order, and the column whose bounds it seeks to. The area indexes
# hold only homes with an area, which sort before the others either way.
_WALK: Final[dict[Sort, tuple[str, str, str]]] = {
    Sort.PRICE: ("listings_by_price", "l.price_eur, l.id", "price"),
    Sort.PRICE_DESC: ("listings_by_price_desc", "l.price_eur DESC, l.id", "price"),
    Sort.AREA: ("listings_by_area", "l.living_area_m2, l.id", "area"),
    Sort.AREA_DESC: ("listings_by_area_desc", "l.living_area_m2 DESC, l.id", "area"),
    Sort.NEWEST: ("listings_by_newest", "l.listed_at DESC, l.id", ""),
}
# The cut: the R*Tree column whose order agrees with the sort order, and its direction.
_CUT: Final[dict[Sort, tuple[str, bool]]] = {
    Sort.PRICE: ("price_min", False), Sort.PRICE_DESC: ("price_min", True),
    Sort.AREA: ("area_min", False), Sort.AREA_DESC: ("area_min", True),
    Sort.NEWEST: ("day_min", True),
}
_SUMMARY: Final = (
    "l.id, l.title, l.type, l.price_eur, l.living_area_m2, l.rooms, l.lat, l.lon, l.district,"
    " l.municipality, l.features, l.listed_at, (SELECT path FROM listing_media m"
    " WHERE m.num = l.num AND m.kind = 'photo' ORDER BY position LIMIT 1)"
)
_KEY_NUM: Final = f"(r.key & {rtree.NUM_MASK})"
_FTS: Final = "SELECT rowid FROM listings_fts WHERE listings_fts MATCH :match"


@dataclass(frozen=True)
class _Where:
    """SQL conditions: ``sql`` all of them; for the R*Tree, ``dims`` only those the R*Tree
    answers from its index, the rest (``sql`` minus ``dims``) are tested per row."""

    sql: str
    params: dict[str, Any]
    dims: str = "1"
    rest: str = "1"


@dataclass(frozen=True)
class _Plan:
    """How one search reads the data. ``matches``/``candidates`` are known lower bounds of
    the word matches and of the R*Tree's candidates without the words."""

    query: SearchQuery
    match: str | None          # FTS5 expression; None without words
    by_text: bool
    matches: int
    candidates: int

    def rtree_where(self) -> _Where:
        where = _rtree_where(self.query)
        if self.match is None:
            return where
        rest = f"{where.rest} AND {_KEY_NUM} IN ({_FTS})"
        return _Where(f"{where.dims} AND {rest}", {**where.params, "match": self.match},
                      where.dims, rest)


def search(source: Source, query: SearchQuery) -> SearchResult:
    """The page of listings matching ``query`` in its order, and the count of all."""
    return _search(tuned(connection(source)), query)


def tuned(conn: sqlite3.Connection) -> sqlite3.Connection:
    """``conn`` with at least the page cache and memory map searching wants (raised once
    per connection, never lowered; a few microseconds to check)."""
    row = conn.execute("PRAGMA mmap_size").fetchone()
    if row is not None and int(row[0]) < _MMAP_BYTES:
        conn.execute(f"PRAGMA mmap_size = {_MMAP_BYTES}")
    cache = int(conn.execute("PRAGMA cache_size").fetchone()[0])
    page = int(conn.execute("PRAGMA page_size").fetchone()[0])
    if (-cache if cache < 0 else cache * page // 1024) < _CACHE_KIB:
        conn.execute(f"PRAGMA cache_size = -{_CACHE_KIB}")
    return conn


def _search(conn: sqlite3.Connection, query: SearchQuery, *, by_text: bool | None = None,
            pager: str | None = None) -> SearchResult:
    """``search`` with the choices open for tests: ``by_text`` picks the driver, ``pager``
    one of 'walk', 'cut', 'text' or 'fetch' (each falls back where it cannot serve)."""
    plan = _plan(conn, query, by_text)
    if plan is None:
        return SearchResult(0, [])
    if not plan.by_text and (pager == "fetch" or (pager is None and plan.match is not None
                                                  and _fetch_first(plan))):
        # Few candidates and many word matches: one pass that hands the matches over beats
        # a count and a page that each rebuild the set of word matches.
        total, fetched = _fetch(conn, plan)
        return SearchResult(total, [_summary(r) for r in fetched])
    sql, params = _count_statement(plan)
    total, scanned = (int(v) for v in conn.execute(sql, params).fetchone())
    if query.limit == 0 or query.offset >= total:
        return SearchResult(total, [])
    wanted = query.offset + query.limit
    rows: list[tuple[Any, ...]] | None = None
    if total > wanted:
        everything = int(conn.execute("SELECT coalesce(max(num), 0) FROM listings")
                         .fetchone()[0])
        costs = _page_costs(plan, total, scanned, wanted, everything)
        for way in [pager] if pager else sorted(costs, key=costs.__getitem__):
            if way == "walk":
                # The walk may spend what the next best way would cost: at worst twice the
                # best, when the matches are not spread evenly over the sort order.
                others = min(c for w, c in costs.items() if w != "walk")
                budget = others / _US_WALK_ROW if pager is None else everything
                rows = _page_by_walk(conn, plan, max(200, math.ceil(budget)))
            elif way == "text" and plan.by_text:
                rows = _page_by_cut(conn, plan, total)
            elif way == "fetch" and not plan.by_text:
                rows = _fetch(conn, plan)[1]
            elif way == "cut" and not plan.by_text:
                rows = _page_by_cut(conn, plan, total)
            if rows is not None:
                break
    if rows is None:
        rows = _page_by_cut(conn, plan, total)
    return SearchResult(total, [_summary(r) for r in rows])


def _fetch_first(plan: _Plan) -> bool:
    """Whether handing over every candidate costs less than another pass over them."""
    another_pass = plan.candidates * (_US_RTREE_ROW + _US_IN_SET) + plan.matches * _US_SET_ROW
    return plan.candidates * _US_FETCH_ROW < another_pass


def _page_costs(plan: _Plan, total: int, scanned: int, wanted: int,
                everything: int) -> dict[str, float]:
    """Estimated microseconds of each way to find the page, after the count."""
    words = plan.match is not None
    word_set = plan.matches * _US_SET_ROW if words else 0.0
    costs = {"walk": wanted * everything / total * _US_WALK_ROW + word_set}
    if plan.by_text:
        costs["text"] = 2 * plan.matches * _US_FACT_ROW + wanted * _US_TEXT_ROW
    else:
        per_row = _US_RTREE_ROW + (_US_IN_SET if words else 0.0)
        costs["cut"] = 2 * (scanned * per_row + word_set)
        costs["fetch"] = scanned * per_row + word_set + total * _US_FETCH_ROW
    return costs


def explain(source: Source, query: SearchQuery) -> list[str]:
    """``EXPLAIN QUERY PLAN`` of the statement that counts the matches, one line per step
    (e.g. 'SCAN r VIRTUAL TABLE INDEX 2:D0B1D2B3'): which index drives the search."""
    conn = connection(source)
    plan = _plan(conn, query)
    if plan is None:
        return ["no listing has all the words: nothing read"]
    sql, params = _count_statement(plan)
    return [str(row[3]) for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}", params)]


def match_expression(conn: sqlite3.Connection, words: list[str]) -> str | None:
    """The FTS5 query for folded words, each a word or the start of one, all required;
    None when some word starts no indexed word at all (nothing can match).

    A word longer than the prefix indexes is replaced by the indexed words it starts:
    FTS5 reads those lazily, while an unindexed prefix is merged in full first.
    """
    parts = []
    for word in words:
        if len(word) <= _PREFIX_INDEXED:
            parts.append(f'"{word}"*')
            continue
        upper = word[:-1] + chr(ord(word[-1]) + 1)
        terms = [str(row[0]) for row in conn.execute(
            "SELECT term FROM listings_fts_terms WHERE term >= ? AND term < ? LIMIT ?",
            (word, upper, _MAX_EXPANSION + 1))]
        if not terms:
            return None
        if len(terms) > _MAX_EXPANSION:
            parts.append(f'"{word}"*')
        else:
            parts.append("(" + " OR ".join(f'"{term}"' for term in terms) + ")")
    return " AND ".join(parts)


def _plan(conn: sqlite3.Connection, query: SearchQuery,
          by_text: bool | None = None) -> _Plan | None:
    """Choose the driving index; None when the words cannot match anything."""
    if not query.words:
        return _Plan(query, None, by_text=False, matches=0, candidates=0)
    match = match_expression(conn, query.words)
    if match is None:
        return None

    def count(sql: str, params: dict[str, Any], limit: int | None) -> int:
        capped = sql if limit is None else f"{sql} LIMIT {limit}"
        return int(conn.execute(f"SELECT count(*) FROM ({capped})", params).fetchone()[0])

    matches = count(_FTS, {"match": match}, _PROBE)
    if matches == _PROBE:
        matches = count(_FTS, {"match": match}, None)  # lazy reading: ~0.02 µs a match
    # Text drives while reading each match costs less than testing each candidate; count
    # candidates only as far as that question needs.
    enough = math.ceil(matches * _US_FACT_ROW / (_US_RTREE_ROW + _US_IN_SET)) + 1
    area = _rtree_where(query)
    candidates = count(f"SELECT 1 FROM listings_rtree r WHERE {area.sql}", area.params, enough)
    return _Plan(query, match, by_text=candidates >= enough if by_text is None else by_text,
                 matches=matches, candidates=candidates)


def _count_statement(plan: _Plan) -> tuple[str, dict[str, Any]]:
    """SELECT (matches, rows read): the second tells what another pass would cost."""
    if plan.by_text:
        # The narrow listings_facts row, found by number in the order the words list
        # them, not the wide listing: a third of the cost per match (bench/search.py).
        where = _rtree_where(plan.query, facts=True)
        return (f"SELECT count(*), count(*) FROM listings_fts f CROSS JOIN listings_facts s"
                f" ON s.num = f.rowid WHERE listings_fts MATCH :match AND {where.sql}",
                {**where.params, "match": plan.match})
    where = plan.rtree_where()
    # CASE, not sum(a AND b): only a condition short-circuits, so the word test runs last.
    return (f"SELECT coalesce(sum(CASE WHEN {where.rest} THEN 1 ELSE 0 END), 0), count(*)"
            f" FROM listings_rtree r"
            f" WHERE {where.dims}", where.params)


def _rtree_where(query: SearchQuery, *, facts: bool = False) -> _Where:
    """The query's conditions on ``listings_rtree r`` alone (exact: see rtree.py), or
    with ``facts`` on ``listings_facts s``, which holds the same integers."""
    conds = ["1"]
    params: dict[str, Any] = {}
    t = "s" if facts else "r"

    def between(column: str, low: int | None, high: int | None) -> None:
        if low is not None:
            conds.append(f"{t}.{column}{'' if facts else '_min'} >= :{column}_lo")
            params[f"{column}_lo"] = low
        if high is not None:
            conds.append(f"{t}.{column}{'' if facts else '_max'} <= :{column}_hi")
            params[f"{column}_hi"] = high

    if query.bbox is not None:
        scale = rtree.COORDINATE_SCALE
        between("lat", rtree.low_bound(query.bbox.south, scale),
                rtree.high_bound(query.bbox.north, scale))
        between("lon", rtree.low_bound(query.bbox.west, scale),
                rtree.high_bound(query.bbox.east, scale))
    if query.min_price is not None or query.max_price is not None:
        between("price", None if query.min_price is None else rtree.low_bound(query.min_price, 1),
                None if query.max_price is None else rtree.high_bound(query.max_price, 1))
    if query.min_area is not None or query.max_area is not None:
        # Listings without an area hold AREA_NOT_GIVEN: any area bound leaves them out.
        high = rtree.AREA_NOT_GIVEN - 1
        if query.max_area is not None:
            high = min(high, rtree.high_bound(query.max_area, rtree.AREA_SCALE))
        between("area", None if query.min_area is None
                else rtree.low_bound(query.min_area, rtree.AREA_SCALE), high)
    dims = " AND ".join(conds)
    keys = ["1"]
    if query.min_rooms is not None or query.max_rooms is not None:
        low = 0 if query.min_rooms is None else max(0, math.ceil(query.min_rooms))
        high = rtree.ROOMS_NOT_GIVEN - 1
        if query.max_rooms is not None:
            high = min(high, math.floor(query.max_rooms))
        keys.append(f"(({t}.key >> {rtree.ROOMS_SHIFT}) & 127) BETWEEN :rooms_lo AND :rooms_hi")
        params.update(rooms_lo=low, rooms_hi=high)
    if query.types:
        numbers = ", ".join(str(TYPE_NUMBERS[t]) for t in sorted(query.types))
        keys.append(f"(({t}.key >> {rtree.TYPE_SHIFT}) & 7) IN ({numbers})")
    if query.features:
        mask = sum(FEATURE_BITS[f] for f in query.features)
        keys.append(f"(({t}.key >> {rtree.FEATURES_SHIFT}) & {mask}) = {mask}")
    rest = " AND ".join(keys)
    return _Where(f"{dims} AND {rest}", params, dims, rest)


def _listing_where(query: SearchQuery) -> _Where:
    """The same conditions on ``listings l`` (for the plans that read listing rows)."""
    conds = ["1"]
    params: dict[str, Any] = {}
    bounds: list[tuple[str, float | None, float | None]] = [
        ("l.price_eur", query.min_price, query.max_price),
        ("l.rooms", query.min_rooms, query.max_rooms),
        ("l.living_area_m2", query.min_area, query.max_area)]
    if query.bbox is not None:
        bounds += [("l.lat", query.bbox.south, query.bbox.north),
                   ("l.lon", query.bbox.west, query.bbox.east)]
    for i, (column, low, high) in enumerate(bounds):
        if low is not None:
            conds.append(f"{column} >= :lo{i}")
            params[f"lo{i}"] = low
        if high is not None:
            conds.append(f"{column} <= :hi{i}")
            params[f"hi{i}"] = high
    if query.types:
        conds.append(f"l.type IN ({', '.join(repr(t.value) for t in sorted(query.types))})")
    if query.features:
        mask = sum(FEATURE_BITS[f] for f in query.features)
        conds.append(f"(l.features & {mask}) = {mask}")
    return _Where(" AND ".join(conds), params)


def _page_by_walk(conn: sqlite3.Connection, plan: _Plan,
                  walk: int) -> list[tuple[Any, ...]] | None:
    """Read the sort order's index from the first value the bounds allow; None if
    ``walk`` rows held no whole page (or the index ran out first)."""
    query = plan.query
    index, order, column = _WALK[query.sort]
    where = _listing_where(query)
    params = dict(where.params)
    seek = []
    low, high = {"price": (query.min_price, query.max_price),
                 "area": (query.min_area, query.max_area), "": (None, None)}[column]
    if column == "area":
        seek.append("l.living_area_m2 IS NOT NULL")  # lets the partial index serve
    name = {"price": "l.price_eur", "area": "l.living_area_m2", "": ""}[column]
    if low is not None:
        seek.append(f"{name} >= :seek_lo")
        params["seek_lo"] = low
    if high is not None:
        seek.append(f"{name} <= :seek_hi")
        params["seek_hi"] = high
    text = ""
    if plan.match is not None:
        # One match set per statement; a MATCH per walked row would redo it every row.
        text = f"AND l.num IN ({_FTS})"
        params["match"] = plan.match
    wanted = query.offset + query.limit
    sql = (f"SELECT {_SUMMARY} FROM (SELECT num FROM listings l INDEXED BY {index}"
           f" WHERE {' AND '.join(seek) or '1'} ORDER BY {order} LIMIT :walk) w"
           f" CROSS JOIN listings l ON l.num = w.num WHERE {where.sql} {text} LIMIT :wanted")
    rows = conn.execute(sql, {**params, "walk": walk, "wanted": wanted}).fetchall()
    return rows[query.offset:] if len(rows) == wanted else None


def _page_by_cut(conn: sqlite3.Connection, plan: _Plan, total: int) -> list[tuple[Any, ...]]:
    """The page from the matches whose sort value is not past the page's last one, joined
    to their listings and sorted exactly. The R*Tree (or, when the words drive, the
    narrow listings_facts rows of the word matches) finds that value, then prunes on it."""
    query = plan.query
    column, descending = _CUT[query.sort]
    if plan.by_text:
        where = _rtree_where(query, facts=True)
        value, num = f"s.{column.removesuffix('_min')}", "s.num"
        source = (f"listings_fts f CROSS JOIN listings_facts s ON s.num = f.rowid"
                  f" WHERE listings_fts MATCH :match AND {where.sql}")
        params = {**where.params, "match": plan.match}
    else:
        where = plan.rtree_where()
        value, num = f"r.{column}", _KEY_NUM
        source = f"listings_rtree r WHERE {where.sql}"
        params = dict(where.params)
    wanted = query.offset + query.limit
    cut = ""
    if total > wanted:
        nulls_last = (f"{value} = {rtree.AREA_NOT_GIVEN}, "
                      if query.sort is Sort.AREA_DESC else "")
        # One pass keeps the first rows in sort order (SQLite's sorter drops the rest as
        # it goes); they hold the page unless ties on the page's last value run past them.
        keep = max(wanted + 1, 2 * wanted + _TIES)
        top = conn.execute(
            f"SELECT {num}, {value} FROM {source} ORDER BY {nulls_last}"
            f"{value} {'DESC' if descending else ''} LIMIT :keep",
            {**params, "keep": keep}).fetchall()
        order = _order_key(query.sort)
        last = top[wanted - 1][1]
        if len(top) < keep or order(top[-1][1]) > order(last):
            return _page_of(conn, query, [n for n, v in top if order(v) <= order(last)])
        # The sort order never puts a listing whose column value is past `last` before it.
        if query.sort is Sort.AREA_DESC and last != rtree.AREA_NOT_GIVEN:
            cut = f"AND {value} >= :cut AND {value} < {rtree.AREA_NOT_GIVEN}"
        elif query.sort is not Sort.AREA_DESC:
            cut = f"AND {value} {'>=' if descending else '<='} :cut"
        params["cut"] = last
    rows = conn.execute(
        f"SELECT {_SUMMARY} FROM (SELECT {num} AS num FROM {source} {cut}) c"
        f" CROSS JOIN listings l ON l.num = c.num"
        f" ORDER BY {_ORDER[query.sort]} LIMIT :limit OFFSET :offset",
        {**params, "limit": query.limit, "offset": query.offset})
    return rows.fetchall()


def _fetch(conn: sqlite3.Connection, plan: _Plan) -> tuple[int, list[tuple[Any, ...]]]:
    """(total, page rows) from one pass over the R*Tree: fetch every match's number and
    sort value, pick the page's candidates here, then read only those listings."""
    query = plan.query
    column = _CUT[query.sort][0]
    where = plan.rtree_where()
    hits = conn.execute(f"SELECT {_KEY_NUM}, r.{column} FROM listings_rtree r"
                        f" WHERE {where.sql}", where.params).fetchall()
    total = len(hits)
    if query.limit == 0 or query.offset >= total:
        return total, []
    wanted = query.offset + query.limit
    if total > wanted:
        order = _order_key(query.sort)
        last = heapq.nsmallest(wanted, (order(v) for _, v in hits))[-1]
        hits = [h for h in hits if order(h[1]) <= last]  # the page is among these
    return total, _page_of(conn, query, [num for num, _ in hits])


def _order_key(sort: Sort) -> Callable[[int], tuple[bool, int]]:
    """The order of an R*Tree sort value (``_CUT``) in Python."""
    descending = _CUT[sort][1]

    def order(value: int) -> tuple[bool, int]:
        # Homes without an area (AREA_NOT_GIVEN) come last in both area orders.
        if sort is Sort.AREA_DESC:
            return (value == rtree.AREA_NOT_GIVEN, -value)
        return (False, -value if descending else value)
    return order


def _page_of(conn: sqlite3.Connection, query: SearchQuery,
             nums: list[int]) -> list[tuple[Any, ...]]:
    """The page among these listing numbers (which hold it), in the exact order."""
    return conn.execute(
        f"SELECT {_SUMMARY} FROM listings l WHERE l.num IN (SELECT value FROM json_each(?))"
        f" ORDER BY {_ORDER[query.sort]} LIMIT ? OFFSET ?",
        (json.dumps(nums), query.limit, query.offset)).fetchall()


def _summary(row: tuple[Any, ...]) -> ListingSummary:
    (id_, title, type_, price, area, rooms, lat, lon, district, municipality, features,
     listed_at, photo) = row
    return ListingSummary(id=id_, title=title, type=PropertyType(type_), price_eur=price,
                          living_area_m2=area, rooms=rooms, lat=lat, lon=lon,
                          district=district, municipality=municipality,
                          features=features_from_mask(features), listed_at=listed_at,
                          photo=photo)
