"""Assisted mode's core: who may assist or diagnose, the staff's booking search, and new
key cards for a guest who is already checked in.

A staff member beside the guest unlocks these with their PIN or their staff card
(:func:`may_open` says which proof opens which tool). The screen calls these functions;
each action is written to the audit log by the caller (:mod:`kiosk.audit`). No Qt here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from datetime import date, datetime, time
from enum import StrEnum
from typing import Any, Final

from kiosk import booking_code, bookings
from kiosk.db import Tx
from kiosk.errors import LobbyError
from kiosk.keys import IssuedCard, KeyIssuer
from kiosk.staff import Role, StaffMember
from kiosk.text import name_key

ASSIST_ROLES: Final = frozenset({Role.STAFF, Role.DUTY_MANAGER})
DIAGNOSTICS_ROLES: Final = frozenset({Role.TECHNICIAN, Role.DUTY_MANAGER})
SEARCH_LIMIT: Final = 12
_DATE_DMY = re.compile(r"^\s*(\d{1,2})[./-](\d{1,2})[./-](\d{4})\s*$")


class NotCheckedIn(LobbyError):
    """New key cards are made only for a booking that is checked in."""

    message_id = "reissue_not_checked_in"


class NoRoomAssigned(LobbyError):
    message_id = "reissue_no_room"


class Proof(StrEnum):
    """How a staff member showed who they are at the kiosk."""

    PIN = "pin"        # staff ID and PIN (or password): something they know
    BADGE = "badge"    # their staff card: something they have


class Tool(StrEnum):
    ASSIST = "assist"
    DIAGNOSTICS = "diagnostics"


def may_assist(member: StaffMember) -> bool:
    return not member.disabled and member.role in ASSIST_ROLES


def may_diagnose(member: StaffMember) -> bool:
    return not member.disabled and member.role in DIAGNOSTICS_ROLES


def may_open(member: StaffMember, tool: Tool, proofs: Collection[Proof]) -> bool:
    """Whether ``member``, having shown ``proofs``, may open ``tool``.

    A card alone opens assisted mode: a colleague is beside the guest and every action is
    in the audit log. Diagnostics reaches every device, the logs and the bundle export, so
    it always needs the PIN as well: a lost or lent card must not be enough."""
    if tool is Tool.ASSIST:
        return may_assist(member) and bool({Proof.PIN, Proof.BADGE} & set(proofs))
    return may_diagnose(member) and Proof.PIN in proofs


def pin_still_needed(member: StaffMember, proofs: Collection[Proof]) -> bool:
    """The member's role opens diagnostics, but what they showed does not yet."""
    return may_diagnose(member) and not may_open(member, Tool.DIAGNOSTICS, proofs)


def parse_day(text: str) -> date | None:
    """'2026-11-25' or '25.11.2026' (also with / or -); None when it is not a date."""
    text = text.strip()
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    m = _DATE_DMY.match(text)
    if m is None:
        return None
    try:
        return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    except ValueError:
        return None


def search_bookings(tx: Tx, query: str, today: date, *,
                    limit: int = SEARCH_LIMIT) -> list[bookings.FoundBooking]:
    """Bookings matching ``query`` in any field staff may type: the booking code (whole or
    its start), the surname (folded, so 'jarvinen' finds 'Järvinen'), the e-mail address,
    or an arrival date. Bookings arriving nearest to today come first."""
    query = query.strip()
    if len(query) < 2:
        return []
    clauses: list[str] = []
    params: list[Any] = []
    day = parse_day(query)
    if day is not None:
        clauses.append("b.arrival = ?")
        params.append(day.isoformat())
    if "@" in query:
        clauses.append("lower(g.email) = lower(?)")
        params.append(query)
    code = booking_code.normalise(query)
    if len(code) >= 3 and code.isalnum():
        clauses.append("b.code LIKE ?")
        params.append(code + "%")
    key = name_key(query)
    if key and day is None and "@" not in query:
        clauses.append("g.last_name_key = ? OR g.last_name_key LIKE ?")
        params += [key, key + "%"]
    if not clauses:
        return []
    rows = tx.all(
        bookings._BOOKING_SQL + " WHERE " + " OR ".join(f"({c})" for c in clauses)
        + " ORDER BY abs(julianday(b.arrival) - julianday(?)), b.arrival, b.code LIMIT ?",
        (*params, today.isoformat(), limit))
    return [bookings._found(r) for r in rows]


async def reissue_keys(keys: KeyIssuer, tx: Tx, code: str, cards_per_room: int, *,
                       now: datetime, checkout_until: str,
                       progress: Callable[[int, int], None] | None = None
                       ) -> list[IssuedCard]:
    """New key cards for a checked-in booking (lost or dead card): a new key generation,
    so every earlier card of the booking stops opening the door."""
    found = bookings.by_code(tx, code, now.date())
    if found.status != "checked_in":
        raise NotCheckedIn(f"booking is {found.status}")
    rooms = [str(line["room"]) for line in bookings.room_lines(tx, found.code) if line["room"]]
    if not rooms:
        raise NoRoomAssigned("the booking has no room assigned")
    h, m = (int(p) for p in checkout_until.split(":"))
    valid_until = datetime.combine(found.departure, time(h, m), now.tzinfo)
    return await keys.issue(found.code, rooms, cards_per_room, now, valid_until,
                            progress=progress)
