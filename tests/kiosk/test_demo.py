"""The demo hotel: its size, its showcase bookings and the promises the tour relies on."""

from __future__ import annotations

import importlib.util
import json
import sys
import time
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from mrz.checker.td3 import TD3CodeChecker

from kiosk import booking_code, demo
from kiosk.clock import FakeClock
from kiosk.db import Store, Tx, open_store
from kiosk.demo import DatabaseNotEmpty, load_demo
from kiosk.text import name_key

TODAY = date(2026, 11, 25)
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def demo_clock() -> FakeClock:
    # 15:30 at the hotel: after check-in time, while housekeeping is still busy.
    return FakeClock(datetime(2026, 11, 25, 15, 30, tzinfo=ZoneInfo("Europe/Helsinki")))


@pytest.fixture
def loaded(tmp_path: Path, demo_clock: FakeClock) -> Iterator[Store]:
    store = open_store(tmp_path / "k.db", demo_clock)
    load_demo(store, TODAY)
    yield store
    store.close()


def booking(tx: Tx, code: str) -> dict[str, Any]:
    row = tx.one("SELECT b.*, g.first_name, g.last_name, g.last_name_key, g.nationality,"
                 " g.date_of_birth, g.document_number, g.document_country, g.address, g.city,"
                 " g.postal_code, g.country, g.floor_preference"
                 " FROM bookings b JOIN guests g ON g.id = b.guest_id WHERE b.code = ?", (code,))
    assert row is not None, code
    row["lines"] = tx.all("SELECT * FROM booking_rooms WHERE booking_code = ? ORDER BY position",
                          (code,))
    return row


def ready_rooms(tx: Tx, type_code: str) -> list[dict[str, Any]]:
    return tx.all("SELECT * FROM rooms WHERE type_code = ? AND occupied = 0 AND out_of_order = 0"
                  " AND housekeeping IN ('clean', 'inspected')", (type_code,))


def test_the_hotel_has_its_rooms_floors_and_types(loaded: Store) -> None:
    tx = loaded.read()
    assert {r["code"] for r in tx.all("SELECT code FROM room_types")} == {
        "single", "double", "twin", "family", "suite"}
    rooms = tx.all("SELECT * FROM rooms")
    assert 110 <= len(rooms) <= 130
    assert {r["floor"] for r in rooms} == {1, 2, 3, 4, 5, 6}
    assert 1 <= sum(r["out_of_order"] for r in rooms) <= 4
    for r in rooms:
        assert r["number"].startswith(str(r["floor"]))
        assert r["number"] in r["wayfinding"]
        if r["floor"] > 1:
            assert f"floor {r['floor']}," in r["wayfinding"]
    bookings = tx.one("SELECT count(*) AS n FROM bookings")
    assert bookings is not None and 280 <= bookings["n"] <= 320


def test_the_mix_of_bookings(loaded: Store) -> None:
    tx = loaded.read()
    rows = tx.all("SELECT status, arrival, departure, site, prepaid FROM bookings")
    today = TODAY.isoformat()
    arriving = [r for r in rows if r["arrival"] == today and r["status"] == "booked"
                and r["site"] == "HEL01"]
    assert 35 <= len(arriving) <= 45
    assert any(r["prepaid"] for r in arriving)
    statuses = {r["status"] for r in rows}
    assert statuses == {"booked", "checked_in", "checked_out", "cancelled", "no_show"}
    in_house = [r for r in rows if r["status"] == "checked_in"]
    assert len(in_house) >= 30 and all(r["departure"] >= today for r in in_house)
    future = [r for r in rows if r["arrival"] > today]
    assert future and max(r["arrival"] for r in future) <= (TODAY + timedelta(15)).isoformat()
    assert all(booking_code.is_well_formed(r["code"]) for r in tx.all("SELECT code FROM bookings"))
    pre_assigned = tx.one(
        "SELECT count(DISTINCT b.code) AS n FROM bookings b JOIN booking_rooms br"
        " ON br.booking_code = b.code WHERE b.arrival = ? AND b.status = 'booked'"
        " AND br.room IS NOT NULL", (today,))
    assert pre_assigned is not None and pre_assigned["n"] >= 5


def test_guests_come_from_many_countries_and_scripts(loaded: Store) -> None:
    guests = loaded.read().all("SELECT first_name, last_name, nationality FROM guests")
    assert len({g["nationality"] for g in guests if g["nationality"]}) >= 15
    names = {g["last_name"] for g in guests}
    for expected in ("Åström", "Ólafsdóttir", "Łukasiewicz", "Nguyễn", "Müller-Lüdenscheidt",
                     "王", "山田", "김", "Παπαδόπουλος", "Шевченко", "عبد الله", "Li", "Ng",
                     "Fernández de la Torre"):
        assert expected in names, expected
    assert all(g["last_name"] and g["first_name"] for g in guests)


def test_every_showcase_booking_is_there_as_described(loaded: Store,
                                                      demo_clock: FakeClock) -> None:
    tx = loaded.read()
    today = TODAY.isoformat()

    simple = booking(tx, demo.DEMO_SIMPLE)
    assert (simple["site"], simple["arrival"], simple["status"]) == ("HEL01", today, "booked")
    assert simple["nationality"] == "FIN" and not simple["prepaid"]
    assert [line["room_type"] for line in simple["lines"]] == ["double"]
    assert ready_rooms(tx, "double")

    multi = booking(tx, demo.DEMO_MULTIROOM)
    assert [line["room_type"] for line in multi["lines"]] == ["family", "double"]
    assert multi["arrival"] == today and multi["status"] == "booked"

    suite = booking(tx, demo.DEMO_SUITE)
    assert suite["arrival"] == today and suite["lines"][0]["room_type"] == "suite"
    assert ready_rooms(tx, "suite") == []
    estimates = [datetime.fromisoformat(r["ready_at"]) for r in tx.all(
        "SELECT ready_at FROM rooms WHERE type_code = 'suite' AND occupied = 0"
        " AND out_of_order = 0 AND ready_at IS NOT NULL")]
    assert estimates
    assert all(e.date() == TODAY and e > demo_clock.now() for e in estimates)

    future = booking(tx, demo.DEMO_FUTURE)
    assert future["arrival"] == (TODAY + timedelta(3)).isoformat()
    assert future["status"] == "booked"

    cancelled = booking(tx, demo.DEMO_CANCELLED)
    assert (cancelled["status"], cancelled["arrival"]) == ("cancelled", today)

    checked_in = booking(tx, demo.DEMO_CHECKED_IN)
    assert checked_in["status"] == "checked_in"
    assert checked_in["arrival"] < today < checked_in["departure"]
    for line in checked_in["lines"]:
        room = tx.one("SELECT occupied FROM rooms WHERE number = ?", (line["room"],))
        assert room is not None and room["occupied"] == 1

    other = booking(tx, demo.DEMO_OTHER_HOTEL)
    assert (other["site"], other["arrival"], other["status"]) == ("TKU01", today, "booked")

    prepaid = booking(tx, demo.DEMO_PREPAID)
    assert prepaid["prepaid"] == 1 and prepaid["arrival"] == today
    assert [line["room_type"] for line in prepaid["lines"]] == ["single"]

    cjk = booking(tx, demo.DEMO_CJK)
    assert cjk["last_name"] == "王" and cjk["arrival"] == today
    found = tx.all("SELECT b.code FROM bookings b JOIN guests g ON g.id = b.guest_id"
                   " WHERE g.last_name_key = ? AND b.arrival = ?", (name_key("Wang"), today))
    assert [r["code"] for r in found] == [demo.DEMO_CJK]


def test_the_foreign_guest_matches_the_passport_mrz(loaded: Store) -> None:
    guest = booking(loaded.read(), demo.DEMO_FOREIGN)
    assert guest["arrival"] == TODAY.isoformat() and guest["status"] == "booked"
    assert guest["nationality"] not in ("FIN", "SWE", "NOR", "DNK", "ISL")
    check = TD3CodeChecker(demo.DEMO_FOREIGN_MRZ)
    assert bool(check), check.report
    fields = check.fields()
    assert fields.surname == name_key(guest["last_name"]).upper()
    assert fields.name == name_key(guest["first_name"]).upper()
    assert fields.nationality == guest["nationality"] == guest["document_country"]
    assert fields.document_number == guest["document_number"]
    dob = guest["date_of_birth"]
    assert fields.birth_date == dob[2:4] + dob[5:7] + dob[8:10]


def test_the_returning_guest_is_one_row_with_full_history(loaded: Store) -> None:
    tx = loaded.read()
    today = booking(tx, demo.DEMO_RETURNING)
    assert today["arrival"] == TODAY.isoformat() and today["status"] == "booked"
    for detail in ("date_of_birth", "address", "city", "postal_code", "country", "nationality",
                   "document_number", "document_country", "floor_preference"):
        assert today[detail], detail
    stays = tx.all("SELECT * FROM bookings WHERE guest_id = ? AND status = 'checked_out'",
                   (today["guest_id"],))
    assert len(stays) >= 2 and all(s["departure"] < TODAY.isoformat() for s in stays)
    same_person = tx.all("SELECT id FROM guests WHERE last_name_key = ? AND first_name = ?",
                         (today["last_name_key"], today["first_name"]))
    assert len(same_person) == 1
    floor = today["floor_preference"]
    assert any(r["floor"] == floor for r in ready_rooms(tx, "double"))


def test_two_guests_with_the_same_surname_arrive_today(loaded: Store) -> None:
    tx = loaded.read()
    a, b = booking(tx, demo.DEMO_SAME_NAME_A), booking(tx, demo.DEMO_SAME_NAME_B)
    assert a["last_name"] == b["last_name"] == "Järvinen"
    assert a["guest_id"] != b["guest_id"]
    found = tx.all("SELECT b.code FROM bookings b JOIN guests g ON g.id = b.guest_id"
                   " WHERE g.last_name_key = ? AND b.arrival = ? ORDER BY b.code",
                   (name_key("JARVINEN"), TODAY.isoformat()))
    assert [r["code"] for r in found] == sorted([demo.DEMO_SAME_NAME_A, demo.DEMO_SAME_NAME_B])


def test_no_room_is_double_booked_and_occupancy_matches_the_stays(loaded: Store) -> None:
    tx = loaded.read()
    in_house = tx.all("SELECT br.room FROM booking_rooms br JOIN bookings b"
                      " ON b.code = br.booking_code WHERE b.status = 'checked_in'")
    rooms = [r["room"] for r in in_house]
    assert None not in rooms and len(rooms) == len(set(rooms))
    occupied = {r["number"] for r in tx.all("SELECT number FROM rooms WHERE occupied = 1")}
    assert occupied == set(rooms)
    held = tx.all("SELECT br.room, b.code, b.arrival, b.departure FROM booking_rooms br"
                  " JOIN bookings b ON b.code = br.booking_code"
                  " WHERE br.room IS NOT NULL AND b.status IN ('booked', 'checked_in')")
    for x in held:
        for y in held:
            if x["room"] == y["room"] and x["code"] < y["code"]:
                assert x["departure"] <= y["arrival"] or y["departure"] <= x["arrival"], (x, y)
    # A room pre-assigned to an arrival today is vacant and ready.
    for r in tx.all("SELECT r.* FROM rooms r JOIN booking_rooms br ON br.room = r.number"
                    " JOIN bookings b ON b.code = br.booking_code"
                    " WHERE b.arrival = ? AND b.status = 'booked'", (TODAY.isoformat(),)):
        assert not r["occupied"] and r["housekeeping"] in ("clean", "inspected")


def test_todays_arrivals_fit_in_the_ready_rooms(loaded: Store) -> None:
    tx = loaded.read()
    for type_code in ("single", "double", "twin", "family"):
        wanted = tx.one(
            "SELECT count(*) AS n FROM booking_rooms br JOIN bookings b"
            " ON b.code = br.booking_code WHERE b.arrival = ? AND b.status = 'booked'"
            " AND b.site = 'HEL01' AND br.room_type = ?", (TODAY.isoformat(), type_code))
        assert wanted is not None
        assert len(ready_rooms(tx, type_code)) >= wanted["n"], type_code


def test_loading_twice_is_refused_and_changes_nothing(loaded: Store) -> None:
    before = loaded.read().one("SELECT count(*) AS n FROM guests")
    with pytest.raises(DatabaseNotEmpty, match="empty database"):
        load_demo(loaded, TODAY)
    assert loaded.read().one("SELECT count(*) AS n FROM guests") == before


def test_loading_is_fast_and_emits_counts_only(tmp_path: Path, demo_clock: FakeClock) -> None:
    store = open_store(tmp_path / "k.db", demo_clock)
    started = time.perf_counter()
    report = load_demo(store, TODAY, site="HEL01")
    assert time.perf_counter() - started < 5.0  # the figure is in bench
    assert report.rooms == 120 and report.room_types == 5 and report.bookings >= 280
    assert report.guests < report.bookings  # returning guests are one row each
    event = store.read().one("SELECT topic, payload FROM outbox")
    assert event is not None and event["topic"] == "demo.loaded"
    assert json.loads(event["payload"]) == report.as_json()
    store.close()


def test_the_files_match_the_generator_and_the_constants(
        monkeypatch: pytest.MonkeyPatch) -> None:
    hotel, reservations = demo.read_demo_files()
    assert reservations["showcase"] == {**demo.SHOWCASE,
                                        "DEMO_FOREIGN_MRZ": demo.DEMO_FOREIGN_MRZ}
    spec = importlib.util.spec_from_file_location("make_demo_data",
                                                  ROOT / "scripts" / "make_demo_data.py")
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, script)  # dataclasses look themselves up
    spec.loader.exec_module(script)
    assert script.generate() == (hotel, reservations), "run scripts/make_demo_data.py"
