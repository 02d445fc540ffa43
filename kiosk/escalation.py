"""Escalation: a call nobody accepts reaches more people, on timers, until someone does.

Every second :meth:`StaffCalls.escalate_due` raises the level of calls whose timer ran out
(``[staffcall] escalate_after_s``). For each new call and each raised level this module
publishes ``staffcall.alert`` on the bus, naming who must be alerted:

- level 0, ``on_duty``: the staff on duty (if nobody is on duty: everyone);
- level 1, ``all_staff``: every active colleague;
- level 2, ``duty_manager``: the duty managers (if there is none: everyone).

The alert names staff ids only, never anything about the guest. Run it in one place per
site: on the hub when there is one, otherwise on the kiosk.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any

from kiosk.bus import Bus, Event
from kiosk.staff import Role, StaffDirectory, StaffMember
from kiosk.staffcall import LEVELS, StaffCall, StaffCalls

log = logging.getLogger("kiosk.escalation")

ALERT_TOPIC = "staffcall.alert"


class EscalationTimer:
    """Raises unaccepted calls on timers and says who to alert at each level."""

    def __init__(self, calls: StaffCalls, bus: Bus, *, wake: Callable[[], None] | None = None,
                 period_s: float = 1.0) -> None:
        self.calls = calls
        self.bus = bus
        self.directory = StaffDirectory(calls.store)
        self.wake = wake or (lambda: None)
        self.period_s = period_s

    def attach(self) -> Callable[[], None]:
        """Alert level 0 for every new call; returns the function that unsubscribes."""
        return self.bus.subscribe("staffcall.requested", self._on_requested)

    def recipients(self, level: int) -> list[StaffMember]:
        """Who is alerted at ``level``: never nobody while anyone has an account."""
        active = [m for m in self.directory.members() if not m.disabled]
        if level <= 0:
            chosen = [m for m in active if m.on_duty]
        elif level == 1:
            chosen = active
        else:
            chosen = [m for m in active if m.role == Role.DUTY_MANAGER]
        return chosen or active

    async def tick(self) -> list[StaffCall]:
        """Escalate what is due now and alert for it; returns the raised calls."""
        raised = self.calls.escalate_due()
        if raised:
            self.wake()  # the staffcall.escalated events should leave the outbox now
        for call in raised:
            log.info("staff call escalated", extra={"id": call.id, "status": call.level,
                                                     "kiosk": call.kiosk})
            await self.bus.publish(self._alert(call.id, call.level, call.kiosk))
        return raised

    async def run(self) -> None:
        """Tick every ``period_s`` until cancelled; a failed tick is logged and retried."""
        detach = self.attach()
        try:
            while True:
                try:
                    await self.tick()
                except Exception:
                    log.exception("escalation tick failed")
                await asyncio.sleep(self.period_s)
        finally:
            detach()

    async def _on_requested(self, event: Event) -> None:
        call = event.payload
        if call.get("status") in ("requested", "offered"):
            await self.bus.publish(self._alert(int(call["id"]), int(call.get("level", 0)),
                                               str(call.get("kiosk", ""))))

    def _alert(self, call_id: int, level: int, kiosk: str) -> Event:
        payload: dict[str, Any] = {
            "call": call_id, "level": level, "kiosk": kiosk,
            "escalation": LEVELS[min(level, len(LEVELS) - 1)].value,
            "staff": [m.id for m in self.recipients(level)]}
        return Event(0, ALERT_TOPIC, payload, self.calls.store.clock.now_iso())
