"""The demo hotel: Hotel Aurora Helsinki with ~120 rooms and ~300 bookings "around today".

``assets/demo/hotel.json`` and ``assets/demo/reservations.json`` are written by
``scripts/make_demo_data.py`` (fixed seed); dates there are day offsets from the day the
demo is loaded, so the demo never goes stale. The showcase bookings below are the ones
the guided tour, the self-test and the tests refer to by name.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any, Final

from kiosk.db import Store, Tx
from kiosk.guests import find_or_create_guest

DEMO_DIR: Final = Path(__file__).resolve().parent.parent / "assets" / "demo"

# Showcase bookings (normalised codes). All arrive today at HEL01 unless said otherwise.
# Finnish guest, one double room, ready rooms exist, pays at the kiosk.
DEMO_SIMPLE: Final = "AURA2345"
# Austrian guest with a passport (DEMO_FOREIGN_MRZ), German-speaking; one double room.
DEMO_FOREIGN: Final = "PASS7246"
# One booking, two rooms: a family room (2 adults, 2 children) and a double room.
DEMO_MULTIROOM: Final = "MANY3456"
# Returning guest: three earlier checked-out stays with full details, prefers floor 5.
DEMO_RETURNING: Final = "BACK2468"
# Two different guests surnamed Järvinen arrive today: a surname look-up finds both.
DEMO_SAME_NAME_A: Final = "JARV2345"
DEMO_SAME_NAME_B: Final = "JARV6789"
# A suite: every suite is occupied or being cleaned, so "no room ready" with an estimate.
DEMO_SUITE: Final = "SUTE7859"
# Arrives in three days: too early to check in.
DEMO_FUTURE: Final = "NEXT4567"
# Cancelled booking with arrival today.
DEMO_CANCELLED: Final = "CANC9876"
# Already checked in yesterday; the guest is in-house with an assigned, occupied room.
DEMO_CHECKED_IN: Final = "HERE5678"
# Booked at the Turku hotel (site TKU01), arriving today.
DEMO_OTHER_HOTEL: Final = "TURK6543"
# Prepaid, one single room: nothing to charge but the incidentals hold.
DEMO_PREPAID: Final = "PAYD3579"
# Chinese guest stored as 王 (first name 秀英); typing "Wang" finds her.
DEMO_CJK: Final = "WANG8888"

# ICAO 9303 TD3 machine-readable zone of DEMO_FOREIGN's passport (made with mrz's
# TD3CodeGenerator by scripts/make_demo_data.py; check digits are valid).
DEMO_FOREIGN_MRZ: Final = (
    "P<AUTGRUBER<<KATHARINA<MARIA<<<<<<<<<<<<<<<<\n"
    "U7359246<4AUT8604172F3309298<<<<<<<<<<<<<<02"
)

SHOWCASE: Final[dict[str, str]] = {
    "DEMO_SIMPLE": DEMO_SIMPLE,
    "DEMO_FOREIGN": DEMO_FOREIGN,
    "DEMO_MULTIROOM": DEMO_MULTIROOM,
    "DEMO_RETURNING": DEMO_RETURNING,
    "DEMO_SAME_NAME_A": DEMO_SAME_NAME_A,
    "DEMO_SAME_NAME_B": DEMO_SAME_NAME_B,
    "DEMO_SUITE": DEMO_SUITE,
    "DEMO_FUTURE": DEMO_FUTURE,
    "DEMO_CANCELLED": DEMO_CANCELLED,
    "DEMO_CHECKED_IN": DEMO_CHECKED_IN,
    "DEMO_OTHER_HOTEL": DEMO_OTHER_HOTEL,
    "DEMO_PREPAID": DEMO_PREPAID,
    "DEMO_CJK": DEMO_CJK,
}

# A housekeeping estimate never runs past the load day: the demo promises "today".
_LATEST_ESTIMATE: Final = time(23, 59)


class DatabaseNotEmpty(RuntimeError):
    """The demo only loads into an empty database, so it never mixes with real bookings."""


@dataclass(frozen=True)
class DemoReport:
    """What load_demo inserted."""

    room_types: int
    rooms: int
    occupied_rooms: int
    guests: int
    bookings: int
    booking_rooms: int

    def as_json(self) -> dict[str, int]:
        return asdict(self)


def _require_empty(tx: Tx) -> None:
    found = []
    for table in ("bookings", "guests", "rooms", "room_types"):
        row = tx.one(f"SELECT count(*) AS n FROM {table}")
        if row and row["n"]:
            found.append(f"{row['n']} {table}")
    if found:
        raise DatabaseNotEmpty(
            f"the database already holds {', '.join(found)}; the demo loads only into an "
            "empty database (use a new database file)"
        )


def _ready_at(now: datetime, today: date, minutes: int) -> str:
    """Housekeeping's estimate, ``minutes`` from now, kept on the load day."""
    base = now if now.date() == today else datetime.combine(today, time(12, 0), now.tzinfo)
    latest = max(base, datetime.combine(today, _LATEST_ESTIMATE, base.tzinfo))
    return min(base + timedelta(minutes=minutes), latest).isoformat(timespec="seconds")


def read_demo_files(assets: Path = DEMO_DIR) -> tuple[dict[str, Any], dict[str, Any]]:
    """The parsed hotel.json and reservations.json."""
    hotel = json.loads((assets / "hotel.json").read_text(encoding="utf-8"))
    reservations = json.loads((assets / "reservations.json").read_text(encoding="utf-8"))
    return hotel, reservations


def load_demo(store: Store, today: date, site: str = "HEL01", *,
              assets: Path = DEMO_DIR) -> DemoReport:
    """Load the demo hotel and its bookings into an empty database, in one transaction.

    Booking dates are ``today`` plus the offsets in the files; rooms of checked-in
    bookings are occupied; rooms being cleaned get a ready estimate on ``today``.
    Bookings of the demo's own hotel get ``site``. Raises DatabaseNotEmpty when the
    database already holds bookings, guests or rooms.
    """
    hotel, reservations = read_demo_files(assets)
    bookings: list[dict[str, Any]] = reservations["bookings"]
    now = store.clock.now()
    stamp = store.clock.now_iso()
    occupied = {line["room"] for b in bookings if b["status"] == "checked_in"
                for line in b["rooms"] if line.get("room")}

    with store.transaction() as tx:
        _require_empty(tx)
        tx.conn.executemany(
            "INSERT INTO room_types (code, name, capacity, rate_cents, description)"
            " VALUES (:code, :name, :capacity, :rate_cents, :description)",
            hotel["room_types"],
        )
        tx.conn.executemany(
            "INSERT INTO rooms (number, floor, type_code, housekeeping, occupied, out_of_order,"
            " ready_at, wayfinding) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (r["number"], r["floor"], r["type"], r["housekeeping"],
                 int(r["number"] in occupied), int(r.get("out_of_order", False)),
                 _ready_at(now, today, r["ready_in_minutes"])
                 if r.get("ready_in_minutes") is not None else None,
                 r["wayfinding"])
                for r in hotel["rooms"]
            ],
        )
        booking_rows: list[tuple[Any, ...]] = []
        line_rows: list[tuple[Any, ...]] = []
        for b in bookings:
            guest_id = find_or_create_guest(tx, **b["guest"])
            arrival = today + timedelta(days=b["arrival_offset"])
            departure = arrival + timedelta(days=b["nights"])
            booking_rows.append((
                b["code"], b.get("site") or site, guest_id, arrival.isoformat(),
                departure.isoformat(), b["status"], int(b["prepaid"]), b.get("notes", ""),
                stamp, stamp,
            ))
            line_rows.extend(
                (b["code"], position, line["room_type"], line["adults"], line["children"],
                 line.get("room"))
                for position, line in enumerate(b["rooms"], start=1)
            )
        tx.conn.executemany(
            "INSERT INTO bookings (code, site, guest_id, arrival, departure, status, prepaid,"
            " notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            booking_rows,
        )
        tx.conn.executemany(
            "INSERT INTO booking_rooms (booking_code, position, room_type, adults, children,"
            " room) VALUES (?, ?, ?, ?, ?, ?)",
            line_rows,
        )
        guests = tx.one("SELECT count(*) AS n FROM guests")
        report = DemoReport(
            room_types=len(hotel["room_types"]),
            rooms=len(hotel["rooms"]),
            occupied_rooms=len(occupied),
            guests=int(guests["n"]) if guests else 0,
            bookings=len(booking_rows),
            booking_rooms=len(line_rows),
        )
        tx.emit("demo.loaded", report.as_json())
    return report
