"""Fixtures for the UI: the real app (real CheckInDesk, demo hotel in SQLite, simulated
devices) built offscreen, a qasync loop per test, and a guest who taps the screen."""

from __future__ import annotations

import asyncio
import faulthandler
from collections.abc import Awaitable, Callable, Iterator
from typing import Any, TypeVar

import pytest
import qasync
from PySide6.QtCore import QCoreApplication, QtMsgType, qInstallMessageHandler

from devices import open_devices
from kiosk.config import Config, DevicesSection
from kiosk.db import Store
from kiosk.demo import load_demo
from ui.app import KioskApp, build
from ui.driver import Finger, outside_task

SITE_KEY = b"test-site-key-0123456789abcdef"
T = TypeVar("T")


@pytest.fixture(autouse=True)
def watchdog() -> Iterator[None]:
    """An exception in a Qt slot can leave the loop waiting for ever: dump and stop."""
    faulthandler.dump_traceback_later(90, exit=True)
    yield
    faulthandler.cancel_dump_traceback_later()


class KioskLoop(qasync.QEventLoop):
    """qasync's ``run_until_complete`` ends with one more pass of Qt's events *after* it has
    unset the running loop: a task stepped in that pass (the outbox relay's poll, the
    supervisor's timers) finds no running loop, and asyncio.Event refuses it ("bound to a
    different event loop"). The kiosk calls it once, at exit; the tests call it hundreds of
    times, so here that pass runs with the loop set."""

    def run_until_complete(self, future: Any) -> Any:
        if self.is_running():
            raise RuntimeError("Event loop already running")
        future = asyncio.ensure_future(future, loop=self)

        def stop(_: Any) -> None:
            self.stop()
        future.add_done_callback(stop)
        try:
            self.run_forever()
        finally:
            future.remove_done_callback(stop)
        asyncio.events._set_running_loop(self)
        try:
            QCoreApplication.processEvents()
        finally:
            asyncio.events._set_running_loop(None)
        if not future.done():
            raise RuntimeError("Event loop stopped before Future completed.")
        return future.result()


@pytest.fixture
def loop(qapp: Any) -> Iterator[qasync.QEventLoop]:
    event_loop = KioskLoop(qapp)
    asyncio.set_event_loop(event_loop)
    yield event_loop
    event_loop.close()
    asyncio.set_event_loop(None)


@pytest.fixture
def qml_warnings() -> Iterator[list[str]]:
    """Warnings from our QML (binding errors, missing properties) fail the test."""
    seen: list[str] = []

    def handler(kind: QtMsgType, context: Any, message: str) -> None:
        if kind != QtMsgType.QtDebugMsg and "/ui/qml/" in message:
            seen.append(message)
    previous = qInstallMessageHandler(handler)
    yield seen
    qInstallMessageHandler(previous)
    assert not seen, "QML warnings:\n" + "\n".join(seen)


class Guest:
    """Uses the kiosk the way a guest does: taps controls by name, types, signs, waits."""

    def __init__(self, kiosk: KioskApp, loop: qasync.QEventLoop, store: Store) -> None:
        self.kiosk, self.loop, self.store = kiosk, loop, store
        self.finger = Finger(kiosk.window)
        self.vm = kiosk.checkin

    def run(self, awaitable: Awaitable[T], timeout: float = 15) -> T:
        return self.loop.run_until_complete(asyncio.wait_for(awaitable, timeout))

    def settle(self) -> None:
        async def settled() -> None:
            for _ in range(2):
                await self.vm.idle()
                await asyncio.sleep(0.02)
        self.run(settled())

    def do(self, fn: Callable[..., T], *args: Any) -> T:
        """Touch the screen from inside the running loop (as real touches arrive), so
        the tasks a tap starts run with their loop, never stepped from a bare Qt event."""
        return self.run(outside_task(fn, *args))

    def tap(self, name: str) -> None:
        self.do(self.finger.tap, name)
        self.settle()

    def type(self, name: str, text: str) -> None:
        self.do(self.finger.type_into, name, text)
        self.settle()

    def call(self, slot: Callable[..., Any], *args: Any) -> None:
        """Call a view-model slot as QML would, then let the intent finish."""
        self.do(slot, *args)
        self.settle()

    def sees(self, name: str) -> bool:
        self.settle()
        return self.finger.exists(name)

    def wait_for_screen(self, screen: str, timeout: float = 10) -> None:
        async def until() -> None:
            while self.vm.screen != screen or self.vm.busy:
                await asyncio.sleep(0.02)
        self.run(until(), timeout)
        self.settle()

    @property
    def screen(self) -> str:
        return str(self.vm.screen)

    # -- whole steps ------------------------------------------------------------------------
    def sign_card(self) -> None:
        """Fill what the card is missing, then sign on the pad and continue."""
        fill = {"date_of_birth": "12.03.1985", "nationality": "FIN", "address": "Kauppatori 1",
                "city": "Helsinki", "country": "FIN"}
        rows = self.vm.registration.fields.rows()
        for row in rows:
            if row["editable"] and not row["value"] and row["name"] in fill:
                self.call(self.vm.registration.setValue, row["name"], fill[row["name"]])
        self.settle()
        self.do(self.finger.draw, "signaturePad", [[(40, 200), (120, 100), (200, 200),
                                                    (320, 120)]])
        self.tap("signButton")

    def from_confirm_to_done(self, plate: str | None = None) -> None:
        self.from_confirm_to_keys(plate)
        self.tap("makeKeysButton")
        self.wait_for_screen("done")

    def from_confirm_to_keys(self, plate: str | None = None) -> None:
        assert self.screen == "confirm_details"
        self.tap("confirmDetailsButton")
        assert self.screen == "registration"
        self.sign_card()
        assert self.screen == "parking", self.vm.errorMessage
        if plate:
            self.type("plateField", plate)
            self.tap("registerCarButton")
        else:
            self.tap("noCarButton")
        self.wait_for_screen("room")
        self.tap("continueToPaymentButton")
        assert self.screen == "payment"
        self.tap("payButton")
        self.wait_for_screen("keys")


@pytest.fixture
def make_guest(loop: qasync.QEventLoop, store: Store, clock: Any,
               qml_warnings: list[str]) -> Iterator[Callable[..., Guest]]:
    """A kiosk over the demo hotel; ``payment="sim:?outcomes=decline"`` and the like
    choose simulator behaviour."""
    load_demo(store, clock.today())
    built: list[KioskApp] = []

    def make(**device_urls: str) -> Guest:
        config = Config(devices=DevicesSection(**device_urls))
        kiosk = build(config, store, open_devices(config.devices), clock, site_key=SITE_KEY)
        kiosk.show()
        # Recovery, relay, escalation, supervisor and scanners; no console (no port).
        loop.run_until_complete(kiosk.start(console=False))
        built.append(kiosk)
        return Guest(kiosk, loop, store)
    yield make
    for kiosk in built:
        loop.run_until_complete(asyncio.wait_for(kiosk.close(), 10))


@pytest.fixture
def guest(make_guest: Callable[..., Guest]) -> Guest:
    return make_guest()
