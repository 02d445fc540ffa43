"""Reservations CSV import, and recognising returning guests."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from kiosk import demo
from kiosk.clock import FakeClock
from kiosk.db import Store, open_store
from kiosk.demo import load_demo
from kiosk.guests import find_or_create_guest
from kiosk.reservations import HEADER, import_reservations

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
TODAY = date(2026, 11, 25)


@pytest.fixture
def hotel(tmp_path: Path) -> Iterator[Store]:
    """A small hotel: every room type, a handful of rooms."""
    clock = FakeClock(datetime(2026, 11, 25, 15, 30, tzinfo=ZoneInfo("Europe/Helsinki")))
    store = open_store(tmp_path / "k.db", clock)
    with store.transaction() as tx:
        for code, name, capacity in (("single", "Single room", 1), ("double", "Double room", 2),
                                     ("twin", "Twin room", 2), ("family", "Family room", 4),
                                     ("suite", "Aurora Suite", 4)):
            tx.execute("INSERT INTO room_types (code, name, capacity, rate_cents)"
                       " VALUES (?, ?, ?, 10000)", (code, name, capacity))
        for number, type_code in (("101", "single"), ("102", "double"), ("201", "double"),
                                  ("202", "twin"), ("301", "family")):
            tx.execute("INSERT INTO rooms (number, floor, type_code) VALUES (?, ?, ?)",
                       (number, int(number[0]), type_code))
    yield store
    store.close()


@pytest.fixture
def demo_hotel(tmp_path: Path) -> Iterator[Store]:
    clock = FakeClock(datetime(2026, 11, 25, 15, 30, tzinfo=ZoneInfo("Europe/Helsinki")))
    store = open_store(tmp_path / "demo.db", clock)
    load_demo(store, TODAY)
    yield store
    store.close()


def bookings(store: Store) -> dict[str, dict[str, Any]]:
    tx = store.read()
    out = {}
    for b in tx.all("SELECT b.*, g.first_name, g.last_name, g.last_name_key FROM bookings b"
                    " JOIN guests g ON g.id = b.guest_id"):
        b["lines"] = [(r["position"], r["room_type"], r["adults"], r["children"], r["room"])
                      for r in tx.all("SELECT * FROM booking_rooms WHERE booking_code = ?"
                                      " ORDER BY position", (b["code"],))]
        out[b["code"]] = b
    return out


def write_csv(path: Path, *rows: str) -> Path:
    path.write_text("\n".join([",".join(HEADER), *rows]) + "\n", encoding="utf-8")
    return path


# ---------------------------------------------------------------- import


def test_a_good_file_is_imported(hotel: Store) -> None:
    report = import_reservations(hotel, FIXTURES / "reservations_good.csv", "HEL01")
    assert report.errors == []
    assert (report.created, report.updated, report.unchanged) == (3, 0, 0)
    found = bookings(hotel)
    assert set(found) == {"KSTR2345", "MNPQ6789", "HJKT3456"}
    simple = found["KSTR2345"]
    assert (simple["arrival"], simple["departure"]) == ("2027-03-01", "2027-03-03")
    assert (simple["site"], simple["status"], simple["prepaid"]) == ("HEL01", "booked", 0)
    assert simple["lines"] == [(1, "double", 2, 0, None)]
    # Two rows, one booking; type by name in another case; empty children means none.
    multi = found["MNPQ6789"]
    assert multi["lines"] == [(1, "family", 2, 2, "301"), (2, "double", 2, 0, None)]
    assert multi["notes"] == "Baby cot, please"
    assert multi["first_name"] == "María José" and multi["last_name_key"] == "nunez de balboa"
    assert found["HJKT3456"]["last_name_key"] == "wang"


def test_every_kind_of_bad_row_is_reported_with_its_line(hotel: Store) -> None:
    report = import_reservations(hotel, FIXTURES / "reservations_bad.csv", "HEL01")
    errors = dict(report.errors)
    assert [line for line, _ in report.errors] == sorted(errors)  # one entry per bad line
    expected = {
        3: "last_name is missing",
        4: "arrival '2027-02-30' is not a date",
        5: "departure 2027-04-05 is not after arrival",
        6: "unknown room type 'penthouse'",
        7: "unknown room '999'",
        8: "booking code 'BAD-CODE-1' is malformed",
        9: "adults must be at least 1",
        10: "adults 'two' is not a whole number",
        11: "room 102 is a double room, not a single room",
        12: "expected 11 columns, found 5",
        15: "arrival '01.04.2027' is not a date (YYYY-MM-DD)",
        16: "not imported: another line of this booking has errors",
        17: "adults 'x' is not a whole number",
        20: "not imported: another line of this booking has errors",
        21: "departure differ from line 20",
        23: "room 202 is already assigned to another booking",
        24: "email is not an e-mail address",
        25: "children cannot be negative",
    }
    assert set(errors) == set(expected)
    for line, text in expected.items():
        assert text in errors[line], (line, errors[line])
    assert "single, double" in errors[6] or "known:" in errors[6]
    # The good rows, including the one whose notes span two physical lines, are in.
    found = bookings(hotel)
    assert set(found) == {"GDRW2345", "GDRW3456", "GDRW5678", "GDRW7892"}
    assert report.created == 4
    assert found["GDRW3456"]["notes"] == "Line one\nline two"
    # Reasons never repeat a guest's name or e-mail address.
    assert not any(word in reason for reason in errors.values()
                   for word in ("Salo", "Koski", "Mäki", "not-an-email"))


def test_a_byte_order_mark_is_accepted(hotel: Store) -> None:
    report = import_reservations(hotel, FIXTURES / "reservations_bom.csv", "HEL01")
    assert report.errors == [] and report.created == 1
    assert bookings(hotel)["BMBM2345"]["lines"] == [(1, "twin", 2, 0, None)]


def test_a_wrong_header_is_one_clear_error(hotel: Store) -> None:
    report = import_reservations(hotel, FIXTURES / "reservations_bad_header.csv", "HEL01")
    assert len(report.errors) == 1
    line, reason = report.errors[0]
    assert line == 1 and ",".join(HEADER) in reason
    assert report.created == 0 and bookings(hotel) == {}


def test_an_empty_file_and_a_file_not_in_utf8(hotel: Store, tmp_path: Path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert import_reservations(hotel, empty, "HEL01").errors[0][0] == 1
    latin = tmp_path / "latin.csv"
    latin.write_bytes((",".join(HEADER) + "\nKSTR2345,Åsa,Berg,,2027-03-01,2027-03-02,"
                       "single,1,0,,\n").encode("latin-1"))
    report = import_reservations(hotel, latin, "HEL01")
    assert report.errors == [(2, "the file is not UTF-8 text; save it as CSV UTF-8")]
    assert bookings(hotel) == {}


def test_reimport_updates_instead_of_duplicating(hotel: Store) -> None:
    import_reservations(hotel, FIXTURES / "reservations_good.csv", "HEL01")
    guests = hotel.read().one("SELECT count(*) AS n FROM guests")

    again = import_reservations(hotel, FIXTURES / "reservations_good.csv", "HEL01")
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)

    changed = import_reservations(hotel, FIXTURES / "reservations_update.csv", "HEL01")
    assert changed.errors == []
    assert (changed.created, changed.updated, changed.unchanged) == (0, 2, 1)
    found = bookings(hotel)
    assert len(found) == 3
    assert found["KSTR2345"]["departure"] == "2027-03-04"
    assert found["MNPQ6789"]["lines"] == [(1, "family", 2, 2, "301")]  # lines replaced
    # The e-mail in another case is the same guest.
    assert hotel.read().one("SELECT count(*) AS n FROM guests") == guests


def test_the_import_emits_counts_only(hotel: Store) -> None:
    import_reservations(hotel, FIXTURES / "reservations_bad.csv", "HEL01")
    event = hotel.read().one("SELECT topic, payload FROM outbox ORDER BY id DESC")
    assert event is not None and event["topic"] == "reservations.imported"
    payload = json.loads(event["payload"])
    assert payload == {"site": "HEL01", "rows": 22, "created": 4, "updated": 0,
                       "unchanged": 0, "errors": 18}


def test_a_checked_in_booking_keeps_status_arrival_and_rooms(demo_hotel: Store,
                                                             tmp_path: Path) -> None:
    before = bookings(demo_hotel)[demo.DEMO_CHECKED_IN]
    room = before["lines"][0][4]
    assert before["status"] == "checked_in" and room is not None
    path = write_csv(
        tmp_path / "in_house.csv",
        f"{demo.DEMO_CHECKED_IN},{before['first_name']},{before['last_name']},,2026-11-20,"
        "2026-11-30,double,2,0,,Extended stay",
    )
    report = import_reservations(demo_hotel, path, "HEL01")
    assert report.errors == [] and report.updated == 1
    after = bookings(demo_hotel)[demo.DEMO_CHECKED_IN]
    assert after["status"] == "checked_in"
    assert after["arrival"] == before["arrival"]            # the guest has arrived
    assert after["departure"] == "2026-11-30"               # an extension is applied
    assert after["guest_id"] == before["guest_id"]
    assert after["lines"][0][4] == room                     # the room stays assigned
    assert after["notes"] == "Extended stay"


def test_checked_out_history_and_other_sites_are_left_alone(demo_hotel: Store,
                                                            tmp_path: Path) -> None:
    found = bookings(demo_hotel)
    past = next(b for b in found.values() if b["status"] == "checked_out")
    other = found[demo.DEMO_OTHER_HOTEL]
    path = write_csv(
        tmp_path / "history.csv",
        f"{past['code']},{past['first_name']},{past['last_name']},,2026-01-01,2026-01-09,"
        "single,1,0,,",
        f"{other['code']},{other['first_name']},{other['last_name']},,2026-11-25,2026-11-26,"
        "double,1,0,,",
    )
    report = import_reservations(demo_hotel, path, "HEL01")
    assert report.unchanged == 1 and report.updated == 0
    assert report.errors == [(3, f"booking {other['code'][:4]}-{other['code'][4:]} belongs to"
                                 " site TKU01, not HEL01")]
    after = bookings(demo_hotel)
    assert after[past["code"]] == past and after[other["code"]] == other


def test_a_pre_assigned_room_may_not_clash_with_a_stay(demo_hotel: Store,
                                                       tmp_path: Path) -> None:
    in_house = bookings(demo_hotel)[demo.DEMO_CHECKED_IN]
    room = in_house["lines"][0][4]
    path = write_csv(tmp_path / "clash.csv",
                     f"ZZZZ2345,Test,Guest,,2026-11-25,2026-11-26,double,1,0,{room},")
    report = import_reservations(demo_hotel, path, "HEL01")
    assert report.created == 0
    assert "already assigned" in report.errors[0][1]


# ---------------------------------------------------------------- guests


def test_a_returning_guest_is_found_by_email_and_details_are_filled(hotel: Store) -> None:
    with hotel.transaction() as tx:
        first = find_or_create_guest(tx, first_name="Åsa", last_name="Åström",
                                     email="Asa.Astrom@example.org", nationality="SWE")
        again = find_or_create_guest(tx, first_name="Åsa", last_name="Astrom",
                                     email="asa.astrom@EXAMPLE.org", nationality="",
                                     city="Stockholm", date_of_birth=date(1979, 3, 14))
        row = tx.one("SELECT * FROM guests WHERE id = ?", (first,))
    assert again == first
    assert row is not None
    assert (row["nationality"], row["city"], row["date_of_birth"]) == (
        "SWE", "Stockholm", "1979-03-14")
    assert row["last_name_key"] == "astrom" and row["last_name"] == "Åström"


def test_known_details_are_never_overwritten(hotel: Store) -> None:
    with hotel.transaction() as tx:
        gid = find_or_create_guest(tx, first_name="Mikko", last_name="Virtanen",
                                   email="m.v@example.com", city="Oulu")
        find_or_create_guest(tx, first_name="Mikko", last_name="Virtanen",
                             email="m.v@example.com", city="Turku")
        row = tx.one("SELECT city FROM guests WHERE id = ?", (gid,))
    assert row == {"city": "Oulu"}


def test_recognition_by_name_and_date_of_birth(hotel: Store) -> None:
    with hotel.transaction() as tx:
        a = find_or_create_guest(tx, first_name="Aino", last_name="Järvinen",
                                 date_of_birth="1990-02-11")
        same = find_or_create_guest(tx, first_name="AINO", last_name="Jarvinen",
                                    date_of_birth="1990-02-11", phone="+358 555 0101")
        other_dob = find_or_create_guest(tx, first_name="Aino", last_name="Järvinen",
                                         date_of_birth="1961-07-30")
        other_first = find_or_create_guest(tx, first_name="Elias", last_name="Järvinen",
                                           date_of_birth="1990-02-11")
    assert same == a
    assert len({a, other_dob, other_first}) == 3


def test_a_shared_mailbox_does_not_merge_two_people(hotel: Store) -> None:
    with hotel.transaction() as tx:
        anna = find_or_create_guest(tx, first_name="Anna", last_name="Virtanen",
                                    email="family@example.com", document_number="XA1234567")
        mikko = find_or_create_guest(tx, first_name="Mikko", last_name="Virtanen",
                                     email="family@example.com")
        row = tx.one("SELECT document_number FROM guests WHERE id = ?", (mikko,))
    assert anna != mikko and row == {"document_number": None}


def test_unknown_details_are_refused(hotel: Store) -> None:
    with hotel.transaction() as tx, pytest.raises(TypeError, match="shoe_size"):
        find_or_create_guest(tx, first_name="A", last_name="B", shoe_size=42)
