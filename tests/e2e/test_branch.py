"""The branch bus for real: Mosquitto on loopback (deploy/mosquitto/lobby.acl, users with
passwords), kiosks and a hub on separate stores, the broker killed in the middle of a call.

Every process started here is killed in ``finally``: broker, kiosks, hub.
"""

from __future__ import annotations

import asyncio
import json
import os
import queue
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager, contextmanager
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from kiosk.branchbus.broker import Broker
from kiosk.branchbus.hub import HubBridge
from kiosk.branchbus.kiosk import KioskBridge
from kiosk.bus import Bus, Event, OutboxRelay
from kiosk.db import Store, open_store
from kiosk.staff import Role, StaffDirectory
from kiosk.staffcall import CallState, StaffCalls

ROOT = Path(__file__).parents[2]
MOSQUITTO = "/usr/sbin/mosquitto"
SITE = "HEL01"
PASSWORDS = {"hub": "hub-secret", "lobby-1": "k1-secret", "lobby-2": "k2-secret",
             "intruder": "x-secret"}

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not Path(MOSQUITTO).exists(), reason="mosquitto not installed")]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Mosquitto:
    """A broker in the foreground on a free loopback port, with Lobby's ACL and users."""

    def __init__(self, home: Path) -> None:
        self.home = home
        self.port = free_port()
        self.proc: subprocess.Popen[bytes] | None = None
        home.mkdir(parents=True, exist_ok=True)
        passwd = home / "lobby.passwd"
        for i, (user, password) in enumerate(PASSWORDS.items()):
            subprocess.run(["mosquitto_passwd", *(["-c"] if i == 0 else []), "-b", str(passwd),
                            user, password], check=True, capture_output=True)
        passwd.chmod(0o600)
        lines = [f"listener {self.port} 127.0.0.1", "allow_anonymous false",
                 f"password_file {passwd}",
                 f"acl_file {ROOT / 'deploy' / 'mosquitto' / 'lobby.acl'}",
                 # No persistence: a restart forgets every session, queue and retained
                 # status: the worst case the programs must survive.
                 "persistence false", "set_tcp_nodelay true"]
        if os.geteuid() == 0:
            lines.append("user root")  # else it drops to "mosquitto", who cannot read tmp
        (home / "mosquitto.conf").write_text("\n".join(lines) + "\n")

    def url(self, user: str) -> str:
        return f"mqtt://{user}:{PASSWORDS[user]}@127.0.0.1:{self.port}"

    def start(self) -> None:
        log = open(self.home / "mosquitto.log", "ab")  # noqa: SIM115 - closed with the process
        self.proc = subprocess.Popen([MOSQUITTO, "-c", str(self.home / "mosquitto.conf")],
                                     stdout=log, stderr=log)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"mosquitto exited: {(self.home / 'mosquitto.log').read_text()}")
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("mosquitto did not start")

    def kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(5)
        self.proc = None


@pytest.fixture
def broker(tmp_path: Path) -> Iterator[Mosquitto]:
    m = Mosquitto(tmp_path / "broker")
    m.start()
    try:
        yield m
    finally:
        m.kill()


def write_config(path: Path, *, kiosk: str, broker_url: str, console_port: int = 0,
                 keepalive: int = 5) -> Path:
    path.write_text(
        f'[kiosk]\nid = "{kiosk}"\nsite = "{SITE}"\nlocation = "{kiosk} by the lifts"\n'
        f'[bus]\nbroker = "{broker_url}"\nkeepalive_s = {keepalive}\n'
        f'[console]\nport = {console_port or 8080}\nkiosks = ["lobby-1", "lobby-2"]\n'
        '[staffcall]\nescalate_after_s = [30, 90]\n')
    return path


class Process:
    """A child process whose stdout lines (JSON events or text) are collected."""

    def __init__(self, args: list[str], name: str, log_dir: Path) -> None:
        self.name = name
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        self.stderr = open(log_dir / f"{name}.err", "wb")  # noqa: SIM115
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        self.proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=self.stderr,
                                     cwd=ROOT, env=env)
        threading.Thread(target=self._pump, daemon=True).start()

    def _pump(self) -> None:
        assert self.proc.stdout is not None
        for raw in self.proc.stdout:
            self.lines.put(raw.decode().rstrip("\n"))

    def wait_line(self, want: Callable[[str], bool], timeout: float = 15) -> str:
        for line in self.seen:
            if want(line):
                return line
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=0.1)
            except queue.Empty:
                if self.proc.poll() is not None:
                    break
                continue
            self.seen.append(line)
            if want(line):
                return line
        raise AssertionError(f"{self.name}: no such line within {timeout}s; "
                             f"saw {self.seen[-10:]}")

    def events(self) -> list[dict[str, Any]]:
        while not self.lines.empty():
            self.seen.append(self.lines.get())
        out = []
        for line in self.seen:
            if line.startswith("{"):
                out.append(json.loads(line))
        return out

    def kill(self, sig: int = signal.SIGKILL) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
            if sig in (signal.SIGKILL, signal.SIGTERM):
                self.proc.wait(10)

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)
        self.stderr.close()


def event_line(topic: str, **payload: Any) -> Callable[[str], bool]:
    def want(line: str) -> bool:
        if not line.startswith("{"):
            return False
        e = json.loads(line)
        return e["topic"] == topic and all(e["payload"].get(k) == v for k, v in payload.items())
    return want


@contextmanager
def site(tmp_path: Path, broker: Mosquitto, *, keepalive: int = 5) -> Iterator[dict[str, Any]]:
    """A hub and two kiosks as separate processes, each on its own database."""
    procs: list[Process] = []
    hub_db = tmp_path / "hub.db"
    store = open_store(hub_db)
    staff = StaffDirectory(store)
    staff.add("anna", "Anna", Role.STAFF, "4821")
    staff.set_on_duty("anna", True)
    store.close()
    console_port = free_port()
    try:
        hub_cfg = write_config(tmp_path / "hub.toml", kiosk="hub-host",
                               broker_url=broker.url("hub"), console_port=console_port)

        def start_hub() -> Process:
            hub = Process([sys.executable, "-m", "kiosk.hub", "--db", str(hub_db), "--config",
                           str(hub_cfg), "--host", "127.0.0.1"], f"hub{len(procs)}", tmp_path)
            procs.append(hub)
            hub.wait_line(lambda line: line.startswith("staff console:"))
            return hub

        hub = start_hub()
        kiosks = {}
        for kid in ("lobby-1", "lobby-2"):
            cfg = write_config(tmp_path / f"{kid}.toml", kiosk=kid, broker_url=broker.url(kid),
                               keepalive=keepalive)
            db = tmp_path / f"{kid}.db"
            open_store(db).close()
            p = Process([sys.executable, "-m", "kiosk.branchbus", "--db", str(db), "--config",
                         str(cfg)], kid, tmp_path)
            procs.append(p)
            kiosks[kid] = (p, db)
        for p, _db in kiosks.values():
            p.wait_line(event_line("branch.link", status="connected"))
        yield {"hub": hub, "start_hub": start_hub, "console": f"http://127.0.0.1:{console_port}",
               "kiosks": kiosks}
    finally:
        for p in procs:
            p.close()


class StaffPhone:
    """A staff member's phone on the hub's console: HTTP + the live WebSocket."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.session = aiohttp.ClientSession(base_url=base,
                                             cookie_jar=aiohttp.CookieJar(unsafe=True))
        self.csrf = ""
        self.ws: aiohttp.ClientWebSocketResponse | None = None
        self.messages: list[dict[str, Any]] = []

    async def login(self, username: str = "anna", secret: str = "4821") -> None:
        r = await self.session.post("/api/login", json={"username": username, "secret": secret})
        assert r.status == 200, await r.text()
        self.csrf = (await r.json())["csrf"]
        self.ws = await self.session.ws_connect("/ws")

    async def wait(self, want: Callable[[dict[str, Any]], bool],
                   timeout: float = 15) -> dict[str, Any]:
        for m in self.messages:
            if want(m):
                return m
        assert self.ws is not None

        async def read() -> dict[str, Any]:
            assert self.ws is not None
            while True:
                m: dict[str, Any] = await self.ws.receive_json()
                self.messages.append(m)
                if want(m):
                    return m
        return await asyncio.wait_for(read(), timeout)

    async def act(self, call_id: int, action: str, **body: Any) -> dict[str, Any]:
        r = await self.session.post(f"/api/calls/{call_id}/{action}", json=body,
                                    headers={"X-CSRF-Token": self.csrf})
        assert r.status == 200, await r.text()
        return dict(await r.json())

    async def close(self) -> None:
        if self.ws is not None:
            await self.ws.close()
        await self.session.close()


def call_message(kiosk: str, status: str | None = None) -> Callable[[dict[str, Any]], bool]:
    def want(m: dict[str, Any]) -> bool:
        return (m["type"] == "call" and m["call"]["kiosk"] == kiosk
                and (status is None or m["call"]["status"] == status))
    return want


def kiosk_message(kiosk: str, status: str) -> Callable[[dict[str, Any]], bool]:
    def want(m: dict[str, Any]) -> bool:
        if m["type"] == "snapshot":
            return any(k["kiosk"] == kiosk and k["status"] == status for k in m["kiosks"])
        return m["type"] == "kiosk" and m["kiosk"]["kiosk"] == kiosk and \
            m["kiosk"]["status"] == status
    return want


def raise_call(db: Path, **context: Any) -> int:
    """The guest taps "Call staff" on that kiosk (its process picks it up from the outbox)."""
    store = open_store(db)
    try:
        return StaffCalls(store).request(kiosk=context.pop("kiosk", db.stem),
                                         screen="payment", reason="payment_declined",
                                         language="fi", location="by the lifts", **context)
    finally:
        store.close()


def kiosk_call(db: Path, call_id: int) -> Any:
    store = open_store(db)
    try:
        return StaffCalls(store).get(call_id)
    finally:
        store.close()


# -- two kiosks and a hub, as processes ----------------------------------------------------
def test_a_call_from_kiosk_1_is_accepted_at_the_hub_and_kiosk_1_hears_who_is_coming(
        tmp_path: Path, broker: Mosquitto) -> None:
    with site(tmp_path, broker) as s:
        k1, db1 = s["kiosks"]["lobby-1"]
        k2, _db2 = s["kiosks"]["lobby-2"]

        async def scenario() -> None:
            phone = StaffPhone(s["console"])
            try:
                await phone.login()
                await phone.wait(kiosk_message("lobby-1", "online"))
                await phone.wait(kiosk_message("lobby-2", "online"))
                call_id = raise_call(db1, kiosk="lobby-1")
                shown = await phone.wait(call_message("lobby-1"))
                assert shown["call"]["reason"] == "payment_declined"
                assert shown["call"]["language"] == "fi"
                hub_id = shown["call"]["id"]
                # Shown on a console → offered, and the kiosk hears that too.
                k1.wait_line(event_line("staffcall.offered", id=call_id))

                await phone.act(hub_id, "accept", eta_minutes=1)
                line = k1.wait_line(event_line("staffcall.accepted", id=call_id))
                accepted = json.loads(line)["payload"]
                assert (accepted["staff_name"], accepted["eta_minutes"]) == ("Anna", 1)
                assert kiosk_call(db1, call_id).staff_name == "Anna"

                await phone.act(hub_id, "arrived")
                k1.wait_line(event_line("staffcall.arrived", id=call_id))
                await phone.act(hub_id, "resolve", outcome="helped")
                k1.wait_line(event_line("staffcall.resolved", id=call_id))
                done = kiosk_call(db1, call_id)
                assert done.state == CallState.RESOLVED and done.outcome == "helped"
                # Kiosk 2 never heard of kiosk 1's call (the ACL would not even let it).
                assert not [e for e in k2.events() if e["topic"].startswith("staffcall.")]
            finally:
                await phone.close()
        asyncio.run(scenario())


def test_the_broker_restarting_in_the_middle_of_a_call_loses_nothing(
        tmp_path: Path, broker: Mosquitto) -> None:
    with site(tmp_path, broker) as s:
        k1, db1 = s["kiosks"]["lobby-1"]
        k2, db2 = s["kiosks"]["lobby-2"]

        async def scenario() -> None:
            phone = StaffPhone(s["console"])
            try:
                await phone.login()
                call_id = raise_call(db1, kiosk="lobby-1")
                hub_id = (await phone.wait(call_message("lobby-1")))["call"]["id"]

                broker.kill()
                k1.wait_line(event_line("branch.link", status="disconnected"))
                # Staff accept while the broker is down: recorded at the hub, queued in its
                # outbox behind the MQTT cursor.
                await phone.act(hub_id, "accept", eta_minutes=2)
                # A guest on kiosk 2 calls while the broker is down.
                call2 = raise_call(db2, kiosk="lobby-2")
                await asyncio.sleep(1.0)
                broker.start()

                line = await asyncio.to_thread(k1.wait_line,
                                               event_line("staffcall.accepted", id=call_id), 20)
                assert json.loads(line)["payload"]["staff_name"] == "Anna"
                hub2 = (await phone.wait(call_message("lobby-2"), 20))["call"]["id"]
                await phone.act(hub2, "accept", eta_minutes=5)
                await asyncio.to_thread(k2.wait_line,
                                        event_line("staffcall.accepted", id=call2), 20)
                await phone.act(hub_id, "resolve", outcome="helped")
                await asyncio.to_thread(k1.wait_line,
                                        event_line("staffcall.resolved", id=call_id), 20)
                assert kiosk_call(db1, call_id).state == CallState.RESOLVED
                assert kiosk_call(db2, call2).eta_minutes == 5
            finally:
                await phone.close()
        asyncio.run(scenario())


def test_a_killed_kiosk_shows_offline_within_seconds(tmp_path: Path, broker: Mosquitto) -> None:
    with site(tmp_path, broker, keepalive=2) as s:
        k1, _db1 = s["kiosks"]["lobby-1"]
        k2, _db2 = s["kiosks"]["lobby-2"]

        async def scenario() -> None:
            phone = StaffPhone(s["console"])
            try:
                await phone.login()
                await phone.wait(kiosk_message("lobby-2", "online"))
                # A crash: the connection closes and the broker publishes the will at once.
                t0 = time.monotonic()
                k2.kill(signal.SIGKILL)
                await phone.wait(kiosk_message("lobby-2", "offline"), 10)
                crashed_after = time.monotonic() - t0
                # A hang (frozen process, cable pulled): found by the keepalive (2 s here).
                await phone.wait(kiosk_message("lobby-1", "online"))
                t0 = time.monotonic()
                k1.kill(signal.SIGSTOP)
                await phone.wait(kiosk_message("lobby-1", "offline"), 15)
                hung_after = time.monotonic() - t0
                print(f"offline after a crash: {crashed_after:.2f} s, a hang: {hung_after:.2f} s")
                assert crashed_after < 3.0, crashed_after
                # keepalive 2 s: mosquitto declares it dead after 1.5 x keepalive, checked
                # about once a second (measured 3-4 s; keepalive 5 s gives ~8-10 s).
                assert hung_after < 8.0, hung_after
            finally:
                await phone.close()
        asyncio.run(scenario())


def test_a_call_queued_for_a_dead_hub_survives_the_broker_losing_its_queue(
        tmp_path: Path, broker: Mosquitto) -> None:
    """The hub is down; a guest calls; the broker (holding the call for the hub) restarts
    and forgets it. When the hub comes back it asks, and the kiosk sends the call again."""
    with site(tmp_path, broker) as s:
        k1, db1 = s["kiosks"]["lobby-1"]
        s["hub"].kill(signal.SIGKILL)
        call_id = raise_call(db1, kiosk="lobby-1")
        k1.wait_line(event_line("staffcall.requested", id=call_id))
        time.sleep(0.3)  # forwarded and acknowledged by the broker, queued for the hub
        broker.kill()
        broker.start()
        k1.wait_line(event_line("branch.link", status="connected"))
        s["start_hub"]()

        async def scenario() -> None:
            phone = StaffPhone(s["console"])
            try:
                await phone.login()
                shown = await phone.wait(call_message("lobby-1"), 20)
                await phone.act(shown["call"]["id"], "accept", eta_minutes=1)
                await asyncio.to_thread(k1.wait_line,
                                        event_line("staffcall.accepted", id=call_id), 20)
            finally:
                await phone.close()
        asyncio.run(scenario())


def test_a_clean_stop_says_offline_too(tmp_path: Path, broker: Mosquitto) -> None:
    """A graceful disconnect does not fire the last will: the programs say it themselves."""
    with site(tmp_path, broker) as s:
        k1, _db1 = s["kiosks"]["lobby-1"]
        k2, _db2 = s["kiosks"]["lobby-2"]
        k1.wait_line(event_line("branch.hub", status="online"))

        async def scenario() -> None:
            phone = StaffPhone(s["console"])
            try:
                await phone.login()
                await phone.wait(kiosk_message("lobby-2", "online"))
                k2.kill(signal.SIGTERM)
                await phone.wait(kiosk_message("lobby-2", "offline"), 5)
            finally:
                await phone.close()
        asyncio.run(scenario())
        s["hub"].kill(signal.SIGTERM)
        assert s["hub"].proc.returncode == 0
        k1.wait_line(event_line("branch.hub", status="offline"), 5)


# -- in one process: bridges on separate stores -------------------------------------------
@asynccontextmanager
async def bridged(tmp_path: Path, broker: Mosquitto) -> AsyncIterator[dict[str, Any]]:
    stores: list[Store] = []
    tasks: list[asyncio.Task[None]] = []

    def node(name: str) -> tuple[Store, Bus, OutboxRelay, StaffCalls]:
        store = open_store(tmp_path / f"{name}.db")
        stores.append(store)
        bus = Bus()
        relay = OutboxRelay(store, bus)
        tasks.append(asyncio.create_task(relay.run(poll_s=0.1)))
        return store, bus, relay, StaffCalls(store)

    try:
        _k_store, k_bus, k_relay, k_calls = node("lobby-1")
        h_store, h_bus, h_relay, h_calls = node("hub")
        anna = StaffDirectory(h_store).add("anna", "Anna", Role.STAFF, "4821")
        kiosk = KioskBridge(k_calls, k_bus, Broker.from_url(broker.url("lobby-1")), site=SITE,
                            kiosk="lobby-1", location="Main lobby", keepalive=5,
                            wake=k_relay.poke)
        hub = HubBridge(h_calls, h_bus, Broker.from_url(broker.url("hub")), site=SITE,
                        wake=h_relay.poke)
        tasks += [asyncio.create_task(kiosk.run()), asyncio.create_task(hub.run())]
        for _ in range(100):
            if kiosk.connected and hub.connected:
                break
            await asyncio.sleep(0.05)
        yield {"kiosk": kiosk, "hub": hub, "k_calls": k_calls, "h_calls": h_calls,
               "k_bus": k_bus, "h_bus": h_bus, "k_relay": k_relay, "h_relay": h_relay,
               "anna": anna}
    finally:
        for t in tasks:
            t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        for s in stores:
            s.close()


async def until(check: Callable[[], bool], timeout: float = 10) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError("timed out")
        await asyncio.sleep(0.02)


def test_in_process_bridges_mirror_a_call_and_carry_the_acceptance_back(
        tmp_path: Path, broker: Mosquitto) -> None:
    async def scenario() -> None:
        async with bridged(tmp_path, broker) as b:
            seen: list[Event] = []
            b["k_bus"].subscribe("staffcall.*", seen.append)
            cid = b["k_calls"].request(kiosk="lobby-1", screen="keys", reason="card_jammed",
                                       language="ja", priority="device_fault")
            b["k_relay"].poke()
            await until(lambda: bool(b["h_calls"].open_calls()))
            copy = b["h_calls"].open_calls()[0]
            assert (copy.kiosk, copy.reason, copy.priority) == ("lobby-1", "card_jammed",
                                                                 "device_fault")
            assert copy.created_at == b["k_calls"].get(cid).created_at
            b["h_calls"].accept(copy.id, b["anna"], 1)
            b["h_relay"].poke()
            await until(lambda: any(e.topic == "staffcall.accepted" for e in seen))
            accepted = next(e for e in seen if e.topic == "staffcall.accepted").payload
            assert (accepted["staff_name"], accepted["eta_minutes"]) == ("Anna", 1)
            # The guest cancels on the kiosk: the hub's copy follows.
            b["k_calls"].cancel(cid)
            b["k_relay"].poke()
            await until(lambda: b["h_calls"].get(copy.id).state == CallState.CANCELLED)
    asyncio.run(scenario())


def test_a_message_that_failed_at_the_hub_is_repaired_by_the_periodic_resync(
        tmp_path: Path, broker: Mosquitto, monkeypatch: pytest.MonkeyPatch) -> None:
    import kiosk.branchbus.kiosk as kiosk_side
    monkeypatch.setattr(kiosk_side, "RESYNC_EVERY_S", 0.5)

    async def scenario() -> None:
        async with bridged(tmp_path, broker) as b:
            real_ingest = b["hub"].mirror.ingest
            failures: list[int] = []

            def flaky(kiosk: str, call: Any) -> Any:
                if not failures:
                    failures.append(call.id)
                    raise RuntimeError("database is locked")  # the hub could not store it
                return real_ingest(kiosk, call)
            b["hub"].mirror.ingest = flaky
            b["k_calls"].request(kiosk="lobby-1", screen="keys", reason="", language="en")
            b["k_relay"].poke()
            await until(lambda: bool(failures))
            assert b["h_calls"].open_calls() == []
            await until(lambda: len(b["h_calls"].open_calls()) == 1, timeout=5)
    asyncio.run(scenario())


def test_a_kiosk_cannot_publish_for_another_kiosk(tmp_path: Path, broker: Mosquitto) -> None:
    """The ACL: lobby-2's credentials cannot put a call on lobby-1's topics."""
    import aiomqtt

    async def scenario() -> None:
        async with bridged(tmp_path, broker) as b:
            forged = {"v": 1, "event": "staffcall.requested", "outbox": 1, "at": "",
                      "data": {"id": 99, "status": "requested", "created_at":
                               "2026-11-25T15:30:00+02:00", "kiosk": "lobby-1"}}
            async with aiomqtt.Client("127.0.0.1", broker.port, username="lobby-2",
                                      password=PASSWORDS["lobby-2"]) as client:
                await client.publish(f"lobby/{SITE}/lobby-1/staffcall/requested",
                                     json.dumps(forged), qos=1)
            await asyncio.sleep(0.5)
            assert b["h_calls"].open_calls() == []
            # The control: the same message with lobby-1's own credentials gets through.
            async with aiomqtt.Client("127.0.0.1", broker.port, username="lobby-1",
                                      password=PASSWORDS["lobby-1"]) as client:
                await client.publish(f"lobby/{SITE}/lobby-1/staffcall/requested",
                                     json.dumps(forged), qos=1)
            await until(lambda: len(b["h_calls"].open_calls()) == 1)
    asyncio.run(scenario())


def test_mosquitto_refuses_unknown_users(broker: Mosquitto) -> None:
    import aiomqtt

    async def scenario() -> None:
        with pytest.raises(aiomqtt.MqttError):
            async with aiomqtt.Client("127.0.0.1", broker.port, username="lobby-1",
                                      password="wrong"):
                pass
    asyncio.run(scenario())

