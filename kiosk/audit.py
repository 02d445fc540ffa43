"""The audit log: who did what, when, at which kiosk, in assisted mode and diagnostics.

One row per action in ``audit_log`` (schema 2). Only references are written: booking
codes, flow ids, room numbers, device names, counts. A reference whose name says it holds
personal data (a name, an e-mail, a search text) is refused, so a careless call cannot
put a guest into the log.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Any, Final

from kiosk.db import Store

log = logging.getLogger("kiosk.audit")

RefValue = str | int | float | bool | None
PERSONAL: Final = frozenset({
    "name", "first_name", "last_name", "surname", "email", "phone", "address", "city",
    "date_of_birth", "document_number", "nationality", "plate", "query", "text", "uid",
})


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: str
    staff_id: int | None
    kiosk: str
    action: str
    refs: dict[str, Any]


def record(store: Store, staff_id: int | None, kiosk: str, action: str,
           **refs: RefValue) -> int:
    """Write one entry, e.g. ``record(store, 3, "lobby-1", "room.override", room="305")``;
    returns its id. Raises ValueError for a reference that would hold personal data."""
    personal = sorted(k for k in refs if k.lower() in PERSONAL)
    if personal:
        raise ValueError(f"audit references must not hold personal data: {', '.join(personal)}")
    for key, value in refs.items():
        if not isinstance(value, str | int | float | bool | None):
            raise TypeError(f"audit reference {key!r} must be a plain value, "
                            f"not {type(value).__name__}")
    if not action or not kiosk:
        raise ValueError("an audit entry needs an action and a kiosk")
    with store.transaction() as tx:
        cur = tx.execute(
            "INSERT INTO audit_log (at, staff_id, kiosk, action, detail) VALUES (?, ?, ?, ?, ?)",
            (tx.now_iso(), staff_id, kiosk, action, json.dumps(refs, sort_keys=True)))
        entry_id = int(cur.lastrowid or 0)
        tx.emit("audit.recorded", {"id": entry_id, "kiosk": kiosk, "action": action})
    log.info("audit", extra={"id": entry_id, "kiosk": kiosk, "action": action})
    return entry_id


def entries(store: Store, *, kiosk: str | None = None, limit: int = 100) -> list[AuditEntry]:
    """The latest entries, newest first."""
    sql = "SELECT * FROM audit_log"
    params: tuple[Any, ...] = ()
    if kiosk:
        sql += " WHERE kiosk = ?"
        params = (kiosk,)
    rows = store.read().all(sql + " ORDER BY id DESC LIMIT ?", (*params, limit))
    return [AuditEntry(int(r["id"]), str(r["at"]), r["staff_id"], str(r["kiosk"]),
                       str(r["action"]), json.loads(r["detail"] or "{}")) for r in rows]
