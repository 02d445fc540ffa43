"""Finnish, Swedish and English: every string translated, switched mid-search without
losing anything; and the table starts over when the customer walks away."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui.table.conftest import Customer
from ui.i18n_update import fill
from ui.table import i18n


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_every_string_of_the_table_is_translated(language: str, tmp_path: Path) -> None:
    ts = i18n.lupdate(language, tmp_path / f"table_{language}.ts")
    done, total = fill(ts, i18n.table(language))
    assert total > 100 and done == total, f"{total - done} strings untranslated in {language}"


def text_of(customer: Customer, name: str) -> str:
    return str(customer.finger.find(name).property("text")).replace("\xa0", " ")


def test_switching_language_keeps_the_search_the_home_and_the_tokens(
        customer: Customer) -> None:
    table = customer.table
    customer.tap("chip_type")
    customer.tap("toggle_detached")
    customer.tap("closeChipEditor")
    customer.token(lambda: customer.sim.place(3, 0.3, 0.9), lambda: table.markers.present,
                   "the sauna token")
    first = table.map.results.rows()[0]
    customer.tap(f"result_{first['listingId']}")
    customer.until(lambda: table.listing.isOpen, what="the listing")
    assert first["headline"].startswith("Omakotitalo")
    assert text_of(customer, "tokenValue_3") == "Sauna"

    customer.tap("language_sv")
    assert table.language.current == "sv"
    assert table.listing.isOpen and table.listing.listingId == first["listingId"]
    assert table.filters.query().types == {"detached"}
    assert table.filters.query().features == {"sauna"}
    assert text_of(customer, "tokenValue_3") == "Bastu"
    assert table.listing.facts.rows()[0]["label"] == "Typ"
    assert table.map.results.rows()[0]["headline"].startswith("Egnahemshus")
    assert text_of(customer, "tab_photos") == "Bilder"
    # Swedish readers see the Swedish district names.
    assert any(r["name"] == "Tölö" for r in table.map.districts.rows())

    customer.tap("language_en")
    assert text_of(customer, "bookViewingButton") == "Book a viewing"
    assert table.listing.priceText.startswith("€")
    assert table.map.results.rows()[0]["headline"].startswith("Detached house")


def test_the_table_starts_over_when_the_customer_walks_away(customer: Customer,
                                                            clock) -> None:  # type: ignore[no-untyped-def]
    table = customer.table
    first = table.map.results.rows()[0]["listingId"]
    customer.tap(f"result_{first}")
    customer.until(lambda: table.listing.isOpen, what="the listing")
    customer.tap("saveButton")
    customer.tap("language_sv")
    customer.tap("closeListing")
    customer.tap("chip_rooms")
    customer.tap("value_3")
    assert table.shortlist.count == 1 and table.filters.query().min_rooms == 3

    clock.advance(table.table.idle_warning_s + 1)
    table.idle.tick()
    assert customer.sees("idleWarning")
    customer.tap("stillHereButton")                 # still here: nothing is lost
    assert not customer.sees("idleWarning") and table.shortlist.count == 1

    clock.advance(table.table.idle_reset_s + 1)
    table.idle.tick()
    customer.settle()
    assert not customer.sees("idleWarning")
    assert table.shortlist.count == 0 and table.shortlist.shortlist_id is None
    assert table.filters.query().min_rooms is None and table.filters.openChip == ""
    assert table.language.current == "fi" and not table.listing.isOpen
