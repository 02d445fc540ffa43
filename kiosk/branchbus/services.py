"""Everything a kiosk runs for staff calls besides its screen, started in one call.

- the outbox relay (outbox → the in-process bus), always;
- with ``[bus] broker``: the MQTT bridge to the site's hub (the hub then runs the console
  and the escalation for the whole site);
- without a broker: the staff console on ``[console] host:port`` and the escalation timer,
  here on the kiosk.

All of it lives on the running loop (the kiosk's qasync loop); ``stop()`` ends it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from kiosk.branchbus.broker import Broker
from kiosk.branchbus.kiosk import KioskBridge
from kiosk.bus import Bus, Event, OutboxRelay
from kiosk.config import Config
from kiosk.console.app import make_console, serve_console, supervise
from kiosk.db import Store
from kiosk.escalation import EscalationTimer
from kiosk.staffcall import StaffCalls

log = logging.getLogger("kiosk.branchbus")

# The relay is poked after every change the console, the bridge and the escalation make;
# this poll only bounds the delay of writes nobody poked about.
RELAY_POLL_S = 0.1


class LocalStatus:
    """Without a hub, the kiosk's own console shows this kiosk's status: online while it
    runs, with the devices' health from ``device.health`` events."""

    def __init__(self, bus: Bus, config: Config, store: Store) -> None:
        self.bus = bus
        self.store = store
        self.payload: dict[str, Any] = {"kiosk": config.kiosk.id, "status": "online",
                                        "location": config.kiosk.location}
        self.devices: dict[str, dict[str, str]] = {}
        self.undo = bus.subscribe("device.health", self._on_health)

    async def publish(self) -> None:
        at = self.store.clock.now_iso()
        payload = {**self.payload, "devices": dict(self.devices), "at": at}
        await self.bus.publish(Event(0, "kiosk.status", payload, at))

    async def _on_health(self, event: Event) -> None:
        device = str(event.payload.get("device", ""))[:40]
        if device:
            self.devices[device] = {"health": str(event.payload.get("health", "")),
                                    "detail": str(event.payload.get("detail", ""))[:60]}
            await self.publish()


@dataclass
class KioskServices:
    bus: Bus
    relay: OutboxRelay
    calls: StaffCalls
    bridge: KioskBridge | None = None
    escalation: EscalationTimer | None = None
    console: web.AppRunner | None = None
    status: LocalStatus | None = None
    tasks: list[asyncio.Task[None]] = field(default_factory=list)

    def wake(self) -> None:
        """Call after recording something (e.g. a guest's call): publish it now."""
        self.relay.poke()

    async def stop(self) -> None:
        """End everything started; safe to call twice."""
        status, console, tasks = self.status, self.console, self.tasks
        self.status, self.console, self.tasks = None, None, []
        if status is not None:
            status.undo()
        if console is not None:
            await console.cleanup()
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task

def broker_from_config(config: Config, url: str | None = None) -> Broker | None:
    """The configured broker (``url`` overrides ``[bus] broker``); None: embedded bus only."""
    url = url or config.bus.broker
    if not url:
        return None
    return Broker.from_url(url, password_file=config.bus.password_file,
                           ca_file=config.bus.ca_file)


async def start_kiosk_services(config: Config, store: Store, *, bus: Bus | None = None,
                               calls: StaffCalls | None = None,
                               broker: Broker | None = None,
                               console: bool | None = None) -> KioskServices:
    """Start the relay, and the bridge or the console + escalation, as configured.

    ``console``: None follows the config (served when enabled and no broker is set)."""
    bus = bus or Bus()
    relay = OutboxRelay(store, bus)
    calls = calls or StaffCalls(store, config.staffcall.escalate_after_s)
    broker = broker or broker_from_config(config)
    services = KioskServices(bus, relay, calls)
    jobs: list[tuple[str, Callable[[], Awaitable[None]]]] = [
        ("relay", lambda: relay.run(poll_s=RELAY_POLL_S))]
    if broker is not None:
        services.bridge = KioskBridge(calls, bus, broker, site=config.kiosk.site,
                                      kiosk=config.kiosk.id, location=config.kiosk.location,
                                      forward=config.bus.forward,
                                      keepalive=config.bus.keepalive_s, wake=relay.poke)
        jobs.append(("branch bus", services.bridge.run))
    else:
        services.escalation = EscalationTimer(calls, bus, wake=relay.poke)
        jobs.append(("escalation", services.escalation.run))
    services.tasks = [asyncio.create_task(supervise(name, job), name=f"kiosk:{name}")
                      for name, job in jobs]
    serve = config.console.enabled and broker is None if console is None else console
    if serve:
        app = make_console(store, config, bus, calls=calls, wake=relay.poke)
        services.console = await serve_console(app, config.console.host, config.console.port)
        if broker is None:
            services.status = LocalStatus(bus, config, store)
            await services.status.publish()
        log.info("staff console started", extra={"path": f"{config.console.host}:"
                                                           f"{config.console.port}"})
    return services
