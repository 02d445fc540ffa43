"""The bootstrap: run_kiosk shows the window on one shared loop and exits cleanly."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication

from devices import open_devices
from kiosk.config import Config
from kiosk.db import Store
from kiosk.demo import load_demo
from ui.app import run_kiosk


def test_run_kiosk_starts_and_stops(qapp, store: Store, clock, tmp_path,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))   # the site key is made beside the db
    load_demo(store, clock.today())
    config = Config()
    seen: list[str] = []

    def close_when_shown() -> None:
        windows = [w for w in QGuiApplication.topLevelWindows()
                   if w.objectName() == "kioskWindow" and w.isVisible()]
        if not windows:
            QTimer.singleShot(50, close_when_shown)
            return
        seen.append(windows[0].title())
        windows[0].close()
    QTimer.singleShot(50, close_when_shown)
    assert run_kiosk(config, store, open_devices(config.devices), fullscreen=False) == 0
    assert seen == [config.hotel.name]
