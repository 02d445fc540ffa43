"""The map and the list beside it: exposed to QML as ``tableMap``.

QML reports the view (the corners of the whole map and of the part not covered by the
list, and the zoom) after every pan, pinch or turn. The reader thread then counts the
homes per map cell (:func:`~kiosk.listings.clusters.clusters`) or, close up and with few
homes in view, lists them as pins with their prices; the list shows the homes in the
uncovered part. Only the newest view's answer is shown (:class:`~ui.table.reader.Latest`).
"""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Final

from PySide6.QtCore import Property, QObject, QUrl, Signal, Slot

from kiosk.listings.clusters import Cluster, clusters
from kiosk.listings.query import BBox, InvalidSearch, ListingSummary, SearchResult, Sort
from kiosk.listings.search import search
from kiosk.tiles import TileSource
from kiosk.tuio.settings import TableSection
from ui.bindable import Bindable, RowsModel, readonly
from ui.table import labels
from ui.table.districts import DistrictShape, district_shapes
from ui.table.filters_vm import FiltersViewModel
from ui.table.reader import Latest, Reader, log_failure

ASSETS: Final = Path(__file__).resolve().parents[2] / "assets"
PIN_ZOOM: Final = 14.0        # closer than this, few enough homes show as priced pins
MAX_PINS: Final = 150
CELL_PX: Final = 120          # a cluster bubble per this many map pixels
PIN_PX: Final = 64            # close up, pins nearer than this share a bubble
PAGE: Final = 40              # homes in the list
SORTS: Final = {"newest": Sort.NEWEST, "price": Sort.PRICE, "-price": Sort.PRICE_DESC,
                "-area": Sort.AREA_DESC}


def media_url(path: str | None) -> str:
    """A listing's picture as a URL QML can load (paths are relative to ``assets/``)."""
    if not path:
        return ""
    if "://" in path:
        return path
    file = Path(path) if Path(path).is_absolute() else ASSETS / path
    return QUrl.fromLocalFile(str(file)).toString()


def bbox_of(corners: Sequence[float]) -> BBox | None:
    """The box around four (lat, lon) corners (a turned map's view is not upright)."""
    if len(corners) != 8 or not all(math.isfinite(c) for c in corners):
        return None
    lats, lons = corners[0::2], corners[1::2]
    south, north = max(min(lats), -85.0), min(max(lats), 85.0)
    west, east = max(min(lons), -180.0), min(max(lons), 180.0)
    if south >= north or west >= east:
        return None
    return BBox(south, west, north, east)


@dataclass(frozen=True)
class _View:
    full: BBox
    visible: BBox
    zoom: float


@dataclass(frozen=True)
class _Answer:
    page: SearchResult
    pins: list[list[ListingSummary]] | None      # close up: homes grouped where pins touch
    cells: list[Cluster] | None


def touching(homes: list[ListingSummary], zoom: float) -> list[list[ListingSummary]]:
    """Homes whose pins would overlap at ``zoom`` (the same ``PIN_PX`` square of the
    web-mercator pixel grid), together; each group in price order."""
    scale = 256 * 2**zoom / PIN_PX
    groups: dict[tuple[int, int], list[ListingSummary]] = {}
    for home in homes:
        x = (home.lon + 180) / 360 * scale
        lat = math.radians(home.lat)
        y = (1 - math.log(math.tan(math.pi / 4 + lat / 2)) / math.pi) / 2 * scale
        groups.setdefault((int(x), int(y)), []).append(home)
    return list(groups.values())


class MapViewModel(Bindable):
    totalChanged = Signal()
    modeChanged = Signal()
    sortChanged = Signal()
    errorChanged = Signal()
    resultsUpdated = Signal()

    def __init__(self, reader: Reader, filters: FiltersViewModel, table: TableSection,
                 language: Callable[[], str], parent: QObject | None = None) -> None:
        super().__init__({"total": -1, "mode": "clusters", "sort": "newest",
                          "error": False}, parent)
        self._reader, self._filters, self._language = reader, filters, language
        self._tiles: TileSource = table.tile_source
        self._manifest = self._tiles.manifest()
        self._table = table
        self._view: _View | None = None
        self._answer: _Answer | None = None
        self._districts: list[DistrictShape] = []
        self._points = RowsModel(("kind", "lat", "lon", "count", "label", "size", "listingId",
                                  "south", "west", "north", "east"), self)
        self._results = RowsModel(("listingId", "headline", "priceText", "facts", "photo"),
                                  self)
        self._district_rows = RowsModel(("name", "lat", "lon", "path", "count"), self)
        self.latest: Latest[_Answer] = Latest(self._fetch, self._show, self._failed,
                                              delay_s=0.08)
        filters.changed.connect(self.latest.request)

    total = readonly(int, "total", totalChanged)
    mode = readonly(str, "mode", modeChanged)
    sort = readonly(str, "sort", sortChanged)
    error = readonly(bool, "error", errorChanged)
    points = Property(QObject, lambda self: self._points, constant=True)
    results = Property(QObject, lambda self: self._results, constant=True)
    districts = Property(QObject, lambda self: self._district_rows, constant=True)
    tileMode = Property(str, lambda self: self._tiles.kind, constant=True)
    offlineDir = Property(str, lambda self: str(self._tiles.folder or ""), constant=True)
    tileHost = Property(str, lambda self: self._tiles.osm_host if self._tiles.url else "",
                        constant=True)
    minZoom = Property(float, lambda self: float(self._manifest.min_zoom)
                       if self._manifest else 3.0, constant=True)
    maxZoom = Property(float, lambda self: float(min(self._manifest.max_zoom + 1, 19))
                       if self._manifest else 18.0, constant=True)
    startLat = Property(float, lambda self: self._table.center[0], constant=True)
    startLon = Property(float, lambda self: self._table.center[1], constant=True)
    startZoom = Property(float, lambda self: self._table.zoom, constant=True)
    attribution = Property(str, lambda self: self._manifest.attribution
                           if self._manifest else "", constant=True)

    # -- intents ------------------------------------------------------------------------
    @Slot("QVariantList", "QVariantList", float)
    def setViewport(self, full: list[float], visible: list[float], zoom: float) -> None:
        """The map moved: corners (lat, lon ×4) of the whole map and of its uncovered
        part, and the zoom level."""
        whole, seen = bbox_of(full), bbox_of(visible)
        if whole is None or seen is None or not math.isfinite(zoom):
            return
        view = _View(whole, seen, zoom)
        if view != self._view:
            self._view = view
            self.latest.request()

    @Slot(str)
    def setSort(self, sort: str) -> None:
        if sort in SORTS and sort != self._values["sort"]:
            self._set("sort", sort)
            self.latest.request()

    async def load_districts(self) -> None:
        """Outline the districts from the listings (once, at start: for a map without
        tiles)."""
        self._districts = await self._reader.run(district_shapes)
        self.relabel()

    async def idle(self) -> None:
        await self.latest.idle()

    # -- the work -----------------------------------------------------------------------
    async def _fetch(self) -> _Answer:
        view = self._view
        if view is None:
            raise InvalidSearch("the map has not reported its view yet")
        query = self._filters.query()
        sort = SORTS[self._values["sort"]]

        def job(conn: sqlite3.Connection) -> _Answer:
            page = search(conn, replace(query, bbox=view.visible, sort=sort, limit=PAGE))
            whole = replace(query, bbox=view.full, sort=Sort.PRICE, limit=MAX_PINS)
            if view.zoom >= PIN_ZOOM:
                shown = search(conn, whole)
                if shown.total <= MAX_PINS:
                    return _Answer(page, touching(shown.results, view.zoom), None)
            return _Answer(page, None, clusters(conn, whole, int(view.zoom), CELL_PX))
        return await self._reader.run(job)

    def _show(self, answer: _Answer) -> None:
        self._answer = answer
        self._set("error", False)
        self.relabel()
        self.resultsUpdated.emit()

    def _failed(self, exc: Exception) -> None:
        if not isinstance(exc, InvalidSearch):
            log_failure("map search")(exc)
        self._set("error", True)

    def relabel(self) -> None:
        """Rows and texts in the customer's language (after a switch too)."""
        lang = self._language()
        self._district_rows.replace(self._district_row(d, lang) for d in self._districts)
        answer = self._answer
        if answer is None:
            return
        if answer.pins is not None:
            points = [_pin(g[0], lang) if len(g) == 1 else _group(g, lang)
                      for g in answer.pins]
        else:
            points = [_bubble(c, lang) for c in answer.cells or []]
        self._points.replace(points)
        self._results.replace(_result_row(s, lang) for s in answer.page.results)
        total = answer.page.total
        self._set_many(mode="pins" if answer.pins is not None else "clusters", total=total)

    def _district_row(self, d: DistrictShape, lang: str) -> dict[str, Any]:
        return {"name": labels.district_name(d.name, lang), "lat": d.lat, "lon": d.lon,
                "count": d.count,
                "path": [{"latitude": la, "longitude": lo} for la, lo in d.outline]}


def _pin(s: ListingSummary, lang: str) -> dict[str, Any]:
    return {"kind": "pin", "lat": s.lat, "lon": s.lon, "count": 1, "size": 0,
            "label": labels.short_price(s.price_eur, lang), "listingId": s.id,
            "south": s.lat, "west": s.lon, "north": s.lat, "east": s.lon}


def _group(homes: list[ListingSummary], lang: str) -> dict[str, Any]:
    lats, lons = [h.lat for h in homes], [h.lon for h in homes]
    return {"kind": "cluster", "lat": sum(lats) / len(lats), "lon": sum(lons) / len(lons),
            "count": len(homes), "label": labels.number(len(homes), lang),
            "size": round(52 + 12 * math.log10(len(homes))), "listingId": "",
            "south": min(lats), "west": min(lons), "north": max(lats), "east": max(lons)}


def _bubble(c: Cluster, lang: str) -> dict[str, Any]:
    return {"kind": "cluster", "lat": c.lat, "lon": c.lon, "count": c.count,
            "label": labels.number(c.count, lang),
            "size": round(52 + 12 * math.log10(c.count)), "listingId": c.listing_id or "",
            "south": c.south, "west": c.west, "north": c.north, "east": c.east}


def headline(s: ListingSummary, lang: str) -> str:
    """'Detached house, Kauniainen': the type and place in the customer's language."""
    return f"{labels.type_name(s.type.value)}, {labels.district_name(s.district, lang)}"


def facts_line(rooms: int | None, area_m2: float | None, lang: str) -> str:
    parts = []
    if rooms:
        parts.append(labels.rooms(rooms))
    if area_m2:
        parts.append(labels.area(area_m2, lang))
    return " · ".join(parts)


def _result_row(s: ListingSummary, lang: str) -> dict[str, Any]:
    return {"listingId": s.id, "headline": headline(s, lang),
            "priceText": labels.price(s.price_eur, lang),
            "facts": facts_line(s.rooms, s.living_area_m2, lang), "photo": media_url(s.photo)}
