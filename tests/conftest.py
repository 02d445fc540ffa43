"""Shared test setup. Qt runs offscreen with the software renderer on every machine."""

from __future__ import annotations

import os

# Set before anything imports Qt: tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")
os.environ.setdefault("QT_IM_MODULE", "qtvirtualkeyboard")
os.environ.setdefault("QT_QUICK_CONTROLS_STYLE", "Basic")

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from kiosk.clock import FakeClock
from kiosk.db import Store, open_store


@pytest.fixture(autouse=True)
def hang_guard() -> Iterator[None]:
    """A test that hangs (a task that will not end) dumps every thread's stack and stops
    the run after 5 minutes, instead of sitting until CI's limit."""
    import faulthandler
    faulthandler.dump_traceback_later(300, exit=True)
    yield
    faulthandler.cancel_dump_traceback_later()


@pytest.fixture
def clock() -> FakeClock:
    # 15:30 at the hotel: after the usual check-in time, so today's arrivals can check in.
    return FakeClock(datetime(2026, 11, 25, 15, 30, tzinfo=ZoneInfo("Europe/Helsinki")))


@pytest.fixture
def store(tmp_path: Path, clock: FakeClock) -> Iterator[Store]:
    s = open_store(tmp_path / "kiosk.db", clock)
    yield s
    s.close()
