"""The branch bus without a broker: URLs, topics, call states across stores, the MQTT
cursor, and the kiosk services started in one call."""

from __future__ import annotations

import asyncio
import socket
from pathlib import Path
from typing import Any

import aiohttp
import aiomqtt
import pytest

from kiosk.branchbus import topics
from kiosk.branchbus.broker import Broker
from kiosk.branchbus.calls import CallMirror, Command, apply_command, parse_call, remote_member
from kiosk.branchbus.outbox import OutboxForwarder, Outgoing
from kiosk.branchbus.services import start_kiosk_services
from kiosk.bus import Event
from kiosk.clock import FakeClock
from kiosk.config import Config, ConsoleSection, KioskSection
from kiosk.db import Store, open_store
from kiosk.staff import AuthFailed, Role, StaffDirectory
from kiosk.staffcall import CallState, StaffCalls


# -- URLs and topics -------------------------------------------------------------------------
def test_broker_urls_and_their_grammar(tmp_path: Path) -> None:
    b = Broker.from_url("mqtt://lobby-1:s%40cret@broker.local")
    assert (b.host, b.port, b.tls, b.username, b.password) == (
        "broker.local", 1883, False, "lobby-1", "s@cret")
    assert b.redacted() == "mqtt://lobby-1@broker.local:1883" and "s@cret" not in repr(b)
    pw = tmp_path / "pass"
    pw.write_text("from-file\n")
    ca = tmp_path / "ca.crt"
    t = Broker.from_url("mqtts://hub@10.0.0.2", password_file=str(pw), ca_file=str(ca))
    assert (t.port, t.tls, t.password, t.ca_file) == (8883, True, "from-file", str(ca))
    for bad in ("http://x", "mqtt://", "mqtt://h/path", "mqtt://h:99999", "tcp://h:1883"):
        with pytest.raises(ValueError, match="expected mqtt://"):
            Broker.from_url(bad)
    with pytest.raises(ValueError, match="needs mqtts"):
        Broker.from_url("mqtt://h", ca_file=str(ca))
    with pytest.raises(ValueError) as err:
        Broker.from_url("http://u:topsecret@h")
    assert "topsecret" not in str(err.value)


def test_topic_layout_and_ids() -> None:
    assert topics.event("HEL01", "lobby-1", "staffcall.accepted") == \
        "lobby/HEL01/lobby-1/staffcall/accepted"
    assert topics.parse("lobby/HEL01/lobby-1/cmd/staffcall") == topics.Topic(
        "HEL01", "lobby-1", "cmd", "staffcall")
    assert topics.parse("other/HEL01/x/status") is None
    for bad in ("a/b", "+", "#", "", "with space"):
        with pytest.raises(ValueError):
            topics.check_kiosk(bad)
    with pytest.raises(ValueError, match="reserved"):
        topics.check_kiosk("hub")


# -- call states across stores ----------------------------------------------------------------
@pytest.fixture
def hub_store(tmp_path: Path, clock: FakeClock) -> Any:
    s = open_store(tmp_path / "hub.db", clock)
    StaffDirectory(s).add("anna", "Anna", Role.STAFF, "4821")
    yield s
    s.close()


def _mirror(hub_store: Store) -> CallMirror:
    return CallMirror(StaffCalls(hub_store))


def test_the_hub_copy_follows_the_kiosk_and_knows_when_the_kiosk_is_behind(
        store: Store, hub_store: Store, clock: FakeClock) -> None:
    kiosk = StaffCalls(store)
    mirror = _mirror(hub_store)
    cid = kiosk.request(kiosk="lobby-1", screen="keys", reason="card_jammed", language="de",
                        priority="device_fault", location="Lobby")
    clock.advance(20)  # the hub hears late: the age still counts from the guest's tap
    first = mirror.ingest("lobby-1", kiosk.get(cid))
    again = mirror.ingest("lobby-1", kiosk.get(cid))
    assert first.changed and not again.changed and first.call_id == again.call_id
    copy = mirror.calls.get(first.call_id or 0)
    assert copy.created_at == kiosk.get(cid).created_at and copy.kiosk == "lobby-1"
    anna = StaffDirectory(hub_store).get("anna")
    mirror.calls.accept(copy.id, anna, 2)
    assert mirror.ingest("lobby-1", kiosk.get(cid)).kiosk_behind
    found = mirror.command(copy.id)
    assert found is not None
    kiosk_id, command = found
    assert kiosk_id == "lobby-1" and command.staff_name == "Anna" and command.call == cid
    assert apply_command(kiosk, command)
    assert not apply_command(kiosk, command)  # a duplicate changes nothing
    assert (kiosk.get(cid).staff_name, kiosk.get(cid).eta_minutes) == ("Anna", 2)
    assert not mirror.ingest("lobby-1", kiosk.get(cid)).kiosk_behind
    # A second tap (or a device fault) joins the open call: the copy shows the new context.
    assert kiosk.request(kiosk="lobby-1", screen="payment", reason="payment_declined",
                         language="de", priority="guest") == cid
    assert mirror.ingest("lobby-1", kiosk.get(cid)).changed
    updated = mirror.calls.get(copy.id)
    assert (updated.screen, updated.reason, updated.priority) == (
        "payment", "payment_declined", "device_fault")
    assert hub_store.read().one("SELECT topic FROM outbox ORDER BY id DESC LIMIT 1") == {
        "topic": "staffcall.updated"}
    # A guest cancel on the kiosk closes the hub's copy.
    kiosk.cancel(cid)
    assert mirror.ingest("lobby-1", kiosk.get(cid)).changed
    assert mirror.calls.get(copy.id).state == CallState.CANCELLED


def test_a_resolve_walks_the_kiosk_through_accept_and_arrived(store: Store) -> None:
    kiosk = StaffCalls(store)
    cid = kiosk.request(kiosk="lobby-1", screen="room", reason="", language="en")
    cmd = Command(cid, kiosk.get(cid).created_at, CallState.RESOLVED, "maria", "Maria", 5,
                  "helped", arrived=True)
    assert apply_command(kiosk, cmd)
    done = kiosk.get(cid)
    assert done.state == CallState.RESOLVED and done.arrived_at and done.staff_name == "Maria"
    # The colleague's local record cannot be used to log in.
    with pytest.raises(AuthFailed):
        StaffDirectory(store).authenticate("maria", "remote:no-login")


def test_commands_for_a_reused_id_or_a_closed_call_are_ignored(store: Store) -> None:
    kiosk = StaffCalls(store)
    cid = kiosk.request(kiosk="lobby-1", screen="room", reason="", language="en")
    stale = Command(cid, "2020-01-01T00:00:00+02:00", CallState.ACCEPTED, "anna", "Anna", 1,
                    None, False)
    assert not apply_command(kiosk, stale)
    kiosk.cancel(cid)
    fresh = Command(cid, kiosk.get(cid).created_at, CallState.ACCEPTED, "anna", "Anna", 1,
                    None, False)
    assert not apply_command(kiosk, fresh)
    assert kiosk.get(cid).state == CallState.CANCELLED


def test_malformed_call_states_are_rejected() -> None:
    good = {"id": 3, "status": "requested", "created_at": "2026-11-25T15:30:00+02:00"}
    assert parse_call(good) is not None
    for bad in ({**good, "id": "3"}, {**good, "status": "teleported"},
                {**good, "created_at": "yesterday"}, [1, 2], None, {**good, "id": True}):
        assert parse_call(bad) is None
    long = parse_call({**good, "location": "x" * 10_000, "priority": "vip"})
    assert long is not None and len(long.location) == 120 and long.priority == "guest"


def test_remote_members_get_safe_usernames(store: Store) -> None:
    m = remote_member(store, "../../etc", "Anna-Liisa Ö")
    assert m.username == "remote-anna-liisa" and m.display_name == "Anna-Liisa Ö"


# -- the MQTT cursor ---------------------------------------------------------------------------
def test_the_cursor_moves_only_after_the_broker_acknowledged(store: Store) -> None:
    calls = StaffCalls(store)
    calls.request(kiosk="old", screen="x", reason="", language="en")  # before the bridge
    sent: list[Outgoing] = []

    def route(e: Event) -> list[Outgoing]:
        return [Outgoing(f"t/{e.topic}", e.payload)]
    forwarder = OutboxForwarder(store, route)
    start = forwarder.position()
    assert start > 0  # history is not replayed; open calls are re-synced instead
    calls.request(kiosk="k", screen="x", reason="", language="en")

    async def broker_down(_m: Outgoing) -> None:
        raise aiomqtt.MqttError("broker gone")

    with pytest.raises(aiomqtt.MqttError):
        asyncio.run(forwarder.forward_pending(broker_down))
    assert forwarder.position() == start

    async def broker_up(m: Outgoing) -> None:
        sent.append(m)
    assert asyncio.run(forwarder.forward_pending(broker_up)) == 1
    assert forwarder.position() > start and [m.topic for m in sent] == ["t/staffcall.requested"]
    assert OutboxForwarder(store, route).position() == forwarder.position()  # survives restart


# -- services on a kiosk without a broker --------------------------------------------------------
def test_kiosk_services_without_a_broker_serve_the_console_and_show_the_kiosk_online(
        store: Store, staff: StaffDirectory) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    config = Config(kiosk=KioskSection(id="lobby-7", location="Bar"),
                    console=ConsoleSection(port=port))

    async def scenario() -> None:
        services = await start_kiosk_services(config, store)
        try:
            assert services.bridge is None and services.escalation is not None
            async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as http:
                base = f"http://127.0.0.1:{port}"
                r = await http.post(f"{base}/api/login",
                                    json={"username": "anna", "secret": "4821"})
                assert r.status == 200
                state = await (await http.get(f"{base}/api/state")).json()
                assert state["kiosks"][0]["kiosk"] == "lobby-7"
                assert state["kiosks"][0]["status"] == "online"
                ws = await http.ws_connect(f"{base}/ws")
                await ws.receive_json()
                await services.bus.publish(Event(0, "device.health", {
                    "device": "printer", "health": "degraded", "detail": "paper_low"}, ""))
                m = await asyncio.wait_for(ws.receive_json(), 3)
                assert m["kiosk"]["devices"]["printer"]["health"] == "degraded"
                call_id = services.calls.request(kiosk="lobby-7", screen="room", reason="",
                                                 language="en")
                services.wake()
                while (m := await asyncio.wait_for(ws.receive_json(), 3))["type"] != "call":
                    pass
                assert m["call"]["id"] == call_id
                await services.stop()  # the open page is closed, not left hanging
                while (msg := await asyncio.wait_for(ws.receive(), 3)).type == \
                        aiohttp.WSMsgType.TEXT:
                    pass
                assert msg.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED)
        finally:
            await services.stop()
    asyncio.run(scenario())


def test_an_expired_session_closes_the_open_page(console: Any, clock: FakeClock) -> None:
    from kiosk.console.app import LIVE

    async def scenario() -> None:
        async with console() as c:
            await c.login()
            ws = await c.client.ws_connect("/ws")
            await ws.receive_json()
            clock.advance(31 * 60)
            c.client.app[LIVE].recheck_sessions()
            assert (await asyncio.wait_for(ws.receive_json(), 3)) == {"type": "session_expired"}
            closed = await asyncio.wait_for(ws.receive(), 3)
            assert closed.type == aiohttp.WSMsgType.CLOSE and closed.data == 4401
    asyncio.run(scenario())
