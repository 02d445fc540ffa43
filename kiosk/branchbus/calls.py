"""A call's state across the branch: the kiosk owns its calls, the hub keeps a copy.

Messages carry *states*, not deltas, and states only move forward (requested → offered →
accepted → arrived → resolved; cancelled ends it too). Applying the same or an older state
again changes nothing, so duplicates, replays after an outage and re-syncs are all safe.

- The hub ingests a kiosk's call state into its copy (creating it on first sight), and
  learns whether the kiosk is behind (then it re-sends its own state as a command).
- A kiosk applies the hub's state of one of its calls by walking it forward through the
  normal :class:`StaffCalls` transitions, so its own events (and the guest's screen)
  follow exactly as if the staff member had tapped on the kiosk.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final

from kiosk.db import Store
from kiosk.staff import StaffDirectory, StaffMember
from kiosk.staffcall import CallNotOpen, CallState, StaffCall, StaffCalls

log = logging.getLogger("kiosk.branchbus")

RANK: Final = {CallState.REQUESTED: 0, CallState.OFFERED: 1, CallState.ACCEPTED: 2,
               CallState.ARRIVED: 3, CallState.RESOLVED: 4, CallState.CANCELLED: 4}
CLOSED: Final = frozenset({CallState.RESOLVED, CallState.CANCELLED})
_USERNAME = re.compile(r"^[a-z0-9][a-z0-9.-]{0,39}$")


def _str(value: object, limit: int) -> str:
    return value[:limit] if isinstance(value, str) else ""


def _int(value: object, low: int, high: int) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        return None
    return value


def parse_call(data: object) -> StaffCall | None:
    """A call state from the network (``StaffCall.as_json``), checked; None if unusable."""
    if not isinstance(data, Mapping):
        return None
    call_id, created_at = _int(data.get("id"), 1, 2**62), _str(data.get("created_at"), 40)
    try:
        status = CallState(str(data.get("status")))
        datetime.fromisoformat(created_at)
    except ValueError:
        return None
    if call_id is None:
        return None
    priority = _str(data.get("priority"), 20)
    return StaffCall(
        id=call_id, kiosk=_str(data.get("kiosk"), 64), location=_str(data.get("location"), 120),
        screen=_str(data.get("screen"), 40), reason=_str(data.get("reason"), 60),
        language=_str(data.get("language"), 8),
        priority=priority if priority in StaffCalls.PRIORITIES else "guest",
        state=status, level=_int(data.get("level"), 0, 9) or 0, created_at=created_at,
        staff_name=_str(data.get("staff_name"), 60) or None,
        eta_minutes=_int(data.get("eta_minutes"), 0, 60),
        accepted_at=_str(data.get("accepted_at"), 40) or None,
        arrived_at=_str(data.get("arrived_at"), 40) or None,
        resolved_at=_str(data.get("resolved_at"), 40) or None,
        outcome=_str(data.get("outcome"), 40) or None)


@dataclass(frozen=True)
class Command:
    """The hub's state of one kiosk call: what the kiosk should catch up to."""

    call: int                 # the kiosk's own call id
    created_at: str           # must match the kiosk's call (guards against reused ids)
    status: CallState
    staff_username: str | None
    staff_name: str | None
    eta_minutes: int | None
    outcome: str | None
    arrived: bool             # the staff member reached the guest (before resolving)

    def as_json(self) -> dict[str, Any]:
        staff = ({"username": self.staff_username, "name": self.staff_name}
                 if self.staff_username else None)
        return {"v": 1, "call": self.call, "created_at": self.created_at,
                "status": self.status.value, "staff": staff, "eta_minutes": self.eta_minutes,
                "outcome": self.outcome, "arrived": self.arrived}


def parse_command(data: object) -> Command | None:
    if not isinstance(data, Mapping):
        return None
    call_id = _int(data.get("call"), 1, 2**62)
    try:
        status = CallState(str(data.get("status")))
    except ValueError:
        return None
    staff = data.get("staff")
    username = name = None
    if isinstance(staff, Mapping):
        username = _str(staff.get("username"), 40).lower() or None
        name = _str(staff.get("name"), 60) or None
    if call_id is None:
        return None
    return Command(call_id, _str(data.get("created_at"), 40), status, username, name,
                   _int(data.get("eta_minutes"), 0, 60), _str(data.get("outcome"), 40) or None,
                   bool(data.get("arrived")))


def remote_member(store: Store, username: str | None, name: str | None) -> StaffMember:
    """The local record of a colleague who acted elsewhere (on the hub's console).

    The kiosk's calls reference staff by id, and the guest's screen shows their name, so a
    colleague unknown here gets a record that cannot log in (no usable secret)."""
    directory = StaffDirectory(store)
    username = username if username and _USERNAME.match(username) else None
    if username is None:
        slug = re.sub(r"[^a-z0-9]+", "-", (name or "staff").lower()).strip("-") or "staff"
        username = f"remote-{slug}"[:40]
    try:
        return directory.get(username)
    except KeyError:
        pass
    with store.transaction() as tx:
        tx.execute("INSERT OR IGNORE INTO staff (username, display_name, role, secret_hash,"
                   " created_at) VALUES (?, ?, 'staff', 'remote:no-login', ?)",
                   (username, (name or username)[:60], tx.now_iso()))
    return directory.get(username)


def advance(calls: StaffCalls, call_id: int, target: CallState, staff: StaffMember | None,
            *, eta_minutes: int | None, outcome: str | None, arrived: bool) -> bool:
    """Walk a call forward to ``target`` through the normal transitions; True if it moved.
    Never moves a call backwards; a call closed meanwhile is left alone."""
    moved = False
    try:
        current = calls.get(call_id).state
        if current in CLOSED or RANK[target] <= RANK[current]:
            return False
        if target == CallState.CANCELLED:
            calls.cancel(call_id, outcome or "cancelled")
            return True
        if target == CallState.OFFERED:
            calls.offer(call_id)
            return True
        if staff is None:
            log.warning("call state without a staff member; not applied",
                        extra={"id": call_id, "status": target.value})
            return False
        if RANK[current] < RANK[CallState.ACCEPTED]:
            calls.accept(call_id, staff, eta_minutes if eta_minutes is not None else 0)
            moved = True
        walks_past_arrived = target == CallState.ARRIVED or (
            target == CallState.RESOLVED and arrived)
        if walks_past_arrived and calls.get(call_id).state == CallState.ACCEPTED:
            calls.arrived(call_id, staff)
            moved = True
        if target == CallState.RESOLVED:
            calls.resolve(call_id, staff, outcome or "helped")
            moved = True
    except CallNotOpen:
        pass  # the guest cancelled meanwhile: that state wins and travels back
    return moved


def apply_command(calls: StaffCalls, command: Command) -> bool:
    """On a kiosk: catch one of its calls up with the hub's state; True if it changed."""
    try:
        local = calls.get(command.call)
    except KeyError:
        log.warning("command for an unknown call", extra={"id": command.call})
        return False
    if command.created_at and command.created_at != local.created_at:
        return False  # an id from before this kiosk's database was replaced
    staff = None
    if command.staff_username or command.staff_name:
        staff = remote_member(calls.store, command.staff_username, command.staff_name)
    return advance(calls, command.call, command.status, staff,
                   eta_minutes=command.eta_minutes, outcome=command.outcome,
                   arrived=command.arrived)


@dataclass(frozen=True)
class Ingested:
    call_id: int | None       # the hub's copy (None: a closed call never seen open)
    changed: bool
    kiosk_behind: bool        # the hub knows more than the kiosk: re-send the command


class CallMirror:
    """On the hub: the copy of every kiosk's calls, keyed by (kiosk, id, created_at)."""

    def __init__(self, calls: StaffCalls) -> None:
        self.calls = calls
        self.store = calls.store

    def ingest(self, kiosk: str, call: StaffCall) -> Ingested:
        """Bring the hub's copy up to a kiosk's call state (the kiosk is the source)."""
        row = self.store.read().one(
            "SELECT call_id FROM branch_calls WHERE kiosk = ? AND remote_id = ?"
            " AND remote_created_at = ?", (kiosk, call.id, call.created_at))
        changed = False
        if row is None:
            if call.state in CLOSED:
                return Ingested(None, False, False)
            call_id = self._create(kiosk, call)
            changed = True
        else:
            call_id = int(row["call_id"])
            changed |= self._update_context(call_id, call)
        copy = self.calls.get(call_id)
        if RANK[call.state] > RANK[copy.state] and copy.state not in CLOSED:
            staff = (remote_member(self.store, None, call.staff_name)
                     if call.staff_name else None)
            changed |= advance(self.calls, call_id, call.state, staff,
                               eta_minutes=call.eta_minutes, outcome=call.outcome,
                               arrived=call.arrived_at is not None)
            copy = self.calls.get(call_id)
        behind = RANK[call.state] < RANK[copy.state] and call.state not in CLOSED
        return Ingested(call_id, changed, behind)

    def remote(self, call_id: int) -> tuple[str, int, str] | None:
        """(kiosk, the kiosk's call id, its created_at) of a hub copy; None if not a copy."""
        row = self.store.read().one(
            "SELECT kiosk, remote_id, remote_created_at FROM branch_calls WHERE call_id = ?",
            (call_id,))
        if row is None:
            return None
        return str(row["kiosk"]), int(row["remote_id"]), str(row["remote_created_at"])

    def command(self, call_id: int, state: StaffCall | None = None) -> tuple[str, Command] | None:
        """(kiosk, command) carrying the hub's state of a copied call to its kiosk."""
        remote = self.remote(call_id)
        if remote is None:
            return None
        kiosk, remote_id, created_at = remote
        call = state or self.calls.get(call_id)
        row = None
        if call.staff_name is not None:  # an older state (e.g. offered) names nobody
            row = self.store.read().one(
                "SELECT s.username FROM staff_calls c JOIN staff s ON s.id = c.staff_id"
                " WHERE c.id = ?", (call_id,))
        return kiosk, Command(remote_id, created_at, call.state,
                              str(row["username"]) if row else None, call.staff_name,
                              call.eta_minutes, call.outcome, call.arrived_at is not None)

    def _update_context(self, call_id: int, call: StaffCall) -> bool:
        """A second tap or a device fault joined the kiosk's open call: same call, newer
        context (screen, message, language, a more urgent priority)."""
        copy = self.calls.get(call_id)
        fresh = (call.screen, call.reason, call.language, call.priority)
        if copy.state in CLOSED or (copy.screen, copy.reason, copy.language,
                                    copy.priority) == fresh:
            return False
        with self.store.transaction() as tx:
            tx.execute("UPDATE staff_calls SET screen = ?, reason = ?, language = ?,"
                       " priority = ?, updated_at = ? WHERE id = ?",
                       (*fresh, tx.now_iso(), call_id))
            updated = StaffCall(**{**vars(copy), "screen": call.screen, "reason": call.reason,
                                   "language": call.language, "priority": call.priority})
            tx.emit("staffcall.updated", updated.as_json())
        return True

    def _create(self, kiosk: str, call: StaffCall) -> int:
        with self.store.transaction() as tx:
            now = tx.now_iso()
            # created_at is the kiosk's: the age staff see and the escalation timers run
            # from the guest's tap, not from when the hub heard of it.
            cur = tx.execute(
                "INSERT INTO staff_calls (kiosk, location, screen, reason, language, priority,"
                " status, level, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)",
                (kiosk, call.location, call.screen, call.reason, call.language, call.priority,
                 CallState.REQUESTED.value, call.created_at, now))
            call_id = int(cur.lastrowid or 0)
            tx.execute("INSERT INTO branch_calls (call_id, kiosk, remote_id, remote_created_at)"
                       " VALUES (?, ?, ?, ?)", (call_id, kiosk, call.id, call.created_at))
            copy = StaffCall(id=call_id, kiosk=kiosk, location=call.location,
                             screen=call.screen, reason=call.reason, language=call.language,
                             priority=call.priority, state=CallState.REQUESTED, level=0,
                             created_at=call.created_at)
            tx.emit("staffcall.requested", copy.as_json())
        return call_id
