"""Assisted mode's core: roles, the staff's booking search, new keys for an in-house guest."""

from __future__ import annotations

import asyncio
from datetime import date, timedelta

import pytest

from kiosk import assisted, keycard
from kiosk.checkin import CheckInDesk
from kiosk.db import Store
from kiosk.demo import DEMO_CHECKED_IN, DEMO_SAME_NAME_A, DEMO_SAME_NAME_B, DEMO_SIMPLE
from kiosk.keys import current_generation
from kiosk.staff import Role, StaffDirectory

SITE_KEY = b"test-site-key-0123456789abcdef"


def test_roles(store: Store) -> None:
    staff = StaffDirectory(store)
    anna = staff.add("anna", "Anna", Role.STAFF, "2468")
    tero = staff.add("tero", "Tero", Role.TECHNICIAN, "1357")
    mia = staff.add("mia", "Mia", Role.DUTY_MANAGER, "9753")
    assert assisted.may_assist(anna) and not assisted.may_diagnose(anna)
    assert assisted.may_diagnose(tero) and not assisted.may_assist(tero)
    assert assisted.may_assist(mia) and assisted.may_diagnose(mia)


@pytest.mark.parametrize("text, expected", [
    ("2026-11-25", date(2026, 11, 25)), ("25.11.2026", date(2026, 11, 25)),
    ("5/1/2027", date(2027, 1, 5)), ("31.02.2026", None), ("AURA2345", None)])
def test_dates_as_staff_type_them(text: str, expected: date | None) -> None:
    assert assisted.parse_day(text) == expected


def codes(store: Store, query: str) -> list[str]:
    return [b.code for b in assisted.search_bookings(store.read(), query, store.clock.today())]


def test_search_by_any_field(demo_store: Store) -> None:
    row = demo_store.read().one(
        "SELECT g.last_name, g.email FROM guests g JOIN bookings b ON b.guest_id = g.id"
        " WHERE b.code = ?", (DEMO_SIMPLE,))
    assert row is not None
    assert codes(demo_store, "aura-2345") == [DEMO_SIMPLE]        # the code, as printed
    assert DEMO_SIMPLE in codes(demo_store, "AURA")              # its start
    found = codes(demo_store, row["last_name"].upper())          # the surname, any case
    assert DEMO_SIMPLE in found
    if row["email"]:
        assert DEMO_SIMPLE in codes(demo_store, row["email"].upper())
    today = demo_store.clock.today()
    arriving = codes(demo_store, today.strftime("%d.%m.%Y"))
    assert DEMO_SIMPLE in arriving and len(arriving) <= assisted.SEARCH_LIMIT


def test_folded_surname_finds_both_namesakes(demo_store: Store) -> None:
    found = codes(demo_store, "jarvinen")
    assert {DEMO_SAME_NAME_A, DEMO_SAME_NAME_B} <= set(found)


def test_too_short_or_empty_finds_nothing(demo_store: Store) -> None:
    assert codes(demo_store, "a") == [] and codes(demo_store, "  ") == []


def test_new_keys_for_an_in_house_guest_supersede_the_old(desk: CheckInDesk,
                                                          demo_store: Store) -> None:
    before = current_generation(demo_store, DEMO_CHECKED_IN) or 0
    seen: list[tuple[int, int]] = []
    issued = asyncio.run(assisted.reissue_keys(
        desk.keys, demo_store.read(), DEMO_CHECKED_IN, 2, now=demo_store.clock.now(),
        checkout_until="12:00", progress=lambda done, total: seen.append((done, total))))
    assert len(issued) == 2 and seen == [(1, 2), (2, 2)]
    assert current_generation(demo_store, DEMO_CHECKED_IN) == before + 1
    written = desk.keys.last_written
    assert written is not None
    check = keycard.verify(written.uid, written.data, SITE_KEY,
                           now=demo_store.clock.now() + timedelta(minutes=1),
                           site=desk.config.kiosk.site,
                           current_generation=lambda b: current_generation(demo_store, b))
    assert check.verdict == keycard.Verdict.VALID


def test_new_keys_only_for_a_checked_in_booking(desk: CheckInDesk, demo_store: Store) -> None:
    with pytest.raises(assisted.NotCheckedIn):
        asyncio.run(assisted.reissue_keys(desk.keys, demo_store.read(), DEMO_SIMPLE, 1,
                                          now=demo_store.clock.now(), checkout_until="12:00"))
