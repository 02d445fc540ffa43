"""The table's headless tour writes one real picture per screen; the table also runs as
its own program and stops cleanly on SIGTERM."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from ui.table.tour import SHOTS, table_tour


@pytest.mark.slow
def test_table_tour_writes_one_png_per_screen(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    files = table_tour(tmp_path / "shots", "sv", store_path=tmp_path / "tour.db")
    assert [f.name for f in files] == [f"table-{i:02d}-{name}.png"
                                       for i, name in enumerate(SHOTS, start=1)]
    for file in files:
        image = QImage(str(file))
        assert (image.width(), image.height()) == (1920, 1080), file.name
        colours = {image.pixel(x, y) for x in range(0, 1920, 37) for y in range(0, 1080, 29)}
        assert len(colours) > 8, file.name


@pytest.mark.slow
def test_run_table_shows_the_table_and_stops_on_sigterm(tmp_path: Path) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text(textwrap.dedent(f"""
        [database]
        path = "{tmp_path / 'kiosk.db'}"
        [console]
        enabled = false
    """), encoding="utf-8")
    script = textwrap.dedent("""
        import sys
        from kiosk.config import load_config
        from kiosk.db import open_store
        from kiosk.listings.demo import load_demo_listings
        from ui.table.app import run_table
        config = load_config(sys.argv[1])
        store = open_store(config.database_path())
        load_demo_listings(store)
        print("ready", flush=True)
        sys.exit(run_table(config, store, fullscreen=False))
    """)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_QUICK_BACKEND": "software"}
    proc = subprocess.Popen([sys.executable, "-c", script, str(config)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            cwd=Path(__file__).resolve().parents[3])
    assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    time.sleep(4)                    # the window is up and the first search done
    proc.send_signal(signal.SIGTERM)
    _out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    assert "Traceback" not in err and "task left running" not in err, err
