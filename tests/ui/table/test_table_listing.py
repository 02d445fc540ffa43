"""A home opened from the list: photos, floor plan, the 360° tour drawn by the software
renderer, booking a viewing with its QR code, saving, comparing three, the shortlist to a
phone, and calling an advisor."""

from __future__ import annotations

from PySide6.QtCore import QRect

from kiosk.staff import Role, StaffDirectory
from kiosk.staffcall import CallState
from tests.ui.table.conftest import Customer


def open_first(customer: Customer, row: int = 0) -> str:
    listing_id = customer.table.map.results.rows()[row]["listingId"]
    customer.tap(f"result_{listing_id}")
    customer.until(lambda: customer.table.listing.isOpen, what="the listing sheet")
    return listing_id


def colours_in(customer: Customer, name: str) -> set[int]:
    item = customer.finger.find(name)
    top_left = item.mapToScene(item.boundingRect().topLeft()).toPoint()
    area = QRect(top_left.x(), top_left.y(), int(item.width()), int(item.height()))
    image = customer.shot().copy(area)
    return {image.pixel(x, y) for x in range(0, image.width(), 7)
            for y in range(0, image.height(), 7)}


def test_listing_shows_photos_plan_and_facts(customer: Customer) -> None:
    listing_id = open_first(customer)
    table = customer.table
    listing = table.listing.listing
    assert listing is not None and listing.id == listing_id
    assert customer.sees("listingSheet") and customer.sees("gallery")
    assert table.listing.photos.rowCount() == len(listing.photos) > 1
    labels = [r["label"] for r in table.listing.facts.rows()]
    assert labels[0] == "Tyyppi" and "Rakennusvuosi" in labels   # Finnish, the default
    assert customer.finger.find("listingPrice").property("text").replace("\xa0", " ") \
        .endswith("€")
    customer.tap("nextPhoto")
    customer.until(lambda: table.listing.photoIndex == 1, what="the second photo")
    customer.tap("tab_plan")
    customer.until(lambda: customer.finger.find("floorPlan").property("paintedWidth") > 0,
                   what="the floor plan loaded")
    assert len(colours_in(customer, "floorPlan")) > 3
    customer.tap("closeListing")
    assert not table.listing.isOpen and not customer.sees("listingSheet")


def test_the_360_tour_draws_with_the_software_renderer_and_turns(customer: Customer) -> None:
    open_first(customer)
    table = customer.table
    customer.tap("tab_tour")
    assert table.panorama.source.endswith(".jpg") and table.panorama.strips.rowCount() > 20
    customer.run(__import__("asyncio").sleep(0.3))
    colours = colours_in(customer, "panoramaView")
    assert len(colours) > 40, "the panorama is blank"
    before = table.panorama.yaw
    view = customer.finger.find("panoramaView")
    centre = view.mapToScene(view.boundingRect().center())
    customer.drag((centre.x(), centre.y()), (centre.x() - 300, centre.y() + 60))
    assert abs(table.panorama.yaw - before) > 10
    assert table.panorama.pitch > 0
    customer.run(__import__("asyncio").sleep(0.2))
    assert colours_in(customer, "panoramaView") != colours
    customer.tap("tour_1")
    assert table.panorama.label == table.listing.tours.rows()[1]["label"]


def test_booking_a_viewing_stores_it_and_shows_a_qr_code(customer: Customer) -> None:
    listing_id = open_first(customer)
    table = customer.table
    customer.tap("bookViewingButton")
    customer.until(lambda: table.booking.slots.rowCount() > 0, what="free times")
    customer.tap("slot_0")
    assert table.booking.step == "details"
    customer.tap("confirmViewing")                 # nothing typed yet: asked kindly
    assert table.booking.error and table.booking.step == "details"
    customer.type("viewingName", "Maija Meikäläinen")
    customer.type("viewingPhone", "+358 40 123 4567")
    customer.tap("confirmViewing")
    assert table.booking.step == "done", table.booking.error
    reference = table.booking.reference
    row = table.store.read().one(
        "SELECT b.contact_name, b.contact_phone, b.language, l.id AS listing FROM"
        " viewing_bookings b JOIN viewing_slots s ON s.id = b.slot_id JOIN listings l"
        " ON l.num = s.num WHERE b.reference = ?", (reference,))
    assert row == {"contact_name": "Maija Meikäläinen", "contact_phone": "+358 40 123 4567",
                   "language": "fi", "listing": listing_id}
    code = table.qr.text_of(table.booking.qrSource)
    assert code is not None and code.startswith("BEGIN:VEVENT") and reference in code
    assert "Maija" not in code and "4567" not in code      # no personal data in the code
    customer.run(__import__("asyncio").sleep(0.2))
    assert len(colours_in(customer, "viewingQr")) == 2     # black and white modules
    assert customer.finger.find("viewingReference").property("text") == reference
    # The name and phone have left the screen.
    assert table.booking.name == "" and table.booking.phone == ""
    customer.tap("bookingDone")
    assert table.booking.step == "" and table.qr.text_of(code) is None


def test_compare_up_to_three_side_by_side(customer: Customer) -> None:
    table = customer.table
    ids = [r["listingId"] for r in table.map.results.rows()[:4]]
    for index in range(3):
        open_first(customer, index)
        customer.tap("compareButton")
        customer.tap("closeListing")
    assert table.shortlist.compareIds == ids[:3]
    assert set(table.shortlist.savedIds) == set(ids[:3])   # compared homes are saved too
    open_first(customer, 3)
    customer.tap("compareButton")
    assert table.shortlist.compareIds == ids[:3] and table.shortlist.notice
    customer.tap("showComparisonButton")
    assert customer.sees("compareSheet")
    for column in range(3):
        assert customer.sees(f"compareColumn_{column}")
    columns = table.shortlist.columns.rows()
    assert [c["listingId"] for c in columns] == ids[:3]
    assert len({len(c["values"]) for c in columns}) == 1
    assert len(columns[0]["values"]) == table.shortlist.compareLabels.rowCount()
    customer.tap("uncompare_0")
    assert table.shortlist.compareIds == ids[1:3]
    customer.tap("closeCompare")


def test_the_shortlist_goes_to_a_phone_as_a_qr_code(customer: Customer) -> None:
    table = customer.table
    first = open_first(customer, 0)
    customer.tap("saveButton")
    customer.tap("closeListing")
    second = open_first(customer, 1)
    customer.tap("saveButton")
    customer.tap("closeListing")
    customer.until(lambda: table.shortlist.count == 2, what="two saved")
    customer.tap("savedButton")
    assert customer.sees("shortlistSheet")
    sid = table.shortlist.shortlist_id
    assert sid and table.qr.text_of(table.shortlist.qrSource) == \
        f"https://koti.example.fi/lista/{sid}"
    rows = table.store.read().all(
        "SELECT l.id FROM shortlist_items i JOIN listings l ON l.num = i.num"
        " WHERE i.shortlist_id = ? ORDER BY l.id", (sid,))
    assert [r["id"] for r in rows] == sorted([first, second])
    customer.run(__import__("asyncio").sleep(0.2))
    assert len(colours_in(customer, "shortlistQr")) == 2
    customer.tap(f"unsave_{first}")
    customer.until(lambda: table.shortlist.count == 1, what="one left")
    # The next customer: the list, its code and the chips are gone.
    table.reset_session()
    customer.settle()
    assert table.shortlist.count == 0 and table.shortlist.qrSource == ""
    assert not customer.sees("shortlistSheet")


def test_call_an_advisor_records_a_staff_call_with_context(customer: Customer) -> None:
    table = customer.table
    open_first(customer)
    customer.tap("callAdvisorButton")
    calls = table.calls.open_calls(table.config.kiosk.id)
    assert len(calls) == 1
    call = calls[0]
    assert (call.priority, call.reason, call.screen, call.language) == \
        ("guest", "advisor_request", "table.listing.photos", "fi")
    assert customer.sees("advisorStatus") and table.advisor.status == "called"
    # The button now says what happens; a tap on it hides the explanation, no second call.
    customer.tap("callAdvisorButton")
    assert not customer.sees("advisorStatus")
    assert len(table.calls.open_calls(table.config.kiosk.id)) == 1
    anna = StaffDirectory(table.store).add("anna", "Anna", Role("staff"), "2468")
    table.calls.accept(call.id, anna, 2)
    customer.until(lambda: table.advisor.status == "coming", what="Anna on her way")
    assert "Anna" in customer.finger.find("advisorButtonText").property("text")
    customer.tap("callAdvisorButton")
    assert "Anna" in customer.finger.find("advisorStatusText").property("text")
    table.calls.arrived(call.id, anna)
    customer.until(lambda: table.advisor.status == "here", what="Anna here")
    assert table.calls.get(call.id).state == CallState.ARRIVED
