"""The staff console's routes: log-in, lock-out, sessions, CSRF, actions and live pushes."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

import aiohttp

from kiosk.bus import Event
from kiosk.clock import FakeClock
from kiosk.console.auth import COOKIE
from kiosk.staff import StaffDirectory, StaffMember
from kiosk.staffcall import CallState

Console = Any  # the conftest's harness: client, calls, relay, bus, login(), raise_call()


def run(coro: Awaitable[None]) -> None:
    asyncio.run(coro)  # type: ignore[arg-type]


async def next_message(ws: aiohttp.ClientWebSocketResponse,
                       want: Callable[[dict[str, Any]], bool],
                       timeout: float = 3.0) -> dict[str, Any]:
    """The first message that ``want`` accepts (others are skipped)."""
    async def read() -> dict[str, Any]:
        while True:
            message: dict[str, Any] = await ws.receive_json()
            if want(message):
                return message
    return await asyncio.wait_for(read(), timeout)


def test_login_sets_a_strict_httponly_cookie_and_returns_the_csrf_token(console: Any) -> None:
    async def scenario() -> None:
        async with console() as c:
            r = await c.client.get("/api/state")
            assert r.status == 401
            r = await c.client.post("/api/login", json={"username": "Anna", "secret": "4821"})
            assert r.status == 200
            body = await r.json()
            assert body["me"] == {"id": 1, "name": "Anna", "role": "staff", "on_duty": True}
            cookie = r.headers["Set-Cookie"]
            assert f"{COOKIE}=" in cookie and "HttpOnly" in cookie and "SameSite=Strict" in cookie
            state = await (await c.client.get("/api/state")).json()
            assert state["csrf"] == body["csrf"] and state["calls"] == []
            assert state["kiosks"] == [{"kiosk": "lobby-1", "status": "unknown", "location": "",
                                        "devices": {}, "at": ""}]
    run(scenario())


def test_wrong_pins_lock_the_account_and_say_so(console: Any) -> None:
    async def scenario() -> None:
        async with console() as c:
            for _ in range(4):
                r = await c.client.post("/api/login", json={"username": "anna", "secret": "0000"})
                assert (r.status, (await r.json())["error"]) == (401, "staff_auth_failed")
            r = await c.client.post("/api/login", json={"username": "anna", "secret": "0000"})
            assert (r.status, (await r.json())["error"]) == (403, "staff_account_locked")
            # Locked: even the right PIN is refused now.
            r = await c.client.post("/api/login", json={"username": "anna", "secret": "4821"})
            assert (r.status, (await r.json())["error"]) == (403, "staff_account_locked")
    run(scenario())


def test_an_expired_session_is_refused_over_http_and_websocket(console: Any,
                                                                clock: FakeClock) -> None:
    async def scenario() -> None:
        async with console() as c:
            csrf = await c.login()
            clock.advance(31 * 60)  # longer than the idle limit
            assert (await c.client.get("/api/state")).status == 401
            r = await c.client.post("/api/calls/1/accept", json={"eta_minutes": 1},
                                    headers={"X-CSRF-Token": csrf})
            assert r.status == 401
            try:
                await c.client.ws_connect("/ws")
                raise AssertionError("the socket should have been refused")
            except aiohttp.WSServerHandshakeError as exc:
                assert exc.status == 401
    run(scenario())


def test_a_state_change_without_the_csrf_token_is_refused(console: Any) -> None:
    async def scenario() -> None:
        async with console() as c:
            csrf = await c.login()
            call_id = c.raise_call()
            for headers in ({}, {"X-CSRF-Token": "wrong"}):
                r = await c.client.post(f"/api/calls/{call_id}/accept", json={"eta_minutes": 1},
                                        headers=headers)
                assert (r.status, (await r.json())["error"]) == (403, "csrf_invalid")
            r = await c.client.post("/api/logout")
            assert r.status == 403
            assert c.calls.get(call_id).state in (CallState.REQUESTED, CallState.OFFERED)
            # A plain form post carries it as a field.
            r = await c.client.post(f"/api/calls/{call_id}/accept",
                                    data={"eta_minutes": "2", "csrf": csrf})
            assert r.status == 200
            assert c.calls.get(call_id).state == CallState.ACCEPTED
    run(scenario())


def test_accept_arrived_resolve_move_the_call_and_are_pushed_live(console: Any) -> None:
    async def scenario() -> None:
        async with console() as c:
            csrf = await c.login()
            ws = await c.client.ws_connect("/ws")
            snapshot = await next_message(ws, lambda m: m["type"] == "snapshot")
            assert snapshot["calls"] == [] and snapshot["me"]["name"] == "Anna"
            call_id = c.raise_call(reason="card_jammed", screen="keys")
            pushed = await next_message(ws, lambda m: m["type"] == "call")
            assert pushed["call"]["id"] == call_id and pushed["call"]["reason"] == "card_jammed"
            offered = await next_message(ws, lambda m: m["type"] == "call"
                                         and m["call"]["status"] == "offered")
            assert offered["event"] == "offered"

            headers = {"X-CSRF-Token": csrf}
            r = await c.client.post(f"/api/calls/{call_id}/accept", json={"eta_minutes": 1},
                                    headers=headers)
            assert r.status == 200 and (await r.json())["call"]["staff_name"] == "Anna"
            m = await next_message(ws, lambda m: m.get("event") == "accepted")
            assert (m["call"]["staff_name"], m["call"]["eta_minutes"]) == ("Anna", 1)

            r = await c.client.post(f"/api/calls/{call_id}/arrived", headers=headers)
            assert r.status == 200
            await next_message(ws, lambda m: m.get("event") == "arrived")
            r = await c.client.post(f"/api/calls/{call_id}/resolve", json={"outcome": "helped"},
                                    headers=headers)
            assert r.status == 200
            m = await next_message(ws, lambda m: m.get("event") == "resolved")
            assert m["call"]["outcome"] == "helped"
            done = c.calls.get(call_id)
            assert done.state == CallState.RESOLVED
            assert all(v is not None for v in c.calls.durations(done).values())
            await ws.close()
    run(scenario())


def test_a_call_taken_by_someone_else_answers_409_with_who(console: Any) -> None:
    async def scenario() -> None:
        async with console() as c:
            csrf = await c.login("ben", "7777")
            call_id = c.raise_call()
            c.calls.accept(call_id, _member(c, "maria"), 2)
            r = await c.client.post(f"/api/calls/{call_id}/accept", json={"eta_minutes": 1},
                                    headers={"X-CSRF-Token": csrf})
            body = await r.json()
            assert r.status == 409 and body["error"] == "staff_call_taken"
            assert body["call"]["staff_name"] == "Maria"
            r = await c.client.post(f"/api/calls/{call_id}/accept", json={"eta_minutes": 99},
                                    headers={"X-CSRF-Token": csrf})
            assert r.status in (400, 409)
            r = await c.client.post("/api/calls/999/arrived", headers={"X-CSRF-Token": csrf})
            assert r.status == 404
    run(scenario())


def test_level_zero_calls_go_to_staff_on_duty_first(console: Any) -> None:
    async def scenario() -> None:
        async with console() as c:
            await c.login("anna", "4821")                        # on duty
            anna_ws = await c.client.ws_connect("/ws")
            await next_message(anna_ws, lambda m: m["type"] == "snapshot")
            async with _second(c) as ben:                         # off duty
                r = await ben.post("/api/login", json={"username": "ben", "secret": "7777"})
                assert r.status == 200
                ben_ws = await ben.ws_connect("/ws")
                await next_message(ben_ws, lambda m: m["type"] == "snapshot")
                call_id = c.raise_call()
                await next_message(anna_ws, lambda m: m["type"] == "call")
                assert c.calls.get(call_id).state == CallState.OFFERED
                # Ben (off duty) is not disturbed while a colleague on duty is looking...
                try:
                    await next_message(ben_ws, lambda m: m["type"] == "call", timeout=0.5)
                    raise AssertionError("off-duty staff saw a level-0 call")
                except TimeoutError:
                    pass
                # ...but when it escalates to all staff, he is.
                c.calls.store.clock.advance(31)  # type: ignore[attr-defined]
                c.calls.escalate_due()
                c.relay.poke()
                m = await next_message(ben_ws, lambda m: m["type"] == "call")
                assert m["call"]["level"] == 1 and m["call"]["escalation"] == "all_staff"
                # When the last colleague on duty closes the page, Ben sees every call.
                call2 = c.raise_call(screen="keys")
                await anna_ws.close()
                snap = await next_message(ben_ws, lambda m: m["type"] == "snapshot")
                assert call2 in [x["id"] for x in snap["calls"]]
                await ben_ws.close()
    run(scenario())


def test_alerts_go_to_the_chosen_colleagues(console: Any) -> None:
    async def scenario() -> None:
        async with console() as c:
            await c.login("anna", "4821")
            ws = await c.client.ws_connect("/ws")
            await next_message(ws, lambda m: m["type"] == "snapshot")
            call_id = c.raise_call()
            await next_message(ws, lambda m: m["type"] == "call")
            await c.bus.publish(Event(0, "staffcall.alert", {"call": call_id, "level": 0,
                                                             "staff": [1]}, ""))
            m = await next_message(ws, lambda m: m["type"] == "alert")
            assert m == {"type": "alert", "call": call_id, "level": 0, "escalation": "on_duty"}
            await ws.close()
    run(scenario())


def test_kiosk_status_is_unknown_until_reported_then_live(console: Any) -> None:
    async def scenario() -> None:
        async with console() as c:
            await c.login()
            ws = await c.client.ws_connect("/ws")
            snap = await next_message(ws, lambda m: m["type"] == "snapshot")
            assert snap["kiosks"][0]["status"] == "unknown"
            await c.bus.publish(Event(0, "kiosk.status", {
                "kiosk": "lobby-1", "status": "online", "location": "Main lobby",
                "devices": {"dispenser": {"health": "degraded", "detail": "card_box_empty"}},
                "at": "2026-11-25T15:30:00+02:00"}, ""))
            m = await next_message(ws, lambda m: m["type"] == "kiosk")
            assert m["kiosk"]["devices"]["dispenser"]["health"] == "degraded"
            await ws.close()
    run(scenario())


def test_cross_site_requests_are_refused(console: Any) -> None:
    async def scenario() -> None:
        async with console() as c:
            evil = {"Origin": "https://evil.example"}
            r = await c.client.post("/api/login", json={"username": "anna", "secret": "4821"},
                                    headers=evil)
            assert r.status == 403
            await c.login()
            try:
                await c.client.ws_connect("/ws", headers=evil)
                raise AssertionError("cross-site socket accepted")
            except aiohttp.WSServerHandshakeError as exc:
                assert exc.status == 403
    run(scenario())


def test_the_page_and_its_files_are_served_with_a_strict_policy(console: Any) -> None:
    async def scenario() -> None:
        async with console() as c:
            r = await c.client.get("/")
            assert r.status == 200 and "console.js" in await r.text()
            assert "script-src 'self'" in r.headers["Content-Security-Policy"]
            for name in ("console.js", "console.css", "strings.js"):
                assert (await c.client.get(f"/static/{name}")).status == 200
    run(scenario())


def test_logins_are_throttled_per_device(console: Any) -> None:
    async def scenario() -> None:
        async with console() as c:
            statuses = [(await c.client.post("/api/login", json={
                "username": f"nobody{i}", "secret": "1234"})).status for i in range(11)]
            assert statuses[:10] == [401] * 10 and statuses[10] == 429
    run(scenario())


def _member(c: Console, username: str) -> StaffMember:
    return StaffDirectory(c.calls.store).get(username)


def _second(c: Console) -> aiohttp.ClientSession:
    """Another phone: its own cookie jar, same server."""
    return aiohttp.ClientSession(base_url=c.client.make_url("/"),
                                 cookie_jar=aiohttp.CookieJar(unsafe=True))
