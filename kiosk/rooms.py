"""Choosing a room for a booking line, by one clear rule a front-office manager can check:

1. the pre-assigned room, if it is ready;
2. otherwise a ready room of the booked type: vacant, in order, clean or inspected, and
   not promised to another booking that is arriving or staying;
3. among those: inspected before clean, then nearest the guest's preferred floor (when
   known), then the lowest floor, then the lowest room number.

No ready room: the guest is told honestly, with the housekeeping estimate when one exists.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from kiosk.db import Tx

READY = ("inspected", "clean")


@dataclass(frozen=True)
class RoomChoice:
    number: str
    floor: int
    wayfinding: str


def is_ready(room: dict[str, Any]) -> bool:
    return (not room["occupied"] and not room["out_of_order"]
            and room["housekeeping"] in READY)


def _promised(tx: Tx, today: date, except_booking: str) -> set[str]:
    """Rooms held for other bookings that are arriving today or staying now."""
    rows = tx.all(
        """SELECT br.room FROM booking_rooms br JOIN bookings b ON b.code = br.booking_code
           WHERE br.room IS NOT NULL AND b.code != ? AND b.status IN ('booked', 'checked_in')
             AND b.arrival <= ? AND b.departure > ?""",
        (except_booking, today.isoformat(), today.isoformat()),
    )
    return {r["room"] for r in rows}


def choose_room(tx: Tx, *, room_type: str, preassigned: str | None, floor_preference: int | None,
                today: date, booking: str, taken: set[str]) -> RoomChoice | None:
    """The room for one line of a booking, or None when no ready room exists."""
    if preassigned:
        row = tx.one("SELECT * FROM rooms WHERE number = ?", (preassigned,))
        if row is not None and is_ready(row) and preassigned not in taken:
            return RoomChoice(row["number"], row["floor"], row["wayfinding"])
    excluded = _promised(tx, today, booking) | taken
    rows = tx.all(
        "SELECT * FROM rooms WHERE type_code = ? AND occupied = 0 AND out_of_order = 0"
        " AND housekeeping IN ('inspected', 'clean')",
        (room_type,),
    )
    candidates = [r for r in rows if r["number"] not in excluded]
    if not candidates:
        return None

    def rank(r: dict[str, Any]) -> tuple[int, int, int, str]:
        distance = abs(r["floor"] - floor_preference) if floor_preference is not None else 0
        return (0 if r["housekeeping"] == "inspected" else 1, distance, r["floor"], r["number"])

    best = min(candidates, key=rank)
    return RoomChoice(best["number"], best["floor"], best["wayfinding"])


def minutes_until_ready(tx: Tx, room_type: str, now: datetime) -> int | None:
    """Housekeeping's estimate for the first room of this type that is being made ready."""
    rows = tx.all(
        "SELECT ready_at FROM rooms WHERE type_code = ? AND occupied = 0 AND out_of_order = 0"
        " AND housekeeping IN ('dirty', 'cleaning') AND ready_at IS NOT NULL",
        (room_type,),
    )
    times = []
    for r in rows:
        try:
            at = datetime.fromisoformat(r["ready_at"])
        except ValueError:
            continue
        if at.tzinfo is None:
            at = at.replace(tzinfo=now.tzinfo)
        times.append(at)
    if not times:
        return None
    return max(1, int((min(times) - now).total_seconds() // 60) + 1)
