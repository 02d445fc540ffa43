"""Bootstrap of the smart table: one Qt application, one asyncio loop shared with Qt
(qasync), the view-models, ``qml/TableMain.qml`` on a landscape window, the TUIO client.

:func:`build_table` makes everything without showing it (tests and the tour, offscreen);
:func:`run_table` shows it full screen on the table (3840×2160 at ``[table] scale`` 2:
the layout is 1920×1080 layout pixels) and runs until the window closes.
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# The on-screen keyboard is an input method: chosen before the application exists.
os.environ.setdefault("QT_IM_MODULE", "qtvirtualkeyboard")
os.environ.setdefault("QT_QUICK_CONTROLS_STYLE", "Basic")

import qasync
import shiboken6
from PySide6 import QtQuick  # noqa: F401  (root objects come back as QQuickWindow)
from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow

from devices.tuio import SimulatedTable, TuioClient, TuioSimulator, open_tangible
from kiosk.branchbus.services import KioskServices, start_kiosk_services
from kiosk.bus import Bus
from kiosk.clock import Clock, SystemClock
from kiosk.config import Config
from kiosk.db import Store
from kiosk.staffcall import StaffCalls
from kiosk.tuio.markers import MarkerBoard
from kiosk.tuio.settings import TableSection
from ui.table.advisor_vm import AdvisorViewModel
from ui.table.booking_vm import BookingViewModel
from ui.table.filters_vm import FiltersViewModel
from ui.table.idle_vm import ActivityFilter, IdleViewModel
from ui.table.language import TableLanguage
from ui.table.listing_vm import ListingViewModel
from ui.table.map_vm import MapViewModel
from ui.table.markers_vm import MarkersViewModel
from ui.table.panorama_vm import PanoramaViewModel
from ui.table.qr import TableQrProvider
from ui.table.reader import Reader
from ui.table.shortlist_vm import ShortlistViewModel

log = logging.getLogger(__name__)
MAIN_QML = Path(__file__).resolve().parent / "qml" / "TableMain.qml"
LAYOUT_SIZE = (1920, 1080)


def table_settings(config: Config) -> TableSection:
    """``[table]`` of the config, or the defaults while Config has no such section."""
    section = getattr(config, "table", None)
    return section if isinstance(section, TableSection) else TableSection()


@dataclass
class TableApp:
    """Everything the running table is made of; tests and the tour reach in here."""

    app: QGuiApplication
    engine: QQmlApplicationEngine
    window: QQuickWindow
    config: Config
    table: TableSection
    store: Store
    clock: Clock
    reader: Reader
    calls: StaffCalls
    language: TableLanguage
    markers: MarkersViewModel
    filters: FiltersViewModel
    map: MapViewModel
    listing: ListingViewModel
    panorama: PanoramaViewModel
    booking: BookingViewModel
    shortlist: ShortlistViewModel
    advisor: AdvisorViewModel
    idle: IdleViewModel
    qr: TableQrProvider
    tangible: TuioClient | None = None
    services: KioskServices | None = None
    _keep: list[Any] = field(default_factory=list)

    @property
    def simulator(self) -> TuioSimulator | None:
        """The simulated tracker, with ``[table] tuio = "sim:"`` (after :meth:`start`)."""
        return self.tangible.simulator if isinstance(self.tangible, SimulatedTable) else None

    def screen(self) -> str:
        """Where the customer is, for the advisor's call."""
        if self.booking.step:
            return "table.booking"
        if self.shortlist.compareOpen:
            return "table.compare"
        if self.shortlist.isOpen:
            return "table.shortlist"
        if self.listing.isOpen:
            return f"table.listing.{self.listing.tab}"
        return "table.filters" if self.filters.openChip else "table.map"

    def wake(self) -> None:
        """Publish what was just recorded (a call, a booking) at once."""
        if self.services is not None:
            self.services.wake()

    async def start(self, *, services: bool = True, console: bool | None = False) -> None:
        """The districts (for a map without tiles), the markers' UDP port, and unless
        ``services`` is False the outbox relay with escalation or the hub bridge (and the
        console when ``console``), so an advisor call reaches staff devices."""
        if self.table.tile_source.kind == "none":
            await self.map.load_districts()
        if self.tangible is not None:
            try:
                await self.tangible.start(self.markers.on_frame)
            except OSError:      # the port is taken: the table works by touch alone
                log.exception("TUIO input could not start; the table works by touch")
                self.tangible = None
        if services:
            self.services = await start_kiosk_services(self.config, self.store, bus=Bus(),
                                                       calls=self.calls, console=console)
        self.idle.start()

    def show(self, fullscreen: bool = False) -> None:
        if fullscreen:
            self.window.showFullScreen()
        else:
            self.window.show()

    async def settle(self) -> None:
        """Let every pending search, read and load finish (tests and the tour)."""
        for _ in range(3):
            await self.map.idle()
            await self.listing.idle()
            await self.shortlist.idle()
            await self.booking.idle()
            await asyncio.sleep(0.02)

    def relabel(self, _code: str = "") -> None:
        for vm in (self.markers, self.filters, self.map, self.listing, self.shortlist,
                   self.booking):
            getattr(vm, "refresh" if vm is self.markers else "relabel")()

    def reset_session(self) -> None:
        """The customer left: close everything, forget their choices and data."""
        self.booking.close()
        self.listing.close()
        self.shortlist.reset()
        self.filters.clearAll()
        self.language.reset()
        self.qr.forget()

    async def close(self) -> None:
        """Stop everything started, in order; nothing is left running on the loop."""
        await self.idle.stop()
        self.advisor.stop()
        if self.tangible is not None:
            await self.tangible.close()
        if self.services is not None:
            services, self.services = self.services, None
            await services.stop()
        self.map.latest.cancel()
        await self.settle()
        self.window.close()
        self.language.detach()
        # The QML goes before the view-models it binds to, or its bindings read null.
        shiboken6.delete(self.engine)
        self.reader.close()


def _application() -> QGuiApplication:
    app = QCoreApplication.instance()
    if app is None:
        app = QGuiApplication(sys.argv[:1])
    assert isinstance(app, QGuiApplication)
    return app


def build_table(config: Config, store: Store, clock: Clock | None = None, *,
                table: TableSection | None = None,
                size: tuple[int, int] = LAYOUT_SIZE) -> TableApp:
    """Make the view-models, the QML window (not shown) and the TUIO input (not yet
    listening: :meth:`TableApp.start`). A qasync loop must be set before slots are used."""
    from kiosk.i18n_build import build_translations

    table = table or table_settings(config)
    clock = clock or store.clock or SystemClock(config.kiosk.timezone)
    app = _application()
    try:
        build_translations(quiet=True)
    except Exception:
        log.exception("translations could not be compiled; showing English")
    language = TableLanguage(table.languages, table.default_language)

    def lang() -> str:          # the view-models ask each time they make a text
        return str(language.current)
    reader = Reader(store)
    qr = TableQrProvider()
    calls = StaffCalls(store, config.staffcall.escalate_after_s)
    holder: dict[str, TableApp] = {}

    def wake() -> None:
        if "app" in holder:
            holder["app"].wake()

    markers = MarkersViewModel(MarkerBoard(table.markers), lang)
    filters = FiltersViewModel(markers, lang)
    map_vm = MapViewModel(reader, filters, table, lang)
    panorama = PanoramaViewModel()
    listing = ListingViewModel(reader, panorama, lang)
    booking = BookingViewModel(store, reader, clock, qr, lang, wake)
    shortlist = ShortlistViewModel(store, reader, qr, table.shortlist_url, lang, wake)
    advisor = AdvisorViewModel(
        calls, config.kiosk.id, config.kiosk.location,
        lambda: (holder["app"].screen() if "app" in holder else "table.map", lang()), wake)
    idle = IdleViewModel(clock, table.idle_warning_s, table.idle_reset_s,
                         lambda: holder["app"].reset_session() if "app" in holder else None)
    markers.on_activity = idle.touch

    engine = QQmlApplicationEngine()
    language.attach(engine)
    engine.addImageProvider(TableQrProvider.PROVIDER_ID, qr)
    context = engine.rootContext()
    for name, vm in (("tableLanguage", language), ("markers", markers), ("filters", filters),
                     ("tableMap", map_vm), ("listing", listing), ("panorama", panorama),
                     ("booking", booking), ("shortlist", shortlist), ("advisor", advisor),
                     ("idle", idle)):
        context.setContextProperty(name, vm)
    engine.load(QUrl.fromLocalFile(str(MAIN_QML)))
    roots = engine.rootObjects()
    if not roots or not isinstance(roots[0], QQuickWindow):
        raise RuntimeError(f"{MAIN_QML} did not load (see the QML errors above)")
    window = roots[0]
    window.resize(*size)
    activity = ActivityFilter(idle)
    window.installEventFilter(activity)
    table_app = TableApp(app, engine, window, config, table, store, clock, reader, calls,
                         language, markers, filters, map_vm, listing, panorama, booking,
                         shortlist, advisor, idle, qr, tangible=open_tangible(table.tuio))
    table_app._keep.append(activity)
    holder["app"] = table_app
    language.changed.connect(table_app.relabel)
    # One sheet at a time: the saved homes or the comparison take the open home's place.
    shortlist.isOpenChanged.connect(lambda: listing.close() if shortlist.isOpen else None)
    shortlist.compareOpenChanged.connect(
        lambda: listing.close() if shortlist.compareOpen else None)
    listing.opened.connect(lambda _id: shortlist.close())
    return table_app


def run_table(config: Config, store: Store, *, fullscreen: bool) -> int:
    """Run the table until its window closes (or SIGTERM); the exit status."""
    table = table_settings(config)
    if QCoreApplication.instance() is None:
        # The 1920×1080 layout, drawn at the table's resolution (2 on a 3840×2160 table).
        os.environ.setdefault("QT_SCALE_FACTOR", f"{table.scale:g}")
    app = _application()
    app.setQuitOnLastWindowClosed(False)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    table_app = build_table(config, store, table=table)
    closed = asyncio.Event()
    table_app.window.visibleChanged.connect(lambda visible: None if visible else closed.set())
    previous = signal.signal(signal.SIGTERM, lambda *_: loop.call_soon_threadsafe(closed.set))

    async def main() -> None:
        await table_app.start(console=None)
        table_app.show(fullscreen)
        await closed.wait()
        await table_app.close()
        left = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
        for task in left:
            log.warning("task left running at exit: %s", task.get_name())
            task.cancel()
        await asyncio.gather(*left, return_exceptions=True)

    try:
        with loop:
            loop.run_until_complete(main())
    finally:
        signal.signal(signal.SIGTERM, previous)
    return 0


__all__ = ["TableApp", "build_table", "run_table", "table_settings"]
