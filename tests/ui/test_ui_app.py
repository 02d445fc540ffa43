"""The bootstrap: run_kiosk shows the window on one shared loop and exits cleanly; the
relay, the supervisor and the staff console start with it and stop with it."""

from __future__ import annotations

import asyncio
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import aiohttp
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication

from devices import open_devices
from kiosk.config import Config, ConsoleSection
from kiosk.db import Store
from kiosk.demo import load_demo
from ui.app import build, run_kiosk

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_run_kiosk_starts_and_stops(qapp, store: Store, clock, tmp_path,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))   # the site key is made beside the db
    load_demo(store, clock.today())
    config = Config(console=ConsoleSection(port=free_port()))
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


def test_start_serves_the_console_and_close_stops_everything(loop, store: Store, clock,
                                                             qml_warnings) -> None:
    load_demo(store, clock.today())
    port = free_port()
    config = Config(console=ConsoleSection(port=port))
    kiosk = build(config, store, open_devices(config.devices), clock, site_key=b"k" * 32)

    async def scenario() -> tuple[int, int, list[str]]:
        await kiosk.start()
        assert kiosk.services is not None and kiosk.services.console is not None
        async with aiohttp.ClientSession() as http:
            async with http.get(f"http://127.0.0.1:{port}/") as page:
                page_status = page.status
            async with http.get(f"http://127.0.0.1:{port}/api/state") as state:
                state_status = state.status              # not logged in
        running = sorted(t.get_name() for t in asyncio.all_tasks()
                         if t is not asyncio.current_task())
        await kiosk.close()
        return page_status, state_status, running

    page_status, state_status, running = loop.run_until_complete(
        asyncio.wait_for(scenario(), 20))
    assert page_status == 200 and state_status == 401
    assert any(n.startswith("kiosk:relay") for n in running)          # the outbox relay
    left = [t for t in asyncio.all_tasks(loop) if not t.done()]
    assert left == []
    with socket.socket() as s:                                          # the port is free
        s.bind(("127.0.0.1", port))


def test_a_taken_console_port_does_not_stop_the_kiosk(loop, store: Store, clock,
                                                      qml_warnings) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        config = Config(console=ConsoleSection(port=taken.getsockname()[1]))
        kiosk = build(config, store, open_devices(config.devices), clock, site_key=b"k" * 32)

        async def scenario() -> bool:
            await kiosk.start()
            relay_running = kiosk.services is not None and kiosk.services.console is None
            await kiosk.close()
            return relay_running
        assert loop.run_until_complete(asyncio.wait_for(scenario(), 20))
    assert [t for t in asyncio.all_tasks(loop) if not t.done()] == []


@pytest.mark.slow
def test_the_kiosk_process_exits_cleanly(tmp_path: Path) -> None:
    """The real thing in its own process: window, console answering, window closed; no
    "QThread: Destroyed while thread is still running", no task left behind."""
    script = textwrap.dedent(f"""
        import asyncio, sys
        import aiohttp
        from PySide6.QtCore import QTimer
        from PySide6.QtGui import QGuiApplication
        from devices import open_devices
        from kiosk.clock import SystemClock
        from kiosk.config import Config, ConsoleSection, DatabaseSection
        from kiosk.db import open_store
        from kiosk.demo import load_demo
        from ui.app import _application, run_kiosk

        app = _application()
        store = open_store({str(tmp_path / "kiosk.db")!r}, SystemClock())
        load_demo(store, store.clock.today())
        config = Config(console=ConsoleSection(port={free_port()}),
                        database=DatabaseSection(path={str(tmp_path / "kiosk.db")!r}))
        answers = []

        async def check_and_close():
            async with aiohttp.ClientSession() as http:
                async with http.get("http://127.0.0.1:%d/" % config.console.port) as r:
                    answers.append(r.status)
            for w in QGuiApplication.topLevelWindows():
                if w.objectName() == "kioskWindow":
                    w.close()

        def when_shown():
            if not any(w.isVisible() for w in QGuiApplication.topLevelWindows()):
                QTimer.singleShot(50, when_shown)
                return
            asyncio.ensure_future(check_and_close())
        QTimer.singleShot(50, when_shown)
        status = run_kiosk(config, store, open_devices(config.devices), fullscreen=False)
        print("exit", status, answers)
    """)
    env = {"QT_QPA_PLATFORM": "offscreen", "QT_QUICK_BACKEND": "software",
           "XDG_DATA_HOME": str(tmp_path), "PATH": "/usr/bin:/bin",
           "HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "exit 0 [200]" in done.stdout
    for bad in ("QThread: Destroyed", "Task was destroyed", "task left running",
                "Traceback"):
        assert bad not in done.stderr, done.stderr[-3000:]
