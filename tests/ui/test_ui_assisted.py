"""Assisted mode: a colleague's PIN brings staff tools over the guest's flow without losing
it; every action is in the audit log; the mode ends by itself when nobody touches it."""

from __future__ import annotations

import json

from kiosk import demo
from tests.ui.staff_helpers import add_staff, put_keyboard_away, sign_in


def audit_rows(guest) -> list[dict]:
    rows = guest.store.read().all("SELECT * FROM audit_log ORDER BY id")
    return [{**r, "detail": json.loads(r["detail"])} for r in rows]


def to_rooms(guest, code: str) -> None:
    guest.tap("startCheckInButton")
    guest.call(guest.vm.findByCode, code)
    guest.tap("confirmDetailsButton")
    guest.sign_card()
    guest.tap("noCarButton")
    guest.wait_for_screen("room")


def shown_room(guest) -> str:
    return str(guest.finger.find("roomNumber").property("text"))


def test_override_room_and_waive_deposit_then_time_out(guest, clock) -> None:
    staff = add_staff(guest.store)
    to_rooms(guest, demo.DEMO_PREPAID)
    first_room = guest.vm.stay.rooms.rows()[0]["room"]
    sign_in(guest, "anna")
    assisted = guest.kiosk.assisted
    assert assisted.active and guest.sees("assistedBadge") and guest.sees("assistedSheet")
    assert guest.finger.find("assistedBadge").property("text") == "Assisted by Anna"
    assert guest.screen == "room" and guest.vm.booking.code    # the flow is untouched

    guest.tap("assistRoomsButton")
    options = assisted.rooms.rows()
    assert any(r["room"] == first_room and r["current"] for r in options)
    other = next(r["room"] for r in options if not r["current"])
    guest.tap(f"pickRoom_{other}")
    guest.wait_for_screen("room")
    assert not guest.sees("assistedSheet")                      # both see the new room
    assert shown_room(guest) == f"Room {other}"
    assert guest.sees("assistedBadge")                          # still assisting

    guest.tap("continueToPaymentButton")
    assert guest.screen == "payment"
    assert guest.vm.stay.amount == guest.vm.stay.incidentals != "€0.00"     # prepaid room
    guest.tap("assistedBadge")                                  # the tools come back
    guest.tap("assistWaiveButton")
    assert guest.vm.stay.amount == "€0.00" and guest.vm.stay.incidentals == "€0.00"
    guest.tap("payButton")                                      # 0: the terminal is not used
    guest.wait_for_screen("keys")
    assert guest.kiosk.devices.payment.holds() == []

    entries = audit_rows(guest)
    by_action = {e["action"]: e for e in entries}
    assert by_action["room.override"]["detail"] == {
        "booking": demo.DEMO_PREPAID, "flow": guest.vm.checkin.id, "position": 1,
        "room": other, "previous": first_room}
    assert by_action["fee.waive"]["detail"]["amount_cents"] == 0
    assert {e["staff_id"] for e in entries} == {staff["anna"].id}
    assert {e["kiosk"] for e in entries} == {"lobby-1"}
    names = guest.store.read().one(
        "SELECT g.first_name, g.last_name FROM guests g JOIN bookings b ON b.guest_id = g.id"
        " WHERE b.code = ?", (demo.DEMO_PREPAID,))
    text = json.dumps(entries)
    assert names["last_name"] not in text and names["first_name"] not in text

    # Anna walks off: assisted mode ends before the guest's own timer would warn.
    clock.advance(assisted.timeout_s - 1)
    guest.call(assisted.tick)
    assert assisted.active
    clock.advance(2)
    guest.call(assisted.tick)
    assert not assisted.active and not guest.sees("assistedBadge")
    assert audit_rows(guest)[-1]["action"] == "assisted.end"
    assert audit_rows(guest)[-1]["detail"] == {"reason": "timeout"}
    guest.call(guest.kiosk.session.tick)
    assert not guest.kiosk.session.warning
    assert guest.screen == "keys" and guest.vm.booking.code == "PAYD-3579"  # flow intact
    guest.tap("makeKeysButton")
    guest.wait_for_screen("done")


def test_find_a_booking_for_the_guest(guest) -> None:
    add_staff(guest.store)
    sign_in(guest, "anna")
    guest.tap("assistSearchButton")
    guest.type("assistSearchField", "aura")
    put_keyboard_away(guest)
    guest.tap("assistSearchGo")
    rows = guest.kiosk.assisted.results.rows()
    assert [r["code"] for r in rows][:1] == [demo.DEMO_SIMPLE]
    assert rows[0]["guest"].endswith(".")                       # first name, initial only
    guest.tap(f"use_{demo.DEMO_SIMPLE}")
    assert guest.screen == "confirm_details" and guest.vm.booking.code == "AURA-2345"
    actions = [(e["action"], e["detail"]) for e in audit_rows(guest)]
    assert ("booking.search", {"results": len(rows)}) in actions   # not what was typed
    assert ("booking.use", {"booking": demo.DEMO_SIMPLE}) in actions


def test_new_key_cards_for_a_guest_in_house(guest) -> None:
    add_staff(guest.store)
    sign_in(guest, "anna")
    guest.call(guest.kiosk.assisted.search, demo.DEMO_CHECKED_IN)
    guest.tap(f"reissue_{demo.DEMO_CHECKED_IN}")
    guest.tap("reissueCards_2")
    guest.run(guest.kiosk.assisted.idle())
    guest.settle()
    assert guest.kiosk.assisted.reissued == 2
    assert "2 new key cards made" in guest.finger.find("assistedMessage").property("text")
    assert ("keys.reissue", {"booking": demo.DEMO_CHECKED_IN, "cards": 2}) in \
        [(e["action"], e["detail"]) for e in audit_rows(guest)]


def test_step_back_and_end_the_session(guest) -> None:
    add_staff(guest.store)
    guest.tap("startCheckInButton")
    guest.call(guest.vm.findByCode, demo.DEMO_SIMPLE)
    guest.tap("confirmDetailsButton")
    sign_in(guest, "anna")
    guest.tap("assistBackButton")
    assert guest.screen == "confirm_details"
    guest.tap("assistEndSessionButton")
    assert guest.screen == "welcome" and not guest.kiosk.assisted.active
    actions = [e["action"] for e in audit_rows(guest)]
    assert actions[-3:] == ["flow.back", "session.end", "assisted.end"]


def test_a_guest_session_ending_ends_assisted_mode(guest, clock) -> None:
    add_staff(guest.store)
    guest.tap("startCheckInButton")
    sign_in(guest, "anna")
    guest.tap("assistCloseButton")
    assert guest.kiosk.assisted.active and not guest.sees("assistedSheet")
    guest.call(guest.vm.end, "timed_out")
    assert not guest.kiosk.assisted.active
    assert audit_rows(guest)[-1]["detail"] == {"reason": "session_ended"}


# -- staff cards -------------------------------------------------------------------------------
ANNA_CARD = bytes.fromhex("04A1B2C3D4E5F6")
TERO_CARD = bytes.fromhex("04C0FFEE000001")
MIA_CARD = bytes.fromhex("04C0FFEE000002")
STRANGER_CARD = bytes.fromhex("04DEADBEEF0001")


def enrol_cards(guest) -> None:
    from kiosk.staff import StaffDirectory
    from tests.ui.conftest import SITE_KEY
    directory = StaffDirectory(guest.store)
    for username, uid in (("anna", ANNA_CARD), ("tero", TERO_CARD), ("mia", MIA_CARD)):
        directory.enrol_badge(username, uid, SITE_KEY)


def tap_card(guest, uid: bytes) -> None:
    """A staff card on the staff reader: the kiosk's listener picks it up."""
    guest.do(guest.kiosk.devices.staff_reader.feed, uid)
    guest.settle()


def enter_pin(guest, pin: str) -> None:
    for digit in pin:
        guest.tap(f"pin_{digit}")
    guest.tap("staffSignInButton")
    guest.run(guest.kiosk.sign_in.idle())
    guest.settle()


def test_a_staff_card_starts_assisted_mode_over_the_guests_flow(guest) -> None:
    staff = add_staff(guest.store)
    enrol_cards(guest)
    to_rooms(guest, demo.DEMO_PREPAID)
    assert not guest.sees("staffSignIn")
    tap_card(guest, ANNA_CARD)
    assisted = guest.kiosk.assisted
    assert assisted.active and guest.sees("assistedBadge") and guest.sees("assistedSheet")
    assert guest.finger.find("assistedBadge").property("text") == "Assisted by Anna"
    assert not guest.kiosk.sign_in.visible                      # no PIN asked
    assert guest.screen == "room" and guest.vm.booking.code    # the flow is untouched
    start = [e for e in audit_rows(guest) if e["action"] == "assisted.start"]
    assert [(e["staff_id"], e["detail"]) for e in start] == [(staff["anna"].id,
                                                              {"method": "badge"})]
    assert ANNA_CARD.hex() not in json.dumps(audit_rows(guest)).lower()
    guest.tap("assistCloseButton")
    guest.tap("continueToPaymentButton")
    assert guest.screen == "payment"                            # the guest carries on


def test_an_unknown_card_shows_nothing_to_the_guest_and_a_note_to_staff(guest) -> None:
    add_staff(guest.store)
    enrol_cards(guest)
    guest.tap("startCheckInButton")
    screen = guest.screen
    tap_card(guest, STRANGER_CARD)
    assert not guest.kiosk.assisted.active and not guest.sees("assistedBadge")
    assert not guest.sees("staffSignIn") and guest.screen == screen
    assert "assisted.start" not in [e["action"] for e in audit_rows(guest)]
    guest.call(guest.kiosk.sign_in.open)                        # staff at the sign-in
    assert guest.sees("staffCardHint")
    assert guest.finger.find("staffCardHintText").property("text") == \
        "Tap your staff card or enter your ID and PIN"
    tap_card(guest, STRANGER_CARD)
    assert guest.kiosk.sign_in.error == "Card not recognised."
    assert guest.sees("staffSignIn") and not guest.kiosk.assisted.active
    tap_card(guest, ANNA_CARD)                                  # the right card goes on
    assert guest.kiosk.assisted.active and not guest.sees("staffSignIn")


def test_a_card_opens_diagnostics_only_with_that_members_pin(guest) -> None:
    from tests.ui.staff_helpers import PINS
    add_staff(guest.store)
    enrol_cards(guest)
    tap_card(guest, TERO_CARD)
    sign_in_vm = guest.kiosk.sign_in
    assert sign_in_vm.visible and sign_in_vm.pinOnly and sign_in_vm.memberName == "Tero"
    assert not guest.kiosk.diagnostics.active and not guest.kiosk.assisted.active
    assert not guest.sees("staffCardHint")
    assert not guest.sees("staffUserField")              # the card said who it is
    enter_pin(guest, PINS["mia"])                   # a colleague's PIN is not Tero's
    assert sign_in_vm.error == "Staff ID or PIN not recognised. Please try again."
    assert not guest.kiosk.diagnostics.active and sign_in_vm.pinOnly
    enter_pin(guest, PINS["tero"])
    assert guest.kiosk.diagnostics.active and guest.kiosk.diagnostics.technician == "Tero"
    assert not guest.sees("staffSignIn")
    guest.call(guest.kiosk.diagnostics.close)

    # A duty manager's card: assisting needs nothing more, diagnostics her PIN.
    tap_card(guest, MIA_CARD)
    assert sign_in_vm.choosing and sign_in_vm.memberName == "Mia"
    guest.tap("chooseDiagnosticsButton")
    assert sign_in_vm.pinOnly and not guest.kiosk.diagnostics.active
    guest.tap("staffSignInCancel")
    tap_card(guest, MIA_CARD)
    guest.tap("chooseAssistButton")
    assert guest.kiosk.assisted.active and guest.kiosk.assisted.staffName == "Mia"
    assert audit_rows(guest)[-1]["detail"] == {"method": "badge"}
