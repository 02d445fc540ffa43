"""Fixtures for the smart table: the real app over the demo listings in SQLite, offscreen,
its TUIO input on a loopback UDP port fed by the simulator, and a customer who taps."""

from __future__ import annotations

import asyncio
import faulthandler
import gc
import shutil
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest
import qasync
from PySide6.QtCore import QPointF, Qt, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest

from kiosk.clock import FakeClock
from kiosk.config import Config
from kiosk.db import Store, open_store
from kiosk.listings.demo import load_demo_listings
from kiosk.tuio.settings import TableSection
from tests.ui.conftest import KioskLoop
from ui.driver import Finger, outside_task
from ui.table.app import TableApp, build_table

T = TypeVar("T")


@pytest.fixture(autouse=True)
def watchdog() -> Iterator[None]:
    """An exception in a Qt slot can leave the loop waiting for ever: dump and stop."""
    faulthandler.dump_traceback_later(120, exit=True)
    yield
    faulthandler.cancel_dump_traceback_later()


@pytest.fixture
def loop(qapp: Any) -> Iterator[qasync.QEventLoop]:
    event_loop = KioskLoop(qapp)
    asyncio.set_event_loop(event_loop)
    yield event_loop
    event_loop.close()
    asyncio.set_event_loop(None)
    del event_loop
    gc.collect()           # the loop's Qt timers go now, not inside a later test


@pytest.fixture
def table_qml_warnings() -> Iterator[list[str]]:
    """Warnings from the table's QML (binding errors, missing properties) fail the test."""
    seen: list[str] = []

    def handler(kind: QtMsgType, context: Any, message: str) -> None:
        if kind != QtMsgType.QtDebugMsg and "/ui/table/qml/" in message:
            seen.append(message)
    previous = qInstallMessageHandler(handler)
    yield seen
    qInstallMessageHandler(previous)
    assert not seen, "QML warnings:\n" + "\n".join(seen)


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo listings loaded once; each test works on its own copy."""
    path = tmp_path_factory.mktemp("table") / "demo.db"
    store = open_store(path, FakeClock())
    load_demo_listings(store)
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    return path


@pytest.fixture
def table_store(demo_db: Path, tmp_path: Path, clock: FakeClock) -> Iterator[Store]:
    path = tmp_path / "table.db"
    shutil.copy(demo_db, path)
    store = open_store(path, clock)
    yield store
    store.close()


class Customer:
    """Uses the table as people do: taps by name, drags, puts tokens down (real OSC over
    UDP from the simulator), waits for the table to answer."""

    def __init__(self, table: TableApp, loop: qasync.QEventLoop) -> None:
        self.table, self.loop = table, loop
        self.finger = Finger(table.window)

    def run(self, awaitable: Awaitable[T], timeout: float = 20) -> T:
        return self.loop.run_until_complete(asyncio.wait_for(awaitable, timeout))

    def settle(self) -> None:
        self.run(self.table.settle())

    def until(self, check: Callable[[], bool], timeout: float = 10, what: str = "") -> None:
        async def wait() -> None:
            while not check():
                await asyncio.sleep(0.02)
            await self.table.settle()
        try:
            self.run(wait(), timeout)
        except TimeoutError:
            raise AssertionError(f"waited in vain for {what or check}") from None

    def do(self, fn: Callable[..., T], *args: Any) -> T:
        return self.run(outside_task(fn, *args))

    def tap(self, name: str) -> None:
        self.do(self.finger.tap, name)
        self.settle()

    def sees(self, name: str) -> bool:
        self.settle()
        return self.finger.exists(name)

    def type(self, name: str, text: str) -> None:
        self.do(self.finger.type_into, name, text)
        self.settle()

    def drag(self, start: tuple[float, float], end: tuple[float, float], steps: int = 12) -> None:
        def move() -> None:
            window = self.table.window
            a, b = QPointF(*start).toPoint(), QPointF(*end).toPoint()
            QTest.mousePress(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, a)
            for i in range(1, steps + 1):
                QTest.mouseMove(window, (a + (b - a) * (i / steps)))
                QTest.qWait(10)
            QTest.mouseRelease(window, Qt.MouseButton.LeftButton,
                               Qt.KeyboardModifier.NoModifier, b)
        self.do(move)
        self.settle()

    def token(self, action: Callable[[], Any], check: Callable[[], bool], what: str) -> None:
        """Do something with a token (simulator) and wait until the table has it."""
        action()
        self.until(check, what=what)

    def shot(self) -> QImage:
        return self.table.window.grabWindow()

    @property
    def sim(self) -> Any:
        assert self.table.simulator is not None
        return self.table.simulator

    def first_results(self) -> None:
        self.until(lambda: self.table.map.total >= 0, what="the first search")


@pytest.fixture
def make_table(loop: qasync.QEventLoop, table_store: Store, clock: FakeClock,
               table_qml_warnings: list[str]) -> Iterator[Callable[..., Customer]]:
    built: list[TableApp] = []

    def make(**settings: Any) -> Customer:
        table = build_table(Config(), table_store, clock,
                            table=TableSection(**{"tuio": "sim:", **settings}))
        table.show()
        loop.run_until_complete(table.start(services=False))
        built.append(table)
        customer = Customer(table, loop)
        customer.first_results()
        return customer
    yield make
    for table in built:
        loop.run_until_complete(asyncio.wait_for(table.close(), 10))
    built.clear()
    # Collect the closed app's Qt objects now, between tests, not at a random moment in
    # the middle of a later test's Qt event dispatch (which crashed in a timer).
    gc.collect()
    loop.run_until_complete(asyncio.sleep(0.1))


@pytest.fixture
def customer(make_table: Callable[..., Customer]) -> Customer:
    return make_table()
