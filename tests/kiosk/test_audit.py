"""The audit log of assisted mode and diagnostics: references only, never a guest."""

from __future__ import annotations

import json

import pytest

from kiosk import audit
from kiosk.db import Store
from kiosk.staff import Role, StaffDirectory


def test_an_action_is_recorded_with_who_when_where(store: Store) -> None:
    anna = StaffDirectory(store).add("anna", "Anna", Role.STAFF, "2468")
    entry_id = audit.record(store, anna.id, "lobby-1", "room.override", booking="AURA2345",
                            position=1, room="305", previous="301")
    row = store.read().one("SELECT * FROM audit_log WHERE id = ?", (entry_id,))
    assert row is not None
    assert (row["staff_id"], row["kiosk"], row["action"]) == (anna.id, "lobby-1",
                                                             "room.override")
    assert row["at"] == store.clock.now_iso()
    assert json.loads(row["detail"]) == {"booking": "AURA2345", "position": 1, "room": "305",
                                         "previous": "301"}
    event = store.read().one("SELECT topic, payload FROM outbox ORDER BY id DESC LIMIT 1")
    assert event is not None and event["topic"] == "audit.recorded"
    assert "AURA2345" not in event["payload"]          # the event names the entry only
    [latest] = audit.entries(store, kiosk="lobby-1", limit=1)
    assert latest.id == entry_id and latest.refs["room"] == "305"


@pytest.mark.parametrize("key", ["name", "last_name", "email", "query", "uid"])
def test_personal_data_is_refused(store: Store, key: str) -> None:
    with pytest.raises(ValueError, match=key):
        audit.record(store, None, "lobby-1", "booking.search", **{key: "Järvinen"})
    assert store.read().one("SELECT COUNT(*) AS n FROM audit_log") == {"n": 0}


def test_only_plain_values(store: Store) -> None:
    with pytest.raises(TypeError):
        audit.record(store, None, "lobby-1", "x", rooms=["101"])  # type: ignore[arg-type]
