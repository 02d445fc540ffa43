"""The demo homes: size, places, languages, pictures, viewings; booking and shortlists."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PIL import Image

from kiosk.clock import FakeClock
from kiosk.db import Store, open_store
from kiosk.listings import synthetic
from kiosk.listings.demo import DEMO_DIR, ListingsNotEmpty, load_demo_listings
from kiosk.listings.districts import DISTRICTS
from kiosk.listings.query import SearchQuery
from kiosk.listings.search import search
from kiosk.listings.shortlists import (
    ShortlistNotFound,
    create_shortlist,
    remove_listing,
    save_listing,
    shortlist,
)
from kiosk.listings.storage import get_listing
from kiosk.listings.viewings import SlotPast, SlotTaken, book_viewing, cancel_viewing, open_slots

ASSETS = DEMO_DIR.parent
TODAY = date(2027, 3, 3)  # not the files' reference day: the loader moves the dates


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    clock = FakeClock(datetime(2027, 3, 3, 15, 0, tzinfo=ZoneInfo("Europe/Helsinki")))
    store = open_store(Path(tmp_path_factory.mktemp("demo")) / "k.db", clock)
    report = load_demo_listings(store)
    assert report.listings == 2000 and report.agents == 10
    yield store
    store.close()


def test_size_places_and_languages(demo: Store) -> None:
    rows = demo.read().all("SELECT id, district, municipality, lat, lon, type FROM listings")
    assert len(rows) == 2000
    assert {r["municipality"] for r in rows} == {"Helsinki", "Espoo", "Vantaa", "Kauniainen"}
    names = {d.name for d in DISTRICTS}
    assert {r["district"] for r in rows} <= names
    assert len({r["district"] for r in rows}) >= 30
    assert all(60.05 < r["lat"] < 60.45 and 24.45 < r["lon"] < 25.3 for r in rows)
    kinds = Counter(r["type"] for r in rows)
    assert set(kinds) == {"apartment", "terraced", "semi_detached", "detached", "plot",
                          "holiday_home"}
    listing = get_listing(demo, "L000001")
    assert listing is not None and listing.language == "fi"
    assert set(listing.translations) == {"sv", "en"}
    assert search(demo, SearchQuery(text="toolo", limit=0)).total > 20
    assert search(demo, SearchQuery(text="tölö", limit=0)).total > 20  # Swedish name


def test_prices_follow_the_districts(demo: Store) -> None:
    per_m2 = demo.read().all(
        "SELECT district, avg(coalesce(debt_free_price_eur, price_eur) / living_area_m2) AS p"
        " FROM listings WHERE type = 'apartment' GROUP BY district")
    by_district = {r["district"]: r["p"] for r in per_m2}
    assert by_district["Eira"] > by_district["Kallio"] > by_district["Kontula"]


def test_dates_are_moved_to_the_load_day(demo: Store) -> None:
    listed = [r["listed_at"] for r in demo.read().all("SELECT listed_at FROM listings")]
    assert max(listed) <= "2027-03-03T12:00:00Z" and min(listed) >= "2026-11-01"
    starts = [r["starts_at"] for r in demo.read().all("SELECT starts_at FROM viewing_slots")]
    days = {date.fromisoformat(s[:10]) for s in starts}
    assert min(days) == TODAY + timedelta(days=1) and max(days) <= TODAY + timedelta(days=14)
    assert all(s.endswith("+02:00") for s in starts)  # Helsinki, winter time


def test_every_picture_exists_and_the_pool_is_small(demo: Store) -> None:
    paths = {r["path"] for r in demo.read().all("SELECT DISTINCT path FROM listing_media")}
    for path in paths:
        assert (ASSETS / path).is_file(), path
    photos = {p for p in paths if "/photos/" in p}
    assert 30 <= len(photos) <= 45
    for panorama in (p for p in paths if "/panoramas/" in p):
        with Image.open(ASSETS / panorama) as image:
            assert image.size == (2048, 1024)
    total = sum(f.stat().st_size for f in DEMO_DIR.rglob("*") if f.is_file())
    assert total < 6_000_000
    kinds = Counter(r["kind"] for r in demo.read().all("SELECT kind FROM listing_media"))
    assert kinds["photo"] >= 2000 and kinds["floor_plan"] > 1500 and kinds["panorama"] > 1000


def test_the_demo_file_imports_as_it_is(store: Store) -> None:
    from kiosk.listings.importer import import_listings
    report = import_listings(store, DEMO_DIR / "listings.json")
    assert (report.created, report.errors) == (2000, [])


def test_generation_is_deterministic() -> None:
    assert synthetic.generate(50, seed=3) == synthetic.generate(50, seed=3)
    assert synthetic.generate(50, seed=3) != synthetic.generate(50, seed=4)
    items = json.loads((DEMO_DIR / "listings.json").read_text(encoding="utf-8"))
    assert items[0]["id"] == "L000001" and len(items) == 2000


def test_demo_refuses_a_database_with_listings(demo: Store) -> None:
    with pytest.raises(ListingsNotEmpty):
        load_demo_listings(demo)


def test_booking_until_full_and_cancelling(store: Store, clock: FakeClock) -> None:
    from kiosk.listings.storage import upsert_listing
    from kiosk.listings.viewings import add_slot
    home = synthetic.generate(1)[0]
    now = clock.now()
    with store.transaction() as tx:
        upsert_listing(tx, home)
        soon = add_slot(tx, home.id, now + timedelta(hours=2), now + timedelta(hours=3), 2)
        gone = add_slot(tx, home.id, now - timedelta(hours=2), now - timedelta(hours=1))
    assert [s.id for s in open_slots(store, home.id, now)] == [soon]
    first = book_viewing(store, soon, name="Aino", phone="+358 40 000 0000", language="fi")
    book_viewing(store, soon, name="Ville", email="ville@example.com")
    assert open_slots(store, home.id, now) == []
    with pytest.raises(SlotTaken):
        book_viewing(store, soon, name="Late", phone="1")
    with pytest.raises(SlotPast):
        book_viewing(store, gone, name="Late", phone="1")
    assert cancel_viewing(store, first.lower()) and not cancel_viewing(store, first)
    assert [s.free for s in open_slots(store, home.id, now)] == [1]
    events = [r["payload"] for r in store.read().all(
        "SELECT payload FROM outbox WHERE topic LIKE 'viewing.%'")]
    assert len(events) == 3 and not any("Aino" in e or "+358" in e or "ville@" in e
                                        for e in events)


def test_shortlist(store: Store, clock: FakeClock) -> None:
    from kiosk.listings.storage import upsert_listing
    homes = synthetic.generate(3)
    with store.transaction() as tx:
        for home in homes:
            upsert_listing(tx, home)
        saved = create_shortlist(tx)
        assert save_listing(tx, saved, homes[2].id)
    clock.advance(5)
    with store.transaction() as tx:
        assert save_listing(tx, saved, homes[0].id)
        assert not save_listing(tx, saved, homes[2].id)
        with pytest.raises(ShortlistNotFound):
            save_listing(tx, "nope", homes[0].id)
    assert [x.id for x in shortlist(store, saved)] == [homes[2].id, homes[0].id]
    with store.transaction() as tx:
        assert remove_listing(tx, saved, homes[2].id)
    assert [x.id for x in shortlist(store, saved)] == [homes[0].id]
