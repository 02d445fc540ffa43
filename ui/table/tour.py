"""The smart table's tour: walk every table screen headless and save one PNG each.

``table_tour(out_dir, lang, config)`` makes a fresh database with the demo listings,
builds the table offscreen at 1920×1080 with the simulated tracker (real OSC packets on
loopback), and goes through it as customers would: the map, a token, two tokens from
opposite sides, a home with its photos, floor plan and 360° tour, comparing, booking a
viewing, the shortlist to a phone, calling an advisor. Files are ``table-NN-name.png``
(beside the hotel tour's ``NN-name.png`` in the same folder).
"""

from __future__ import annotations

import asyncio
import os
import tempfile
from collections.abc import Callable
from datetime import datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

from kiosk.config import Config
from kiosk.db import open_store

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")

SHOTS = (
    "map-clusters", "map-pins", "chips", "token-panel", "two-tokens", "listing", "gallery",
    "floor-plan", "360-tour", "compare", "book-viewing", "viewing-booked", "shortlist-qr",
    "call-advisor", "advisor-coming",
)


def table_tour(out_dir: Path, lang: str = "fi", config: Config | None = None,
               store_path: Path | None = None) -> list[Path]:
    """Walk the table and write ``table-NN-name.png`` per screen; returns the files.
    A language the table does not offer (it speaks fi, sv, en) shows English."""
    import qasync

    from ui.table.app import _application

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    app = _application()
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with tempfile.TemporaryDirectory(prefix="lobby-table-tour-") as scratch:
        path = Path(store_path) if store_path else Path(scratch) / "table.db"
        with loop:
            return loop.run_until_complete(_walk(out_dir, lang, config or Config(), path))


async def _walk(out_dir: Path, lang: str, config: Config, store_path: Path) -> list[Path]:
    from PySide6.QtPositioning import QGeoCoordinate

    from kiosk.clock import FakeClock
    from kiosk.listings.demo import load_demo_listings
    from kiosk.staff import Role, StaffDirectory
    from ui.driver import Finger, outside_task
    from ui.table.app import build_table, table_settings

    tz = ZoneInfo(config.kiosk.timezone)
    clock = FakeClock(datetime.combine(datetime.now(tz).date(), time(15, 30), tz))
    for stale in store_path.parent.glob(store_path.name + "*"):
        stale.unlink()
    store = open_store(store_path, clock)
    load_demo_listings(store)
    settings = table_settings(config)
    # Simulated tokens whatever the config says: the tour never listens on a real port.
    settings = settings.model_copy(update={
        "tuio": "sim:", "default_language": lang if lang in settings.languages else "en"})
    table = build_table(config, store, clock, table=settings)
    table.show()
    await table.start(services=False)
    finger = Finger(table.window)
    written: list[Path] = []
    sim = table.simulator
    assert sim is not None

    async def settle(seconds: float = 0.15) -> None:
        await table.settle()
        await asyncio.sleep(seconds)
        await table.settle()

    async def until(check: Callable[[], bool], what: str) -> None:
        for _ in range(400):
            if check():
                await settle()
                return
            await asyncio.sleep(0.025)
        raise TimeoutError(f"the table tour waited in vain for {what}")

    async def shot(name: str) -> None:
        await settle()
        file = out_dir / f"table-{SHOTS.index(name) + 1:02d}-{name}.png"
        table.window.grabWindow().save(str(file))
        written.append(file)

    async def tap(name: str) -> None:
        await outside_task(finger.tap, name)
        await settle()

    def look_at(lat: float, lon: float, zoom: float) -> None:
        view = finger.find("tableMapView")
        view.setProperty("zoomLevel", zoom)
        view.setProperty("center", QGeoCoordinate(lat, lon))

    try:
        await until(lambda: table.map.total >= 0, "the first search")
        await asyncio.sleep(0.5)                 # the map's first frame
        await shot("map-clusters")
        look_at(60.1850, 24.9530, 16.0)          # Kallio, close up: prices on pins
        await until(lambda: table.map.mode == "pins", "pins")
        await shot("map-pins")
        look_at(table.map.property("startLat"), table.map.property("startLon"),
                table.map.property("startZoom"))
        await until(lambda: table.map.mode == "clusters", "clusters again")
        await tap("chip_price")
        await tap("value_400000")
        await tap("chip_features")
        await tap("toggle_sauna")
        await tap("toggle_balcony")
        await shot("chips")
        await tap("closeChipEditor")
        table.filters.clearAll()

        # A customer at the bottom edge puts the price token down and turns it.
        sim.place(1, 0.30, 0.80, 0)
        await until(lambda: table.markers.present, "the price token")
        sim.turn(1, 45)
        await until(lambda: table.filters.query().max_price == 450_000, "the turned dial")
        await shot("token-panel")
        # Someone across the table (top edge) wants a sauna, at the same time.
        sim.place(3, 0.55, 0.14, 180)
        await until(lambda: table.markers.model.rowCount() == 2, "the second token")
        await shot("two-tokens")
        sim.lift_all()
        await until(lambda: not table.markers.present, "the tokens lifted")

        # A home that can be seen in the coming days (not every one has viewing times).
        from kiosk.listings.viewings import open_slots
        first = next(r["listingId"] for r in table.map.results.rows()
                     if open_slots(store, r["listingId"], clock.now()))
        await tap(f"result_{first}")
        await until(lambda: table.listing.isOpen, "the listing")
        await shot("listing")
        await tap("nextPhoto")
        await shot("gallery")
        await tap("tab_plan")
        await shot("floor-plan")
        await tap("tab_tour")
        table.panorama.look(-180, 40)
        await shot("360-tour")
        await tap("compareButton")
        await tap("closeListing")
        others = [r["listingId"] for r in table.map.results.rows() if r["listingId"] != first]
        for row in (0, 1):
            other = others[row]
            await tap(f"result_{other}")
            await until(lambda: table.listing.isOpen, "another listing")
            await tap("compareButton")
            if row == 0:
                await tap("closeListing")
        await tap("showComparisonButton")
        await shot("compare")
        await tap("closeCompare")

        await tap(f"result_{first}")
        await until(lambda: table.listing.isOpen, "the first listing again")
        await tap("bookViewingButton")
        await until(lambda: table.booking.slots.rowCount() > 0, "free times")
        await shot("book-viewing")
        await tap("slot_1")
        table.booking.setName("Maija Meikäläinen")
        table.booking.setPhone("+358 40 123 4567")
        await tap("confirmViewing")
        await until(lambda: table.booking.step == "done", "the booking")
        await shot("viewing-booked")
        await tap("bookingDone")
        await tap("closeListing")

        await tap("savedButton")
        await shot("shortlist-qr")
        await tap("closeShortlist")

        await tap("callAdvisorButton")
        await shot("call-advisor")
        call_id = table.advisor.call_id
        assert call_id is not None
        anna = StaffDirectory(store).add("anna", "Anna", Role("staff"), "2468")
        table.calls.accept(call_id, anna, 2)
        table.advisor.refresh()
        await shot("advisor-coming")
    finally:
        await table.close()
        store.close()
    return sorted(written)
