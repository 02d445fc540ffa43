"""Staff calls: a guest (or a device fault) asks for a person. Recorded with context;
the staff-call capability builds escalation and the staff console on these records."""

from __future__ import annotations

from typing import Any

from kiosk.db import Store


class StaffCalls:
    PRIORITIES = ("guest", "device_fault", "complaint")

    def __init__(self, store: Store) -> None:
        self.store = store

    def request(self, *, kiosk: str, screen: str, reason: str, language: str,
                priority: str = "guest") -> int:
        """Record a call with its context; returns its id. No personal data in it."""
        if priority not in self.PRIORITIES:
            raise ValueError(f"priority {priority!r}: expected one of {self.PRIORITIES}")
        with self.store.transaction() as tx:
            cur = tx.execute(
                "INSERT INTO staff_calls (kiosk, screen, reason, language, priority, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (kiosk, screen, reason, language, priority, self.store.clock.now_iso()),
            )
            call_id = int(cur.lastrowid or 0)
            tx.emit("staffcall.requested", {"id": call_id, "kiosk": kiosk, "screen": screen,
                                             "reason": reason, "language": language,
                                             "priority": priority})
        return call_id

    def open_calls(self) -> list[dict[str, Any]]:
        return self.store.read().all(
            "SELECT * FROM staff_calls WHERE status = 'requested' ORDER BY id")
