"""Persisted flow records: each transition writes (id, state, data, version) and its
event in one transaction, so a crash leaves the last committed state to recover from."""

from __future__ import annotations

import json
import logging
import uuid
from dataclasses import dataclass, field
from typing import Any

from kiosk.db import Store, Tx

log = logging.getLogger("kiosk.flows")


class StaleFlow(Exception):
    """The flow moved on in another transaction (double tap, second kiosk, recovery)."""


@dataclass
class FlowRecord:
    id: str
    kind: str
    state: str
    version: int
    data: dict[str, Any] = field(default_factory=dict)


def create(tx: Tx, kind: str, state: str, data: dict[str, Any], now: str) -> FlowRecord:
    rec = FlowRecord(id=uuid.uuid4().hex, kind=kind, state=state, version=1, data=dict(data))
    tx.execute(
        "INSERT INTO flows (id, kind, state, data, version, started_at, updated_at)"
        " VALUES (?, ?, ?, ?, 1, ?, ?)",
        (rec.id, kind, state, json.dumps(rec.data), now, now),
    )
    tx.emit(f"{kind}.started", {"flow": rec.id, "state": state})
    return rec


def save(tx: Tx, rec: FlowRecord, state: str, event: str, now: str, *,
         outcome: str | None = None) -> None:
    """Move the record to ``state``; the outbox gets ``<kind>.<event>``. Only ids and
    state names go into the event: never the guest's data."""
    cur = tx.execute(
        "UPDATE flows SET state = ?, data = ?, version = version + 1, updated_at = ?,"
        " ended_at = CASE WHEN ? IS NULL THEN ended_at ELSE ? END,"
        " outcome = COALESCE(?, outcome)"
        " WHERE id = ? AND version = ?",
        (state, json.dumps(rec.data), now, outcome, now, outcome, rec.id, rec.version),
    )
    if cur.rowcount != 1:
        raise StaleFlow(f"flow {rec.id} is no longer at version {rec.version}")
    tx.emit(f"{rec.kind}.{event}", {"flow": rec.id, "from": rec.state, "to": state,
                                    **({"outcome": outcome} if outcome else {})})
    log.info("flow moved", extra={"kind": rec.kind, "flow": rec.id, "from": rec.state,
                                  "to": state, "event": event, "outcome": outcome})
    rec.state = state
    rec.version += 1


def open_flows(store: Store, kind: str) -> list[FlowRecord]:
    rows = store.read().all(
        "SELECT id, kind, state, version, data FROM flows WHERE kind = ? AND ended_at IS NULL",
        (kind,),
    )
    return [FlowRecord(r["id"], r["kind"], r["state"], r["version"], json.loads(r["data"]))
            for r in rows]
