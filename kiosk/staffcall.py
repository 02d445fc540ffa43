"""Staff calls: a guest (or a device fault, or a complaint) asks for a person.

A call moves through explicit, persisted states: requested → offered (on a staff device)
→ accepted (who, their estimate) → arrived → resolved, or cancelled by the guest. A call
nobody accepts escalates on timers: to every colleague on duty, then to the duty
manager. Every transition is timed, so time to accept, to arrive and to resolve are
measured. Events carry the call's context, never the guest's personal data.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any, Final

from kiosk.db import Store, Tx
from kiosk.errors import LobbyError
from kiosk.staff import StaffMember


class CallState(StrEnum):
    REQUESTED = "requested"
    OFFERED = "offered"
    ACCEPTED = "accepted"
    ARRIVED = "arrived"
    RESOLVED = "resolved"
    CANCELLED = "cancelled"


class Escalation(StrEnum):
    """Who is alerted at each level."""

    ON_DUTY = "on_duty"            # level 0: the staff on duty at the site
    ALL_STAFF = "all_staff"        # level 1: every colleague, on duty or not
    DUTY_MANAGER = "duty_manager"  # level 2


LEVELS: Final = (Escalation.ON_DUTY, Escalation.ALL_STAFF, Escalation.DUTY_MANAGER)
OPEN: Final = frozenset({CallState.REQUESTED, CallState.OFFERED, CallState.ACCEPTED,
                         CallState.ARRIVED})
ALLOWED: Final[dict[CallState, frozenset[CallState]]] = {
    CallState.OFFERED: frozenset({CallState.REQUESTED}),
    CallState.ACCEPTED: frozenset({CallState.REQUESTED, CallState.OFFERED}),
    CallState.ARRIVED: frozenset({CallState.ACCEPTED}),
    CallState.RESOLVED: frozenset({CallState.ACCEPTED, CallState.ARRIVED}),
    CallState.CANCELLED: frozenset({CallState.REQUESTED, CallState.OFFERED, CallState.ACCEPTED}),
}


class CallNotOpen(LobbyError):
    """Someone else accepted first, or the guest cancelled meanwhile."""

    message_id = "staff_call_taken"


@dataclass(frozen=True)
class StaffCall:
    id: int
    kiosk: str
    location: str
    screen: str
    reason: str
    language: str
    priority: str
    state: CallState
    level: int
    created_at: str
    staff_id: int | None = None
    staff_name: str | None = None
    eta_minutes: int | None = None
    accepted_at: str | None = None
    arrived_at: str | None = None
    resolved_at: str | None = None
    outcome: str | None = None

    @property
    def escalation(self) -> Escalation:
        return LEVELS[min(self.level, len(LEVELS) - 1)]

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "kiosk": self.kiosk, "location": self.location,
                "screen": self.screen, "reason": self.reason, "language": self.language,
                "priority": self.priority, "status": self.state.value, "level": self.level,
                "escalation": self.escalation.value, "created_at": self.created_at,
                "staff_name": self.staff_name, "eta_minutes": self.eta_minutes,
                "accepted_at": self.accepted_at, "arrived_at": self.arrived_at,
                "resolved_at": self.resolved_at, "outcome": self.outcome}


_SELECT = ("SELECT c.*, s.display_name AS staff_name FROM staff_calls c"
           " LEFT JOIN staff s ON s.id = c.staff_id")


def _call(row: dict[str, Any]) -> StaffCall:
    return StaffCall(id=row["id"], kiosk=row["kiosk"], location=row["location"],
                     screen=row["screen"], reason=row["reason"], language=row["language"],
                     priority=row["priority"], state=CallState(row["status"]),
                     level=row["level"], created_at=row["created_at"],
                     staff_id=row["staff_id"], staff_name=row["staff_name"],
                     eta_minutes=row["eta_minutes"], accepted_at=row["accepted_at"],
                     arrived_at=row["arrived_at"], resolved_at=row["resolved_at"],
                     outcome=row["outcome"])


class StaffCalls:
    PRIORITIES = ("guest", "device_fault", "complaint")

    def __init__(self, store: Store, escalate_after_s: tuple[int, ...] = (30, 90)) -> None:
        self.store = store
        # Seconds after the call was made when it moves to level 1, level 2, ...
        self.escalate_after_s = escalate_after_s

    def request(self, *, kiosk: str, screen: str, reason: str, language: str,
                priority: str = "guest", location: str = "") -> int:
        """Record a call with its context; returns its id (an open call of the same kiosk
        is updated and returned). No personal data in it."""
        if priority not in self.PRIORITIES:
            raise ValueError(f"priority {priority!r}: expected one of {self.PRIORITIES}")
        with self.store.transaction() as tx:
            now = tx.now_iso()
            # One person per kiosk at a time: a second tap, or a fault while a colleague is
            # already on the way, joins the open call instead of raising another one.
            states = tuple(s.value for s in OPEN)
            open_call = tx.one(
                f"SELECT id, priority FROM staff_calls WHERE kiosk = ? AND status IN"
                f" ({','.join('?' * len(states))}) ORDER BY id DESC LIMIT 1", (kiosk, *states))
            if open_call is not None:
                rank = self.PRIORITIES.index
                urgent = max(priority, open_call["priority"], key=rank)
                tx.execute("UPDATE staff_calls SET screen = ?, reason = ?, language = ?,"
                           " priority = ?, updated_at = ? WHERE id = ?",
                           (screen, reason or "", language, urgent, now, open_call["id"]))
                self._emit(tx, "updated", open_call["id"])
                return int(open_call["id"])
            cur = tx.execute(
                "INSERT INTO staff_calls (kiosk, location, screen, reason, language, priority,"
                " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (kiosk, location, screen, reason, language, priority, now, now))
            call_id = int(cur.lastrowid or 0)
            self._emit(tx, "requested", call_id)
        return call_id

    def get(self, call_id: int) -> StaffCall:
        row = self.store.read().one(_SELECT + " WHERE c.id = ?", (call_id,))
        if row is None:
            raise KeyError(call_id)
        return _call(row)

    def open_calls(self, kiosk: str | None = None) -> list[StaffCall]:
        states = tuple(s.value for s in OPEN)
        sql = _SELECT + f" WHERE c.status IN ({','.join('?' * len(states))})"
        params: tuple[Any, ...] = states
        if kiosk:
            sql += " AND c.kiosk = ?"
            params += (kiosk,)
        return [_call(r) for r in self.store.read().all(sql + " ORDER BY c.id", params)]

    def offer(self, call_id: int) -> StaffCall:
        """A staff device has shown the call. Idempotent: later offers change nothing."""
        if self.get(call_id).state != CallState.REQUESTED:
            return self.get(call_id)
        return self._move(call_id, CallState.OFFERED, {"offered_at": None})

    def accept(self, call_id: int, staff: StaffMember, eta_minutes: int) -> StaffCall:
        if not 0 <= eta_minutes <= 60:
            raise ValueError("the estimate is 0..60 minutes")
        return self._move(call_id, CallState.ACCEPTED, {"accepted_at": None,
                                                        "staff_id": staff.id,
                                                        "eta_minutes": eta_minutes})

    def arrived(self, call_id: int, staff: StaffMember) -> StaffCall:
        return self._move(call_id, CallState.ARRIVED, {"arrived_at": None,
                                                       "staff_id": staff.id})

    def resolve(self, call_id: int, staff: StaffMember, outcome: str = "helped") -> StaffCall:
        return self._move(call_id, CallState.RESOLVED, {"resolved_at": None,
                                                        "staff_id": staff.id,
                                                        "outcome": outcome})

    def cancel(self, call_id: int, outcome: str = "cancelled_by_guest") -> StaffCall:
        return self._move(call_id, CallState.CANCELLED, {"resolved_at": None,
                                                         "outcome": outcome})

    def escalate_due(self) -> list[StaffCall]:
        """Raise the level of every unaccepted call whose timer ran out; returns them."""
        now = self.store.clock.now()
        raised: list[StaffCall] = []
        for call in self.open_calls():
            if call.state not in (CallState.REQUESTED, CallState.OFFERED):
                continue
            age = (now - datetime.fromisoformat(call.created_at)).total_seconds()
            due = sum(1 for limit in self.escalate_after_s if age >= limit)
            level = min(due, len(LEVELS) - 1)
            if level > call.level:
                with self.store.transaction() as tx:
                    tx.execute("UPDATE staff_calls SET level = ?, escalated_at = ?, updated_at = ?"
                               " WHERE id = ? AND level < ?",
                               (level, tx.now_iso(), tx.now_iso(), call.id, level))
                    self._emit(tx, "escalated", call.id)
                raised.append(self.get(call.id))
        return raised

    def durations(self, call: StaffCall) -> dict[str, float | None]:
        """Seconds from the call to accept, to arrive and to resolve (None: not yet)."""
        start = datetime.fromisoformat(call.created_at)

        def since(at: str | None) -> float | None:
            return None if at is None else (datetime.fromisoformat(at) - start).total_seconds()

        return {"to_accept": since(call.accepted_at), "to_arrive": since(call.arrived_at),
                "to_resolve": since(call.resolved_at)}

    # -- internals ---------------------------------------------------------------------
    def _move(self, call_id: int, state: CallState, fields: dict[str, Any]) -> StaffCall:
        with self.store.transaction() as tx:
            now = tx.now_iso()
            values = {k: (now if v is None else v) for k, v in fields.items()}
            sets = ", ".join(f"{k} = ?" for k in values)
            sources = tuple(s.value for s in ALLOWED[state])
            cur = tx.execute(
                f"UPDATE staff_calls SET status = ?, {sets}, updated_at = ? WHERE id = ?"
                f" AND status IN ({','.join('?' * len(sources))})",
                (state.value, *values.values(), now, call_id, *sources))
            if cur.rowcount != 1:
                current = tx.one("SELECT status FROM staff_calls WHERE id = ?", (call_id,))
                if current is None:
                    raise KeyError(call_id)
                raise CallNotOpen(f"call {call_id} is {current['status']}, not "
                                  f"{'/'.join(sources)}")
            self._emit(tx, state.value, call_id)
        return self.get(call_id)

    def _emit(self, tx: Tx, what: str, call_id: int) -> None:
        row = tx.one(_SELECT + " WHERE c.id = ?", (call_id,))
        assert row is not None
        tx.emit(f"staffcall.{what}", _call(row).as_json())
