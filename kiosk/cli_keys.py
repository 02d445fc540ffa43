"""`kiosk keys`: verify the card at the key encoder; encode key cards at the bench.

    kiosk keys verify [--json]
    kiosk keys encode --room ROOM --booking CODE [--cards N]

Wired into ``kiosk/cli.py`` by :func:`add_commands` and :func:`handle`. ``verify`` exits 0
only for a card that opens a room now; 1 for any other card or no card; 3 when the reader
failed. ``encode`` exits 0 when every card was written, read back and verified.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from datetime import datetime, time
from typing import Any

from kiosk import booking_code, keycard
from kiosk.config import Config
from kiosk.db import Store
from kiosk.errors import DeviceFault, KeyEncodingFailed, LobbyError
from kiosk.ports import Card, KeyEncoder

EXIT_VALID, EXIT_NOT_VALID, EXIT_READER = 0, 1, 3


def add_commands(subparsers: Any) -> None:
    """Add ``keys verify`` and ``keys encode`` to the kiosk's subcommands."""
    keys = subparsers.add_parser("keys", help="verify and encode key cards").add_subparsers(
        dest="keys_command", required=True, metavar="ACTION")
    verify = keys.add_parser(
        "verify", help="read the card at the key encoder and say whether it opens a room",
        description="Exit status: 0 a valid key; 1 any other card, or no card; 3 the reader "
                    "failed.")
    verify.add_argument("--json", action="store_true",
                        help="print {verdict, reason, rooms, valid_until, booking, ...}")
    encode = keys.add_parser(
        "encode", help="encode key cards for a booking checked in or arriving today (bench)")
    encode.add_argument("--room", required=True, metavar="ROOM")
    encode.add_argument("--booking", required=True, metavar="CODE")
    encode.add_argument("--cards", type=int, default=1, metavar="N",
                        help="cards for the room (default 1)")


def handle(args: argparse.Namespace, config: Config, store: Store) -> int:
    """Run ``kiosk keys ...``; returns the exit status."""
    from kiosk.sitekey import load_site_key

    site_key = load_site_key(config)
    if args.keys_command == "verify":
        return asyncio.run(_verify(config, store, site_key, as_json=args.json))
    return asyncio.run(_encode(args, config, store, site_key))


def _key_encoder(config: Config, site_key: bytes) -> KeyEncoder:
    """Only the key encoder: verifying a card must not depend on the printer being there."""
    url = config.devices.key_encoder
    if url.split(":", 1)[0] == "sim":
        from devices.sim import SimCardPath, SimKeyEncoder
        return SimKeyEncoder(SimCardPath())
    from devices.nfc import open_key_encoder
    return open_key_encoder(url, site_key=site_key)


async def _close(device: object) -> None:
    close = getattr(device, "close", None)
    if callable(close):
        result = close()
        if asyncio.iscoroutine(result):
            await result


# --- verify -----------------------------------------------------------------------------------

async def _verify(config: Config, store: Store, site_key: bytes, *, as_json: bool) -> int:
    encoder = _key_encoder(config, site_key)
    card: Card | None = None
    try:
        card = await encoder.read()
    except DeviceFault as exc:
        from devices.nfc import ForeignCard
        if not isinstance(exc, ForeignCard):
            return _report({"verdict": "reader_error", "reason": exc.detail or str(exc)},
                           as_json, EXIT_READER)
        return _report({"verdict": str(keycard.Verdict.FOREIGN), "reason": exc.detail},
                       as_json, EXIT_NOT_VALID)
    finally:
        await _close(encoder)
    if card is None:
        return _report({"verdict": "no_card", "reason": "no card at the key encoder"},
                       as_json, EXIT_NOT_VALID)

    from kiosk.keys import current_generation
    now = store.clock.now()
    result = keycard.verify(card.uid, card.data, site_key, now=now, site=config.kiosk.site,
                            current_generation=lambda booking: current_generation(store,
                                                                                  booking))
    report: dict[str, Any] = {"verdict": str(result.verdict),
                              "reason": _reason(result, card)}
    cred = result.credential
    tz = now.tzinfo
    report.update({
        "rooms": list(cred.rooms) if cred else [],
        "valid_from": cred.valid_from.astimezone(tz).isoformat() if cred else None,
        "valid_until": cred.valid_until.astimezone(tz).isoformat() if cred else None,
        "booking": booking_code.display(cred.booking_code) if cred else None,
        "generation": cred.generation if cred else None,
        "card_number": cred.card_number if cred else None,
        "card": {"product": getattr(card, "product", ""),
                 "protected": bool(getattr(card, "protected", False))},
    })
    ok = result.verdict == keycard.Verdict.VALID
    return _report(report, as_json, EXIT_VALID if ok else EXIT_NOT_VALID)


def _reason(result: keycard.Verification, card: Card) -> str:
    content = getattr(card, "content", "")
    if result.verdict == keycard.Verdict.FOREIGN and content == "ndef":
        return "another system's NDEF data, not a Lobby key"
    if result.verdict == keycard.Verdict.FOREIGN and content == "raw":
        return "data that is not NDEF, not a Lobby key"
    return result.reason


def _report(report: dict[str, Any], as_json: bool, status: int) -> int:
    if as_json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return status
    stream = sys.stdout if status != EXIT_READER else sys.stderr
    print(f"{report['verdict']}: {report['reason']}", file=stream)
    if report.get("booking"):
        print(f"  booking {report['booking']}, rooms {', '.join(report['rooms'])}, "
              f"card {report['card_number']} of key generation {report['generation']}")
        print(f"  valid {report['valid_from']} to {report['valid_until']}")
    card = report.get("card")
    if card and card["product"]:
        print(f"  card: {card['product']}"
              + (", write-protected" if card["protected"] else ", not write-protected"))
    return status


# --- encode -----------------------------------------------------------------------------------

async def _encode(args: argparse.Namespace, config: Config, store: Store,
                  site_key: bytes) -> int:
    try:
        booking, valid_until = _check_encode(args, config, store)
    except LobbyError as exc:
        print(f"{exc.message_id}: {exc.detail}", file=sys.stderr)
        return EXIT_NOT_VALID
    except ValueError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_NOT_VALID

    from devices import open_devices
    from kiosk.keys import KeyIssuer

    devices = open_devices(config.devices)
    encoder = devices.key_encoder
    use_site_key = getattr(encoder, "use_site_key", None)
    if callable(use_site_key):
        use_site_key(site_key)
    issuer = KeyIssuer(store, encoder, devices.dispenser, site_key, config.kiosk.site,
                       store.clock)
    try:
        issued = await issuer.issue(booking, [args.room], args.cards, store.clock.now(),
                                    valid_until)
    except LobbyError as exc:
        print(f"{exc.message_id}: {exc.detail}", file=sys.stderr)
        reader_failed = isinstance(exc, DeviceFault) and not isinstance(exc, KeyEncodingFailed)
        return EXIT_READER if reader_failed else EXIT_NOT_VALID
    finally:
        await _close(encoder)
    written = issuer.last_written
    product = getattr(written, "product", "") if written else ""
    for card in issued:
        print(f"card {card.card_number}: room {card.room}, booking "
              f"{booking_code.display(booking)}, key generation {card.generation}: valid"
              + (f" ({product})" if product else ""))
    print(f"valid until {valid_until.isoformat()}; {issuer.encode_failures} card(s) rejected")
    return EXIT_VALID


def _check_encode(args: argparse.Namespace, config: Config,
                  store: Store) -> tuple[str, datetime]:
    """The booking's code and the keys' end of validity; raises with the reason why not."""
    from kiosk import bookings

    today = store.clock.today()
    found = bookings.by_code(store.read(), args.booking, today)
    if found.site != config.kiosk.site:
        raise ValueError(f"booking {booking_code.display(found.code)} belongs to site "
                         f"{found.site}, this kiosk is {config.kiosk.site}")
    arriving = found.status == "booked" and found.arrival == today
    if found.status != "checked_in" and not arriving:
        raise ValueError(f"booking {booking_code.display(found.code)} is {found.status}, "
                         f"arrival {found.arrival}: keys are encoded only for a booking "
                         "checked in or arriving today")
    if store.read().one("SELECT number FROM rooms WHERE number = ?", (args.room,)) is None:
        raise ValueError(f"no room {args.room!r} in this hotel")
    assigned = {line["room"] for line in bookings.room_lines(store.read(), found.code)
                if line["room"]}
    if assigned and args.room not in assigned:
        raise ValueError(f"room {args.room} is not assigned to booking "
                         f"{booking_code.display(found.code)} (its rooms: "
                         f"{', '.join(sorted(assigned))})")
    if not 1 <= args.cards <= config.keys.max_cards:
        raise ValueError(f"--cards must be 1..{config.keys.max_cards}")
    h, m = (int(p) for p in config.hotel.checkout_until.split(":"))
    valid_until = datetime.combine(found.departure, time(h, m), store.clock.now().tzinfo)
    return found.code, valid_until


def main(argv: list[str] | None = None) -> int:
    """``python -m kiosk.cli_keys [--db PATH] [--config FILE] keys ...``: the same commands
    before they are wired into ``kiosk`` (and for scripts that need nothing else)."""
    from pathlib import Path

    from kiosk.config import ConfigError, find_config_file, load_config
    from kiosk.db import open_store

    p = argparse.ArgumentParser(prog="kiosk")
    p.add_argument("--db", metavar="PATH")
    p.add_argument("--config", metavar="FILE")
    add_commands(p.add_subparsers(dest="command", required=True, metavar="COMMAND"))
    args = p.parse_args(argv)
    try:
        config = load_config(find_config_file(args.config))
    except ConfigError as exc:
        print(f"configuration error:\n{exc}", file=sys.stderr)
        return 2
    store = open_store(Path(args.db) if args.db else config.database_path())
    try:
        return handle(args, config, store)
    finally:
        store.close()


if __name__ == "__main__":
    sys.exit(main())
