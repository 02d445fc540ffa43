"""Searches off the UI thread: one worker thread with its own read-only SQLite connection.

The map asks for clusters and the list for a page every time the view settles; these
reads run here, so a pinch never waits for SQLite. WAL lets the reader see every
committed write of the UI thread's connection (a booking, a saved home) at once.
:class:`Latest` runs a query again when its inputs changed meanwhile and drops stale
answers: only the newest view is ever shown.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Generic, TypeVar

from kiosk.db import Store

log = logging.getLogger(__name__)
T = TypeVar("T")


class Reader:
    """Runs ``fn(connection)`` on the reader thread."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._executor = ThreadPoolExecutor(1, thread_name_prefix="table-reader")
        self._conn: sqlite3.Connection | None = None

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            if self._store.path == ":memory:":      # tests only: nothing to open twice
                self._conn = self._store.conn
            else:
                self._conn = sqlite3.connect(f"file:{self._store.path}?mode=ro", uri=True,
                                             check_same_thread=False)
                self._conn.execute("PRAGMA busy_timeout=5000")
        return self._conn

    def _call(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        return fn(self._connection())

    async def run(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, self._call, fn)

    def close(self) -> None:
        """Finish the running read and close the connection (joins the thread)."""
        def shut() -> None:
            if self._conn is not None and self._conn is not self._store.conn:
                self._conn.close()
            self._conn = None
        self._executor.submit(shut)
        self._executor.shutdown(wait=True)


class Latest(Generic[T]):
    """Keeps one job of a kind running: ``request()`` after a change; while a job runs,
    further requests make one more run after it, and the running job's answer is
    dropped as stale. ``apply`` gets only answers whose inputs are still current."""

    def __init__(self, job: Callable[[], Awaitable[T]], apply: Callable[[T], None],
                 fail: Callable[[Exception], None], delay_s: float = 0.0) -> None:
        self._job, self._apply, self._fail = job, apply, fail
        self._delay = delay_s
        self._dirty = False
        self._task: asyncio.Task[None] | None = None
        self.dropped = 0          # stale answers thrown away (tests, diagnostics)

    def request(self) -> None:
        self._dirty = True
        if self._task is None or self._task.done():
            self._task = asyncio.ensure_future(self._run())

    async def _run(self) -> None:
        while self._dirty:
            if self._delay:
                await asyncio.sleep(self._delay)
            self._dirty = False
            try:
                answer = await self._job()
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                if not self._dirty:
                    self._fail(exc)
                continue
            if self._dirty:
                self.dropped += 1
                continue
            self._apply(answer)

    async def idle(self) -> None:
        """Wait until no job is running or wanted."""
        while self._task is not None and not self._task.done():
            await asyncio.shield(self._task)

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()


def log_failure(what: str) -> Callable[[Exception], None]:
    def fail(exc: Exception) -> None:
        log.error("%s failed: %s", what, exc, exc_info=exc)
    return fail


__all__ = ["Latest", "Reader", "log_failure"]
