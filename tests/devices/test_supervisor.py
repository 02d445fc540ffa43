"""kiosk.supervisor: health per device, logged only on change, reconnect with backoff
(a pty dispenser unplugged and plugged back goes offline, then ok), counters."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from devices import open_devices
from devices.dispenser import open_dispenser
from devices.dispenser.simulator import DispenserSimulator
from devices.sim import SimCardDispenser, SimCardPath
from kiosk.clock import FakeClock
from kiosk.config import DevicesSection
from kiosk.errors import CardJammed
from kiosk.ports import DeviceStatus, Health
from kiosk.supervisor import Supervisor, backoff_delay, device_map

NAMES = ("payment", "key_encoder", "dispenser", "scanner", "document_reader", "printer")


async def until(predicate: Callable[[], bool], timeout: float = 5.0) -> None:
    async with asyncio.timeout(timeout):
        while not predicate():
            await asyncio.sleep(0.01)


def test_simulated_devices_are_all_ok() -> None:
    devices = open_devices(DevicesSection())
    sup = Supervisor(device_map(devices, NAMES), clock=FakeClock())
    statuses = asyncio.run(sup.check_all())
    assert [(s.name, s.status, s.driver) for s in statuses] == \
        [(n, Health.OK, "sim") for n in NAMES]
    json.dumps(sup.snapshot())  # JSON-ready for doctor and the diagnostics screen


def test_backoff_delay() -> None:
    assert [backoff_delay(n, 1.0, 60.0, 0.5) for n in range(1, 9)] == \
        [1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 60.0, 60.0]
    assert backoff_delay(3, 1.0, 60.0, 0.0) == pytest.approx(3.2)
    assert backoff_delay(3, 1.0, 60.0, 0.999) == pytest.approx(4.8, abs=0.01)


class Flaky:
    """A device whose probe answers from a script."""

    driver = "flaky"

    def __init__(self, script: list[Health]) -> None:
        self.script = script
        self.calls = 0

    async def probe(self) -> DeviceStatus:
        self.calls += 1
        health = self.script.pop(0) if self.script else Health.OK
        return DeviceStatus("x", "x", self.driver, health, f"probe {self.calls}")


def test_offline_device_is_retried_with_growing_delays(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="kiosk.supervisor")
    device = Flaky([Health.OFFLINE] * 4)
    changes: list[Health] = []
    sup = Supervisor({"printer": device}, clock=FakeClock(), interval=30, backoff=0.02,
                     max_backoff=1, jitter=lambda: 0.5,
                     on_change=lambda s: changes.append(s.status))
    delays: list[float] = []

    async def go() -> None:
        sup.start()
        for n in range(1, 6):
            await until(lambda n=n: device.calls >= n)  # type: ignore[misc]
            await asyncio.sleep(0)
            delays.append(sup._watched["printer"].next_delay)
        await sup.stop()
    asyncio.run(go())
    assert delays == [0.02, 0.04, 0.08, 0.16, 30]  # backoff while offline, then the interval
    assert changes == [Health.OFFLINE, Health.OK]
    messages = [r.getMessage() for r in caplog.records]
    assert messages == ["device offline", "device recovered"]  # once each, not per probe


def test_a_hanging_or_broken_probe_is_offline_and_the_loop_runs_on() -> None:
    class Hangs:
        async def probe(self) -> DeviceStatus:
            await asyncio.sleep(60)
            raise AssertionError

    class Breaks:
        async def probe(self) -> DeviceStatus:
            raise RuntimeError("bug in a driver")

    sup = Supervisor({"a": Hangs(), "b": Breaks(), "c": object()}, clock=FakeClock(),
                     probe_timeout=0.1)
    a, b, c = asyncio.run(sup.check_all())
    assert (a.status, a.detail) == (Health.OFFLINE, "health check did not finish in 0.1 s")
    assert (b.status, b.detail) == (Health.OFFLINE,
                                    "health check failed: RuntimeError: bug in a driver")
    assert (c.status, c.detail) == (Health.OK, "no health check (assumed ok)")


def test_unplugged_dispenser_goes_offline_then_ok_again(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="kiosk.supervisor")
    with DispenserSimulator(tmp_path / "dispenser") as sim:
        dispenser = open_dispenser(f"tty:{sim.path}?ack_timeout=0.05&retries=1&timeout=0.3")
        sup = Supervisor({"dispenser": dispenser}, clock=FakeClock(), interval=0.05,
                         backoff=0.02, max_backoff=0.1)
        gaps: list[float] = []

        async def ticker() -> None:
            loop = asyncio.get_running_loop()
            last = loop.time()
            while True:
                await asyncio.sleep(0.005)
                gaps.append(loop.time() - last)
                last = loop.time()

        async def go() -> None:
            tick = asyncio.ensure_future(ticker())
            sup.start()
            await until(lambda: sup.status("dispenser").status == Health.OK)
            sim.unplug()
            await until(lambda: sup.status("dispenser").status == Health.OFFLINE)
            assert "not connected" in sup.status("dispenser").detail
            await asyncio.sleep(0.3)  # a few backoff rounds while it is away
            sim.replug()
            await until(lambda: sup.status("dispenser").status == Health.OK)
            await dispenser.to_encoder()  # and it works again
            await sup.stop()
            tick.cancel()
            await dispenser.close()
        asyncio.run(go())
        # Probes never blocked the loop: a read on the loop would stall it 0.05-0.3 s on
        # every probe. A busy CI machine may delay one tick now and then, never most.
        gaps.sort()
        assert gaps[int(len(gaps) * 0.9)] < 0.05
        assert gaps[-1] < 0.25
    records = [(r.getMessage(), r.device) for r in caplog.records]  # type: ignore[attr-defined]
    assert records == [("device offline", "dispenser"), ("device recovered", "dispenser")]
    assert dispenser.counters["connects"] == 2


def test_supervised_dispenser_counts(tmp_path: Path) -> None:
    clock = FakeClock()
    inner = SimCardDispenser(SimCardPath(), jam_every=3)
    sup = Supervisor({"dispenser": inner}, clock=clock)
    port = sup.wrap_dispenser(inner)

    async def go() -> None:
        await port.to_encoder()
        await port.reject()            # the key did not verify
        await port.to_encoder()
        await port.present()
        with pytest.raises(CardJammed):
            await port.to_encoder()
    asyncio.run(go())
    (snap,) = sup.snapshot()
    assert snap["counters"] == {"cards_issued": 1, "encode_failures": 1, "jams": 1}
    assert snap["last_errors"] == [{"time": clock.now_iso(),
                                    "error": "CardJammed: jam on dispense #3"}]
    assert port.cards_left == inner.cards_left  # everything else reaches the dispenser


def test_serial_dispenser_counters_reach_the_snapshot(tmp_path: Path) -> None:
    with DispenserSimulator(tmp_path / "d") as sim:
        dispenser = open_dispenser(f"tty:{sim.path}?take_timeout=0.1&poll=0.02")
        sup = Supervisor({"dispenser": dispenser}, clock=FakeClock())
        port: Any = sup.wrap_dispenser(dispenser)
        sim.take_after = None
        sim.corrupt_next = 1

        async def go() -> None:
            await port.to_encoder()
            with pytest.raises(Exception, match="not taken"):
                await port.present()
            await sup.check("dispenser")
            await dispenser.close()
        asyncio.run(go())
    (snap,) = sup.snapshot()
    assert snap["counters"]["not_taken"] == 1 and snap["counters"]["retries"] == 1
    assert snap["counters"]["device_captured"] == 1
    assert snap["info"]["model"] == "Creator CRT-591 family"


def test_stop_right_after_start_ends_every_watcher() -> None:
    """A cancel that lands as a probe finishes is swallowed by Python 3.11's wait_for;
    stop() must still end every watcher (a kiosk closed at once must not hang)."""
    async def main() -> None:
        devices = open_devices(DevicesSection())
        for spins in range(6):
            sup = Supervisor(device_map(devices, ["payment", "key_encoder", "dispenser",
                                                  "scanner", "document_reader", "printer"]))
            sup.start()
            for _ in range(spins):
                await asyncio.sleep(0)
            await asyncio.wait_for(sup.stop(), 3)
            assert all(t.done() for t in asyncio.all_tasks() if t is not asyncio.current_task())
    asyncio.run(main())
