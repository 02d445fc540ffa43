"""Importing listings: ``kiosk listings import FILE`` (CSV or JSON).

The CSV is UTF-8 (a BOM is fine) with exactly this header::

    id,title,description,type,price_eur,living_area_m2,rooms,year_built,energy_class,lat,lon,address,district,features,photos

``features`` and ``photos`` are ``;``-separated. Bad rows are reported with their
physical line number (the header is line 1) and a reason; good rows are imported, all in
one transaction. Importing again updates, keyed by ``id``; a listing keeps the time it was
first published. An id that appears twice in one file is rejected on every line, since
either row may be the wrong one.

JSON is a list of objects with the same fields (numbers as numbers, ``features`` and
``photos`` as lists) and optionally ``municipality``, ``postal_code``,
``debt_free_price_eur``, ``plot_area_m2``, ``floor_plans``, ``panoramas``, ``language``
(of title and description), ``translations`` (``{"sv": {"title": ..., "description":
...}}``), ``agent`` (``{"id", "name", "phone", "email", "office"}``) and ``listed_at``.
Problems are reported by list index. The municipality, if not given, comes from the
district table.
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final, Literal

from kiosk.db import Store
from kiosk.listings.districts import find_district
from kiosk.listings.model import (
    ENERGY_CLASSES,
    MAX_AREA_M2,
    MAX_PRICE_EUR,
    MAX_ROOMS,
    MAX_YEAR,
    MIN_YEAR,
    Agent,
    Listing,
    ListingText,
    PropertyType,
    features_mask,
    parse_type,
    utc_timestamp,
)
from kiosk.listings.storage import upsert_listing

HEADER: Final = ("id", "title", "description", "type", "price_eur", "living_area_m2", "rooms",
                 "year_built", "energy_class", "lat", "lon", "address", "district", "features",
                 "photos")
JSON_OPTIONAL: Final = ("municipality", "postal_code", "debt_free_price_eur", "plot_area_m2",
                        "floor_plans", "panoramas", "language", "translations", "agent",
                        "listed_at")
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:/-]{0,63}")
_LANGUAGE = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})?")
_ENERGY = re.compile(r"(A\+|[A-G])\s*(\(?(2007|2013|2018)\)?)?")
_THOUSANDS = str.maketrans("", "", " \u00a0\u202f_")
_MAX_TEXT: Final = {"title": 200, "description": 20_000, "address": 200, "district": 100}


@dataclass(frozen=True)
class Problem:
    """A rejected row (``line`` in a CSV, ``index`` in a JSON list) or a file-level
    problem (a line and no index)."""

    reason: str
    line: int | None = None
    index: int | None = None

    def where(self, name: str) -> str:
        """``FILE:LINE`` or ``FILE[INDEX]``, as compilers and editors print places."""
        return f"{name}[{self.index}]" if self.index is not None else f"{name}:{self.line}"


@dataclass
class ImportReport:
    """What an import did; ``errors`` in file order."""

    format: Literal["csv", "json"]
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list[Problem] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {"format": self.format, "created": self.created, "updated": self.updated,
                "unchanged": self.unchanged,
                "errors": [{"line": p.line, "index": p.index, "reason": p.reason}
                           for p in self.errors]}


def import_listings(store: Store, path: str | Path) -> ImportReport:
    """Import a CSV or JSON file of listings (JSON when it is named *.json or starts
    with '['); see the module docstring."""
    data = Path(path).read_bytes()
    if Path(path).suffix.casefold() == ".json" or data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"[":
        return import_json(store, data)
    return import_csv(store, data)


def import_csv(store: Store, data: bytes) -> ImportReport:
    """Import CSV bytes; see the module docstring."""
    report = ImportReport("csv")
    rows = [(line, dict(zip(HEADER, cells, strict=True)) if len(cells) == len(HEADER)
             else f"expected {len(HEADER)} columns, found {len(cells)}")
            for line, cells in _read_csv(data, report)]
    _store(store, report, [(("line", line), row) for line, row in rows])
    return report


def import_json(store: Store, data: bytes) -> ImportReport:
    """Import JSON bytes (a list of objects); see the module docstring."""
    report = ImportReport("json")
    try:
        items = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        report.errors.append(Problem("the file is not UTF-8 text", line=line))
        items = []
    except json.JSONDecodeError as exc:
        report.errors.append(Problem(f"not JSON: {exc.msg}", line=exc.lineno))
        items = []
    if not isinstance(items, list):
        report.errors.append(Problem("expected a list of listing objects", line=1))
        items = []
    entries: list[tuple[tuple[str, int], dict[str, Any] | str]] = []
    for index, item in enumerate(items):
        if not isinstance(item, dict):
            entries.append((("index", index), "expected an object"))
            continue
        unknown = sorted(set(item) - set(HEADER) - set(JSON_OPTIONAL))
        if unknown:
            entries.append((("index", index), f"unknown field {unknown[0]!r} (known: "
                                              f"{', '.join(HEADER + JSON_OPTIONAL)})"))
            continue
        entries.append((("index", index), item))
    _store(store, report, entries)
    return report


def parse_listing(value: Mapping[str, Any]) -> Listing | list[str]:
    """A checked listing from CSV cells (strings) or a JSON object; else the reasons, in
    the order of the columns."""
    f = _Fields(value)
    listing_id = f.text("id", required=True)
    if listing_id and not _ID.fullmatch(listing_id):
        f.problems.append(f"id {listing_id!r} is malformed: 1-64 letters, digits or ._:/- "
                          "starting with a letter or digit")
    title = f.text("title", required=True)
    description = f.text("description")
    kind = None
    type_text = f.text("type", required=True)
    if type_text:
        try:
            kind = parse_type(type_text)
        except ValueError as exc:
            f.problems.append(str(exc))
    is_plot = kind is PropertyType.PLOT
    price = f.integer("price_eur", 1, MAX_PRICE_EUR, required=True)
    area = f.number("living_area_m2", 1, MAX_AREA_M2, required=not is_plot)
    rooms = f.integer("rooms", 0, MAX_ROOMS, required=not is_plot)
    year_built = f.integer("year_built", MIN_YEAR, MAX_YEAR)
    energy = f.text("energy_class").upper()
    match = _ENERGY.fullmatch(energy)
    if energy and match is None:
        f.problems.append(f"energy_class {energy!r} is not one of {', '.join(ENERGY_CLASSES)}")
    lat = f.number("lat", -90, 90, required=True)
    lon = f.number("lon", -180, 180, required=True)
    if lat == 0 and lon == 0:
        f.problems.append("lat,lon 0,0 is not a home's place (coordinates missing?)")
    address = f.text("address", required=True)
    district = f.text("district", required=True)
    # Codes in any case, '-' or ' ' for '_', as types are: "Sea view" is sea_view.
    features = frozenset(code.casefold().replace("-", "_").replace(" ", "_")
                         for code in f.items("features"))
    try:
        features_mask(features)
    except ValueError as exc:
        f.problems.append(str(exc))
    photos = f.paths("photos")
    # JSON only, in JSON_OPTIONAL's order.
    municipality = f.text("municipality")
    postal_code = f.text("postal_code")
    debt_free = f.integer("debt_free_price_eur", 1, MAX_PRICE_EUR)
    if debt_free is not None and price is not None and debt_free < price:
        f.problems.append(f"debt_free_price_eur {debt_free} is below price_eur {price}")
    plot_area = f.number("plot_area_m2", 1, 100 * MAX_AREA_M2)
    floor_plans, panoramas = f.paths("floor_plans"), f.paths("panoramas")
    language = f.text("language")
    if language and not _LANGUAGE.fullmatch(language):
        f.problems.append(f"language {language!r} is not a language code such as fi, sv, en")
    translations, agent = f.translations(), f.agent()
    listed_at = f.text("listed_at") or None
    if listed_at is not None:
        try:
            listed_at = utc_timestamp(listed_at)
        except ValueError as exc:
            f.problems.append(f"listed_at: {exc}")
    if f.problems:
        return f.problems
    assert kind is not None and price is not None and lat is not None and lon is not None
    known = find_district(district)
    return Listing(
        id=listing_id, title=title, type=kind, price_eur=price, lat=lat, lon=lon,
        address=address, district=district, description=description, living_area_m2=area,
        rooms=rooms, year_built=year_built, energy_class=match.group(1) if match else None,
        municipality=municipality or (known.municipality if known else ""),
        postal_code=postal_code, debt_free_price_eur=debt_free, plot_area_m2=plot_area,
        features=features, photos=photos, floor_plans=floor_plans, panoramas=panoramas,
        language=language, translations=translations, agent=agent, listed_at=listed_at,
    )


class _Fields:
    """Reads one row's fields, collecting every problem rather than stopping at one."""

    def __init__(self, value: Mapping[str, Any]) -> None:
        self.value = value
        self.problems: list[str] = []

    def _raw(self, name: str) -> Any:
        raw = self.value.get(name)
        # A quoted CSV cell may span lines; keep its line breaks as plain \n.
        return raw.replace("\r\n", "\n").replace("\r", "\n").strip() if isinstance(
            raw, str) else raw

    def text(self, name: str, *, required: bool = False) -> str:
        raw = self._raw(name)
        if raw is None or raw == "":
            if required:
                self.problems.append(f"{name} is missing")
            return ""
        if not isinstance(raw, str):
            self.problems.append(f"{name} must be text")
            return ""
        if any(ord(c) < 32 and c not in "\n\t" for c in raw):
            self.problems.append(f"{name} contains control characters")
        limit = _MAX_TEXT.get(name, 200)
        if len(raw) > limit:
            self.problems.append(f"{name} is longer than {limit} characters")
        return raw

    def number(self, name: str, low: float, high: float, *,
               required: bool = False) -> float | None:
        raw = self._raw(name)
        if raw is None or raw == "":
            if required:
                self.problems.append(f"{name} is missing")
            return None
        if isinstance(raw, bool) or not isinstance(raw, int | float | str):
            self.problems.append(f"{name} must be a number")
            return None
        try:
            value = float(raw.translate(_THOUSANDS).replace(",", ".")
                          if isinstance(raw, str) else raw)
        except ValueError:
            self.problems.append(f"{name} {raw!r} is not a number")
            return None
        if not math.isfinite(value) or not low <= value <= high:
            self.problems.append(f"{name} {raw!r} is outside {low:g} to {high:g}")
            return None
        return value

    def integer(self, name: str, low: int, high: int, *, required: bool = False) -> int | None:
        raw = self._raw(name)
        if isinstance(raw, float) and raw.is_integer():
            raw = int(raw)
        if isinstance(raw, str):
            raw = raw.translate(_THOUSANDS)
            if re.fullmatch(r"[+-]?\d+", raw):
                raw = int(raw)
            elif raw:
                self.problems.append(f"{name} {self.value.get(name)!r} is not a whole number")
                return None
        if raw is None or raw == "":
            if required:
                self.problems.append(f"{name} is missing")
            return None
        if isinstance(raw, bool) or not isinstance(raw, int):
            self.problems.append(f"{name} {raw!r} is not a whole number")
            return None
        if not low <= raw <= high:
            self.problems.append(f"{name} {raw} is outside {low} to {high}")
            return None
        return raw

    def items(self, name: str) -> list[str]:
        """A ';'-separated cell or a JSON list of strings, blanks dropped."""
        raw = self._raw(name)
        if raw is None:
            return []
        if isinstance(raw, str):
            return [part.strip() for part in raw.split(";") if part.strip()]
        if isinstance(raw, list) and all(isinstance(x, str) for x in raw):
            return [x.strip() for x in raw if x.strip()]
        self.problems.append(f"{name} must be a list of text")
        return []

    def paths(self, name: str) -> tuple[str, ...]:
        paths = self.items(name)
        for path in paths:
            remote = path.startswith(("https://", "http://"))
            if not remote and (path.startswith(("/", "\\")) or ".." in path.split("/")
                               or ":" in path or any(c.isspace() for c in path)):
                self.problems.append(f"{name}: {path!r} is neither a relative path under "
                                     "assets/ nor an http(s) URL")
        return tuple(paths)

    def translations(self) -> dict[str, ListingText]:
        raw = self.value.get("translations")
        if raw is None:
            return {}
        out: dict[str, ListingText] = {}
        if not isinstance(raw, dict):
            self.problems.append("translations must be an object by language code")
            return {}
        for language, text in raw.items():
            if (not _LANGUAGE.fullmatch(str(language)) or not isinstance(text, dict)
                    or not isinstance(text.get("title"), str)
                    or not isinstance(text.get("description", ""), str)):
                self.problems.append(f"translations.{language}: expected a language code "
                                     "with {\"title\": ..., \"description\": ...}")
                continue
            out[language] = ListingText(text["title"].strip(),
                                        text.get("description", "").strip())
        return out

    def agent(self) -> Agent | None:
        raw = self.value.get("agent")
        if raw is None:
            return None
        keys = ("id", "name", "phone", "email", "office")
        if (not isinstance(raw, dict) or set(raw) - set(keys)
                or not all(isinstance(raw.get(k, ""), str) for k in keys)
                or not raw.get("id") or not raw.get("name")):
            self.problems.append("agent must be {\"id\", \"name\"} with optional phone, email,"
                                 " office, all text")
            return None
        return Agent(**{k: raw.get(k, "").strip() for k in keys})


def _read_csv(data: bytes, report: ImportReport) -> list[tuple[int, list[str]]]:
    """Data rows with their physical start line; file-level problems go to the report."""
    header_text = ",".join(HEADER)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        report.errors.append(Problem("the file is not UTF-8 text; save it as CSV UTF-8",
                                     line=line))
        return []
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    rows: list[tuple[int, list[str]]] = []
    start = 1
    try:
        for cells in reader:
            line, start = start, reader.line_num + 1
            if line == 1:
                if [c.strip() for c in cells] != list(HEADER):
                    report.errors.append(Problem(f"wrong header: expected exactly {header_text}",
                                                 line=1))
                    return []
                continue
            if any(c.strip() for c in cells):  # blank lines and bare commas are no rows
                rows.append((line, cells))
    except csv.Error as exc:
        report.errors.append(Problem(f"unreadable CSV ({exc}); this and later lines skipped",
                                     line=start))
    if start == 1:
        report.errors.append(Problem(f"the file is empty: expected the header {header_text}",
                                     line=1))
    return rows


def _problem(where: tuple[str, int], reason: str) -> Problem:
    kind, position = where
    return Problem(reason, line=position) if kind == "line" else Problem(reason, index=position)


def _store(store: Store, report: ImportReport,
           entries: Sequence[tuple[tuple[str, int], Mapping[str, Any] | str]]) -> None:
    """Check every entry, then write the good ones in one transaction with one event."""
    parsed: list[tuple[tuple[str, int], Listing]] = []
    for where, entry in entries:
        result = [entry] if isinstance(entry, str) else parse_listing(entry)
        if isinstance(result, Listing):
            parsed.append((where, result))
        else:
            report.errors.append(_problem(where, "; ".join(result)))
    seen: dict[str, list[tuple[str, int]]] = {}
    for where, listing in parsed:
        seen.setdefault(listing.id, []).append(where)
    for where, listing in parsed:
        others = [w for w in seen[listing.id] if w != where]
        if others:
            kind, position = others[0]
            place = f"line {position}" if kind == "line" else f"index {position}"
            report.errors.append(_problem(where, f"id {listing.id!r} is also on {place}: "
                                                 "neither is imported"))
    report.errors.sort(key=lambda p: (p.line or 0, p.index or 0))
    with store.transaction() as tx:
        for _, listing in parsed:
            if len(seen[listing.id]) > 1:
                continue
            outcome = upsert_listing(tx, listing)
            setattr(report, outcome, getattr(report, outcome) + 1)
        tx.emit("listings.imported", {
            "format": report.format, "rows": len(entries), "created": report.created,
            "updated": report.updated, "unchanged": report.unchanged,
            "errors": len(report.errors),
        })
