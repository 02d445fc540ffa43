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
from typing import TYPE_CHECKING, Any

from kiosk.config import Config, ConfigError, find_config_file, load_config
from kiosk.db import Store, open_store
from kiosk.logs import setup_logging

if TYPE_CHECKING:
    from kiosk.staff import StaffDirectory

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
    badge = staff.add_parser(
        "badge", help="enrol the staff card on the staff reader (or --uid), or --remove it")
    badge.add_argument("username")
    how_badge = badge.add_mutually_exclusive_group()
    how_badge.add_argument("--uid", metavar="HEX",
                           help="the card's UID, e.g. 04A1B2C3D4E5F6 (a bench without a reader)")
    how_badge.add_argument("--remove", action="store_true", help="forget the member's card")
    badge.add_argument("--timeout", type=float, default=30.0, metavar="S",
                       help="seconds to wait for the card on the reader (default 30)")

    from kiosk import cli_keys, cli_listings, doctor, hub  # keys; listings; doctor; hub
    cli_keys.add_commands(sub)
    cli_listings.add_commands(sub)
    from kiosk import tiles
    tiles.add_commands(sub)
    table = sub.add_parser("table", help="run the smart table: homes on a map, tokens and chips")
    table.add_argument("--windowed", action="store_true", help="a window, not full screen")
    tour.add_argument("--table", action="store_true", help="also walk the smart table")
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
               "doctor": _doctor, "hub": _hub, "listings": _listings,
               "tiles": _tiles, "table": _table}[args.command]
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
    if args.table:
        from ui.table.tour import table_tour
        paths += table_tour(Path(args.out), args.lang, config)
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


def _tiles(args: argparse.Namespace, config: Config) -> int:
    from kiosk import tiles
    return tiles.handle(args, config.table.tiles)


def _table(args: argparse.Namespace, config: Config) -> int:
    store = _open(args, config)
    if not store.read().one("SELECT 1 AS x FROM listings LIMIT 1"):
        from kiosk.listings.demo import load_demo_listings
        load_demo_listings(store)
        print(f"demo listings loaded into {store.path}")
    if not _has_display():
        print("No display found: `kiosk table` needs a screen. "
              "Run `kiosk tour --table --out DIR` to see it headless.")
        return 3
    from ui.table.app import run_table
    return int(run_table(config, store, fullscreen=not args.windowed))


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
            carded = directory.badge_holders()
            if args.json:
                print(json.dumps([{"username": m.username, "name": m.display_name,
                                   "role": m.role.value, "on_duty": m.on_duty,
                                   "disabled": m.disabled, "badge": m.username in carded}
                                  for m in members], indent=2))
            for m in [] if args.json else members:
                flags = ", ".join(f for f, on in (("on duty", m.on_duty),
                                                   ("disabled", m.disabled),
                                                   ("staff card", m.username in carded)) if on)
                print(f"{m.username:<16} {m.display_name:<20} {m.role:<13} {flags}")
        elif args.staff_command == "disable":
            directory.disable(args.username)
            print(f"disabled {args.username}")
        elif args.staff_command == "badge":
            return _staff_badge(args, config, directory)
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


def _staff_badge(args: argparse.Namespace, config: Config, directory: StaffDirectory) -> int:
    """``kiosk staff badge``: enrol the card on the staff reader (or ``--uid``), or remove.
    The UID is never printed: with it, anyone could make a copy of the card."""
    username = args.username.strip().lower()
    if args.remove:
        removed = directory.remove_badge(username)
        print(f"staff card removed from {username}" if removed
              else f"{username} has no staff card")
        return 0
    directory.get(username)            # an unknown member fails before anyone taps a card
    if args.uid is not None:
        try:
            uid = bytes.fromhex(args.uid.replace(":", "").replace(" ", ""))
        except ValueError:
            message = f"--uid {args.uid!r}: expected hex digits, e.g. 04A1B2C3D4E5F6"
            raise ValueError(message) from None
    else:
        read = _read_badge(config, args.timeout)
        if isinstance(read, str):
            print(read, file=sys.stderr)
            return 1
        uid = read
    from kiosk.sitekey import load_site_key
    directory.enrol_badge(username, uid, load_site_key(config))
    print(f"staff card enrolled for {username}")
    return 0


def _read_badge(config: Config, timeout: float) -> bytes | str:
    """The UID of the card presented on the configured staff reader, or why there is none."""
    from devices import open_devices
    from kiosk.config import DevicesSection
    from kiosk.ports import Health

    url = config.devices.staff_reader
    if url.split(":", 1)[0] == "sim":
        return "the staff reader is simulated ([devices] staff_reader = \"sim:\"): " \
               "give the card's UID with --uid HEX"
    # Only the staff reader is opened: enrolling a card must not take the other devices.
    reader: Any = open_devices(DevicesSection(staff_reader=url)).staff_reader

    async def wait() -> bytes | str:
        try:
            status = await reader.probe()
            if status.status == Health.OFFLINE:
                return f"the staff reader at {url} is not available: {status.detail}"
            print(f"Hold the staff card on the reader ({timeout:g} s)...", flush=True)
            try:
                uid = bytes(await asyncio.wait_for(reader.next_badge(), timeout))
            except TimeoutError:
                return f"no card was seen on the staff reader in {timeout:g} s"
            return uid or "this card cannot be a staff card (its UID cannot be read)"
        finally:
            close = getattr(reader, "close", None)
            if close is not None:
                await close()
    return asyncio.run(wait())
