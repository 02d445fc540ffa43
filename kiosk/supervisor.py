"""The device supervisor: health of every configured device, kept on the asyncio loop.

Each device is probed on its own schedule: every ``interval`` seconds while it is ok or
degraded, and with exponential backoff (plus jitter) while it is offline; a probe
reopens a port that went away, so a device that is unplugged and plugged back comes
back by itself. A health change is logged once (offline, then recovered), as Home
Assistant's update coordinator does; the latest status, counters and last errors are
always there for the diagnostics screen and ``kiosk doctor``.

Devices are duck-typed through :class:`Probed`: ``async probe() -> DeviceStatus``,
optionally ``device_info()`` and ``counters``. Drivers do their blocking I/O in their
own threads, so a probe never blocks the loop; a probe that hangs is cut at
``probe_timeout``. No Qt here, and no import of ``devices`` (the dependency points
the other way).
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections import Counter, deque
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Protocol, runtime_checkable

from kiosk.clock import Clock, SystemClock
from kiosk.errors import CardJammed, DeviceFault
from kiosk.ports import CardDispenser, DeviceStatus, Health
from kiosk.waiting import wait_event

log = logging.getLogger("kiosk.supervisor")


@runtime_checkable
class Probed(Protocol):
    """What a device offers the supervisor."""

    async def probe(self) -> DeviceStatus:
        """One health check: bounded in time, reconnects if needed, and reports trouble
        as an OFFLINE/DEGRADED status rather than raising."""
        ...


@runtime_checkable
class Described(Protocol):
    def device_info(self) -> Mapping[str, str]:
        """Model, firmware, port: what a technician needs to identify the unit."""
        ...


def backoff_delay(failures: int, base: float, cap: float, jitter: float) -> float:
    """Seconds before the next probe of a device offline ``failures`` times in a row.
    ``jitter`` in [0, 1) spreads retries of several devices by +-20 %."""
    return float(min(cap, base * 2.0 ** max(0, failures - 1)) * (0.8 + 0.4 * jitter))


@dataclass
class _Watched:
    name: str
    kind: str
    device: Any
    status: DeviceStatus
    since: str
    checked: bool = False
    failures: int = 0
    next_delay: float = 0.0
    counters: Counter[str] = field(default_factory=Counter)
    last_errors: deque[tuple[str, str]] = field(default_factory=lambda: deque(maxlen=5))
    wake: asyncio.Event | None = None
    task: asyncio.Task[None] | None = None


class Supervisor:
    """Keeps a DeviceStatus per device; see the module docstring."""

    def __init__(self, devices: Mapping[str, Any], *, kinds: Mapping[str, str] | None = None,
                 clock: Clock | None = None, interval: float = 10.0, backoff: float = 1.0,
                 max_backoff: float = 60.0, probe_timeout: float = 10.0,
                 on_change: Callable[[DeviceStatus], None] | None = None,
                 jitter: Callable[[], float] = random.random) -> None:
        self.clock = clock or SystemClock()
        self.interval = interval
        self.backoff = backoff
        self.max_backoff = max_backoff
        self.probe_timeout = probe_timeout
        self.on_change = on_change
        self._jitter = jitter
        now = self.clock.now_iso()
        self._watched = {
            name: _Watched(name, (kinds or {}).get(name, name), device,
                           DeviceStatus(name, (kinds or {}).get(name, name), _driver(device),
                                        Health.OFFLINE, "not checked yet"), now)
            for name, device in devices.items()}

    # -- reading ----------------------------------------------------------------------
    def status(self, name: str) -> DeviceStatus:
        return self._watched[name].status

    def statuses(self) -> list[DeviceStatus]:
        return [w.status for w in self._watched.values()]

    def snapshot(self) -> list[dict[str, Any]]:
        """Everything known per device, JSON-ready (diagnostics screen, doctor)."""
        out = []
        for w in self._watched.values():
            counters = dict(w.counters)
            device_counters = getattr(w.device, "counters", None)
            if isinstance(device_counters, Mapping):
                counters["retries"] = int(device_counters.get("retries", 0))
                counters.update({f"device_{k}": int(v) for k, v in device_counters.items()})
            info = w.device.device_info() if isinstance(w.device, Described) else {}
            out.append({"name": w.name, "kind": w.kind, "driver": w.status.driver,
                        "status": w.status.status.value, "detail": w.status.detail,
                        "since": w.since, "info": dict(info), "counters": counters,
                        "last_errors": [{"time": t, "error": e} for t, e in w.last_errors]})
        return out

    # -- probing ----------------------------------------------------------------------
    async def check(self, name: str) -> DeviceStatus:
        """Probe one device now and record the result."""
        w = self._watched[name]
        self._record(w, await self._probe(w))
        return w.status

    async def check_all(self) -> list[DeviceStatus]:
        """Probe every device at once (``kiosk doctor``, start-up)."""
        return list(await asyncio.gather(*(self.check(n) for n in self._watched)))

    def start(self) -> None:
        """Watch every device in the background (call with the loop running)."""
        for w in self._watched.values():
            if w.task is None:
                w.wake = asyncio.Event()
                w.task = asyncio.ensure_future(self._watch(w))

    async def stop(self) -> None:
        pending = {w.task for w in self._watched.values() if w.task is not None}
        # Python 3.11's wait_for swallows a cancel that lands just as the awaited probe
        # finishes (the watcher then sleeps on): cancel again until every watcher has ended.
        while pending:
            for task in pending:
                task.cancel()
            _, pending = await asyncio.wait(pending, timeout=0.1)
        for w in self._watched.values():
            w.task = None

    def poke(self, name: str) -> None:
        """Probe this device soon (a flow just saw it fail)."""
        wake = self._watched[name].wake
        if wake is not None:
            wake.set()

    # -- what flows report ------------------------------------------------------------
    def count(self, name: str, counter: str, n: int = 1) -> None:
        self._watched[name].counters[counter] += n

    def record_error(self, name: str, error: BaseException | str) -> None:
        """Keep an error a flow met on this device (technical detail, no guest data)."""
        text = error if isinstance(error, str) else f"{type(error).__name__}: {error}"
        self._watched[name].last_errors.append((self.clock.now_iso(), text))

    def wrap_dispenser(self, dispenser: CardDispenser, name: str = "dispenser") -> CardDispenser:
        """The dispenser port, counting cards issued, encode failures and jams here."""
        return SupervisedDispenser(dispenser, self, name)

    # -- inside -----------------------------------------------------------------------
    async def _watch(self, w: _Watched) -> None:
        assert w.wake is not None
        while True:
            self._record(w, await self._probe(w))
            if w.status.status == Health.OFFLINE:
                w.failures += 1
                w.next_delay = backoff_delay(w.failures, self.backoff, self.max_backoff,
                                             self._jitter())
            else:
                w.failures = 0
                w.next_delay = self.interval
            await wait_event(w.wake, w.next_delay)
            w.wake.clear()

    async def _probe(self, w: _Watched) -> DeviceStatus:
        probe: Callable[[], Awaitable[DeviceStatus]] | None = getattr(
            w.device, "probe", None) or getattr(w.device, "check", None)
        if probe is None:
            return DeviceStatus(w.name, w.kind, _driver(w.device), Health.OK,
                                "no health check (assumed ok)")
        try:
            result = await asyncio.wait_for(probe(), self.probe_timeout)
        except TimeoutError:
            result = DeviceStatus(w.name, w.kind, _driver(w.device), Health.OFFLINE,
                                  f"health check did not finish in {self.probe_timeout:g} s")
        except Exception as exc:  # a broken probe must not take the supervisor down
            result = DeviceStatus(w.name, w.kind, _driver(w.device), Health.OFFLINE,
                                  f"health check failed: {type(exc).__name__}: {exc}")
        return replace(result, name=w.name, kind=w.kind)

    def _record(self, w: _Watched, new: DeviceStatus) -> None:
        old, first = w.status, not w.checked
        w.status, w.checked = new, True
        if new.status != Health.OK and (not w.last_errors or w.last_errors[-1][1] != new.detail):
            w.last_errors.append((self.clock.now_iso(), new.detail))
        if new.status == old.status and not first:
            return
        w.since = self.clock.now_iso()
        extra = {"device": w.name, "health": new.status.value, "detail": new.detail}
        if new.status != Health.OK:
            log.warning("device %s", new.status.value, extra=extra)
        elif not first:
            log.info("device recovered", extra=extra)
        if self.on_change is not None:
            self.on_change(new)


class SupervisedDispenser:
    """A CardDispenser that tells the supervisor what happens to the cards."""

    def __init__(self, inner: CardDispenser, supervisor: Supervisor, name: str) -> None:
        self.inner = inner
        self._supervisor = supervisor
        self._name = name

    def __getattr__(self, attr: str) -> Any:
        return getattr(self.inner, attr)  # probe, status, counters, device_info, ...

    async def to_encoder(self) -> None:
        await self._run(self.inner.to_encoder)

    async def present(self) -> None:
        await self._run(self.inner.present)
        self._supervisor.count(self._name, "cards_issued")

    async def reject(self) -> None:
        # A card is rejected only when its key did not verify after writing.
        self._supervisor.count(self._name, "encode_failures")
        await self._run(self.inner.reject)

    async def capture(self) -> None:
        await self._run(self.inner.capture)
        self._supervisor.count(self._name, "captured")

    async def _run(self, op: Callable[[], Awaitable[None]]) -> None:
        try:
            await op()
        except DeviceFault as exc:
            if isinstance(exc, CardJammed):
                self._supervisor.count(self._name, "jams")
            if exc.message_id == "card_not_taken":
                self._supervisor.count(self._name, "not_taken")
            self._supervisor.record_error(self._name, exc)
            self._supervisor.poke(self._name)
            raise


def _driver(device: Any) -> str:
    return str(getattr(device, "driver", type(device).__name__))


def device_map(devices: Any, names: Iterable[str]) -> dict[str, Any]:
    """``{name: device}`` from an object with one attribute per device (``Devices``)."""
    return {name: getattr(devices, name) for name in names if hasattr(devices, name)}
