"""The staff console's aiohttp application: routes, lifetimes and typed state.

``make_console`` builds the app; ``serve_console`` starts it on a host and port of the
running loop (the kiosk's qasync loop, or the hub's plain asyncio loop). Background work
(the outbox relay, the MQTT link, escalation) can be handed in as ``tasks``: they then
live and die with the app, restarted if they crash.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from pathlib import Path
from typing import Final

from aiohttp import WSMsgType, web

from kiosk.bus import Bus
from kiosk.config import Config
from kiosk.console import auth
from kiosk.console.kiosks import KioskBoard
from kiosk.console.live import LiveHub, member_json
from kiosk.db import Store
from kiosk.staff import StaffSessions
from kiosk.staffcall import CallNotOpen, StaffCall, StaffCalls

log = logging.getLogger("kiosk.console")

STATIC: Final = Path(__file__).with_name("static")
ETA_MINUTES: Final = (1, 2, 5, 10)           # the page's buttons; the API takes 0..60
OUTCOMES: Final = ("helped", "guest_gone")
SESSION_RECHECK_S: Final = 30.0

BackgroundTask = Callable[[], Awaitable[None]]

STORE = web.AppKey("store", Store)
CALLS = web.AppKey("calls", StaffCalls)
SESSIONS = web.AppKey("sessions", StaffSessions)
AUTH = web.AppKey("auth", auth.Authenticator)
THROTTLE = web.AppKey("throttle", auth.LoginThrottle)
LIVE = web.AppKey("live", LiveHub)
BOARD = web.AppKey("board", KioskBoard)
BUS = web.AppKey("bus", Bus)
WAKE: web.AppKey[Callable[[], None]] = web.AppKey("wake")
SECURE_COOKIE = web.AppKey("secure_cookie", bool)
TASKS: web.AppKey[tuple[tuple[str, BackgroundTask], ...]] = web.AppKey("tasks")

_CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
        " connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'")


def make_console(store: Store, config: Config, bus: Bus, *, calls: StaffCalls | None = None,
                 wake: Callable[[], None] | None = None, board: KioskBoard | None = None,
                 tasks: Sequence[tuple[str, BackgroundTask]] = ()) -> web.Application:
    """The staff console for the calls in ``store``, live from ``bus``.

    ``wake`` is called after every change the console makes (pass ``OutboxRelay.poke``
    so the change reaches the bus at once, not at the relay's next poll). ``tasks`` are
    ``(name, coroutine function)`` pairs run for the app's lifetime.
    """
    app = web.Application(middlewares=[_security_headers], client_max_size=64 * 1024)
    calls = calls or StaffCalls(store, config.staffcall.escalate_after_s)
    sessions = StaffSessions(store)
    board = board or KioskBoard(config.console.kiosks or (config.kiosk.id,))
    app[STORE] = store
    app[CALLS] = calls
    app[SESSIONS] = sessions
    app[AUTH] = auth.Authenticator(store)
    app[THROTTLE] = auth.LoginThrottle()
    app[BOARD] = board
    app[BUS] = bus
    app[WAKE] = wake or (lambda: None)
    app[LIVE] = LiveHub(calls, sessions, board, app[WAKE])
    app[SECURE_COOKIE] = config.console.secure_cookie
    app[TASKS] = tuple(tasks)
    app.router.add_get("/", _page)
    app.router.add_static("/static/", STATIC, show_index=False)
    app.router.add_post("/api/login", _login)
    app.router.add_post("/api/logout", _logout)
    app.router.add_get("/api/state", _state)
    app.router.add_post(r"/api/calls/{id:\d+}/{action:accept|arrived|resolve}", _call_action)
    app.router.add_get("/ws", _websocket)
    app.cleanup_ctx.append(_lifetime)
    app.on_shutdown.append(_close_websockets)
    return app


async def serve_console(app: web.Application, host: str, port: int) -> web.AppRunner:
    """Start ``app`` on ``host:port`` on the running loop; ``await runner.cleanup()`` stops
    it (websockets closed, background tasks cancelled)."""
    runner = web.AppRunner(app, access_log=None)  # access logs would hold staff addresses
    await runner.setup()
    await web.TCPSite(runner, host, port).start()
    return runner


# -- lifetimes ---------------------------------------------------------------------------
async def _lifetime(app: web.Application) -> AsyncIterator[None]:
    detach = app[LIVE].attach(app[BUS])
    running = [asyncio.create_task(supervise(name, factory), name=f"console:{name}")
               for name, factory in (("sessions", _session_sweeper(app[LIVE])), *app[TASKS])]
    yield
    detach()
    for task in running:
        task.cancel()
    await asyncio.gather(*running, return_exceptions=True)
    await app[AUTH].close()


async def _close_websockets(app: web.Application) -> None:
    await app[LIVE].close_all()


def _session_sweeper(live: LiveHub) -> BackgroundTask:
    async def sweep() -> None:
        while True:
            await asyncio.sleep(SESSION_RECHECK_S)
            live.recheck_sessions()
    return sweep


async def supervise(name: str, factory: BackgroundTask) -> None:
    """Run a background task for ever: a crash is logged and the task restarted, because
    a relay or link that silently stopped would leave guests waiting."""
    delay = 0.5
    while True:
        try:
            await factory()
            return
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("console background task failed; restarting",
                          extra={"action": name})
            await asyncio.sleep(delay)
            delay = min(delay * 2, 10.0)


@web.middleware
async def _security_headers(request: web.Request,
                            handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
                            ) -> web.StreamResponse:
    response = await handler(request)
    if not response.prepared:
        response.headers["Content-Security-Policy"] = _CSP
        response.headers["X-Frame-Options"] = "DENY"
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        if request.path.startswith("/api/") or request.path == "/":
            response.headers["Cache-Control"] = "no-store"
    return response


# -- handlers ----------------------------------------------------------------------------
async def _page(_request: web.Request) -> web.StreamResponse:
    return web.FileResponse(STATIC / "index.html")


async def _login(request: web.Request) -> web.Response:
    app = request.app
    return await auth.login(request, app[AUTH], app[SESSIONS], app[THROTTLE],
                            app[SECURE_COOKIE])


async def _logout(request: web.Request) -> web.Response:
    return await auth.logout(request, request.app[SESSIONS])


async def _state(request: web.Request) -> web.Response:
    """Everything the page shows, plus the CSRF token (the page keeps it in memory only)."""
    sessions = request.app[SESSIONS]
    member, token = auth.session_member(request, sessions)
    snapshot = request.app[LIVE].snapshot(member)
    return web.json_response({**snapshot, "csrf": sessions.csrf(token),
                              "me": member_json(member), "eta_choices": list(ETA_MINUTES)})


async def _call_action(request: web.Request) -> web.Response:
    """POST /api/calls/{id}/accept {eta_minutes} | arrived | resolve {outcome}."""
    app = request.app
    member, _token = await auth.require_csrf(request, app[SESSIONS])
    call_id, action = int(request.match_info["id"]), request.match_info["action"]
    fields = await auth.read_fields(request)
    calls = app[CALLS]
    call: StaffCall
    try:
        if action == "accept":
            try:
                eta = int(fields.get("eta_minutes", ""))
            except ValueError:
                return auth.error(400, "eta_invalid")
            call = calls.accept(call_id, member, eta)
        elif action == "arrived":
            call = calls.arrived(call_id, member)
        else:
            outcome = fields.get("outcome", "helped")
            if outcome not in OUTCOMES:
                return auth.error(400, "outcome_invalid")
            call = calls.resolve(call_id, member, outcome)
    except KeyError:
        return auth.error(404, "call_not_found")
    except CallNotOpen:
        return auth.error(409, CallNotOpen.message_id, call=calls.get(call_id).as_json())
    except ValueError:
        return auth.error(400, "eta_invalid")
    app[WAKE]()
    log.info("staff call %s", action, extra={"id": call_id, "status": call.state.value})
    return web.json_response({"call": call.as_json()})


async def _websocket(request: web.Request) -> web.StreamResponse:
    if not auth.same_origin(request):
        return auth.error(403, "origin_invalid")
    live = request.app[LIVE]
    member, token = auth.session_member(request, request.app[SESSIONS])
    ws = web.WebSocketResponse(heartbeat=20.0, max_msg_size=4096)
    await ws.prepare(request)
    conn = live.connect(ws, member, token)
    writer = asyncio.create_task(live.writer(conn))
    try:
        async for message in ws:
            if message.type == WSMsgType.TEXT and message.data == "refresh":
                live.resync(conn)
    finally:
        live.disconnect(conn)
        writer.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await writer
    return ws
