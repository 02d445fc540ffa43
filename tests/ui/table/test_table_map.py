"""The map: clusters with counts, pins with prices up close, the list following the view,
stale answers dropped, districts drawn from the data, offline tiles from an MBTiles file."""

from __future__ import annotations

import asyncio
import math
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QColor, QImage
from PySide6.QtPositioning import QGeoCoordinate

from kiosk.listings.search import search
from kiosk.tiles import import_mbtiles
from tests.ui.table.conftest import Customer
from ui.table.districts import convex_hull, shape_of
from ui.table.map_vm import bbox_of
from ui.table.panorama_vm import PanoramaViewModel
from ui.table.reader import Latest


def look_at(customer: Customer, lat: float, lon: float, zoom: float) -> None:
    view = customer.finger.find("tableMapView")
    view.setProperty("zoomLevel", zoom)
    view.setProperty("center", QGeoCoordinate(lat, lon))
    customer.settle()


def test_clusters_count_every_home_in_view_and_the_list_follows(customer: Customer) -> None:
    table = customer.table
    answer = table.map._answer
    assert answer is not None and table.map.mode == "clusters"
    assert sum(r["count"] for r in table.map.points.rows()) == sum(
        c.count for c in answer.cells or [])
    assert table.map.results.rowCount() == 40
    before = {r["listingId"] for r in table.map.results.rows()}
    view_before = table.map._view
    customer.drag((500, 500), (1100, 300))        # a finger pans the map
    customer.until(lambda: table.map._view != view_before, what="the new view")
    view = table.map._view
    assert view is not None and view.visible.west < view_before.visible.west
    expected = search(table.store, replace(table.filters.query(), bbox=view.visible, limit=40))
    customer.until(lambda: [r["listingId"] for r in table.map.results.rows()]
                   == [s.id for s in expected.results], what="the list of the new view")
    assert table.map.total == expected.total
    assert {r["listingId"] for r in table.map.results.rows()} != before


def test_close_up_homes_are_pins_with_prices_and_open_on_a_tap(customer: Customer) -> None:
    table = customer.table
    look_at(customer, 60.1845, 24.950, 15.5)       # Kallio, up close
    customer.until(lambda: table.map.mode == "pins", what="pins")
    points = table.map.points.rows()
    pins = [p for p in points if p["kind"] == "pin"]
    assert pins and all("€" in p["label"] for p in pins)
    # Pins that would overlap share a counted bubble; nothing is left out.
    answer = table.map._answer
    assert answer is not None and answer.pins is not None
    homes = [h.id for group in answer.pins for h in group]
    assert sum(p["count"] for p in points) == len(homes)
    listed = {r["listingId"] for r in table.map.results.rows()}
    target = next(p["listingId"] for p in pins if p["listingId"] in listed)  # not under the list
    customer.tap(f"pin_{target}")
    customer.until(lambda: table.listing.listingId == target, what="the pin's home")
    # The list is the uncovered part of the map, so each home listed is on the map too.
    assert {r["listingId"] for r in table.map.results.rows()} <= set(homes)


def test_tapping_a_cluster_zooms_in(customer: Customer) -> None:
    table = customer.table
    zoom = customer.finger.find("tableMapView").property("zoomLevel")
    biggest = max(range(table.map.points.rowCount()),
                  key=lambda i: table.map.points.rows()[i]["count"])
    customer.tap(f"cluster_{biggest}")
    customer.until(lambda: customer.finger.find("tableMapView").property("zoomLevel") > zoom,
                   what="a closer look")


def test_only_the_newest_view_is_shown() -> None:
    shown: list[int] = []
    calls = 0

    async def job() -> int:
        nonlocal calls
        calls += 1
        mine = calls
        await asyncio.sleep(0.05)
        return mine

    async def scenario() -> Latest[int]:
        latest: Latest[int] = Latest(job, shown.append, lambda e: None)
        latest.request()
        await asyncio.sleep(0.01)
        latest.request()          # the view moved while the first search ran
        latest.request()          # and again: one more search, not two
        await latest.idle()
        return latest
    latest = asyncio.run(scenario())
    assert shown == [2] and calls == 2 and latest.dropped == 1


def test_districts_are_drawn_from_the_listings(customer: Customer) -> None:
    rows = customer.table.map.districts.rows()
    names = {r["name"] for r in rows}
    assert {"Kallio", "Töölö", "Tapiola", "Tikkurila"} <= names
    kallio = next(r for r in rows if r["name"] == "Kallio")
    assert len(kallio["path"]) >= 3 and abs(kallio["lat"] - 60.1845) < 0.01
    customer.table.language.choose("sv")
    customer.settle()
    assert "Berghäll" in {r["name"] for r in customer.table.map.districts.rows()}


def test_hull_and_outliers() -> None:
    square = [(0.0, 0.0), (0.0, 1.0), (1.0, 1.0), (1.0, 0.0), (0.5, 0.5)]
    assert set(convex_hull(square)) == {(0.0, 0.0), (0.0, 1.0), (1.0, 1.0), (1.0, 0.0)}
    assert convex_hull([(0.0, 0.0), (1.0, 1.0)]) == ()
    points = [(60.0 + i / 1000, 25.0 + (i % 7) / 1000) for i in range(30)] + [(61.0, 26.0)]
    shape = shape_of("X", "Y", points)
    assert (61.0, 26.0) not in shape.outline and shape.count == 31


def test_view_box_of_a_turned_map() -> None:
    box = bbox_of([60.3, 24.8, 60.35, 25.1, 60.1, 25.2, 60.05, 24.9])
    assert box is not None and (box.south, box.west, box.north, box.east) == (
        60.05, 24.8, 60.35, 25.2)
    assert bbox_of([math.nan] * 8) is None and bbox_of([1.0, 2.0]) is None


def test_panorama_strips_widen_toward_the_sides_and_wrap(qapp) -> None:  # type: ignore[no-untyped-def]
    pano = PanoramaViewModel()
    pano.setView(1200, 600)
    pano.show("")
    strips = pano.strips.rows()
    middle, edge = strips[len(strips) // 2], strips[0]
    assert edge["hscale"] > middle["hscale"] and edge["vscale"] > middle["vscale"]
    assert edge["theta"] == pytest.approx(-45, abs=1.5)
    pano.look(-600, 0)             # half the view's width, at the middle's scale
    assert pano.yaw == pytest.approx(math.degrees(1), abs=0.1)
    pano.turn(-90)
    assert pano.yaw == pytest.approx(360 + math.degrees(1) - 90, abs=0.1)
    pano.look(0, 10_000)
    assert 0 < pano.pitch < 60


def _png(colour: str) -> bytes:
    image = QImage(256, 256, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


def test_offline_tiles_from_an_mbtiles_file_draw_under_the_homes(
        make_table, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    file = tmp_path / "helsinki.mbtiles"
    conn = sqlite3.connect(file)
    conn.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
    conn.execute("CREATE TABLE tiles (zoom_level INT, tile_column INT, tile_row INT,"
                 " tile_data BLOB)")
    tile = _png("#3C8D5A")
    rows = [(11, x, 2**11 - 1 - y, tile) for x in range(1160, 1172) for y in range(588, 597)]
    conn.executemany("INSERT INTO tiles VALUES (?, ?, ?, ?)", rows)
    conn.executemany("INSERT INTO metadata VALUES (?, ?)",
                     [("name", "test"), ("format", "png"), ("minzoom", "11"),
                      ("maxzoom", "11")])
    conn.commit()
    conn.close()
    folder = tmp_path / "tiles"
    import_mbtiles(file, folder)
    customer = make_table(tiles=str(folder), zoom=11.0)
    table = customer.table
    assert table.map.property("tileMode") == "folder"
    assert table.map.districts.rowCount() == 0        # the tiles show the places
    assert table.map.maxZoom == 12.0

    def tiled() -> bool:
        image = customer.shot()
        return QColor(image.pixel(300, 900)).name() == "#3c8d5a"
    customer.until(tiled, timeout=15, what="the offline tiles drawn")
