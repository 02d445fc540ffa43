"""Back at every step, language switches that keep progress, inactivity that forgets the
guest, and call staff from any screen."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from kiosk import booking_code, demo
from ui.bindable import RowsModel


def to_registration(guest, code: str = demo.DEMO_SIMPLE) -> None:
    guest.tap("startCheckInButton")
    guest.call(guest.vm.findByCode, code)
    guest.tap("confirmDetailsButton")
    assert guest.screen == "registration"


def test_back_at_every_step(guest) -> None:
    to_registration(guest)
    guest.sign_card()
    guest.tap("noCarButton")
    guest.wait_for_screen("room")
    guest.tap("continueToPaymentButton")
    assert guest.screen == "payment"
    expected = ["room", "parking", "registration", "confirm_details", "identify", "welcome"]
    for screen in expected:
        guest.tap("backButton")
        guest.settle()
        if screen == "room":
            guest.wait_for_screen("room")   # the room is looked up again, then shown
        assert guest.screen == screen
    assert not guest.sees("backButton")     # nothing to go back to on the welcome screen


def test_back_from_choosing_a_booking(guest) -> None:
    guest.tap("startCheckInButton")
    guest.tap("method_name")
    row = guest.store.read().one(
        "SELECT g.last_name FROM guests g JOIN bookings b ON b.guest_id = g.id WHERE b.code = ?",
        (demo.DEMO_SAME_NAME_A,))
    guest.type("surnameField", row["last_name"])
    guest.tap("findByNameButton")
    assert guest.screen == "choose_booking"
    guest.tap("backButton")
    assert guest.screen == "identify"


def test_no_back_once_paid(guest) -> None:
    to_registration(guest)
    guest.sign_card()
    guest.tap("noCarButton")
    guest.wait_for_screen("room")
    guest.tap("continueToPaymentButton")
    guest.tap("payButton")
    guest.wait_for_screen("keys")
    assert not guest.vm.canGoBack and not guest.sees("backButton")


def test_language_switch_mid_flow_keeps_progress(guest) -> None:
    to_registration(guest)
    guest.call(guest.vm.registration.setValue, "city", "Tampere")
    guest.tap("languageButton")
    assert guest.sees("languageChooser")
    guest.tap("language_fi")
    assert guest.kiosk.language.current == "fi"
    assert not guest.sees("languageChooser")
    assert guest.screen == "registration"
    assert guest.vm.booking.code == booking_code.display(demo.DEMO_SIMPLE)
    rows = {r["name"]: r for r in guest.vm.registration.fields.rows()}
    assert rows["city"]["value"] == "Tampere"                 # what the guest typed stays
    assert rows["date_of_birth"]["label"] == "Syntymäaika"    # labels follow the language
    assert guest.finger.find("screenTitle").property("text") == "Matkustajailmoitus"
    assert guest.vm.checkin.language == "fi"                  # the core knows it too
    guest.call(guest.kiosk.language.choose, "ja")
    assert guest.finger.find("screenTitle").property("text") == "宿泊者カード"
    assert guest.screen == "registration"


def strings_in(obj: QObject) -> list[str]:
    """Every text a view-model (and its sub-view-models and lists) shows right now."""
    found: list[str] = []
    meta = obj.metaObject()
    for i in range(meta.propertyOffset(), meta.propertyCount()):
        value: Any = obj.property(meta.property(i).name())
        if isinstance(value, str):
            found.append(value)
        elif isinstance(value, RowsModel):
            found.extend(str(v) for row in value.rows() for v in row.values())
        elif isinstance(value, QObject) and value is not obj:
            found.extend(strings_in(value))
    return found


def test_inactivity_warns_then_forgets_the_guest(guest, clock) -> None:
    to_registration(guest)
    session = guest.kiosk.session
    config_warning, config_reset = 45, 60
    clock.advance(config_warning + 1)
    guest.call(session.tick)
    assert session.warning
    assert guest.sees("inactivityWarning")
    assert 0 < session.secondsLeft <= config_reset - config_warning
    guest.tap("stillHereButton")                      # the guest is there: carry on
    assert not session.warning and guest.screen == "registration"

    clock.advance(config_reset + 1)                   # now they walked away
    guest.call(session.tick)
    guest.settle()
    assert guest.screen == "welcome"
    assert not guest.sees("inactivityWarning")
    last_name = guest.store.read().one(
        "SELECT g.last_name FROM guests g JOIN bookings b ON b.guest_id = g.id WHERE b.code = ?",
        (demo.DEMO_SIMPLE,))["last_name"]
    texts = strings_in(guest.vm) + strings_in(guest.kiosk.staff_call)
    assert not any(last_name in t for t in texts)
    assert not any(demo.DEMO_SIMPLE[:4] in t for t in texts)
    assert guest.vm.registration.fields.count == 0 and guest.vm.booking.rooms.count == 0
    flow = guest.store.read().one("SELECT outcome FROM flows ORDER BY started_at DESC LIMIT 1")
    assert flow["outcome"] == "timed_out"
    assert guest.kiosk.language.current == "en"       # the next guest starts fresh


def test_any_touch_counts_as_activity(guest, clock) -> None:
    to_registration(guest)
    clock.advance(40)
    guest.do(guest.finger.tap, "screenTitle")         # a tap on plain text, not a button
    clock.advance(10)
    guest.call(guest.kiosk.session.tick)
    assert not guest.kiosk.session.warning


def test_done_screen_returns_to_welcome_on_its_own(make_guest) -> None:
    guest = make_guest()
    guest.vm._done_timer.setInterval(50)
    to_registration(guest)
    guest.sign_card()
    guest.tap("noCarButton")
    guest.wait_for_screen("room")
    guest.tap("continueToPaymentButton")
    guest.tap("payButton")
    guest.wait_for_screen("keys")
    guest.tap("makeKeysButton")
    guest.wait_for_screen("done")
    guest.wait_for_screen("welcome")
    assert guest.vm.stay.qrSource == ""
    assert guest.kiosk.qr._texts == {}


def test_call_staff_from_a_screen_records_context(guest) -> None:
    guest.tap("startCheckInButton")
    guest.call(guest.kiosk.language.choose, "sv")
    guest.call(guest.vm.findByCode, demo.DEMO_CANCELLED)
    guest.tap("dismissErrorButton")
    guest.tap("callStaffButton")
    assert guest.kiosk.staff_call.confirmationVisible
    assert guest.sees("staffCallConfirmation")
    call = guest.store.read().all("SELECT * FROM staff_calls")[-1]
    assert (call["kiosk"], call["screen"], call["reason"], call["language"]) == \
        ("lobby-1", "identify", "booking_cancelled", "sv")
    guest.tap("staffCallOkButton")
    assert not guest.kiosk.staff_call.confirmationVisible
    assert guest.screen == "identify"                 # the guest carries on


def test_call_staff_on_the_welcome_screen(guest) -> None:
    guest.tap("callStaffButton")
    call = guest.store.read().all("SELECT * FROM staff_calls")[-1]
    assert (call["screen"], call["reason"]) == ("welcome", "guest_request")


def test_right_to_left_mirrors_the_layout(guest) -> None:
    """Ready for Arabic or Hebrew: Back and Call staff swap sides with the reading order."""
    guest.tap("startCheckInButton")
    back_x = guest.finger.centre(guest.finger.find("backButton")).x()
    assert back_x < 960
    guest.call(guest.kiosk.language._set, "rightToLeft", True)
    assert guest.finger.centre(guest.finger.find("backButton")).x() > 960
    assert guest.finger.centre(guest.finger.find("callStaffButton")).x() < 960


def test_a_language_chosen_and_left_behind_is_reset(guest, clock) -> None:
    guest.tap("language_ja")
    assert guest.kiosk.language.current == "ja"
    clock.advance(61)
    guest.call(guest.kiosk.session.tick)
    assert guest.kiosk.language.current == "en"
    assert guest.screen == "welcome"
