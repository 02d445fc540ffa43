"""Tokens on the table, through real OSC packets over UDP: placed, turned, lifted, two at
once from opposite sides, and the chips they take over from."""

from __future__ import annotations

from dataclasses import replace

from kiosk.listings.clusters import clusters
from kiosk.listings.search import search
from tests.ui.table.conftest import Customer


def plain(text: str) -> str:
    """Text as read aloud: babel's no-break spaces as spaces."""
    return text.replace("\xa0", " ").replace("\u202f", " ")


def matches(customer: Customer) -> list:
    answer = customer.table.map._answer
    assert answer is not None
    return answer.page.results


def cluster_total(customer: Customer) -> int:
    answer = customer.table.map._answer
    assert answer is not None
    if answer.pins is not None:
        return sum(len(group) for group in answer.pins)
    return sum(c.count for c in answer.cells or [])


def test_a_price_token_filters_the_map_and_the_list(customer: Customer) -> None:
    table = customer.table
    everything = table.map.total
    everything_on_map = cluster_total(customer)
    customer.token(lambda: customer.sim.place(1, 0.3, 0.85),
                   lambda: table.markers.present and table.map.total < everything,
                   "the price token's filter")
    assert table.filters.query().max_price == 400_000
    assert all(r.price_eur <= 400_000 for r in matches(customer))
    assert 0 < cluster_total(customer) < everything_on_map
    # The map's counts and the list agree with a search of the same area.
    view = table.map._view
    assert view is not None
    query = table.filters.query()
    assert table.map.total == search(table.store, replace(query, bbox=view.visible)).total
    assert cluster_total(customer) == sum(
        c.count for c in clusters(table.store, replace(query, bbox=view.full),
                                  int(view.zoom), 120))
    assert customer.sees("tokenPanel_1")
    assert plain(customer.finger.find("tokenValue_1").property("text")) == "400 000 €"


def test_turning_the_token_turns_the_dial(customer: Customer) -> None:
    table = customer.table
    customer.token(lambda: customer.sim.place(1, 0.3, 0.85),
                   lambda: table.markers.present, "the token")
    before = table.map.total
    # Two detents of 20° clockwise: two steps of 25,000 up.
    customer.token(lambda: customer.sim.turn(1, 45),
                   lambda: table.filters.query().max_price == 450_000, "the dial up")
    customer.until(lambda: table.map.total > before, what="more homes at the higher price")
    assert plain(customer.finger.find("tokenValue_1").property("text")) == "450 000 €"
    customer.token(lambda: customer.sim.turn(1, -90),
                   lambda: table.filters.query().max_price == 350_000, "the dial down")
    assert all(r.price_eur <= 350_000 for r in matches(customer))


def test_lifting_the_token_removes_its_filter(customer: Customer) -> None:
    table = customer.table
    everything = table.map.total
    customer.token(lambda: customer.sim.place(3, 0.6, 0.9),
                   lambda: table.map.total < everything, "the sauna token")
    assert table.filters.query().features == {"sauna"}
    assert all("sauna" in r.features for r in matches(customer))
    customer.token(lambda: customer.sim.lift(3),
                   lambda: not table.markers.present and table.map.total == everything,
                   "the filter gone")
    assert table.filters.query().features == frozenset()
    assert not customer.sees("tokenPanel_3")


def test_two_tokens_from_opposite_sides_both_apply(customer: Customer) -> None:
    table = customer.table
    sim = customer.sim
    customer.token(lambda: (sim.place(1, 0.35, 0.9), sim.place(3, 0.4, 0.08, 180)),
                   lambda: table.markers.model.rowCount() == 2, "both tokens")
    rows = {r["fiducial"]: r for r in table.markers.model.rows()}
    assert rows[1]["edge"] == "bottom" and rows[1]["rotation"] == 0
    assert rows[3]["edge"] == "top" and rows[3]["rotation"] == 180
    # Each panel opens beyond its token, toward the middle of the table.
    assert rows[1]["panelY"] < rows[1]["y"] and rows[3]["panelY"] > rows[3]["y"]
    assert customer.finger.find("tokenPanel_3").rotation() == 180
    assert customer.finger.find("tokenPanel_1").rotation() == 0
    query = table.filters.query()
    assert query.max_price == 400_000 and query.features == {"sauna"}
    assert all(r.price_eur <= 400_000 and "sauna" in r.features for r in matches(customer))
    # The one at the top turns theirs while the one at the bottom keeps theirs.
    customer.token(lambda: sim.turn(1, -25),
                   lambda: table.filters.query().max_price == 375_000, "bottom dial")
    assert table.filters.query().features == {"sauna"}


def test_tokens_on_the_left_and_right_face_those_sides(customer: Customer) -> None:
    table = customer.table
    customer.token(lambda: (customer.sim.place(2, 0.03, 0.5), customer.sim.place(4, 0.97, 0.4)),
                   lambda: table.markers.model.rowCount() == 2, "side tokens")
    rows = {r["fiducial"]: r for r in table.markers.model.rows()}
    assert (rows[2]["edge"], rows[2]["rotation"]) == ("left", 90)
    assert (rows[4]["edge"], rows[4]["rotation"]) == ("right", 270)
    query = table.filters.query()
    assert query.min_rooms == 2 and query.min_area == 50


def test_chips_work_by_touch_and_give_way_to_tokens(customer: Customer) -> None:
    table = customer.table
    everything = table.map.total
    customer.tap("chip_price")
    assert customer.sees("chipEditor")
    customer.tap("value_300000")
    customer.until(lambda: table.map.total < everything, what="the price chip")
    assert table.filters.query().max_price == 300_000
    assert "300 000 €" in plain(customer.finger.find("chip_price").property("text"))
    customer.tap("chip_features")
    customer.tap("toggle_balcony")
    assert table.filters.query().features == {"balcony"}
    customer.tap("closeChipEditor")
    assert not customer.sees("chipEditor")
    # A token put down: the chips give way to what the tokens set, and both apply.
    customer.token(lambda: customer.sim.place(3, 0.5, 0.9),
                   lambda: table.markers.present, "the sauna token")
    assert not customer.sees("chipsRow") and customer.sees("tokenSummary")
    assert table.filters.query().features == {"balcony", "sauna"}
    customer.token(lambda: customer.sim.lift(3), lambda: not table.markers.present, "lifted")
    assert customer.sees("chipsRow")
    customer.tap("chip_text")
    customer.type("searchWords", "Kallio")
    customer.tap("searchWordsButton")
    customer.until(lambda: table.filters.query().text == "Kallio", what="the words")
    # Words match any text (a Kalliotie elsewhere too): as the core's search says.
    view = table.map._view
    assert view is not None
    expected = search(table.store, replace(table.filters.query(), bbox=view.visible))
    assert table.map.total == expected.total
    assert any(r.district == "Kallio" for r in matches(customer))
