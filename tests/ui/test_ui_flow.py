"""From welcome to done, with a booking found each way a guest can find it."""

from __future__ import annotations

from kiosk import booking_code, demo
from kiosk.confirmation_qr import make_payload


def surname_of(guest, code: str) -> str:
    row = guest.store.read().one(
        "SELECT g.last_name FROM guests g JOIN bookings b ON b.guest_id = g.id WHERE b.code = ?",
        (code,))
    return row["last_name"]


def test_booking_code_typed_to_done(guest) -> None:
    assert guest.screen == "welcome"
    guest.tap("startCheckInButton")
    assert guest.screen == "identify"
    guest.call(guest.vm.findByCode, booking_code.display(demo.DEMO_SIMPLE).lower())
    assert guest.screen == "confirm_details"
    assert guest.vm.booking.code == booking_code.display(demo.DEMO_SIMPLE)
    guest.from_confirm_to_done(plate="ABC-123")
    stay = guest.vm.stay
    assert stay.rooms.count == 1
    assert stay.keysIssued >= 1
    assert stay.qrSource.startswith("image://qr/")
    assert stay.parkingPlate
    assert guest.sees("doneRoomNumber") and guest.sees("doneQr")
    status = guest.store.read().one("SELECT status FROM bookings WHERE code = ?",
                                    (demo.DEMO_SIMPLE,))
    assert status["status"] == "checked_in"
    guest.tap("finishButton")
    assert guest.screen == "welcome"


def test_code_typed_on_the_screen_keyboard(guest) -> None:
    guest.tap("startCheckInButton")
    guest.type("bookingCodeField", demo.DEMO_SIMPLE)
    guest.tap("findByCodeButton")
    assert guest.screen == "confirm_details"


def test_surname_and_arrival_to_done(guest) -> None:
    guest.tap("startCheckInButton")
    guest.tap("method_name")
    guest.type("surnameField", surname_of(guest, demo.DEMO_RETURNING))
    guest.tap("findByNameButton")
    if guest.screen == "choose_booking":
        guest.tap(f"candidate_{demo.DEMO_RETURNING}")
    assert guest.screen == "confirm_details"
    assert guest.vm.booking.returningGuest
    guest.from_confirm_to_done()


def test_same_surname_offers_a_choice(guest) -> None:
    guest.tap("startCheckInButton")
    guest.tap("method_name")
    guest.type("surnameField", surname_of(guest, demo.DEMO_SAME_NAME_A))
    guest.tap("findByNameButton")
    assert guest.screen == "choose_booking"
    codes = {row["code"] for row in guest.vm.booking.candidates.rows()}
    assert {demo.DEMO_SAME_NAME_A, demo.DEMO_SAME_NAME_B} <= codes
    # The list shows only a masked code: enough for the owner, little for anyone else.
    shown = [row["shownCode"] for row in guest.vm.booking.candidates.rows()]
    assert all("••" in s for s in shown)
    guest.tap(f"candidate_{demo.DEMO_SAME_NAME_B}")
    assert guest.screen == "confirm_details"
    assert guest.vm.booking.code == booking_code.display(demo.DEMO_SAME_NAME_B)


def test_qr_code_from_the_email_to_done(guest) -> None:
    guest.tap("startCheckInButton")
    guest.kiosk.devices.scanner.feed(make_payload("HEL01", demo.DEMO_SIMPLE))
    guest.wait_for_screen("confirm_details")
    guest.from_confirm_to_done()


def test_passport_to_done(guest) -> None:
    guest.tap("startCheckInButton")
    guest.tap("method_passport")   # only instructions: the reader listens on every tab
    guest.kiosk.devices.document_reader.feed(demo.DEMO_FOREIGN_MRZ)
    guest.wait_for_screen("confirm_details")
    assert guest.vm.booking.code == booking_code.display(demo.DEMO_FOREIGN)
    guest.tap("confirmDetailsButton")
    values = {row["name"]: row["value"] for row in guest.vm.registration.fields.rows()}
    assert values["document_number"] and values["nationality"] == "AUT"  # from the passport
    assert values["date_of_birth"].count(".") == 2                      # shown as 17.04.1986
    guest.sign_card()
    assert guest.screen == "parking", guest.vm.errorMessage


def test_scans_on_the_welcome_screen_are_ignored(guest) -> None:
    """A code read while nobody is checking in must not start someone else's check-in."""
    guest.kiosk.devices.scanner.feed(make_payload("HEL01", demo.DEMO_SIMPLE))
    guest.settle()
    guest.tap("startCheckInButton")
    guest.settle()
    assert guest.screen == "identify"
