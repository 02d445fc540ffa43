"""Diagnostics for technicians: the device tests of the diagnostics screen, the recent log
lines, and the diagnostics bundle a technician takes away on a USB stick.

The bundle is what ``kiosk doctor --json`` reports, made from the *running* kiosk: device
health, counters and last errors come from its supervisor (the ports are in use, so they
are not opened a second time); the database and configuration checks are doctor's own
(``PRAGMA integrity_check``, schema, WAL, site key, paths); the configuration is redacted
by :func:`kiosk.redact.redact_config`; the log lines were redacted by
:class:`kiosk.logs.JsonFormatter` when they were written. No Qt here.
"""

from __future__ import annotations

import json
import logging
import os
import platform
import sqlite3
import sys
import threading
import zipfile
from collections import deque
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from importlib import metadata
from pathlib import Path
from typing import Any, Final

from kiosk import booking_code, keycard
from kiosk.clock import Clock
from kiosk.config import Config
from kiosk.db import Store
from kiosk.doctor import config_checks, database_checks
from kiosk.keys import current_generation
from kiosk.logs import JsonFormatter
from kiosk.ports import CardDispenser, CheckInSlip, Health, KeyEncoder, ReceiptPrinter
from kiosk.redact import redact_config

log = logging.getLogger("kiosk.diagnostics")

LOG_LINES: Final = 200
MEDIA_ROOTS: Final = (Path("/media"), Path("/run/media"))
FALLBACK_DIR: Final = "lobby-diagnostics"
# A test card opens no door: the code is outside the booking-code alphabet (no 0), the
# room does not exist, and it expires within minutes.
TEST_BOOKING: Final = "ZZTEST00"
TEST_ROOM: Final = "TEST"
TEST_CARD_MINUTES: Final = 10


# --- the log tail ----------------------------------------------------------------------------

class LogTail(logging.Handler):
    """The last ``size`` log lines as the journal gets them (JSON, personal data redacted).
    Drivers log from their own threads, so lines are kept under the handler's lock."""

    def __init__(self, size: int = LOG_LINES, level: int = logging.INFO) -> None:
        super().__init__(level)
        self.setFormatter(JsonFormatter())
        self._lines: deque[str] = deque(maxlen=size)
        self.version = 0          # bumps with every line: a screen redraws only on change

    def emit(self, record: logging.LogRecord) -> None:
        try:
            line = self.format(record)
        except Exception:
            self.handleError(record)
            return
        with self._tail_lock:
            self._lines.append(line)
            self.version += 1

    @property
    def _tail_lock(self) -> threading.RLock:
        assert self.lock is not None  # made by Handler.__init__
        return self.lock

    def lines(self) -> list[str]:
        with self._tail_lock:
            return list(self._lines)

    def attach(self, logger: logging.Logger | None = None) -> Callable[[], None]:
        """Listen to ``logger`` (the root logger); returns the function that stops it."""
        target = logger or logging.getLogger()
        previous = target.level
        target.addHandler(self)
        if previous == logging.NOTSET or previous > self.level:
            target.setLevel(self.level)

        def detach() -> None:
            target.removeHandler(self)
            target.setLevel(previous)
        return detach


# --- versions and the bundle -----------------------------------------------------------------

def versions(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """What runs here: Lobby, Python, SQLite, the OS; ``extra`` adds e.g. Qt's version."""
    try:
        lobby = metadata.version("lobby")
    except metadata.PackageNotFoundError:
        lobby = "unknown (not installed)"
    from kiosk.migrations import SCHEMA_VERSION

    return {"lobby": lobby, "python": sys.version.split()[0], "sqlite": sqlite3.sqlite_version,
            "schema": str(SCHEMA_VERSION), "platform": platform.platform(),
            **dict(extra or {})}


def report(config: Config, store: Store, devices: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """The same document as ``kiosk doctor --json``, with the supervisor's device rows."""
    database = database_checks(store)
    checks = config_checks(config, store)
    rows = [dict(d) for d in devices]
    everything = [str(r["status"]) for r in [*rows, *database, *checks]]
    return {
        "ok": all(s == Health.OK.value for s in everything),
        "devices": rows,
        "database": database,
        "config": {"source": config.source, "checks": checks,
                   "values": redact_config(config.model_dump(exclude={"source"}))},
    }


@dataclass(frozen=True)
class Bundle:
    path: Path
    members: tuple[str, ...]
    ok: bool                     # every check in the report was ok


def bundle_name(kiosk_id: str, now: datetime) -> str:
    safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in kiosk_id) or "kiosk"
    return f"lobby-diagnostics-{safe}-{now:%Y%m%d-%H%M%S}.zip"


def write_bundle(folder: Path, *, config: Config, store: Store,
                 devices: Sequence[Mapping[str, Any]], log_lines: Iterable[str],
                 versions_info: Mapping[str, str], now: datetime) -> Bundle:
    """Write the diagnostics zip into ``folder`` (made if missing) and return it. The file
    appears under its final name only when complete: a stick pulled out mid-way leaves no
    zip that looks whole."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    doc = report(config, store, devices)
    members: dict[str, str] = {
        "report.json": _json(doc),
        "versions.json": _json(dict(versions_info)),
        "config.json": _json({"source": config.source, "values": doc["config"]["values"]}),
        "devices.json": _json(doc["devices"]),
        "database.json": _json(doc["database"]),
        "log.jsonl": "".join(line.rstrip("\n") + "\n" for line in log_lines),
        "README.txt": _readme(config, now, doc["ok"]),
    }
    target = folder / bundle_name(config.kiosk.id, now)
    partial = target.with_name(target.name + ".part")
    try:
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            for name, text in members.items():
                zf.writestr(name, text)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    log.info("diagnostics bundle written", extra={"path": str(target)})
    return Bundle(target, tuple(members), bool(doc["ok"]))


def _json(data: Any) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n"


def _readme(config: Config, now: datetime, ok: bool) -> str:
    return (f"Lobby diagnostics bundle\nkiosk {config.kiosk.id} at {config.kiosk.location}"
            f" (site {config.kiosk.site})\nwritten {now.isoformat(timespec='seconds')}\n"
            f"all checks ok: {'yes' if ok else 'no'}\n\n"
            "report.json   as `kiosk doctor --json`: devices, database, configuration\n"
            "devices.json  health, model, firmware, port, counters, last errors per device\n"
            "database.json PRAGMA integrity_check, schema version, journal mode\n"
            "config.json   the configuration; secrets masked\n"
            "versions.json software versions\n"
            "log.jsonl     the last log lines (personal data redacted)\n")


def export_targets(*, media_roots: Iterable[Path] = MEDIA_ROOTS, configured: str = "",
                   home: Path | None = None) -> list[Path]:
    """Where a bundle can go, best first: each mounted USB stick (``/media/<label>``,
    ``/media/<user>/<label>``, ``/run/media/<user>/<label>``), then the configured folder,
    then ``~/lobby-diagnostics``."""
    sticks: list[Path] = []
    for root in media_roots:
        for path in _children(root):
            if os.path.ismount(path):
                sticks.append(path)
                continue
            sticks += [p for p in _children(path) if os.path.ismount(p)]
    usable = [p for p in sticks if os.access(p, os.W_OK)]
    folders = [Path(os.path.expanduser(configured))] if configured else []
    folders.append((home or Path.home()) / FALLBACK_DIR)
    return list(dict.fromkeys([*usable, *folders]))


def _children(path: Path) -> list[Path]:
    try:
        return sorted(p for p in path.iterdir() if p.is_dir())
    except OSError:
        return []


# --- device tests ----------------------------------------------------------------------------

@dataclass(frozen=True)
class CardCheck:
    """What a read card is, for a technician: the verifier's verdict and the credential's
    references (booking code, rooms), never a guest's name."""

    verdict: str
    reason: str
    booking: str = ""
    rooms: tuple[str, ...] = ()
    generation: int | None = None
    card_number: int | None = None
    valid_until: str = ""
    extra: dict[str, str] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def check_card(uid: bytes, data: bytes, *, site_key: bytes, site: str,
               store: Store) -> CardCheck:
    """Verify the bytes of a card against this site's key and the bookings' generations."""
    now = store.clock.now()
    result = keycard.verify(uid, data, site_key, now=now, site=site,
                            current_generation=lambda b: current_generation(store, b))
    cred = result.credential
    if cred is None:
        return CardCheck(str(result.verdict), result.reason)
    return CardCheck(str(result.verdict), result.reason,
                     booking=booking_code.display(cred.booking_code), rooms=cred.rooms,
                     generation=cred.generation, card_number=cred.card_number,
                     valid_until=cred.valid_until.astimezone(now.tzinfo).isoformat(
                         timespec="minutes"))


async def read_card(encoder: KeyEncoder, *, site_key: bytes, site: str,
                    store: Store) -> CardCheck:
    """The card at the key encoder, verified; ``no_card`` when none is there."""
    card = await encoder.read()
    if card is None:
        return CardCheck("no_card", "no card at the key encoder")
    return check_card(card.uid, card.data, site_key=site_key, site=site, store=store)


async def encode_test_card(dispenser: CardDispenser, encoder: KeyEncoder, *, site_key: bytes,
                           site: str, store: Store, clock: Clock) -> CardCheck:
    """Dispense a card to the encoder, write a test credential bound to it, read it back,
    verify it and present it at the gate (a card that fails goes to the reject bin). The
    credential opens no door: its booking and room do not exist and it expires soon."""
    await dispenser.to_encoder()
    card = await encoder.read()
    if card is None:
        return CardCheck("no_card", "no card reached the key encoder")
    now = clock.now()
    cred = keycard.KeyCredential(uid=card.uid, booking_code=TEST_BOOKING, generation=1,
                                 card_number=1, valid_from=now,
                                 valid_until=now + timedelta(minutes=TEST_CARD_MINUTES),
                                 site=site, rooms=(TEST_ROOM,))
    written = await encoder.write(keycard.encode(cred, site_key))
    result = check_card(written.uid, written.data, site_key=site_key, site=site, store=store)
    if result.verdict == keycard.Verdict.VALID.value:
        await dispenser.present()
    else:
        await dispenser.reject()
    return result


def sample_slip(hotel: str, kiosk_id: str, now: datetime) -> CheckInSlip:
    """The test page: the slip layout with nothing personal on it."""
    stamp = now.isoformat(timespec="seconds")
    return CheckInSlip(hotel=hotel, first_name="TEST", rooms=(TEST_ROOM,), floor="0",
                       wayfinding=f"Printer test, kiosk {kiosk_id}, {stamp}",
                       departure=now.date().isoformat(), checkout_until="12:00",
                       wifi_ssid="-", wifi_password="-", qr_text=f"lobby test {kiosk_id}")


async def print_test_page(printer: ReceiptPrinter, *, hotel: str, kiosk_id: str,
                          clock: Clock) -> None:
    await printer.print_slip(sample_slip(hotel, kiosk_id, clock.now()))
