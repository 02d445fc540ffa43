"""No personal data in logs, events or finished flows."""

from __future__ import annotations

import asyncio
import io
import json
import logging

from kiosk.checkin import CheckInDesk, CheckInState
from kiosk.db import Store
from kiosk.demo import DEMO_FOREIGN, DEMO_FOREIGN_MRZ
from kiosk.logs import JsonFormatter
from kiosk.redact import REDACTED, redact_config, redact_guest

STROKES = [[(10.0, 10.0), (50.0, 40.0), (90.0, 15.0), (140.0, 50.0), (200.0, 30.0)]]


def test_log_extras_are_redacted_by_allowlist() -> None:
    record = logging.makeLogRecord({"msg": "guest found", "flow": "abc",
                                    "last_name": "Gruber", "document_number": "U7359246"})
    line = json.loads(JsonFormatter().format(record))
    assert line["flow"] == "abc"
    assert line["last_name"] == REDACTED and line["document_number"] == REDACTED


def test_config_secrets_are_masked() -> None:
    out = redact_config({"hotel": {"wifi_password": "x", "name": "Aurora"},
                         "keys": {"site_key_file": "/etc/k"}})
    assert out["hotel"] == {"wifi_password": REDACTED, "name": "Aurora"}
    assert redact_guest({"state": "room", "email": "a@b"}) == {"state": "room", "email": REDACTED}


def test_a_whole_check_in_logs_nothing_personal(desk: CheckInDesk, demo_store: Store) -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    root.addHandler(handler)
    old_level = root.level
    root.setLevel(logging.DEBUG)
    try:
        c = desk.start("de")

        async def walk() -> None:
            await c.find_by_mrz(DEMO_FOREIGN_MRZ)
            await c.confirm_details()
            values = c.registration_values()
            values.update(address="Ringstraße 1", city="Wien", postal_code="1010",
                          country="AUT")
            await c.sign_registration(values, STROKES, 400, 150)
            await c.set_parking("W-12345A")
            await c.assign_rooms()
            await c.authorise_payment()
            await c.issue_keys(1)

        asyncio.run(walk())
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)
    assert c.state == CheckInState.DONE
    logged = stream.getvalue()
    assert "flow moved" in logged
    events = " ".join(r["payload"] for r in demo_store.read().all("SELECT payload FROM outbox"))
    flow = demo_store.read().one("SELECT data FROM flows WHERE id = ?", (c.id,))
    assert flow is not None
    for secret in ("Gruber", "GRUBER", "Katharina", "U7359246", "Ringstraße", "W-12345A",
                   "1986-04-17"):
        assert secret not in logged and secret not in events, secret
        if secret != "W-12345A":
            assert secret not in flow["data"], secret
    assert DEMO_FOREIGN  # the booking code is a reference, allowed in the flow record


def test_passwords_inside_urls_are_masked() -> None:
    out = redact_config({"bus": {"broker": "mqtt://lobby-1:hunter2@10.0.0.5:1883",
                                 "plain": "mqtt://lobby-1@10.0.0.5"}})
    assert out["bus"]["broker"] == "mqtt://lobby-1:***@10.0.0.5:1883"
    assert out["bus"]["plain"] == "mqtt://lobby-1@10.0.0.5"
