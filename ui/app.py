"""Bootstrap of the kiosk UI: one Qt application, one asyncio loop shared with Qt (qasync),
one QML engine with the view-models, ``ui/qml/Main.qml`` on a 1920×1080 landscape window.

:func:`build` makes everything without showing a window (tests and the tour use it);
:func:`run_kiosk` shows it and runs until the window closes.
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

from kiosk.checkin import CheckInDesk
from kiosk.clock import Clock, SystemClock
from kiosk.config import Config
from kiosk.db import Store
from kiosk.session import GuestSession
from kiosk.staffcall import StaffCalls

# The on-screen keyboard is an input method: it must be chosen before the application
# exists. The Basic style draws nothing of its own that could fight the theme.
os.environ.setdefault("QT_IM_MODULE", "qtvirtualkeyboard")
os.environ.setdefault("QT_QUICK_CONTROLS_STYLE", "Basic")

import qasync
import shiboken6
from PySide6 import QtQuick  # noqa: F401  (root objects come back as QQuickWindow)
from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow

from ui.checkin_vm import CheckInViewModel
from ui.icon_provider import IconImageProvider
from ui.language_vm import LanguageViewModel
from ui.qr_provider import QrImageProvider
from ui.session_vm import SessionViewModel, TouchWatcher
from ui.staffcall_vm import StaffCallPort, StaffCallViewModel

log = logging.getLogger(__name__)

QML_DIR = Path(__file__).resolve().parent / "qml"
MAIN_QML = QML_DIR / "Main.qml"
SCREEN_SIZE = (1920, 1080)


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
    _listeners: list[asyncio.Future[Any]] = field(default_factory=list)

    def show(self, fullscreen: bool = False) -> None:
        if fullscreen:
            self.window.showFullScreen()
        else:
            self.window.show()

    def start_listening(self) -> None:
        """Listen to the QR scanner and the passport reader for as long as the app runs;
        a read counts only while the guest is finding their booking."""
        if self._listeners:
            return
        scanner = getattr(self.devices, "scanner", None)
        reader = getattr(self.devices, "document_reader", None)
        if scanner is not None:
            self._listeners.append(asyncio.ensure_future(
                _listen("scanner", scanner.next_code, self.checkin.find_by_qr)))
        if reader is not None:
            self._listeners.append(asyncio.ensure_future(
                _listen("document reader", reader.next_mrz, self.checkin.find_by_mrz)))

    async def close(self) -> None:
        """Stop listening and let pending intents finish; the window goes away."""
        for task in self._listeners:
            task.cancel()
        await asyncio.gather(*self._listeners, return_exceptions=True)
        self._listeners.clear()
        await self.checkin.idle()
        self.session.stop()
        self.language.detach()
        self.window.close()
        # The QML goes before the view-models it binds to, or its bindings read null.
        shiboken6.delete(self.engine)

    def end_session(self, outcome: str) -> None:
        self.checkin.end(outcome)


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
    """Make the application, the view-models and the window (not shown yet).
    An asyncio event loop must be set (a ``qasync.QEventLoop``) before slots are used."""
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
    calls = staff_calls or StaffCalls(store)
    desk = CheckInDesk(store, config, devices, site_key,
                       staff_calls=calls if isinstance(calls, StaffCalls) else None)
    language = LanguageViewModel(config.kiosk.default_language)
    session = SessionViewModel(GuestSession(clock, config.session.inactivity_warning_s,
                                            config.session.inactivity_reset_s))
    qr = QrImageProvider()
    checkin = CheckInViewModel(desk, clock, language, session, qr, done_after_s=done_after_s)

    def call_context() -> tuple[str, str, str]:
        return checkin.screen, checkin.last_error_id or "guest_request", language.current
    staff_call = StaffCallViewModel(calls, config.kiosk.id, call_context)

    # A session ends in one place: the check-in drops its data, then everyone else.
    session.expired.connect(lambda: checkin.end("timed_out"))
    checkin.deviceFault.connect(staff_call.call_for_device)
    checkin.ended.connect(lambda _outcome: (staff_call.reset(), language.reset(), session.end()))

    engine = QQmlApplicationEngine()
    language.attach(engine)
    engine.addImageProvider(QrImageProvider.PROVIDER_ID, qr)
    engine.addImageProvider(IconImageProvider.PROVIDER_ID, IconImageProvider())
    context = engine.rootContext()
    context.setContextProperty("checkIn", checkin)
    context.setContextProperty("guestSession", session)
    context.setContextProperty("language", language)
    context.setContextProperty("staffCall", staff_call)
    context.setContextProperty("hotelName", config.hotel.name)
    engine.load(QUrl.fromLocalFile(str(MAIN_QML)))
    roots = engine.rootObjects()
    if not roots or not isinstance(roots[0], QQuickWindow):
        raise RuntimeError(f"{MAIN_QML} did not load (see the QML errors above)")
    window = roots[0]
    window.resize(*SCREEN_SIZE)
    watcher = TouchWatcher(session)
    window.installEventFilter(watcher)
    return KioskApp(app, engine, window, desk, devices, checkin, session, language,
                    staff_call, qr)


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
        await kiosk_app.desk.recover()
        kiosk_app.start_listening()
        kiosk_app.show(fullscreen)
        await closed.wait()
        await kiosk_app.close()

    # Closing the loop also joins its default executor: an unclosed loop aborts at exit.
    try:
        with loop:
            loop.run_until_complete(main())
    finally:
        signal.signal(signal.SIGTERM, previous)
    return 0


__all__ = ["KioskApp", "build", "run_kiosk"]
