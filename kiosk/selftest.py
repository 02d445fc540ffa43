"""`kiosk selftest`: a whole check-in of a synthetic booking through the configured
devices, without the UI; verifies the issued key, then removes every trace."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from dataclasses import asdict, dataclass
from datetime import timedelta
from typing import Any

from kiosk import booking_code, keycard
from kiosk.checkin import CheckIn, CheckInDesk
from kiosk.db import Store
from kiosk.flows.checkin import COMMITTED
from kiosk.keys import current_generation

ROOM_TYPE = "_selftest"
ROOM = "SELFTEST"


@dataclass
class Step:
    name: str
    ok: bool
    ms: float
    detail: str = ""


def _seed(store: Store, code: str, site: str) -> None:
    clock = store.clock
    today = clock.today()
    now = clock.now_iso()
    with store.transaction() as tx:
        tx.execute("INSERT INTO room_types (code, name, capacity, rate_cents) VALUES (?,?,?,?)",
                   (ROOM_TYPE, "Self-test room", 1, 0))
        tx.execute("INSERT INTO rooms (number, floor, type_code, housekeeping, wayfinding)"
                   " VALUES (?, 0, ?, 'inspected', 'self-test: not a real room')",
                   (ROOM, ROOM_TYPE))
        cur = tx.execute(
            "INSERT INTO guests (first_name, last_name, last_name_key, created_at)"
            " VALUES ('Selftest', 'Synthetic', ?, ?)", (f"selftest {code.lower()}", now))
        tx.execute(
            "INSERT INTO bookings (code, site, guest_id, arrival, departure, prepaid, created_at,"
            " updated_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?)",
            (code, site, cur.lastrowid, today.isoformat(), (today + timedelta(days=1)).isoformat(),
             now, now))
        tx.execute("INSERT INTO booking_rooms (booking_code, position, room_type, adults)"
                   " VALUES (?, 1, ?, 1)", (code, ROOM_TYPE))


def _cleanup(store: Store, code: str, flow_id: str | None) -> None:
    with store.transaction() as tx:
        guest = tx.one("SELECT guest_id FROM bookings WHERE code = ?", (code,))
        for table in ("key_cards", "key_generations", "payments", "registration_cards",
                      "parking_permits", "booking_rooms"):
            tx.execute(f"DELETE FROM {table} WHERE booking_code = ?", (code,))
        tx.execute("DELETE FROM bookings WHERE code = ?", (code,))
        if guest:
            tx.execute("DELETE FROM guests WHERE id = ?", (guest["guest_id"],))
        tx.execute("DELETE FROM rooms WHERE number = ?", (ROOM,))
        tx.execute("DELETE FROM room_types WHERE code = ?", (ROOM_TYPE,))
        if flow_id:
            tx.execute("DELETE FROM flows WHERE id = ?", (flow_id,))
            tx.execute("DELETE FROM outbox WHERE payload LIKE ?", (f"%{flow_id}%",))
        tx.execute("DELETE FROM outbox WHERE payload LIKE ?", (f"%{code}%",))


def selftest_desk(desk: CheckInDesk, site_key: bytes) -> CheckInDesk:
    """The same desk with the hotel's check-in hour lifted: a technician tests at 3 a.m."""
    hotel = desk.config.hotel.model_copy(update={"checkin_from": "00:00"})
    config = desk.config.model_copy(update={"hotel": hotel})
    return CheckInDesk(desk.store, config, desk.devices, site_key, desk.staff_calls)


async def run_selftest(desk: CheckInDesk, site_key: bytes) -> list[Step]:
    desk = selftest_desk(desk, site_key)
    store = desk.store
    # The synthetic booking belongs to this kiosk's site so the normal rules apply to it.
    code = "ZZ" + booking_code.generate()[2:]
    steps: list[Step] = []
    checkin: CheckIn | None = None

    async def step(name: str, action: Callable[[], Awaitable[Any]]) -> bool:
        t0 = time.perf_counter()
        try:
            detail = await action()
            steps.append(Step(name, True, (time.perf_counter() - t0) * 1000, str(detail or "")))
            return True
        except Exception as exc:  # a self-test reports every failure, it never crashes
            steps.append(Step(name, False, (time.perf_counter() - t0) * 1000,
                              f"{type(exc).__name__}: {getattr(exc, 'detail', '') or exc}"))
            return False

    async def seed() -> None:
        _seed(store, code, desk.config.kiosk.site)

    async def find() -> None:
        nonlocal checkin
        checkin = desk.start("en")
        await checkin.find_by_code(booking_code.display(code))

    def c() -> CheckIn:
        assert checkin is not None
        return checkin

    async def registration() -> None:
        values = {**c().registration_values(), "date_of_birth": "1980-01-01",
                  "nationality": "FIN", "address": "Testikatu 1", "city": "Helsinki",
                  "postal_code": "00100", "country": "FIN"}
        strokes = [[(10.0, 10.0), (60.0, 40.0), (120.0, 20.0), (180.0, 60.0)]]
        await c().sign_registration(values, strokes, 400, 150)

    async def room() -> str:
        return "room " + ", ".join(a.room for a in await c().assign_rooms())

    async def keys() -> str:
        summary = await c().issue_keys(1)
        return f"{summary.keys_issued} card(s)"

    async def verify() -> str:
        written = desk.keys.last_written
        if written is None:
            raise RuntimeError("no card was written")
        result = keycard.verify(written.uid, written.data, site_key, now=store.clock.now(),
                                site=desk.config.kiosk.site,
                                current_generation=lambda b: current_generation(store, b))
        if result.verdict != keycard.Verdict.VALID:
            raise RuntimeError(f"issued key verifies as {result.verdict}: {result.reason}")
        return result.reason

    try:
        ok = await step("seed synthetic booking", seed)
        for name, action in [
            ("find booking", find),
            ("confirm details", lambda: c().confirm_details()),
            ("registration card", registration),
            ("parking", lambda: c().set_parking("SELF-1")),
            ("room", room),
            ("payment pre-authorisation", lambda: c().authorise_payment()),
            ("key cards", keys),
            ("verify issued key", verify),
        ]:
            if not ok:
                break
            ok = await step(name, action)
        if checkin is not None and not ok and checkin.state not in COMMITTED:
            # Release what the synthetic check-in holds; a committed one is simply erased
            # below (no staff call for a synthetic guest: the failed step says it all).
            await checkin.cancel("selftest_failed")
    finally:
        flow_id = checkin.id if checkin else None

        async def cleanup() -> None:
            # A real terminal holds real money: release before forgetting the reference.
            held = store.read().all("SELECT reference FROM payments WHERE booking_code = ?"
                                    " AND status = 'approved'", (code,))
            for p in held:
                await desk.devices.payment.release(p["reference"])
            _cleanup(store, code, flow_id)

        await step("remove traces", cleanup)
    return steps


def steps_json(steps: list[Step]) -> list[dict[str, Any]]:
    return [asdict(s) for s in steps]
