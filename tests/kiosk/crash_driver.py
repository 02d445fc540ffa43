"""Runs one check-in and kills its own process with SIGKILL at a chosen point, as a power
cut would. Used by test_crash.py; not a test itself.

usage: crash_driver.py DB TERMINAL_STATE CRASH_POINT
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from devices import open_devices
from kiosk.checkin import CheckInDesk
from kiosk.config import Config, DevicesSection, HotelSection
from kiosk.db import Store, Tx
from kiosk.demo import DEMO_SIMPLE

SITE_KEY = b"crash-test-site-key-0123456789"
STROKES = [[(10.0, 10.0), (50.0, 40.0), (90.0, 15.0), (140.0, 50.0), (200.0, 30.0)]]


def die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def main() -> None:
    db, terminal_state, point = sys.argv[1:4]
    store = Store(db)
    config = Config(devices=DevicesSection(payment=f"sim:?state={terminal_state}"),
                    hotel=HotelSection(checkin_from="00:00"))  # any hour of the test run
    devices = open_devices(config.devices)
    desk = CheckInDesk(store, config, devices, SITE_KEY)
    checkin = desk.start("en")

    original = store.transaction

    @contextmanager
    def transaction() -> Iterator[Tx]:
        with original() as tx:
            yield tx
        # Committed: now die if this commit reached the chosen point.
        row = store.read().one("SELECT state FROM flows WHERE id = ?", (checkin.id,))
        state = row["state"] if row else ""
        if state == point:
            die()
        if point == "payment_requested" and store.read().one(
                "SELECT 1 AS x FROM payments WHERE flow_id = ? AND status = 'requested'",
                (checkin.id,)):
            die()
        if point == "key_encoding" and store.read().one(
                "SELECT 1 AS x FROM key_cards WHERE booking_code = ? AND status = 'encoding'",
                (DEMO_SIMPLE,)):
            die()

    store.transaction = transaction  # type: ignore[method-assign]

    if point == "payment_approved_unrecorded":
        terminal: Any = devices.payment
        ask = terminal.preauthorise

        async def preauthorise(*args: Any) -> Any:
            await ask(*args)
            die()  # the terminal approved; the kiosk never heard the answer

        terminal.preauthorise = preauthorise

    async def walk() -> None:
        await checkin.find_by_code(DEMO_SIMPLE)
        await checkin.confirm_details()
        values = checkin.registration_values()
        values.update(date_of_birth="1985-04-12", nationality="FIN", address="Katu 1",
                      city="Helsinki", postal_code="00100", country="FIN")
        await checkin.sign_registration(values, STROKES, 400, 150)
        await checkin.set_parking("ABC-123")
        await checkin.assign_rooms()
        await checkin.authorise_payment()
        await checkin.issue_keys(2)

    asyncio.run(walk())
    print("completed without crashing")


if __name__ == "__main__":
    main()
