"""Benchmark: how fast a staff call travels, both ways, on loopback.

For each of N calls (default 1,000):
  tap → page     the guest taps "Call staff" (StaffCalls.request on the kiosk's store)
                 until a logged-in staff page has it (WebSocket message received);
  accept → kiosk staff accept on the page (HTTP POST with the CSRF token) until the kiosk's
                 own bus publishes ``staffcall.accepted`` (what the guest's screen shows).

Two set-ups side by side: *embedded* (the console on the kiosk, in-process bus) and *MQTT*
(kiosk → Mosquitto → hub with its console and store → Mosquitto → kiosk). Everything runs
in this one process and loop, with real TCP on loopback and real SQLite files
(synchronous=FULL). Target: p95 under 100 ms each way.

Run: .venv/bin/python bench/staffcall.py [--calls N]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

# Run as a script, this folder comes first on sys.path; keep the project's packages first.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).parent.resolve()]
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import aiohttp  # noqa: E402

from kiosk.branchbus.broker import Broker  # noqa: E402
from kiosk.branchbus.hub import HubBridge  # noqa: E402
from kiosk.branchbus.kiosk import KioskBridge  # noqa: E402
from kiosk.bus import Bus, Event, OutboxRelay  # noqa: E402
from kiosk.clock import SystemClock  # noqa: E402
from kiosk.config import Config  # noqa: E402
from kiosk.console import make_console, serve_console  # noqa: E402
from kiosk.db import Store, open_store  # noqa: E402
from kiosk.staff import Role, StaffDirectory  # noqa: E402
from kiosk.staffcall import StaffCalls  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
MOSQUITTO = "/usr/sbin/mosquitto"
USERS = {"hub": "bench-hub", "lobby-1": "bench-k1"}
seen_ids: set[int] = set()  # page ids already measured: a late message of an old call is not news


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@asynccontextmanager
async def mosquitto(home: Path) -> AsyncIterator[int]:
    """Mosquitto in the foreground with Lobby's ACL and two users; killed at the end."""
    port = free_port()
    passwd = home / "passwd"
    for i, (user, password) in enumerate(USERS.items()):
        subprocess.run(["mosquitto_passwd", *(["-c"] if i == 0 else []), "-b", str(passwd),
                        user, password], check=True, capture_output=True)
    passwd.chmod(0o600)
    lines = [f"listener {port} 127.0.0.1", "allow_anonymous false", f"password_file {passwd}",
             f"acl_file {ROOT / 'deploy' / 'mosquitto' / 'lobby.acl'}", "persistence false",
             "set_tcp_nodelay true"]
    if os.geteuid() == 0:
        lines.append("user root")
    (home / "mosquitto.conf").write_text("\n".join(lines) + "\n")
    proc = subprocess.Popen([MOSQUITTO, "-c", str(home / "mosquitto.conf")],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                await asyncio.sleep(0.05)
        yield port
    finally:
        proc.kill()
        proc.wait(5)


class Waiter:
    """Futures resolved by a predicate over a stream of messages or events."""

    def __init__(self) -> None:
        self._waiting: list[tuple[Callable[[Any], bool], asyncio.Future[Any]]] = []

    def expect(self, want: Callable[[Any], bool]) -> asyncio.Future[Any]:
        fut: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self._waiting.append((want, fut))
        return fut

    def feed(self, item: Any) -> None:
        for entry in list(self._waiting):
            want, fut = entry
            if not fut.done() and want(item):
                fut.set_result(item)
                self._waiting.remove(entry)


class Phone:
    """A logged-in staff page: the WebSocket is read continuously, like the browser does."""

    def __init__(self, base: str) -> None:
        self.session = aiohttp.ClientSession(base_url=base,
                                             cookie_jar=aiohttp.CookieJar(unsafe=True))
        self.messages = Waiter()
        self.csrf = ""
        self._reader: asyncio.Task[None] | None = None

    async def login(self) -> None:
        r = await self.session.post("/api/login", json={"username": "anna", "secret": "4821"})
        self.csrf = (await r.json())["csrf"]
        ws = await self.session.ws_connect("/ws")

        async def read() -> None:
            async for m in ws:
                self.messages.feed(m.json())
        self._reader = asyncio.create_task(read())

    async def post(self, call_id: int, action: str, **body: Any) -> None:
        r = await self.session.post(f"/api/calls/{call_id}/{action}", json=body,
                                    headers={"X-CSRF-Token": self.csrf})
        assert r.status == 200, await r.text()
        await r.read()

    async def close(self) -> None:
        if self._reader:
            self._reader.cancel()
        await self.session.close()


def node(path: Path, tasks: list[asyncio.Task[None]]) -> tuple[Store, Bus, OutboxRelay,
                                                                StaffCalls]:
    store = open_store(path, SystemClock())
    bus = Bus()
    relay = OutboxRelay(store, bus)
    tasks.append(asyncio.create_task(relay.run(poll_s=0.1)))
    return store, bus, relay, StaffCalls(store)


async def measure(n: int, kiosk_calls: StaffCalls, kiosk_relay: OutboxRelay, kiosk_bus: Bus,
                  phone: Phone) -> tuple[list[float], list[float]]:
    kiosk_events = Waiter()
    kiosk_bus.subscribe("staffcall.*", kiosk_events.feed)
    to_page: list[float] = []
    to_kiosk: list[float] = []
    for i in range(n):
        shown = phone.messages.expect(lambda m: m["type"] == "call"
                                      and m["call"]["status"] in ("requested", "offered")
                                      and m["call"]["kiosk"] == "lobby-1"
                                      and m["call"]["id"] not in seen_ids)
        t0 = time.perf_counter()
        cid = kiosk_calls.request(kiosk="lobby-1", screen="payment", reason="payment_declined",
                                  language="fi", location="Main lobby")
        kiosk_relay.poke()  # what the kiosk's "Call staff" does after recording the call
        page_id = (await asyncio.wait_for(shown, 10))["call"]["id"]
        to_page.append((time.perf_counter() - t0) * 1000)
        seen_ids.add(page_id)

        accepted = kiosk_events.expect(lambda e, cid=cid: isinstance(e, Event)
                                       and e.topic == "staffcall.accepted"
                                       and e.payload["id"] == cid)
        t0 = time.perf_counter()
        await phone.post(page_id, "accept", eta_minutes=1 + i % 10)
        await asyncio.wait_for(accepted, 10)
        to_kiosk.append((time.perf_counter() - t0) * 1000)

        resolved = kiosk_events.expect(lambda e, cid=cid: isinstance(e, Event)
                                       and e.topic == "staffcall.resolved"
                                       and e.payload["id"] == cid)
        await phone.post(page_id, "resolve", outcome="helped")
        await asyncio.wait_for(resolved, 10)
    return to_page, to_kiosk


async def embedded(n: int, tmp: Path) -> tuple[list[float], list[float]]:
    seen_ids.clear()
    tasks: list[asyncio.Task[None]] = []
    store, bus, relay, calls = node(tmp / "embedded.db", tasks)
    StaffDirectory(store).add("anna", "Anna", Role.STAFF, "4821")
    StaffDirectory(store).set_on_duty("anna", True)
    port = free_port()
    runner = await serve_console(make_console(store, Config(), bus, calls=calls,
                                              wake=relay.poke), "127.0.0.1", port)
    phone = Phone(f"http://127.0.0.1:{port}")
    try:
        await phone.login()
        return await measure(n, calls, relay, bus, phone)
    finally:
        await phone.close()
        await runner.cleanup()
        for t in tasks:
            t.cancel()
        store.close()


async def over_mqtt(n: int, tmp: Path) -> tuple[list[float], list[float]]:
    seen_ids.clear()
    tasks: list[asyncio.Task[None]] = []
    async with mosquitto(tmp) as broker_port:
        k_store, k_bus, k_relay, k_calls = node(tmp / "kiosk.db", tasks)
        h_store, h_bus, h_relay, h_calls = node(tmp / "hub.db", tasks)
        StaffDirectory(h_store).add("anna", "Anna", Role.STAFF, "4821")
        StaffDirectory(h_store).set_on_duty("anna", True)
        url = "mqtt://{u}:{p}@127.0.0.1:" + str(broker_port)
        kiosk = KioskBridge(k_calls, k_bus, Broker.from_url(url.format(
            u="lobby-1", p=USERS["lobby-1"])), site="HEL01", kiosk="lobby-1",
            wake=k_relay.poke)
        hub = HubBridge(h_calls, h_bus, Broker.from_url(url.format(u="hub", p=USERS["hub"])),
                        site="HEL01", wake=h_relay.poke)
        tasks += [asyncio.create_task(kiosk.run()), asyncio.create_task(hub.run())]
        port = free_port()
        runner = await serve_console(make_console(h_store, Config(), h_bus, calls=h_calls,
                                                  wake=h_relay.poke), "127.0.0.1", port)
        phone = Phone(f"http://127.0.0.1:{port}")
        try:
            while not (kiosk.connected and hub.connected):
                await asyncio.sleep(0.05)
            await phone.login()
            return await measure(n, k_calls, k_relay, k_bus, phone)
        finally:
            await phone.close()
            await runner.cleanup()
            for t in tasks:
                t.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            k_store.close()
            h_store.close()


def row(name: str, how: str, ms: list[float]) -> str:
    q = statistics.quantiles(ms, n=100)
    return (f"| {name:<24} | {how:<8} | {statistics.median(ms):7.1f} | {q[94]:7.1f} |"
            f" {max(ms):7.1f} |")


async def main(n: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        e_page, e_kiosk = await embedded(n, Path(tmp))
        mqtt_home = Path(tmp) / "mqtt"
        mqtt_home.mkdir()
        m_page, m_kiosk = await over_mqtt(n, mqtt_home)
    print(f"\nStaff call latency, {n} calls per set-up, loopback "
          f"({platform.python_implementation()} {platform.python_version()}, "
          f"{os.cpu_count()} CPUs)\n")
    print("| path                     | bus      |  p50 ms |  p95 ms |  max ms |")
    print("| ------------------------ | -------- | ------: | ------: | ------: |")
    print(row("tap → staff page (WS)", "embedded", e_page))
    print(row("tap → staff page (WS)", "MQTT", m_page))
    print(row("accept (POST) → kiosk bus", "embedded", e_kiosk))
    print(row("accept (POST) → kiosk bus", "MQTT", m_kiosk))


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--calls", type=int, default=1000)
    asyncio.run(main(parser.parse_args().calls))
