"""The kiosk's SQLite store: WAL, migrations, one transaction per state change.

Every state change goes through :meth:`Store.transaction`; the event that tells
the rest of the system about it is appended to the outbox inside the same
transaction (:meth:`Tx.emit`), so the change and its event commit together or
not at all.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlite_utils

from kiosk.clock import Clock, SystemClock
from kiosk.migrations import migrate

Row = dict[str, Any]


class Tx:
    """One open transaction: run SQL and append outbox events."""

    def __init__(self, conn: sqlite3.Connection, clock: Clock) -> None:
        self.conn = conn
        self._clock = clock

    def execute(self, sql: str, params: Mapping[str, Any] | tuple[Any, ...] = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    def one(self, sql: str, params: Mapping[str, Any] | tuple[Any, ...] = ()) -> Row | None:
        cur = self.conn.execute(sql, params)
        row = cur.fetchone()
        if row is None:
            return None
        return dict(zip([c[0] for c in cur.description], row, strict=True))

    def all(self, sql: str, params: Mapping[str, Any] | tuple[Any, ...] = ()) -> list[Row]:
        cur = self.conn.execute(sql, params)
        names = [c[0] for c in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]

    def now_iso(self) -> str:
        """The store's clock, for timestamps written in this transaction."""
        return self._clock.now_iso()

    def emit(self, topic: str, payload: Mapping[str, Any]) -> None:
        """Append an event to the outbox; it commits with the change it describes."""
        self.conn.execute(
            "INSERT INTO outbox (topic, payload, created_at) VALUES (?, ?, ?)",
            (topic, json.dumps(payload, sort_keys=True, default=str), self._clock.now_iso()),
        )


class Store:
    """The database of one kiosk (or one site, for the hub)."""

    def __init__(self, path: str | Path, clock: Clock | None = None) -> None:
        self.path = str(path)
        self.clock = clock or SystemClock()
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        # Autocommit mode: transactions are explicit (BEGIN IMMEDIATE), never implicit.
        self.conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self.conn.execute("PRAGMA journal_mode=WAL")
        # FULL: a key card or payment record that was reported committed survives a power cut.
        self.conn.execute("PRAGMA synchronous=FULL")
        self.conn.execute("PRAGMA foreign_keys=ON")
        self.conn.execute("PRAGMA busy_timeout=5000")
        self.db = sqlite_utils.Database(self.conn)

    def migrate(self) -> int:
        return migrate(self.conn)

    @contextmanager
    def transaction(self) -> Iterator[Tx]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield Tx(self.conn, self.clock)
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")

    def read(self) -> Tx:
        """A handle for reads outside a transaction (each statement sees committed data)."""
        return Tx(self.conn, self.clock)

    def close(self) -> None:
        self.conn.close()


def open_store(path: str | Path, clock: Clock | None = None) -> Store:
    """Open the database and bring its schema up to date."""
    store = Store(path, clock)
    store.migrate()
    return store
