"""`kiosk`: the command line, and the composition root of the whole application.

Every command takes ``--db PATH`` and ``--config FILE`` before the subcommand. The UI is
imported lazily, only by the commands that show it.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from kiosk.config import Config, ConfigError, find_config_file, load_config
from kiosk.db import Store, open_store
from kiosk.logs import setup_logging

log = logging.getLogger("kiosk.cli")


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="kiosk", description="Lobby: self-service kiosk.")
    p.add_argument("--db", metavar="PATH", help="SQLite database (default: from the config)")
    p.add_argument("--config", metavar="FILE", help="TOML configuration file")
    p.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    db = sub.add_parser("db", help="database maintenance").add_subparsers(
        dest="db_command", required=True, metavar="ACTION")
    init = db.add_parser("init", help="create or migrate the database")
    init.add_argument("--demo", action="store_true", help="also load the demo hotel")

    sub.add_parser("demo", help="seed demo data and run the kiosk full-screen, simulated devices")

    tour = sub.add_parser("tour", help="walk every check-in screen headless and save PNGs")
    tour.add_argument("--out", required=True, metavar="DIR")
    tour.add_argument("--lang", default="en", metavar="CODE")

    st = sub.add_parser("selftest", help="a whole synthetic check-in through the devices")
    st.add_argument("--json", action="store_true")

    res = sub.add_parser("reservations", help="import and find reservations").add_subparsers(
        dest="res_command", required=True, metavar="ACTION")
    imp = res.add_parser("import", help="import a reservations CSV")
    imp.add_argument("file", metavar="FILE")
    find = res.add_parser("find", help="find bookings as the kiosk does")
    how = find.add_mutually_exclusive_group(required=True)
    how.add_argument("--code", metavar="CODE")
    how.add_argument("--name", metavar="SURNAME")
    find.add_argument("--arrival", type=date.fromisoformat, metavar="DATE")
    find.add_argument("--json", action="store_true")
    staff = sub.add_parser("staff", help="staff accounts").add_subparsers(
        dest="staff_command", required=True, metavar="ACTION")
    add = staff.add_parser("add", help="add a staff member (asks for the PIN or password)")
    add.add_argument("username")
    add.add_argument("--name", required=True, help="name shown to guests, e.g. 'Anna'")
    add.add_argument("--role", choices=["staff", "duty_manager", "technician"], default="staff")
    add.add_argument("--on-duty", action="store_true")
    lst = staff.add_parser("list", help="list staff members")
    lst.add_argument("--json", action="store_true")
    dis = staff.add_parser("disable", help="disable an account and end its sessions")
    dis.add_argument("username")
    duty = staff.add_parser("duty", help="set a member on or off duty")
    duty.add_argument("username")
    duty.add_argument("state", choices=["on", "off"])

    from kiosk import cli_keys, cli_listings, doctor, hub  # keys; listings; doctor; hub
    cli_keys.add_commands(sub)
    cli_listings.add_commands(sub)
    doctor.add_command(sub)
    hub.add_command(sub)
    return p


def _open(args: argparse.Namespace, config: Config) -> Store:
    return open_store(Path(args.db) if args.db else config.database_path())


def main(argv: Sequence[str] | None = None) -> None:
    sys.exit(run(argv))


def run(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    setup_logging(logging.DEBUG if args.verbose else logging.INFO)
    try:
        config = load_config(find_config_file(args.config))
    except ConfigError as exc:
        print(f"configuration error:\n{exc}", file=sys.stderr)
        return 2
    if args.db:
        # One place decides the database path: the CLI flag overrides the config.
        config = config.model_copy(update={"database": config.database.model_copy(
            update={"path": str(Path(args.db).resolve())})})
    handler = {"db": _db, "demo": _demo, "tour": _tour, "selftest": _selftest,
               "reservations": _reservations, "staff": _staff, "keys": _keys,
               "doctor": _doctor, "hub": _hub, "listings": _listings}[args.command]
    try:
        return handler(args, config)
    except KeyboardInterrupt:
        return 130


def _db(args: argparse.Namespace, config: Config) -> int:
    store = _open(args, config)
    from kiosk.migrations import SCHEMA_VERSION
    print(f"database {store.path}: schema version {SCHEMA_VERSION}")
    if args.demo:
        from kiosk.demo import load_demo
        existing = store.read().one("SELECT COUNT(*) AS n FROM bookings")
        if existing and existing["n"]:
            print("demo data not loaded: the database already has bookings", file=sys.stderr)
            return 1
        report = load_demo(store, store.clock.today(), site=config.kiosk.site)
        print(f"demo hotel loaded: {report}")
        from kiosk.listings.demo import load_demo_listings
        print(f"demo listings loaded: {load_demo_listings(store)}")
    return 0


def _has_display() -> bool:
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and platform not in ("xcb", "wayland"):
        return platform not in ("offscreen", "minimal")
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _demo(args: argparse.Namespace, config: Config) -> int:
    store = _open(args, config)
    row = store.read().one("SELECT COUNT(*) AS n FROM bookings")
    if not row or not row["n"]:
        from kiosk.demo import load_demo
        load_demo(store, store.clock.today(), site=config.kiosk.site)
        print(f"demo hotel loaded into {store.path}")
    if not store.read().one("SELECT 1 AS x FROM listings LIMIT 1"):
        from kiosk.listings.demo import load_demo_listings
        load_demo_listings(store)
        print(f"demo listings loaded into {store.path}")
    if not _has_display():
        print("No display found: `kiosk demo` needs a screen. "
              "Run `kiosk tour --out DIR` to walk every screen headless and save PNGs.")
        return 3
    from devices import open_devices
    from ui.app import run_kiosk
    return int(run_kiosk(config, store, open_devices(config.devices), fullscreen=True))


def _tour(args: argparse.Namespace, config: Config) -> int:
    from ui.tour import tour
    paths = tour(Path(args.out), args.lang, config)
    for p in paths:
        print(p)
    return 0


def _selftest(args: argparse.Namespace, config: Config) -> int:
    from devices import open_devices
    from kiosk.checkin import CheckInDesk
    from kiosk.selftest import run_selftest, steps_json
    from kiosk.sitekey import load_site_key

    store = _open(args, config)
    site_key = load_site_key(config)
    desk = CheckInDesk(store, config, open_devices(config.devices), site_key)
    steps = asyncio.run(run_selftest(desk, site_key))
    ok = all(s.ok for s in steps)
    if args.json:
        print(json.dumps({"ok": ok, "steps": steps_json(steps)}, indent=2))
    else:
        for s in steps:
            mark = "ok  " if s.ok else "FAIL"
            print(f"{mark} {s.name:<28} {s.ms:8.1f} ms  {s.detail}")
        print("selftest passed" if ok else "selftest FAILED")
    return 0 if ok else 1


def _reservations(args: argparse.Namespace, config: Config) -> int:
    store = _open(args, config)
    if args.res_command == "import":
        from kiosk.reservations import import_reservations
        report = import_reservations(store, Path(args.file), config.kiosk.site)
        for line, reason in report.errors:
            print(f"{args.file}:{line}: {reason}", file=sys.stderr)
        print(f"{report.created} created, {report.updated} updated, "
              f"{report.unchanged} unchanged, {len(report.errors)} rejected")
        return 0 if not report.errors else 1
    from kiosk import bookings
    from kiosk.errors import LobbyError
    found: list[Any] = []
    try:
        if args.code:
            found = [bookings.by_code(store.read(), args.code, store.clock.today())]
        else:
            if args.arrival is None:
                print("--name needs --arrival DATE", file=sys.stderr)
                return 2
            found = bookings.by_name(store.read(), args.name, args.arrival)
    except LobbyError as exc:
        suggestion = exc.params.get("suggestion")
        message = f"{exc.message_id}: {exc.detail}" + (f" (did you mean {suggestion}?)"
                                                         if suggestion else "")
        if args.json:
            print(json.dumps([]))
        print(message, file=sys.stderr)
        return 1
    rows = [_find_json(store, b) for b in found]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for r in rows:
            print(f"{r['booking_code']}  {r['last_name']}, {r['first_name']}  "
                  f"{r['arrival']} → {r['departure']}  {r['room_type']}  {r['status']}")
        if not rows:
            print("no booking found", file=sys.stderr)
    return 0 if rows else 1


def _find_json(store: Store, b: Any) -> dict[str, Any]:
    from kiosk.bookings import room_lines
    lines = room_lines(store.read(), b.code)
    return {**b.as_json(), "room_type": ",".join(line["room_type"] for line in lines),
            "rooms": [{"room_type": line["room_type"], "adults": line["adults"],
                       "children": line["children"], "room": line["room"]} for line in lines]}


def _listings(args: argparse.Namespace, config: Config) -> int:
    from kiosk import cli_listings
    return cli_listings.handle(args, config, _open(args, config))


def _hub(args: argparse.Namespace, config: Config) -> int:
    from kiosk import hub
    return hub.run(args, config, _open(args, config))


def _doctor(args: argparse.Namespace, config: Config) -> int:
    from kiosk import doctor
    return doctor.run(args, config, _open(args, config))


def _keys(args: argparse.Namespace, config: Config) -> int:
    from kiosk import cli_keys
    return cli_keys.handle(args, config, _open(args, config))


def _read_secret() -> str:
    """The PIN or password: asked twice on a terminal, one line from a pipe (scripts)."""
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\n")
    import getpass
    first = getpass.getpass("PIN or password: ")
    if getpass.getpass("again: ") != first:
        raise ValueError("the two entries differ")
    return first


def _staff(args: argparse.Namespace, config: Config) -> int:
    from kiosk.staff import Role, StaffDirectory
    directory = StaffDirectory(_open(args, config))
    try:
        if args.staff_command == "add":
            member = directory.add(args.username, args.name, Role(args.role), _read_secret())
            if args.on_duty:
                directory.set_on_duty(member.username, True)
            print(f"added {member.username} ({member.role})")
        elif args.staff_command == "list":
            members = directory.members()
            if args.json:
                print(json.dumps([{"username": m.username, "name": m.display_name,
                                   "role": m.role.value, "on_duty": m.on_duty,
                                   "disabled": m.disabled} for m in members], indent=2))
            for m in [] if args.json else members:
                flags = ", ".join(f for f, on in (("on duty", m.on_duty),
                                                   ("disabled", m.disabled)) if on)
                print(f"{m.username:<16} {m.display_name:<20} {m.role:<13} {flags}")
        elif args.staff_command == "disable":
            directory.disable(args.username)
            print(f"disabled {args.username}")
        else:
            directory.set_on_duty(args.username, args.state == "on")
            print(f"{args.username} is {args.state} duty")
    except KeyError:
        print(f"no staff member {args.username!r}", file=sys.stderr)
        return 1
    except ValueError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    return 0
