"""Log-in, sessions and CSRF for the staff console.

A PIN check costs ~50 ms of scrypt and a write to SQLite: it runs on a worker thread with
its own database connection, so the kiosk's loop (and its screen) never stalls on a log-in.
The session token lives in an ``HttpOnly; SameSite=Strict`` cookie; every state-changing
request must also carry the session's CSRF token (header ``X-CSRF-Token`` or form field
``csrf``), which the page got from the log-in answer or ``GET /api/state``.
"""

from __future__ import annotations

import asyncio
import hmac
import time
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Final

from aiohttp import web

from kiosk.db import Store
from kiosk.staff import (
    SESSION_MAX,
    AccountLocked,
    AuthFailed,
    SessionInvalid,
    StaffDirectory,
    StaffMember,
    StaffSessions,
)

COOKIE: Final = "lobby_staff"
CSRF_HEADER: Final = "X-CSRF-Token"
CSRF_FIELD: Final = "csrf"
MEMBER_KEY: Final = "lobby.member"
TOKEN_KEY: Final = "lobby.token"


class Authenticator:
    """Checks PINs off the event loop, on a connection of its own."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="console-auth")
        self._directory: StaffDirectory | None = None

    def _authenticate(self, username: str, secret: str) -> StaffMember:
        if self._directory is None:
            # Opened on the worker thread: this connection is used by this thread only.
            self._directory = StaffDirectory(Store(self._store.path, self._store.clock))
        return self._directory.authenticate(username, secret)

    async def authenticate(self, username: str, secret: str) -> StaffMember:
        if self._store.path == ":memory:":  # a second connection would see another database
            return StaffDirectory(self._store).authenticate(username, secret)
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, self._authenticate, username, secret)

    async def close(self) -> None:
        def close_connection() -> None:
            if self._directory is not None:
                self._directory.store.close()
        await asyncio.get_running_loop().run_in_executor(self._executor, close_connection)
        self._executor.shutdown(wait=True)


class LoginThrottle:
    """At most ``limit`` log-in attempts per client address per minute, whatever the
    username: account lock-out alone would let one phone try every username."""

    def __init__(self, limit: int = 10, window_s: float = 60.0) -> None:
        self.limit = limit
        self.window_s = window_s
        self._attempts: dict[str, deque[float]] = {}

    def allow(self, client: str) -> bool:
        now = time.monotonic()
        attempts = self._attempts.setdefault(client, deque())
        while attempts and attempts[0] <= now - self.window_s:
            attempts.popleft()
        if len(attempts) >= self.limit:
            return False
        attempts.append(now)
        if len(self._attempts) > 10_000:  # forget idle addresses; bounded memory
            self._attempts = {k: v for k, v in self._attempts.items() if v}
        return True


def error(status: int, message_id: str, **extra: Any) -> web.Response:
    """A JSON error the page can translate: ``{"error": message_id, ...}``."""
    return web.json_response({"error": message_id, **extra}, status=status)


def same_origin(request: web.Request) -> bool:
    """A browser's Origin (when it sends one) must be this server: blocks cross-site
    WebSocket hijacking and cross-site log-in posts."""
    origin = request.headers.get("Origin")
    if origin is None:
        return True
    host = request.headers.get("Host", "")
    return origin in (f"http://{host}", f"https://{host}")


def session_member(request: web.Request, sessions: StaffSessions) -> tuple[StaffMember, str]:
    """The member behind the request's session cookie; raises 401 if there is none."""
    token = request.cookies.get(COOKIE, "")
    if not token:
        raise web.HTTPUnauthorized(text='{"error": "staff_session_invalid"}',
                                   content_type="application/json")
    try:
        return sessions.check(token), token
    except SessionInvalid:
        raise web.HTTPUnauthorized(text='{"error": "staff_session_invalid"}',
                                   content_type="application/json") from None


async def require_csrf(request: web.Request, sessions: StaffSessions) -> tuple[StaffMember, str]:
    """Session *and* CSRF token, for every state-changing request (403 if the token is
    missing or wrong). Returns the member and the session token."""
    member, token = session_member(request, sessions)
    given = request.headers.get(CSRF_HEADER)
    if given is None and request.content_type in ("application/x-www-form-urlencoded",
                                                  "multipart/form-data"):
        given = str((await request.post()).get(CSRF_FIELD, ""))
    try:
        expected = sessions.csrf(token)
    except SessionInvalid:
        raise web.HTTPUnauthorized(text='{"error": "staff_session_invalid"}',
                                   content_type="application/json") from None
    if not given or not hmac.compare_digest(given, expected):
        raise web.HTTPForbidden(text='{"error": "csrf_invalid"}', content_type="application/json")
    return member, token


async def read_fields(request: web.Request) -> dict[str, str]:
    """JSON object or form fields as strings."""
    if request.content_type == "application/json":
        try:
            body = await request.json()
        except ValueError:
            raise web.HTTPBadRequest(text='{"error": "bad_request"}',
                                     content_type="application/json") from None
        if not isinstance(body, dict):
            raise web.HTTPBadRequest(text='{"error": "bad_request"}',
                                     content_type="application/json")
        return {str(k): str(v) for k, v in body.items()}
    return {k: str(v) for k, v in (await request.post()).items()}


async def login(request: web.Request, auth: Authenticator, sessions: StaffSessions,
                throttle: LoginThrottle, secure_cookie: bool) -> web.Response:
    """POST /api/login {username, secret}: sets the session cookie, returns the CSRF token."""
    if not same_origin(request):
        return error(403, "origin_invalid")
    if not throttle.allow(request.remote or "?"):
        return error(429, "staff_login_throttled")
    fields = await read_fields(request)
    username, secret = fields.get("username", "").strip(), fields.get("secret", "")
    if not username or not secret:
        return error(400, "staff_login_missing")
    try:
        member = await auth.authenticate(username, secret)
    except AccountLocked:
        return error(403, "staff_account_locked")
    except AuthFailed:
        return error(401, "staff_auth_failed")
    token, csrf = sessions.create(member)
    response = web.json_response({"csrf": csrf, "me": {
        "id": member.id, "name": member.display_name, "role": member.role.value,
        "on_duty": member.on_duty}})
    response.set_cookie(COOKIE, token, httponly=True, samesite="Strict", path="/",
                        secure=secure_cookie, max_age=int(SESSION_MAX.total_seconds()))
    return response


async def logout(request: web.Request, sessions: StaffSessions) -> web.Response:
    _member, token = await require_csrf(request, sessions)
    sessions.end(token)
    response = web.json_response({"ok": True})
    response.del_cookie(COOKIE, path="/")
    return response
