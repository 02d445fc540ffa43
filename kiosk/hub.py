"""``kiosk hub``: the staff console and call escalation for a whole site, over MQTT.

The hub keeps its own SQLite copy of every kiosk's calls (the kiosks' events are the
source), serves the staff console on ``[console] host:port``, escalates unaccepted calls,
and sends staff actions back to the kiosk that raised each call. Staff accounts live in
the hub's database (``kiosk --db HUB.db staff add ...``).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import signal
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.config import Config, ConfigError, find_config_file, load_config
from kiosk.db import Store, open_store

if TYPE_CHECKING:  # aiohttp and aiomqtt load only when the hub runs: `kiosk` starts fast
    from kiosk.branchbus.broker import Broker

log = logging.getLogger("kiosk.hub")


def add_command(sub: Any) -> None:
    """Add ``hub`` to the CLI's subcommands (``sub`` is argparse's subparsers action)."""
    hub = sub.add_parser("hub", help="staff console and escalation for a whole site (MQTT)")
    hub.add_argument("--broker", metavar="URL",
                     help="mqtt://USER@HOST:PORT or mqtts://... (default: [bus] broker)")
    hub.add_argument("--host", help="console address (default: [console] host)")
    hub.add_argument("--port", type=int, help="console port (default: [console] port)")


def run(args: argparse.Namespace, config: Config, store: Store) -> int:
    """Run the hub until SIGTERM or Ctrl-C; returns the exit status."""
    from kiosk.branchbus.services import broker_from_config
    try:
        broker = broker_from_config(config, args.broker)
    except (ValueError, OSError) as exc:
        print(f"broker: {exc}", file=sys.stderr)
        return 2
    if broker is None:
        print("kiosk hub needs a broker: --broker mqtt://USER@HOST:1883 or [bus] broker",
              file=sys.stderr)
        return 2
    host = args.host or config.console.host
    port = args.port or config.console.port
    asyncio.run(serve_hub(config, store, broker, host=host, port=port))
    return 0


async def serve_hub(config: Config, store: Store, broker: Broker, *, host: str, port: int,
                    stop: asyncio.Event | None = None) -> None:
    """Serve until ``stop`` is set (or SIGTERM/SIGINT when ``stop`` is None)."""
    from kiosk.branchbus.hub import HubBridge
    from kiosk.branchbus.services import RELAY_POLL_S
    from kiosk.bus import Bus, OutboxRelay
    from kiosk.console import KioskBoard, make_console, serve_console
    from kiosk.escalation import EscalationTimer
    from kiosk.staffcall import StaffCalls

    stop = stop or _stop_on_signals()
    bus = Bus()
    relay = OutboxRelay(store, bus)
    calls = StaffCalls(store, config.staffcall.escalate_after_s)
    bridge = HubBridge(calls, bus, broker, site=config.kiosk.site,
                       keepalive=config.bus.keepalive_s, wake=relay.poke)
    timer = EscalationTimer(calls, bus, wake=relay.poke)
    app = make_console(store, config, bus, calls=calls, wake=relay.poke,
                       board=KioskBoard(config.console.kiosks),
                       tasks=[("relay", lambda: relay.run(poll_s=RELAY_POLL_S)),
                              ("branch bus", bridge.run), ("escalation", timer.run)])
    runner = await serve_console(app, host, port)
    log.info("hub started", extra={"path": broker.redacted()})
    print(f"staff console: http://{host}:{port}/  broker: {broker.redacted()}", flush=True)
    try:
        await stop.wait()
    finally:
        await runner.cleanup()


def _stop_on_signals() -> asyncio.Event:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, stop.set)
    return stop


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m kiosk.hub [--db PATH] [--config FILE] [--broker URL]`` until the CLI
    has ``kiosk hub``."""
    from kiosk.logs import setup_logging
    parser = argparse.ArgumentParser(prog="python -m kiosk.hub")
    parser.add_argument("--db", metavar="PATH")
    parser.add_argument("--config", metavar="FILE")
    parser.add_argument("--broker", metavar="URL")
    parser.add_argument("--host")
    parser.add_argument("--port", type=int)
    args = parser.parse_args(argv)
    setup_logging(logging.INFO)
    try:
        config = load_config(find_config_file(args.config))
    except ConfigError as exc:
        print(f"configuration error:\n{exc}", file=sys.stderr)
        return 2
    store = open_store(Path(args.db) if args.db else config.database_path())
    try:
        return run(args, config, store)
    finally:
        store.close()


if __name__ == "__main__":
    sys.exit(main())
