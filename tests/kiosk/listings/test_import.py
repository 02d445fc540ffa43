"""Importing listings from CSV and JSON: good rows in, bad rows reported by place and reason."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kiosk.clock import FakeClock
from kiosk.db import Store
from kiosk.listings.importer import HEADER, import_listings
from kiosk.listings.query import SearchQuery
from kiosk.listings.search import search
from kiosk.listings.storage import get_listing, listing_num

CSV_HEADER = ",".join(HEADER)
GOOD = [
    'T1,"Valoisa kaksio, Töölö","Kaunis koti; parveke.",apartment,245000,54.5,2,1938,C,'
    '60.181234,24.921,Runeberginkatu 5 B 12,Töölö,sauna;balcony,listings/photos/a.jpg;'
    'https://example.com/b.jpg',
    "T2,Omakotitalo,,detached,560 000,\"132,5\",5,1999,a+,60.2,24.81,Koivutie 3,Tapiola,"
    "garden;Garage,",
    "T3,Tontti,,plot,150000,,,,,60.35,25.08,Korsontie 1,Korso,,",
]


def write(tmp_path: Path, lines: list[str], *, bom: bool = False, name: str = "l.csv") -> Path:
    path = tmp_path / name
    text = "\r\n".join(lines) + "\r\n"
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode())
    return path


def test_good_rows_are_imported(store: Store, tmp_path: Path) -> None:
    report = import_listings(store, write(tmp_path, [CSV_HEADER, *GOOD], bom=True))
    assert (report.created, report.updated, report.errors) == (3, 0, [])
    t1 = get_listing(store, "T1")
    assert t1 is not None
    assert (t1.title, t1.price_eur, t1.living_area_m2, t1.rooms, t1.energy_class) == (
        "Valoisa kaksio, Töölö", 245_000, 54.5, 2, "C")
    assert t1.features == {"sauna", "balcony"} and t1.municipality == "Helsinki"
    assert t1.photos == ("listings/photos/a.jpg", "https://example.com/b.jpg")
    t2 = get_listing(store, "T2")
    assert t2 is not None and t2.price_eur == 560_000 and t2.living_area_m2 == 132.5
    assert t2.energy_class == "A+" and t2.features == {"garden", "garage"}
    t3 = get_listing(store, "T3")
    assert t3 is not None and t3.living_area_m2 is None and t3.rooms is None
    assert search(store, SearchQuery(text="toolo")).total == 1


def test_bad_rows_are_reported_by_line_and_good_ones_kept(store: Store, tmp_path: Path) -> None:
    lines = [
        CSV_HEADER,
        GOOD[0],
        "B1,,,,abc,-5,x,1200,Q,95,0,,,moat,/etc/passwd",       # line 3: many problems
        "",                                                     # blank: no row
        'B2,"Title spanning',                                   # line 5..6: one record
        'two lines",,apartment,100000,40,1,2000,,60.1,24.9,Katu 1,Kallio,,',
        "B3,Kaksio,,apartment,100000,,2,2000,,60.1,24.9,Katu 1,Kallio,,",  # line 7: no area
        "B4,Kaksio,,apartment,100000,40,2,2000,,0,0,Katu 1,Kallio,,",      # line 8: 0,0
        "B5,too,few,columns",                                               # line 9
        GOOD[1],
    ]
    report = import_listings(store, write(tmp_path, lines))
    assert report.created == 3  # T1, B2 (a title over two lines is fine), T2
    errors = {p.line: p.reason for p in report.errors}
    assert sorted(errors, key=lambda line: line or 0) == [3, 7, 8, 9]
    for fragment in ("title is missing", "type is missing", "price_eur 'abc' is not a whole",
                     "living_area_m2 '-5' is outside", "rooms 'x' is not a whole",
                     "year_built 1200 is outside", "energy_class 'Q'", "lat '95' is outside",
                     "unknown feature 'moat'", "photos: '/etc/passwd'", "address is missing"):
        assert fragment in errors[3], fragment
    assert errors[7] == "living_area_m2 is missing"
    assert "0,0" in errors[8]
    assert errors[9] == "expected 15 columns, found 4"
    b2 = get_listing(store, "B2")
    assert b2 is not None and b2.title == "Title spanning\ntwo lines"


def test_reimport_updates_by_id_and_keeps_what_points_at_a_listing(
        store: Store, clock: FakeClock, tmp_path: Path) -> None:
    import_listings(store, write(tmp_path, [CSV_HEADER, *GOOD]))
    before = get_listing(store, "T1")
    num = listing_num(store, "T1")
    changed = GOOD[0].replace(",245000,", ",239000,").replace("sauna;balcony", "elevator")
    clock.advance(3600)
    report = import_listings(store, write(tmp_path, [CSV_HEADER, changed, GOOD[1]]))
    assert (report.created, report.updated, report.unchanged) == (0, 1, 1)
    after = get_listing(store, "T1")
    assert before is not None and after is not None
    assert after.price_eur == 239_000 and after.features == {"elevator"}
    assert after.listed_at == before.listed_at  # first published stays
    assert listing_num(store, "T1") == num
    # Both indexes follow the update.
    assert search(store, SearchQuery(features=frozenset({"elevator"}))).total == 1
    assert search(store, SearchQuery(features=frozenset({"sauna"}))).total == 0
    assert search(store, SearchQuery(min_price=239_000, max_price=239_000)).total == 1


def test_an_id_twice_in_one_file_is_refused_on_both_lines(store: Store, tmp_path: Path) -> None:
    report = import_listings(store, write(tmp_path, [CSV_HEADER, GOOD[0], GOOD[1],
                                                     GOOD[0].replace("245000", "1")]))
    assert report.created == 1
    assert [(p.line, p.reason) for p in report.errors] == [
        (2, "id 'T1' is also on line 4: neither is imported"),
        (4, "id 'T1' is also on line 2: neither is imported")]
    assert get_listing(store, "T1") is None


@pytest.mark.parametrize(("content", "line", "reason"), [
    (b"", 1, "the file is empty"),
    (b"id,title\r\n", 1, "wrong header: expected exactly id,title,description"),
    (b"\xff\xfe" + CSV_HEADER.encode("utf-16-le"), 1, "not UTF-8"),
])
def test_file_level_problems(store: Store, tmp_path: Path, content: bytes, line: int,
                             reason: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    report = import_listings(store, path)
    assert len(report.errors) == 1 and report.errors[0].line == line
    assert reason in report.errors[0].reason


def test_json_import_reports_by_index(store: Store, tmp_path: Path) -> None:
    items = [
        {"id": "J1", "title": "Kaksio", "type": "apartment", "price_eur": 200000,
         "living_area_m2": 48.5, "rooms": 2, "lat": 60.17, "lon": 24.94,
         "address": "Katu 1", "district": "Kamppi", "features": ["sauna"],
         "photos": ["listings/photos/x.jpg"], "language": "fi",
         "translations": {"sv": {"title": "Tvåa", "description": "Ljus tvåa"}},
         "agent": {"id": "A1", "name": "Aino Agentti", "phone": "+358 40 000 0000"},
         "debt_free_price_eur": 230000, "floor_plans": ["listings/plans/p.png"],
         "panoramas": ["listings/panoramas/r.jpg"], "listed_at": "2026-11-01"},
        {"id": "J2", "title": "Kaksio", "type": "apartment", "price_eur": "lots"},
        "not an object",
        {"id": "J3", "prise_eur": 1},
    ]
    path = tmp_path / "l.json"
    path.write_text(json.dumps(items), encoding="utf-8")
    report = import_listings(store, path)
    assert report.created == 1
    errors = {p.index: p.reason for p in report.errors}
    assert sorted(errors, key=lambda index: index or 0) == [1, 2, 3]
    assert "price_eur 'lots' is not a whole number" in errors[1]
    assert errors[2] == "expected an object"
    assert errors[3].startswith("unknown field 'prise_eur'")
    assert report.errors[0].where("l.json") == "l.json[1]"
    j1 = get_listing(store, "J1")
    assert j1 is not None and j1.text("sv").title == "Tvåa" and j1.text("en").title == "Kaksio"
    assert j1.agent is not None and j1.agent.name == "Aino Agentti"
    assert j1.debt_free_price_eur == 230_000 and j1.listed_at == "2026-11-01T00:00:00Z"
    assert (j1.floor_plans, j1.panoramas) == (("listings/plans/p.png",),
                                              ("listings/panoramas/r.jpg",))
    assert search(store, SearchQuery(text="tvaa")).total == 1  # Swedish text is searched


def test_json_that_is_not_a_list(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "l.json"
    path.write_text('{"id": "x"}', encoding="utf-8")
    assert [(p.line, p.reason) for p in import_listings(store, path).errors] == [
        (1, "expected a list of listing objects")]
    path.write_text('[\n{"id": }\n]', encoding="utf-8")
    (problem,) = import_listings(store, path).errors
    assert problem.line == 2 and problem.reason.startswith("not JSON")


def test_one_event_with_counts_only(store: Store, tmp_path: Path) -> None:
    import_listings(store, write(tmp_path, [CSV_HEADER, *GOOD, "B,,,,,,,,,,,,,,"]))
    rows = store.read().all("SELECT topic, payload FROM outbox WHERE topic = 'listings.imported'")
    assert len(rows) == 1
    assert json.loads(rows[0]["payload"]) == {"format": "csv", "rows": 4, "created": 3,
                                              "updated": 0, "unchanged": 0, "errors": 1}
