#!/usr/bin/env python3
"""Listing search latency: p50/p95 of 1,000 random table queries at 10k and 100k listings.

Each query is what the smart table sends when a customer pans the map or turns a dial:
the visible area of a 1920x1080 map at zoom 12 (the whole region) to 16 (a few blocks)
around a random home, plus random dials (price, rooms, area, types, features), text in
half of the queries (a district, street or feature word, sometimes only its start), a
random sort, and page 1 (or 2) of 50. The same queries run through ``search()``, through
the baseline (the same filters as plain SQL on ``listings`` with lat/lon BETWEEN and
LIKE, no R*Tree, no full-text index; the planner may still use the b-tree indexes), and
through ``clusters()`` at the query's zoom (64-pixel cells).

Listings are the demo generator's (kiosk.listings.synthetic), written with the real
``upsert_listing`` into a temporary database with the Store's own settings; ``search()``
raises the connection's page cache to 64 MB and maps 256 MB (``search.tuned``), which the
baseline, sharing the connection, gets too. Each size runs twice over the same queries
(run 1, run 2): the machine is shared, so the two show how much the numbers move.

Usage: .venv/bin/python bench/search.py [--sizes 10000,100000] [--queries 1000]
"""

from __future__ import annotations

import argparse
import math
import platform
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kiosk.db import Store, open_store  # noqa: E402
from kiosk.listings import synthetic  # noqa: E402
from kiosk.listings.clusters import clusters  # noqa: E402
from kiosk.listings.model import FEATURES, Listing, PropertyType  # noqa: E402
from kiosk.listings.query import BBox, SearchQuery, SearchResult, Sort  # noqa: E402
from kiosk.listings.search import search  # noqa: E402
from kiosk.listings.storage import upsert_listing  # noqa: E402
from kiosk.text import fold  # noqa: E402

SEED = 7
SCREEN = (1920, 1080)
WORDS = ("toolo", "töölö", "kallio", "kamppi", "lauttasaari", "tapiola", "leppävaara",
         "tikkurila", "vuosaari", "espoo", "vantaa", "helsinki", "sauna", "parveke", "takka",
         "meri", "ranta", "hissi", "koivu", "mänty", "satama", "kaksio", "kolmio", "yksiö",
         "omakotitalo", "rivitalo", "bastu", "balcony", "garden", "renovated", "drumsö",
         "hagalund", "berghäll")


def viewport(lat: float, lon: float, zoom: int) -> BBox:
    """The area a web-mercator map of SCREEN pixels shows at ``zoom`` around a point."""
    degrees_per_px = 360 / (256 * 2**zoom)
    half_w = SCREEN[0] / 2 * degrees_per_px
    half_h = SCREEN[1] / 2 * degrees_per_px * math.cos(math.radians(lat))
    return BBox(lat - half_h, lon - half_w, lat + half_h, lon + half_w)


def random_query(rng: random.Random, homes: list[Listing]) -> tuple[SearchQuery, int]:
    """A random table query and its zoom level."""
    home = rng.choice(homes)
    zoom = rng.randint(12, 16)
    args: dict[str, Any] = {"bbox": viewport(home.lat, home.lon, zoom)}
    if rng.random() < 0.5:
        low = rng.choice((None, 100_000, 200_000, 300_000, 400_000))
        args["min_price"] = low
        args["max_price"] = (low or 0) + rng.choice((150_000, 250_000, 400_000, 1_000_000))
    if rng.random() < 0.4:
        args["min_rooms"] = rng.randint(1, 4)
    if rng.random() < 0.2:
        args["max_rooms"] = rng.randint(args.get("min_rooms", 1), 6)
    if rng.random() < 0.3:
        args["min_area"] = float(rng.choice((30, 50, 70, 100)))
    if rng.random() < 0.3:
        args["types"] = frozenset(rng.sample(list(PropertyType), rng.randint(1, 3)))
    if rng.random() < 0.3:
        args["features"] = frozenset(rng.sample(FEATURES[:8], rng.randint(1, 2)))
    if rng.random() < 0.5:
        word = rng.choice(WORDS)
        args["text"] = word[:rng.randint(3, len(word))] if rng.random() < 0.3 else word
    args["sort"] = rng.choice(list(Sort))
    args["offset"] = 50 if rng.random() < 0.1 else 0
    return SearchQuery(**args), zoom


def baseline(conn: sqlite3.Connection, q: SearchQuery) -> SearchResult:
    """The same search as plain SQL: table scans, BETWEEN on lat/lon, LIKE for words."""
    conds: list[str] = []
    params: list[Any] = []
    for column, low, high in (("price_eur", q.min_price, q.max_price),
                              ("rooms", q.min_rooms, q.max_rooms),
                              ("living_area_m2", q.min_area, q.max_area)):
        if low is not None:
            conds.append(f"{column} >= ?")
            params.append(low)
        if high is not None:
            conds.append(f"{column} <= ?")
            params.append(high)
    if q.bbox is not None:
        conds.append("lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?")
        params += [q.bbox.south, q.bbox.north, q.bbox.west, q.bbox.east]
    if q.types:
        conds.append(f"type IN ({', '.join('?' * len(q.types))})")
        params += [t.value for t in q.types]
    if q.features:
        mask = sum(1 << FEATURES.index(f) for f in q.features)
        conds.append("features & ? = ?")
        params += [mask, mask]
    for word in fold(q.text).split():
        conds.append("(title LIKE ? OR address LIKE ? OR district LIKE ? OR EXISTS (SELECT 1"
                     " FROM listing_texts t WHERE t.num = l.num AND t.description LIKE ?))")
        params += [f"%{word}%"] * 4
    where = " AND ".join(conds) or "1"
    order = {Sort.PRICE: "price_eur, id", Sort.PRICE_DESC: "price_eur DESC, id",
             Sort.AREA: "living_area_m2 IS NULL, living_area_m2, id",
             Sort.AREA_DESC: "living_area_m2 IS NULL, living_area_m2 DESC, id",
             Sort.NEWEST: "listed_at DESC, id"}[q.sort]
    total = conn.execute(f"SELECT count(*) FROM listings l WHERE {where}", params).fetchone()[0]
    conn.execute(f"SELECT id, title, price_eur FROM listings l WHERE {where} ORDER BY {order}"
                 " LIMIT ? OFFSET ?", [*params, q.limit, q.offset]).fetchall()
    return SearchResult(int(total), [])


def timed(run: Callable[[SearchQuery], object],
          queries: list[SearchQuery]) -> list[float]:
    for q in queries[:50]:  # warm the page cache as a running kiosk has it
        run(q)
    times = []
    for q in queries:
        start = time.perf_counter()
        run(q)
        times.append((time.perf_counter() - start) * 1000)
    return times


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, math.ceil(p / 100 * len(ordered)) - 1)]


def build(path: Path, count: int) -> tuple[Store, list[Listing], float]:
    homes = synthetic.generate(count, seed=SEED)
    store = open_store(path)
    start = time.perf_counter()
    with store.transaction() as tx:
        for home in homes:
            upsert_listing(tx, home)
    store.conn.execute("ANALYZE")
    return store, homes, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--queries", type=int, default=1000)
    args = parser.parse_args()
    cpuinfo = Path("/proc/cpuinfo").read_text()
    cpu = next((line.split(":", 1)[1].strip() for line in cpuinfo.splitlines()
                if line.startswith("model name")), platform.processor())
    cores = sum(1 for line in cpuinfo.splitlines() if line.startswith("processor"))
    print(f"machine: {cpu}, {cores} cores, {platform.system()} {platform.release()}; "
          f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}")
    rows = []
    kinds = []
    for size in (int(s) for s in args.sizes.split(",")):
        with tempfile.TemporaryDirectory() as tmp:
            store, homes, seconds = build(Path(tmp) / "bench.db", size)
            rng = random.Random(SEED)
            drawn = [random_query(rng, homes) for _ in range(args.queries)]
            queries = [q for q, _ in drawn]
            totals = [search(store, q).total for q in queries]
            for cache in ("run 1", "run 2"):
                fast = timed(partial(search, store), queries)
                slow = timed(partial(baseline, store.conn), queries)
                zooms = {id(q): z for q, z in drawn}

                def cluster(q: SearchQuery, s: Store = store,
                            z: dict[int, int] = zooms) -> object:
                    return clusters(s, q, z[id(q)])

                cells = timed(cluster, queries)
                rows.append((size, cache, seconds, fast, slow, statistics.median(totals), cells))
                picks = [(f"zoom {z}", [t for t, (_, zz) in zip(fast, drawn, strict=True)
                                        if zz == z]) for z in range(12, 17)]
                picks += [("with text", [t for t, q in zip(fast, queries, strict=True)
                                         if q.text]),
                          ("without text", [t for t, q in zip(fast, queries, strict=True)
                                            if not q.text])]
                kinds += [(size, cache, label, times) for label, times in picks]
            store.close()
    print(f"\n{args.queries} random queries (visible area + dials, text in half), ms:\n")
    print("| listings | run | search p50 | search p95 | search max | baseline p50 "
          "| baseline p95 | clusters p50 | clusters p95 | median total |")
    print("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for size, cache, _, fast, slow, median_total, cells in rows:
        print(f"| {size:,} | {cache} | {percentile(fast, 50):.2f} | "
              f"{percentile(fast, 95):.2f} | {max(fast):.1f} | {percentile(slow, 50):.2f} | "
              f"{percentile(slow, 95):.2f} | {percentile(cells, 50):.2f} | "
              f"{percentile(cells, 95):.2f} | {median_total:,.0f} |")
    print("\nloading (upsert_listing, one transaction): " + ", ".join(
        f"{size:,} in {seconds:.1f} s" for size, cache, seconds, *_ in rows if cache == "run 1"))
    print("\nsearch() by kind of query, ms:\n")
    print("| listings | run | queries | n | p50 | p95 |")
    print("| ---: | --- | --- | ---: | ---: | ---: |")
    for size, cache, label, times in kinds:
        if times:
            print(f"| {size:,} | {cache} | {label} | {len(times)} | {percentile(times, 50):.2f} | "
                  f"{percentile(times, 95):.2f} |")


if __name__ == "__main__":
    main()
