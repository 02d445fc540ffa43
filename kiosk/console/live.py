"""Live updates for the staff console: one WebSocket per open page, fed from the bus.

Bus handlers run inside the outbox relay, so they never wait for a phone: each socket has
its own queue and writer task. A call counts as *offered* once it has actually been
written to at least one logged-in console (not merely queued).

Who sees an unaccepted call: at level 0 the staff on duty; from level 1 everyone logged
in. If no one on duty has the console open, everyone sees it at once: a guest is never
left waiting for a colleague who is not looking.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Final

from aiohttp import WSCloseCode, web

from kiosk.bus import Bus, Event
from kiosk.console.kiosks import KioskBoard
from kiosk.staff import SessionInvalid, StaffMember, StaffSessions
from kiosk.staffcall import CallNotOpen, StaffCalls

log = logging.getLogger("kiosk.console")

UNACCEPTED: Final = frozenset({"requested", "offered"})
CLOSED: Final = frozenset({"resolved", "cancelled"})
CLOSE_SESSION_EXPIRED: Final = 4401  # application close code: the page shows the log-in
QUEUE_LIMIT: Final = 500


@dataclass(eq=False)
class Connection:
    """One open staff page."""

    ws: web.WebSocketResponse
    member: StaffMember
    token: str
    queue: asyncio.Queue[dict[str, Any] | None] = field(
        default_factory=lambda: asyncio.Queue(QUEUE_LIMIT))


def member_json(member: StaffMember) -> dict[str, Any]:
    return {"id": member.id, "name": member.display_name, "role": member.role.value,
            "on_duty": member.on_duty}


class LiveHub:
    """Every open console page, and what each of them is shown."""

    def __init__(self, calls: StaffCalls, sessions: StaffSessions, board: KioskBoard,
                 wake: Callable[[], None]) -> None:
        self.calls = calls
        self.sessions = sessions
        self.board = board
        self.wake = wake
        self.connections: set[Connection] = set()

    # -- wiring --------------------------------------------------------------------------
    def attach(self, bus: Bus) -> Callable[[], None]:
        """Subscribe to the bus; returns the function that unsubscribes."""
        undo = [bus.subscribe("staffcall.*", self._on_staffcall),
                bus.subscribe("kiosk.status", self._on_kiosk)]

        def detach() -> None:
            for unsubscribe in undo:
                unsubscribe()
        return detach

    def connect(self, ws: web.WebSocketResponse, member: StaffMember, token: str) -> Connection:
        conn = Connection(ws, member, token)
        self.connections.add(conn)
        # The first message is the whole picture: a page that reconnects re-syncs here.
        self._put(conn, self.snapshot(conn.member))
        return conn

    def resync(self, conn: Connection) -> None:
        """Send the whole picture again (the page asked: it suspects it missed something)."""
        self._put(conn, self.snapshot(conn.member))

    def disconnect(self, conn: Connection) -> None:
        was_on_duty = conn.member.on_duty and conn in self.connections
        self.connections.discard(conn)
        if was_on_duty and not self._on_duty_online():
            # The last colleague on duty left: the others must now see level-0 calls.
            for other in self.connections:
                self._put(other, self.snapshot(other.member))

    async def writer(self, conn: Connection) -> None:
        """Write queued messages to one socket; mark calls offered once really sent."""
        while (message := await conn.queue.get()) is not None:
            try:
                await conn.ws.send_json(message)
            except (ConnectionError, RuntimeError):
                break  # the page went away; its handler cleans up
            if message["type"] == "session_expired":
                await conn.ws.close(code=CLOSE_SESSION_EXPIRED, message=b"session expired")
                break
            if message["type"] == "call":
                self._offered([message["call"]])
            elif message["type"] == "snapshot":
                self._offered(message["calls"])

    async def close_all(self) -> None:
        for conn in list(self.connections):
            await conn.ws.close(code=WSCloseCode.GOING_AWAY, message=b"server shutdown")

    def recheck_sessions(self) -> None:
        """End pages whose session expired or was ended; refresh who is on duty."""
        for conn in list(self.connections):
            try:
                conn.member = self.sessions.check(conn.token)
            except SessionInvalid:
                self._put(conn, {"type": "session_expired"})  # the writer then closes it
                self.disconnect(conn)

    # -- what a page sees ----------------------------------------------------------------
    def snapshot(self, member: StaffMember) -> dict[str, Any]:
        calls = [c.as_json() for c in self.calls.open_calls()]
        return {"type": "snapshot", "me": member_json(member),
                "server_time": self.calls.store.clock.now().isoformat(),
                "calls": [c for c in calls if self._visible(member, c)],
                "kiosks": self.board.all()}

    def _visible(self, member: StaffMember, call: dict[str, Any]) -> bool:
        if call["status"] not in UNACCEPTED:
            return True  # taken calls are shown to all, so nobody else walks over
        if call["level"] >= 1 or member.on_duty:
            return True
        return not self._on_duty_online()

    def _on_duty_online(self) -> bool:
        return any(c.member.on_duty for c in self.connections)

    # -- bus handlers --------------------------------------------------------------------
    def _on_staffcall(self, event: Event) -> None:
        if event.topic == "staffcall.alert":
            self._on_alert(event.payload)
            return
        call = event.payload
        if "status" not in call or "id" not in call:
            return
        message = {"type": "call", "event": event.topic.rpartition(".")[2], "call": call}
        for conn in list(self.connections):
            if call["status"] in CLOSED or self._visible(conn.member, call):
                self._put(conn, message)

    def _on_alert(self, alert: dict[str, Any]) -> None:
        try:
            call = self.calls.get(int(alert["call"])).as_json()
        except (KeyError, ValueError, TypeError):
            return
        if call["status"] not in UNACCEPTED:
            return
        wanted = set(alert.get("staff") or ())
        targets = [c for c in self.connections if c.member.id in wanted]
        if not targets:  # none of the chosen colleagues is looking: alert everyone who can see
            targets = [c for c in self.connections if self._visible(c.member, call)]
        message = {"type": "alert", "call": call["id"], "level": call["level"],
                   "escalation": call["escalation"]}
        for conn in targets:
            self._put(conn, {"type": "call", "event": "alert", "call": call})
            self._put(conn, message)

    def _on_kiosk(self, event: Event) -> None:
        entry = self.board.update(event.payload)
        if entry is not None:
            for conn in list(self.connections):
                self._put(conn, {"type": "kiosk", "kiosk": entry})

    # -- internals -----------------------------------------------------------------------
    def _put(self, conn: Connection, message: dict[str, Any]) -> None:
        try:
            conn.queue.put_nowait(message)
        except asyncio.QueueFull:
            # A page that cannot keep up is closed; it reconnects and gets a fresh snapshot.
            log.warning("console page too slow; closing it", extra={"count": QUEUE_LIMIT})
            self.connections.discard(conn)
            asyncio.get_running_loop().create_task(conn.ws.close(code=WSCloseCode.TRY_AGAIN_LATER))

    def _offered(self, calls: list[dict[str, Any]]) -> None:
        changed = False
        for call in calls:
            if call.get("status") == "requested":
                with contextlib.suppress(KeyError, CallNotOpen):
                    changed |= self.calls.offer(int(call["id"])).state.value == "offered"
        if changed:
            self.wake()
