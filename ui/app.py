"""Bootstrap of the kiosk UI: one Qt application, one asyncio loop shared with Qt (qasync),
one QML engine with the view-models, ``ui/qml/Main.qml`` on a 1920×1080 landscape window.

:func:`build` makes everything without showing a window (tests and the tour use it);
:func:`run_kiosk` shows it and runs until the window closes.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import os
import signal
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kiosk.branchbus.services import KioskServices, LocalStatus, start_kiosk_services
from kiosk.bus import Bus, Event
from kiosk.checkin import CheckInDesk
from kiosk.clock import Clock, SystemClock
from kiosk.config import Config
from kiosk.console import make_console
from kiosk.db import Store
from kiosk.diagnostics import LogTail
from kiosk.ports import DeviceStatus
from kiosk.session import GuestSession
from kiosk.staffcall import StaffCalls
from kiosk.supervisor import Supervisor, device_map

# The on-screen keyboard is an input method: it must be chosen before the application
# exists. The Basic style draws nothing of its own that could fight the theme.
os.environ.setdefault("QT_IM_MODULE", "qtvirtualkeyboard")
os.environ.setdefault("QT_QUICK_CONTROLS_STYLE", "Basic")

import PySide6
import qasync
import shiboken6
from aiohttp import web
from PySide6 import QtQuick  # noqa: F401  (root objects come back as QQuickWindow)
from PySide6.QtCore import QCoreApplication, QUrl, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow

from ui.assisted_vm import AssistedViewModel
from ui.checkin_vm import CheckInViewModel
from ui.diagnostics_vm import DiagnosticsViewModel
from ui.icon_provider import IconImageProvider
from ui.language_vm import LanguageViewModel
from ui.qr_provider import QrImageProvider
from ui.session_vm import SessionViewModel, TouchWatcher
from ui.staff_signin_vm import StaffSignInViewModel
from ui.staffcall_vm import StaffCallPort, StaffCallViewModel

log = logging.getLogger(__name__)

QML_DIR = Path(__file__).resolve().parent / "qml"
MAIN_QML = QML_DIR / "Main.qml"
SCREEN_SIZE = (1920, 1080)
# Every device the supervisor watches (the attributes of devices.Devices).
DEVICE_NAMES = ("payment", "key_encoder", "dispenser", "scanner", "document_reader", "printer")


class Waker:
    """Pokes the outbox relay once it runs: called after every intent, so its events (a
    staff call, a check-in) reach the bus and the console at once."""

    def __init__(self) -> None:
        self.services: KioskServices | None = None

    def __call__(self) -> None:
        if self.services is not None:
            self.services.wake()


@dataclass
class KioskApp:
    """Everything the running kiosk UI is made of; tests and the tour reach in here."""

    app: QGuiApplication
    engine: QQmlApplicationEngine
    window: QQuickWindow
    desk: CheckInDesk
    devices: Any
    checkin: CheckInViewModel
    session: SessionViewModel
    language: LanguageViewModel
    staff_call: StaffCallViewModel
    qr: QrImageProvider
    config: Config
    store: Store
    bus: Bus
    calls: StaffCalls
    supervisor: Supervisor
    sign_in: StaffSignInViewModel
    assisted: AssistedViewModel
    diagnostics: DiagnosticsViewModel
    log_tail: LogTail
    waker: Waker
    services: KioskServices | None = None
    _listeners: list[asyncio.Future[Any]] = field(default_factory=list)
    _background: set[asyncio.Future[Any]] = field(default_factory=set)
    _cleanups: list[Any] = field(default_factory=list)

    def show(self, fullscreen: bool = False) -> None:
        if fullscreen:
            self.window.showFullScreen()
        else:
            self.window.show()

    async def start(self, *, console: bool | None = None) -> None:
        """Everything behind the screen, on the running (qasync) loop: crash recovery
        before the first guest, the outbox relay onto the bus, the staff console (or the
        bridge to the site's hub), the device supervisor and the scanners.
        ``console``: None follows ``[console] enabled``."""
        await self.desk.recover()
        self.services = await start_services(self.config, self.store, self.bus, self.calls,
                                             console=console)
        self.waker.services = self.services
        self.supervisor.start()
        self.start_listening()
        self.waker()          # whatever recovery wrote goes out now

    def start_listening(self) -> None:
        """Listen to the QR scanner, the passport reader and the staff card reader for as
        long as the app runs; a scan or a document counts only while the guest is finding
        their booking (or while a technician's scan test waits for it); a staff card counts
        on any screen."""
        if self._listeners:
            return
        scanner = getattr(self.devices, "scanner", None)
        reader = getattr(self.devices, "document_reader", None)
        staff_reader = getattr(self.devices, "staff_reader", None)
        if scanner is not None:
            def scanned(text: str) -> None:
                if not self.diagnostics.take_scan(text):
                    self.checkin.find_by_qr(text)
            self._listeners.append(asyncio.ensure_future(
                _listen("scanner", scanner.next_code, scanned)))
        if reader is not None:
            self._listeners.append(asyncio.ensure_future(
                _listen("document reader", reader.next_mrz, self.checkin.find_by_mrz)))
        if staff_reader is not None:
            def tapped(uid: bytes) -> None:
                if not self.diagnostics.active:   # a technician is in already
                    self.sign_in.badge(uid)
            self._listeners.append(asyncio.ensure_future(
                _listen("staff reader", staff_reader.next_badge, tapped)))

    def publish_health(self, status: DeviceStatus) -> None:
        """The supervisor saw a device change: tell the bus (console, hub) about it."""
        event = Event(0, "device.health", {"device": status.name,
                                           "health": status.status.value,
                                           "detail": status.detail},
                      self.store.clock.now_iso())
        task = asyncio.ensure_future(self.bus.publish(event))
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    async def close(self) -> None:
        """Stop everything started, in order, and let pending intents finish; the window
        goes away. Nothing is left running on the loop."""
        for task in self._listeners:
            task.cancel()
        await asyncio.gather(*self._listeners, return_exceptions=True)
        self._listeners.clear()
        self.diagnostics.close()
        self.assisted.stop_for("kiosk_closed")
        for vm in (self.checkin, self.assisted, self.diagnostics, self.sign_in):
            await vm.idle()
        await self.supervisor.stop()
        if self.services is not None:
            services, self.services = self.services, None
            self.waker.services = None
            await services.stop()
        await asyncio.gather(*self._background, return_exceptions=True)
        self.staff_call.detach()
        for cleanup in self._cleanups:
            cleanup()
        self._cleanups.clear()
        self.session.stop()
        self.language.detach()
        self.window.close()
        # The QML goes before the view-models it binds to, or its bindings read null.
        shiboken6.delete(self.engine)

    def end_session(self, outcome: str) -> None:
        self.checkin.end(outcome)


async def start_services(config: Config, store: Store, bus: Bus, calls: StaffCalls, *,
                         console: bool | None = None) -> KioskServices:
    """The relay and the bridge or escalation (``start_kiosk_services``), then the staff
    console from ``[console]``. A console that cannot start (the port is taken) is logged
    and the kiosk runs on: guests must never wait for the staff page."""
    services = await start_kiosk_services(config, store, bus=bus, calls=calls, console=False)
    serve = config.console.enabled and services.bridge is None if console is None else console
    if not serve:
        return services
    app = make_console(store, config, bus, calls=calls, wake=services.relay.poke)
    runner = web.AppRunner(app, access_log=None)   # as serve_console, but cleaned up on error
    await runner.setup()
    try:
        await web.TCPSite(runner, config.console.host, config.console.port).start()
    except OSError:
        log.exception("staff console could not start", extra={
            "path": f"{config.console.host}:{config.console.port}"})
        await runner.cleanup()
        return services
    services.console = runner
    services.status = LocalStatus(bus, config, store)
    await services.status.publish()
    log.info("staff console started", extra={
        "path": f"{config.console.host}:{config.console.port}"})
    return services


async def _listen(name: str, read: Any, handle: Any) -> None:
    while True:
        try:
            text = await read()
        except asyncio.CancelledError:
            raise
        except Exception:  # a flaky device must not stop the kiosk; the supervisor reports it
            log.exception("%s read failed", name)
            await asyncio.sleep(1.0)
            continue
        handle(text)


def _application() -> QGuiApplication:
    app = QCoreApplication.instance()
    if app is None:
        app = QGuiApplication(sys.argv[:1])
    assert isinstance(app, QGuiApplication)
    return app


def build(config: Config, store: Store, devices: Any, clock: Clock | None = None, *,
          staff_calls: StaffCallPort | None = None, site_key: bytes | None = None,
          done_after_s: float = 30) -> KioskApp:
    """Make the application, the view-models and the window (not shown yet), and the
    parts :meth:`KioskApp.start` runs. An asyncio event loop must be set (a
    ``qasync.QEventLoop``) before slots are used."""
    from kiosk.i18n_build import build_translations

    clock = clock or store.clock or SystemClock(config.kiosk.timezone)
    app = _application()
    try:
        build_translations(quiet=True)  # a fresh checkout has only .ts files
    except Exception:
        log.exception("translations could not be compiled; showing English")
    if site_key is None:
        from kiosk.sitekey import load_site_key
        site_key = load_site_key(config)
    bus = Bus()
    calls = staff_calls if isinstance(staff_calls, StaffCalls) else \
        StaffCalls(store, config.staffcall.escalate_after_s)
    waker = Waker()
    log_tail = LogTail()
    detach_log = log_tail.attach()
    # The supervisor watches every device; the dispenser is wrapped so cards issued,
    # encode failures and jams are counted for the diagnostics screen.
    holder: dict[str, KioskApp] = {}
    supervisor = Supervisor(device_map(devices, DEVICE_NAMES), clock=clock,
                            on_change=lambda s: holder["kiosk"].publish_health(s)
                            if "kiosk" in holder else None)
    if dataclasses.is_dataclass(devices) and hasattr(devices, "dispenser"):
        devices = dataclasses.replace(devices,  # type: ignore[type-var]
                                      dispenser=supervisor.wrap_dispenser(devices.dispenser))
    desk = CheckInDesk(store, config, devices, site_key, staff_calls=calls)
    language = LanguageViewModel(config.kiosk.default_language)
    session = SessionViewModel(GuestSession(clock, config.session.inactivity_warning_s,
                                            config.session.inactivity_reset_s))
    qr = QrImageProvider()
    checkin = CheckInViewModel(desk, clock, language, session, qr, done_after_s=done_after_s,
                               wake=waker)

    def call_context() -> tuple[str, str, str]:
        return checkin.screen, checkin.last_error_id or "guest_request", language.current
    staff_call = StaffCallViewModel(staff_calls or calls, config.kiosk.id, call_context,
                                    wake=waker)
    staff_call.attach(bus)
    sign_in = StaffSignInViewModel(store, site_key)
    assisted = AssistedViewModel(desk=desk, config=config, checkin=checkin, language=language,
                                 clock=clock, wake=waker)
    diagnostics = DiagnosticsViewModel(
        store=store, config=config, devices=devices, supervisor=supervisor, site_key=site_key,
        tail=log_tail, clock=clock, session=session,
        versions={"pyside6": PySide6.__version__, "qt": qVersion()})

    # A session ends in one place: the check-in drops its data, then everyone else.
    session.expired.connect(lambda: checkin.end("timed_out"))
    checkin.deviceFault.connect(staff_call.call_for_device)
    checkin.ended.connect(lambda _outcome: (staff_call.reset(), assisted.stop_for(
        "session_ended"), language.reset(), session.end()))
    sign_in.assistRequested.connect(assisted.begin)
    sign_in.diagnosticsRequested.connect(diagnostics.open)
    language.changed.connect(sign_in.relabel)

    engine = QQmlApplicationEngine()
    language.attach(engine)
    engine.addImageProvider(QrImageProvider.PROVIDER_ID, qr)
    engine.addImageProvider(IconImageProvider.PROVIDER_ID, IconImageProvider())
    context = engine.rootContext()
    context.setContextProperty("checkIn", checkin)
    context.setContextProperty("guestSession", session)
    context.setContextProperty("language", language)
    context.setContextProperty("staffCall", staff_call)
    context.setContextProperty("staffSignIn", sign_in)
    context.setContextProperty("assisted", assisted)
    context.setContextProperty("diagnostics", diagnostics)
    context.setContextProperty("hotelName", config.hotel.name)
    engine.load(QUrl.fromLocalFile(str(MAIN_QML)))
    roots = engine.rootObjects()
    if not roots or not isinstance(roots[0], QQuickWindow):
        detach_log()
        raise RuntimeError(f"{MAIN_QML} did not load (see the QML errors above)")
    window = roots[0]
    window.resize(*SCREEN_SIZE)
    watcher = TouchWatcher(session, also=(assisted.touch, diagnostics.touch))
    window.installEventFilter(watcher)
    kiosk = KioskApp(app, engine, window, desk, devices, checkin, session, language,
                     staff_call, qr, config, store, bus, calls, supervisor, sign_in, assisted,
                     diagnostics, log_tail, waker)
    kiosk._cleanups.append(detach_log)
    holder["kiosk"] = kiosk
    return kiosk


def run_kiosk(config: Config, store: Store, devices: Any, *, fullscreen: bool) -> int:
    """Run the kiosk until its window is closed; returns the exit status."""
    app = _application()
    # The loop ends when main() has closed everything in order, not when Qt sees the
    # last window go (that would stop the loop under main's feet).
    app.setQuitOnLastWindowClosed(False)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    kiosk_app = build(config, store, devices)
    closed = asyncio.Event()
    kiosk_app.window.visibleChanged.connect(
        lambda visible: None if visible else closed.set())
    # systemd stops the kiosk with SIGTERM: shut down in order too. (Python runs the
    # handler at the next Python code; the session's 1 s timer guarantees there is some.)
    previous = signal.signal(signal.SIGTERM,
                             lambda *_: loop.call_soon_threadsafe(closed.set))

    async def main() -> None:
        await kiosk_app.start()
        kiosk_app.show(fullscreen)
        await closed.wait()
        await kiosk_app.close()
        await _close_devices(devices)
        # Everything started above has been stopped; a task still here is a bug to see.
        left = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
        for task in left:
            log.warning("task left running at exit: %s", task.get_name())
            task.cancel()
        await asyncio.gather(*left, return_exceptions=True)

    # Closing the loop also joins its default executor: an unclosed loop aborts at exit.
    try:
        with loop:
            loop.run_until_complete(main())
    finally:
        signal.signal(signal.SIGTERM, previous)
    return 0


async def _close_devices(devices: Any) -> None:
    """Close the devices that hold ports or threads (real drivers); simulators have none."""
    # The staff reader is listened to but not yet watched (the diagnostics grid has six
    # places); it holds a reader all the same.
    for name in (*DEVICE_NAMES, "staff_reader"):
        close = getattr(getattr(devices, name, None), "close", None)
        if close is None or not asyncio.iscoroutinefunction(close):
            continue
        try:
            await close()
        except Exception:  # one device failing to close must not keep the others open
            log.exception("closing %s failed", name)


__all__ = ["KioskApp", "build", "run_kiosk"]
