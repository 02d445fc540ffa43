"""``python -m kiosk.branchbus --db PATH --config FILE``: a kiosk's staff-call services
without its screen — relay, MQTT bridge (or console + escalation) — printing every bus
event as one JSON line on stdout.

For tests, benchmarks and a technician who wants to watch what a kiosk database sends.
Never run it next to the kiosk that owns the database: both would forward its calls.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import signal
import sys
from pathlib import Path

from kiosk.branchbus.services import start_kiosk_services
from kiosk.bus import Bus, Event
from kiosk.config import ConfigError, find_config_file, load_config
from kiosk.db import open_store
from kiosk.logs import setup_logging


async def _serve(args: argparse.Namespace) -> int:
    config = load_config(find_config_file(args.config))
    store = open_store(Path(args.db) if args.db else config.database_path())
    bus = Bus()

    def show(event: Event) -> None:
        print(json.dumps({"topic": event.topic, "id": event.id, "payload": event.payload},
                         sort_keys=True), flush=True)
    bus.subscribe("*", show)
    services = await start_kiosk_services(config, store, bus=bus)
    print(json.dumps({"topic": "ready", "payload": {"kiosk": config.kiosk.id}}), flush=True)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, stop.set)
    try:
        await stop.wait()
    finally:
        await services.stop()
        store.close()
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m kiosk.branchbus")
    parser.add_argument("--db", metavar="PATH")
    parser.add_argument("--config", metavar="FILE")
    args = parser.parse_args()
    setup_logging(logging.INFO)
    try:
        return asyncio.run(_serve(args))
    except ConfigError as exc:
        print(f"configuration error:\n{exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
