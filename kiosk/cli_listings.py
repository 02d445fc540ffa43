"""`kiosk listings ...`: import listings and search them as the smart table does.

Wired into ``kiosk/cli.py`` by :func:`add_commands` (parser) and :func:`handle` (run)::

    kiosk listings import FILE
    kiosk listings search [--text Q] [--min-price N] [--max-price N] [--min-rooms N]
        [--max-rooms N] [--min-area N] [--max-area N] [--type T]... [--feature F]...
        [--bbox SOUTH,WEST,NORTH,EAST] [--sort price|-price|area|-area|newest]
        [--limit N] [--json]

``--json`` prints ``{"total": N, "results": [{"id", "title", "price_eur",
"living_area_m2", "rooms", "type", "lat", "lon"}, ...]}``. Bad arguments: a message on
stderr and exit status 2. An import with rejected rows exits 1.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable
from typing import Any

from kiosk.config import Config
from kiosk.db import Store
from kiosk.listings.model import FEATURES, PropertyType, parse_type
from kiosk.listings.query import MAX_LIMIT, BBox, InvalidSearch, SearchQuery, Sort


def add_commands(subparsers: Any) -> None:
    """Add ``listings`` to the ``kiosk`` command's subparsers."""
    listings = subparsers.add_parser("listings", help="homes for sale: import and search")
    actions = listings.add_subparsers(dest="listings_command", required=True, metavar="ACTION")
    imp = actions.add_parser("import", help="import listings from a CSV or JSON file")
    imp.add_argument("file", metavar="FILE")
    find = actions.add_parser("search", help="search listings as the table does")
    find.add_argument("--text", default="", metavar="Q",
                      help="words; each must start a word of the listing (accents ignored)")
    find.add_argument("--min-price", type=_whole(0), metavar="N", help="EUR, inclusive")
    find.add_argument("--max-price", type=_whole(0), metavar="N", help="EUR, inclusive")
    find.add_argument("--min-rooms", type=_whole(0), metavar="N")
    find.add_argument("--max-rooms", type=_whole(0), metavar="N")
    find.add_argument("--min-area", type=_number, metavar="N", help="living area, m²")
    find.add_argument("--max-area", type=_number, metavar="N", help="living area, m²")
    find.add_argument("--type", action="append", default=[], type=_type, metavar="T",
                      dest="types", help="any of these: " + ", ".join(t.value
                                                                   for t in PropertyType))
    find.add_argument("--feature", action="append", default=[], type=_feature, metavar="F",
                      dest="features", help="all of these: " + ", ".join(FEATURES))
    find.add_argument("--bbox", type=_bbox, metavar="SOUTH,WEST,NORTH,EAST",
                      help="the visible map area in degrees, edges included")
    find.add_argument("--sort", type=_sort, default=Sort.NEWEST,
                      metavar="price|-price|area|-area|newest")
    find.add_argument("--limit", type=_whole(0, MAX_LIMIT), default=50, metavar="N")
    find.add_argument("--json", action="store_true", help="print JSON")
    # argparse reads "-price" as an unknown option unless it looks like a negative number;
    # widening that test lets `--sort -price` work with a space, as the contract writes it.
    find._negative_number_matcher = re.compile(r"^-\d+$|^-\d*\.\d+$|^-(price|area)$")


def handle(args: argparse.Namespace, config: Config, store: Store) -> int:
    """Run a ``kiosk listings`` command; the exit status."""
    if args.listings_command == "import":
        return _import(args.file, store)
    try:
        query = SearchQuery(
            text=args.text, min_price=args.min_price, max_price=args.max_price,
            min_rooms=args.min_rooms, max_rooms=args.max_rooms, min_area=args.min_area,
            max_area=args.max_area, types=frozenset(args.types),
            features=frozenset(args.features), bbox=args.bbox, sort=args.sort,
            limit=args.limit)
    except InvalidSearch as exc:
        print(f"kiosk listings search: error: {exc}", file=sys.stderr)
        return 2
    from kiosk.listings.search import search
    result = search(store, query)
    if args.json:
        print(json.dumps(result.as_json(), ensure_ascii=False, indent=2))
        return 0
    shown = f"1-{len(result.results)}" if result.results else "none"
    print(f"{result.total} homes (showing {shown}), by {query.sort.value}")
    for r in result.results:
        area = "" if r.living_area_m2 is None else f"{r.living_area_m2:g} m²"
        rooms = "" if r.rooms is None else f"{r.rooms} r"
        print(f"{r.id:<12} {r.type.value:<13} {r.price_eur:>11,} €  {area:>10} {rooms:>5}  "
              f"{r.district:<16} {r.title}")
    return 0


def _import(file: str, store: Store) -> int:
    from kiosk.listings.importer import import_listings
    try:
        report = import_listings(store, file)
    except OSError as exc:
        print(f"kiosk listings import: error: cannot read {file}: {exc.strerror}",
              file=sys.stderr)
        return 2
    for problem in report.errors:
        print(f"{problem.where(file)}: {problem.reason}", file=sys.stderr)
    print(f"{report.created} created, {report.updated} updated, {report.unchanged} unchanged, "
          f"{len(report.errors)} rejected")
    return 0 if not report.errors else 1


def _whole(low: int, high: int | None = None) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text.replace("_", "").replace(" ", ""))
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if value < low or (high is not None and value > high):
            bound = f"from {low} to {high}" if high is not None else f"{low} or more"
            raise argparse.ArgumentTypeError(f"{value} is not {bound}")
        return value
    return parse


def _number(text: str) -> float:
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if value != value or value in (float("inf"), float("-inf")):
        raise argparse.ArgumentTypeError(f"{text!r} is not a number")
    return value


def _type(text: str) -> PropertyType:
    try:
        return parse_type(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _feature(text: str) -> str:
    code = text.strip().casefold().replace("-", "_").replace(" ", "_")
    if code not in FEATURES:
        raise argparse.ArgumentTypeError(f"unknown feature {text!r} (known: "
                                         f"{', '.join(FEATURES)})")
    return code


def _sort(text: str) -> Sort:
    try:
        return Sort(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"unknown sort {text!r} (known: {', '.join(s.value for s in Sort)})") from None


def _bbox(text: str) -> BBox:
    try:
        return BBox.parse(text)
    except InvalidSearch as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
