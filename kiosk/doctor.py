"""`kiosk doctor [--json]`: what a technician checks first.

Every configured device is opened and probed once (``ok`` / ``degraded`` / ``offline``
with the reason), the database is checked (``PRAGMA integrity_check``, schema version,
WAL) and so is the configuration (site key available, paths exist). The configuration
is shown redacted by ``kiosk.redact.redact_config``. Exit status 0 only if every check
is ok, so a service check or a script can rely on it.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import sys
from collections.abc import Sequence
from dataclasses import fields
from pathlib import Path
from typing import Any

from kiosk.config import Config, DevicesSection
from kiosk.db import Store
from kiosk.ports import Health
from kiosk.redact import redact_config
from kiosk.supervisor import Supervisor

MIN_SITE_KEY = 16


def add_command(subparsers: Any) -> None:
    """Register ``doctor`` on the CLI's subparsers."""
    _options(subparsers.add_parser("doctor",
                                   help="check devices, database and configuration"))


def _options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help="one JSON document on stdout")
    p.add_argument("--timeout", type=float, default=10.0, metavar="S",
                   help="seconds allowed for each device check (default 10)")


def run(args: argparse.Namespace, config: Config, store: Store) -> int:
    """Run every check, print the report; 0 if all are ok, else 1."""
    report = asyncio.run(diagnose(config, store, timeout=args.timeout))
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False, default=str))
    else:
        print(_text(report))
    return 0 if report["ok"] else 1


async def diagnose(config: Config, store: Store, *, timeout: float = 10.0) -> dict[str, Any]:
    """The whole report as JSON-ready data."""
    devices, closers = _open_devices(config.devices)
    supervisor = Supervisor(devices, clock=store.clock, probe_timeout=timeout)
    try:
        await supervisor.check_all()
    finally:
        for close in closers:
            # A device that fails to close changes nothing in the report.
            with contextlib.suppress(Exception):
                await close()
    device_rows = supervisor.snapshot()
    database = database_checks(store)
    config_rows = config_checks(config, store)
    everything = [r["status"] for r in device_rows + database + config_rows]
    return {
        "ok": all(s == Health.OK.value for s in everything),
        "devices": device_rows,
        "database": database,
        "config": {"source": config.source, "checks": config_rows,
                   "values": redact_config(config.model_dump(exclude={"source"}))},
    }


def _open_devices(section: DevicesSection) -> tuple[dict[str, Any], list[Any]]:
    """Open each device on its own, so one bad URL shows as that device's problem."""
    from devices import Devices, open_devices  # the composition side; kiosk stays below it

    opened: dict[str, Any] = {}
    closers: list[Any] = []
    for f in fields(Devices):
        url = getattr(section, f.name)
        try:
            device = getattr(open_devices(DevicesSection(**{f.name: url})), f.name)
        except Exception as exc:  # a URL or driver error is reported, not raised
            device = _Unopenable(f.name, url, exc)
        opened[f.name] = device
        close = getattr(device, "close", None)
        if close is not None and asyncio.iscoroutinefunction(close):
            closers.append(close)
    return opened, closers


class _Unopenable:
    """Stands for a device whose URL or driver could not even be set up."""

    driver = "none"

    def __init__(self, name: str, url: str, exc: Exception) -> None:
        self._detail = f"cannot open {url!r}: {exc}"
        self._name = name

    async def probe(self) -> Any:
        from kiosk.ports import DeviceStatus
        return DeviceStatus(self._name, self._name, self.driver, Health.OFFLINE, self._detail)


def _row(name: str, health: Health, detail: str) -> dict[str, str]:
    return {"name": name, "status": health.value, "detail": detail}


def database_checks(store: Store) -> list[dict[str, str]]:
    from kiosk.migrations import SCHEMA_VERSION

    rows = []
    try:
        result = [r[0] for r in store.conn.execute("PRAGMA integrity_check").fetchall()]
        rows.append(_row("integrity", Health.OK, "ok") if result == ["ok"] else
                    _row("integrity", Health.OFFLINE, "; ".join(map(str, result[:5]))))
        version = int(store.conn.execute("PRAGMA user_version").fetchone()[0])
        rows.append(_row("schema version", Health.OK, f"{version} (current)")
                    if version == SCHEMA_VERSION else
                    _row("schema version", Health.OFFLINE,
                         f"{version}, this program expects {SCHEMA_VERSION}"))
        mode = str(store.conn.execute("PRAGMA journal_mode").fetchone()[0])
        rows.append(_row("journal mode", Health.OK if mode == "wal" else Health.DEGRADED,
                         mode))
    except Exception as exc:  # a damaged file can fail any statement
        rows.append(_row("database", Health.OFFLINE, f"{type(exc).__name__}: {exc}"))
    return rows


def config_checks(config: Config, store: Store) -> list[dict[str, str]]:
    rows = [_site_key(config)]
    db = Path(store.path)
    rows.append(_row("database path", Health.OK if db.exists() else Health.OFFLINE,
                     str(db) if db.exists() else f"{db} does not exist"))
    if config.source != "(embedded defaults)":
        source = Path(config.source)
        rows.append(_row("config file", Health.OK if source.exists() else Health.OFFLINE,
                         str(source)))
    return rows


def _site_key(config: Config) -> dict[str, str]:
    """Where the site key would come from; never reads it into the report, never makes one."""
    keys = config.keys
    if keys.site_key_file:
        path = Path(os.path.expanduser(keys.site_key_file))
        if not path.is_file():
            return _row("site key", Health.OFFLINE, f"keys.site_key_file {path} is missing")
        try:
            size = len(path.read_bytes().strip())
        except OSError as exc:
            return _row("site key", Health.OFFLINE, f"{path}: {exc.strerror}")
        return (_row("site key", Health.OK, f"from {path}") if size >= MIN_SITE_KEY else
                _row("site key", Health.OFFLINE, f"{path}: shorter than {MIN_SITE_KEY} bytes"))
    value = os.environ.get(keys.site_key_env, "")
    if value:
        return (_row("site key", Health.OK, f"from ${keys.site_key_env}")
                if len(value.encode()) >= MIN_SITE_KEY else
                _row("site key", Health.OFFLINE,
                     f"${keys.site_key_env} is shorter than {MIN_SITE_KEY} bytes"))
    local = config.database_path().parent / "site.key"
    if local.is_file():
        return _row("site key", Health.OK, f"{local} (made by this kiosk)")
    return _row("site key", Health.DEGRADED,
                f"none yet: set keys.site_key_file or ${keys.site_key_env}; otherwise a random "
                f"key is made at {local} on first use and no other kiosk shares it")


def _text(report: dict[str, Any]) -> str:
    lines = ["devices"]
    for d in report["devices"]:
        lines.append(f"  {d['status']:<9} {d['name']:<16} {d['driver']:<8} {d['detail']}")
    lines.append("database")
    lines += [f"  {r['status']:<9} {r['name']:<16} {r['detail']}" for r in report["database"]]
    lines.append(f"config ({report['config']['source']})")
    lines += [f"  {r['status']:<9} {r['name']:<16} {r['detail']}"
              for r in report["config"]["checks"]]
    for section, values in report["config"]["values"].items():
        if isinstance(values, dict):
            lines += [f"    [{section}] {k} = {v!r}" for k, v in values.items()]
    problems = sum(1 for group in (report["devices"], report["database"],
                                   report["config"]["checks"])
                   for r in group if r["status"] != Health.OK.value)
    lines.append("kiosk doctor: all ok" if report["ok"] else
                 f"kiosk doctor: {problems} problem(s)")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m kiosk.doctor [--db PATH] [--config FILE] [--json]``: the same report
    before (or without) the ``kiosk doctor`` wiring in kiosk/cli.py."""
    from kiosk.config import ConfigError, find_config_file, load_config
    from kiosk.db import open_store
    from kiosk.logs import setup_logging

    parser = argparse.ArgumentParser(prog="python -m kiosk.doctor")
    parser.add_argument("--db", metavar="PATH")
    parser.add_argument("--config", metavar="FILE")
    _options(parser)
    args = parser.parse_args(argv)
    setup_logging()
    try:
        config = load_config(find_config_file(args.config))
    except ConfigError as exc:
        print(f"configuration error:\n{exc}", file=sys.stderr)
        return 2
    if args.db:
        config = config.model_copy(update={"database": config.database.model_copy(
            update={"path": str(Path(args.db).resolve())})})
    return run(args, config, open_store(config.database_path()))


if __name__ == "__main__":
    raise SystemExit(main())
