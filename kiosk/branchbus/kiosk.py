"""The kiosk's side of the branch bus.

Out: the kiosk's outbox events (``[bus] forward``, by default ``staffcall.*``) through the
MQTT cursor; a retained ``status`` (online + device health) with a retained last-will
"offline", so the hub sees a dead kiosk within seconds; and, on every (re)connect or when
the hub asks, the state of every open or recently closed call (``staffcall/sync``).

In: the hub's commands (a colleague accepted, arrived, resolved on the hub's console),
applied to this kiosk's own store, so its own events reach its own bus and the guest's
screen says "Anna is coming — about 1 minute".

On the local bus it publishes ``branch.link`` (``connected``/``disconnected``) and
``branch.hub`` (``online``/``offline``), so the screen can send the guest to the desk
when no colleague can be reached.
"""

from __future__ import annotations

import asyncio
import fnmatch
import json
import logging
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import Any

import aiomqtt

from kiosk.branchbus import topics
from kiosk.branchbus.broker import Broker
from kiosk.branchbus.calls import CLOSED, apply_command, parse_command
from kiosk.branchbus.link import BrokerLink, NotConnected
from kiosk.branchbus.outbox import OutboxForwarder, Outgoing, Publish
from kiosk.bus import Bus, Event
from kiosk.staffcall import StaffCalls

log = logging.getLogger("kiosk.branchbus")

RESYNC_WINDOW = timedelta(hours=1)  # closed calls re-sent on reconnect, for a hub that missed them
# While calls are open, their states are re-sent this often even without a reconnect: a
# message that reached a peer but failed there (its database busy) is repaired in minutes.
RESYNC_EVERY_S = 120.0
HEALTHS = ("ok", "degraded", "offline")


class KioskBridge:
    """Connects one kiosk's store and bus to the site's broker."""

    def __init__(self, calls: StaffCalls, bus: Bus, broker: Broker, *, site: str, kiosk: str,
                 location: str = "", forward: Sequence[str] = ("staffcall.*",),
                 keepalive: int = 5, wake: Callable[[], None] | None = None) -> None:
        self.calls = calls
        self.store = calls.store
        self.bus = bus
        self.site = topics.check_id(site, "site")
        self.kiosk = topics.check_kiosk(kiosk)
        self.location = location
        self.forward = tuple(forward)
        self.wake = wake or (lambda: None)
        self.devices: dict[str, dict[str, str]] = {}
        self.hub_online: bool | None = None
        self.forwarder = OutboxForwarder(self.store, self.route)
        self.link = BrokerLink(
            broker, identifier=f"lobby-{site}-{kiosk}", keepalive=keepalive,
            subscriptions=topics.kiosk_subscriptions(site, kiosk), forwarder=self.forwarder,
            on_connect=self._on_connect, on_message=self._on_message,
            will=Outgoing(topics.status(site, kiosk), self._status("offline"), retain=True),
            on_state=self._on_link_state)
        self._undo: list[Callable[[], None]] = []
        self._tasks: set[asyncio.Task[None]] = set()

    # -- lifetime ------------------------------------------------------------------------
    async def run(self) -> None:
        """Keep the link up until cancelled."""
        self._undo = [self.bus.subscribe("*", self._on_local_event),
                      self.bus.subscribe("device.health", self._on_device_health)]
        try:
            await asyncio.gather(self.link.run(), self._resync_open_calls())
        finally:
            for undo in self._undo:
                undo()

    @property
    def connected(self) -> bool:
        return self.link.connected

    async def set_device_health(self, device: str, health: str, detail: str = "") -> None:
        """Record a device's health and, when it changed, publish the retained status."""
        entry = {"health": health if health in HEALTHS else "degraded", "detail": detail[:60]}
        if self.devices.get(device) == entry:
            return
        self.devices[device] = entry
        await self._publish_status()

    # -- out -----------------------------------------------------------------------------
    def route(self, event: Event) -> list[Outgoing]:
        """Which outbox events leave the kiosk, and where to."""
        if not any(fnmatch.fnmatchcase(event.topic, p) for p in self.forward):
            return []
        return [Outgoing(topics.event(self.site, self.kiosk, event.topic),
                         {"v": 1, "event": event.topic, "outbox": event.id,
                          "at": event.created_at, "data": event.payload})]

    def sync_messages(self) -> list[Outgoing]:
        """The state of every open call and of calls closed within the last hour."""
        since = self.store.clock.now() - RESYNC_WINDOW
        open_ids = [c.id for c in self.calls.open_calls()]
        recent = self.store.read().all(
            "SELECT id FROM staff_calls WHERE status IN ('resolved', 'cancelled')"
            " AND resolved_at IS NOT NULL ORDER BY id DESC LIMIT 200")
        messages = []
        for call_id in sorted({*open_ids, *(int(r["id"]) for r in recent)}):
            call = self.calls.get(call_id)
            if call.state in CLOSED and (call.resolved_at is None or
                                         datetime.fromisoformat(call.resolved_at) < since):
                continue
            messages.append(Outgoing(topics.call_sync(self.site, self.kiosk),
                                     {"v": 1, "event": "staffcall.sync", "outbox": 0,
                                      "at": self.store.clock.now_iso(), "data": call.as_json()}))
        return messages

    def _status(self, status: str) -> dict[str, Any]:
        payload: dict[str, Any] = {"v": 1, "kiosk": self.kiosk, "status": status,
                                   "location": self.location}
        if status == "online":
            payload["devices"] = self.devices
            payload["at"] = self.store.clock.now_iso()
        return payload

    async def _publish_status(self) -> None:
        try:
            await self.link.publish(Outgoing(topics.status(self.site, self.kiosk),
                                             self._status("online"), retain=True))
        except NotConnected:
            pass  # sent with the next connect
        except aiomqtt.MqttError:
            log.warning("kiosk status not published; sent again on reconnect")

    async def _on_connect(self, publish: Publish) -> None:
        await publish(Outgoing(topics.status(self.site, self.kiosk), self._status("online"),
                               retain=True))
        await self._resync(publish)

    async def _resync(self, publish: Publish) -> None:
        for message in self.sync_messages():
            await publish(message)

    async def _resync_open_calls(self) -> None:
        while True:
            await asyncio.sleep(RESYNC_EVERY_S)
            try:
                if self.link.connected and self.calls.open_calls():
                    await self._resync(self.link.publish)
            except aiomqtt.MqttError:
                pass  # the link reconnects, and re-syncs then
            except Exception:  # never end: this task lives beside the link
                log.exception("periodic call re-sync failed")

    # -- in ------------------------------------------------------------------------------
    async def _on_message(self, message: aiomqtt.Message, publish: Publish) -> None:
        topic = topics.parse(str(message.topic))
        if topic is None or topic.site != self.site:
            return
        try:
            payload = json.loads(message.payload) if isinstance(
                message.payload, (bytes, bytearray, str)) and message.payload else None
        except ValueError:
            log.warning("branch bus message is not JSON", extra={"topic": str(message.topic)})
            return
        if topic.node == self.kiosk and topic.kind == "cmd":
            command = parse_command(payload)
            if command is not None and apply_command(self.calls, command):
                self.wake()  # the guest's screen should hear about it now
        elif topic.node == topics.HUB and topic.kind == "sync":
            await self._resync(publish)
        elif topic.node == topics.HUB and topic.kind == "status":
            online = isinstance(payload, dict) and payload.get("status") == "online"
            if online != self.hub_online:
                self.hub_online = online
                await self.bus.publish(Event(0, "branch.hub", {
                    "status": "online" if online else "offline"}, self.store.clock.now_iso()))

    def _on_local_event(self, event: Event) -> None:
        if event.id:  # from the outbox: the forwarder has something to send
            self.forwarder.poke()

    async def _on_device_health(self, event: Event) -> None:
        device = str(event.payload.get("device", ""))[:40]
        if device:
            await self.set_device_health(device, str(event.payload.get("health", "")),
                                         str(event.payload.get("detail", "")))

    def _on_link_state(self, up: bool) -> None:
        event = Event(0, "branch.link", {"status": "connected" if up else "disconnected"},
                      self.store.clock.now_iso())
        # Called from inside the link: publish without waiting on subscribers here.
        task = asyncio.get_running_loop().create_task(self.bus.publish(event))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
