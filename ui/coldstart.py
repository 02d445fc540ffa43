"""Cold start probe for bench/checkin.py: start the kiosk on a fresh demo database and
exit at the first frame of an interactive welcome screen, printing the wall-clock time
(``time.time()``) of that frame. Not part of the product; kept small on purpose."""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")


def main() -> None:
    import qasync
    from PySide6.QtCore import QTimer

    from devices import open_devices
    from kiosk.config import Config
    from kiosk.db import open_store
    from kiosk.demo import load_demo
    from ui.app import build

    tmp = Path(tempfile.mkdtemp(prefix="lobby-cold-"))
    config = Config(database={"path": str(tmp / "kiosk.db")})  # type: ignore[arg-type]
    store = open_store(config.database_path())
    load_demo(store, store.clock.today())
    kiosk = build(config, store, open_devices(config.devices), site_key=b"k" * 32)
    loop = qasync.QEventLoop()
    asyncio.set_event_loop(loop)
    seen: list[float] = []

    def first_frame() -> None:
        if not seen:
            seen.append(time.time())
            # Interactive: the event loop is running and the frame is on screen.
            QTimer.singleShot(0, loop.stop)

    kiosk.window.frameSwapped.connect(first_frame)
    kiosk.show(fullscreen=False)
    with loop:
        loop.run_forever()
    print(f"{seen[0]:.6f}" if seen else "nan")
    sys.stdout.flush()
    os._exit(0)  # skip teardown: the probe measures start-up only


if __name__ == "__main__":
    main()
