"""The hub's side of the branch bus: every kiosk's calls into one store, staff actions back.

In: each kiosk's call states (``lobby/<site>/+/staffcall/#``) are ingested into the hub's
copy (:class:`CallMirror`), whose own outbox events feed the hub's console and escalation
like any local call; retained kiosk statuses become ``kiosk.status`` events on the bus.

Out: when staff act on a copied call, the hub's outbox event is routed — through the MQTT
cursor, so a broker outage loses nothing — as a command to the kiosk that owns the call.
On every (re)connect the hub asks all kiosks to re-send their calls (``hub/sync``) and
re-sends its state of any call where a kiosk turns out to be behind.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Any, Final

import aiomqtt

from kiosk.branchbus import topics
from kiosk.branchbus.broker import Broker
from kiosk.branchbus.calls import CallMirror, parse_call
from kiosk.branchbus.link import BrokerLink
from kiosk.branchbus.outbox import OutboxForwarder, Outgoing, Publish
from kiosk.bus import Bus, Event
from kiosk.staffcall import StaffCalls

log = logging.getLogger("kiosk.branchbus")

# Hub events that a kiosk must hear about (requested came from the kiosk; escalation and
# alerts are the hub's business).
TO_KIOSK: Final = frozenset({"staffcall.offered", "staffcall.accepted", "staffcall.arrived",
                             "staffcall.resolved", "staffcall.cancelled"})


class HubBridge:
    """Connects the hub's store and bus to the site's broker."""

    def __init__(self, calls: StaffCalls, bus: Bus, broker: Broker, *, site: str,
                 keepalive: int = 5, wake: Callable[[], None] | None = None) -> None:
        self.calls = calls
        self.store = calls.store
        self.bus = bus
        self.site = topics.check_id(site, "site")
        self.mirror = CallMirror(calls)
        self.wake = wake or (lambda: None)
        self.kiosks: set[str] = set()
        self.forwarder = OutboxForwarder(self.store, self.route)
        self.link = BrokerLink(
            broker, identifier=f"lobby-{site}-hub", keepalive=keepalive,
            subscriptions=topics.hub_subscriptions(site), forwarder=self.forwarder,
            on_connect=self._on_connect, on_message=self._on_message,
            will=Outgoing(topics.status(site, topics.HUB), {"v": 1, "status": "offline"},
                          retain=True))

    async def run(self) -> None:
        """Keep the link up until cancelled."""
        undo = self.bus.subscribe("*", self._on_local_event)
        try:
            await self.link.run()
        finally:
            undo()

    @property
    def connected(self) -> bool:
        return self.link.connected

    # -- out -----------------------------------------------------------------------------
    def route(self, event: Event) -> list[Outgoing]:
        if event.topic not in TO_KIOSK:
            return []
        call = parse_call(event.payload)
        if call is None:
            return []
        found = self.mirror.command(call.id, state=call)
        if found is None:
            return []  # a call of the hub's own (none today), not a kiosk's
        kiosk, command = found
        return [Outgoing(topics.command(self.site, kiosk), command.as_json())]

    async def _on_connect(self, publish: Publish) -> None:
        await publish(Outgoing(topics.status(self.site, topics.HUB),
                               {"v": 1, "status": "online", "at": self.store.clock.now_iso()},
                               retain=True))
        # What we knew may be stale (the broker may have restarted and lost its retained
        # statuses): unknown until each kiosk's status arrives again.
        for kiosk in sorted(self.kiosks):
            await self._kiosk_status({"kiosk": kiosk, "status": "unknown"})
        await publish(Outgoing(topics.hub_sync(self.site),
                               {"v": 1, "at": self.store.clock.now_iso()}))

    # -- in ------------------------------------------------------------------------------
    async def _on_message(self, message: aiomqtt.Message, publish: Publish) -> None:
        topic = topics.parse(str(message.topic))
        if topic is None or topic.site != self.site or topic.node == topics.HUB:
            return
        if not isinstance(message.payload, (bytes, bytearray, str)) or not message.payload:
            return  # a cleared retained message
        try:
            payload: Any = json.loads(message.payload)
        except ValueError:
            log.warning("branch bus message is not JSON", extra={"topic": str(message.topic)})
            return
        if not isinstance(payload, dict):
            return
        kiosk = topic.node  # the topic, not the payload, says who sent it: the ACL checks it
        if topic.kind == "status":
            self.kiosks.add(kiosk)
            await self._kiosk_status({**payload, "kiosk": kiosk})
        elif topic.kind == "staffcall":
            call = parse_call(payload.get("data"))
            if call is None:
                return
            result = self.mirror.ingest(kiosk, call)
            if result.changed:
                self.wake()
            if result.kiosk_behind and result.call_id is not None and topic.rest == "sync":
                found = self.mirror.command(result.call_id)
                if found is not None:
                    await publish(Outgoing(topics.command(self.site, found[0]),
                                           found[1].as_json()))

    async def _kiosk_status(self, payload: dict[str, Any]) -> None:
        payload = {**payload, "at": payload.get("at") or self.store.clock.now_iso()}
        await self.bus.publish(Event(0, "kiosk.status", payload, payload["at"]))

    def _on_local_event(self, event: Event) -> None:
        if event.id:
            self.forwarder.poke()
