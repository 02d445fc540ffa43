"""What the guest sees when something is not right: a kind sentence and a way forward."""

from __future__ import annotations

from kiosk import booking_code, demo


def start(guest) -> None:
    guest.tap("startCheckInButton")
    assert guest.screen == "identify"


def test_typo_suggests_the_code_and_accepting_it_finds_the_booking(guest) -> None:
    start(guest)
    typo = demo.DEMO_SIMPLE[:-2] + demo.DEMO_SIMPLE[-1] + demo.DEMO_SIMPLE[-2]
    guest.call(guest.vm.findByCode, typo)
    assert guest.screen == "identify"
    assert guest.vm.errorId == "booking_code_suggestion"
    assert guest.vm.suggestion == booking_code.display(demo.DEMO_SIMPLE)
    assert booking_code.display(demo.DEMO_SIMPLE) in guest.vm.errorMessage
    assert guest.sees("acceptSuggestionButton")
    guest.tap("acceptSuggestionButton")
    assert guest.screen == "confirm_details"
    assert not guest.vm.errorVisible


def test_cancelled_booking_offers_staff(guest) -> None:
    start(guest)
    guest.call(guest.vm.findByCode, demo.DEMO_CANCELLED)
    assert guest.vm.errorId == "booking_cancelled"
    assert guest.vm.errorWayForward == "call_staff"
    assert guest.sees("errorStaffButton")
    assert guest.screen == "identify"


def test_future_arrival_names_the_day_in_the_guests_language(guest) -> None:
    start(guest)
    guest.call(guest.kiosk.language.choose, "fi")
    guest.call(guest.vm.findByCode, demo.DEMO_FUTURE)
    assert guest.vm.errorId == "arrival_in_future"
    # The date is written out by babel in Finnish: "... 28. marraskuuta 2026 ..."
    assert "marraskuuta" in guest.vm.errorMessage
    assert "henkilökuntamme" in guest.vm.errorMessage


def test_other_hotel(guest) -> None:
    start(guest)
    guest.call(guest.vm.findByCode, demo.DEMO_OTHER_HOTEL)
    assert guest.vm.errorId == "other_hotel"
    assert guest.vm.errorMessage and "TKU" not in guest.vm.errorMessage  # no staff detail


def test_already_checked_in(guest) -> None:
    start(guest)
    guest.call(guest.vm.findByCode, demo.DEMO_CHECKED_IN)
    assert guest.vm.errorId == "already_checked_in"


def test_bad_mrz_check_digit_asks_to_try_again_then_the_good_read_works(guest) -> None:
    start(guest)
    first, second = demo.DEMO_FOREIGN_MRZ.split("\n")
    digit = second[9]                       # the document number's check digit
    broken = second[:9] + str((int(digit) + 1) % 10) + second[10:]
    guest.kiosk.devices.document_reader.feed(first + "\n" + broken)
    guest.settle()
    guest.settle()
    assert guest.vm.errorId == "document_unreadable"
    assert guest.vm.errorWayForward == "retry"
    assert guest.sees("dismissErrorButton")
    assert guest.screen == "identify"
    guest.kiosk.devices.document_reader.feed(demo.DEMO_FOREIGN_MRZ)
    guest.wait_for_screen("confirm_details")


def test_unreadable_qr_code(guest) -> None:
    start(guest)
    guest.kiosk.devices.scanner.feed("WIFI:S:Cafe;T:WPA;P:secret;;")
    guest.settle()
    guest.settle()
    assert guest.vm.errorId == "qr_unreadable"
    assert guest.screen == "identify"


def test_payment_declined_then_approved(make_guest) -> None:
    guest = make_guest(payment="sim:?outcomes=decline")
    start(guest)
    guest.call(guest.vm.findByCode, demo.DEMO_SIMPLE)
    guest.tap("confirmDetailsButton")
    guest.sign_card()
    guest.tap("noCarButton")
    guest.wait_for_screen("room")
    guest.tap("continueToPaymentButton")
    assert guest.vm.stay.amount                     # formatted with babel, e.g. "€218.00"
    guest.tap("payButton")
    assert guest.screen == "payment"
    assert guest.vm.errorId == "payment_declined"
    assert guest.sees("dismissErrorButton")
    guest.tap("dismissErrorButton")
    guest.tap("payButton")
    guest.wait_for_screen("keys")


def test_no_room_ready_is_honest_and_offers_wait_or_staff(guest) -> None:
    start(guest)
    guest.call(guest.vm.findByCode, demo.DEMO_SUITE)
    guest.tap("confirmDetailsButton")
    guest.sign_card()
    guest.tap("noCarButton")
    guest.settle()
    assert guest.screen == "room"
    assert guest.vm.stay.noRoomReady
    assert guest.vm.stay.readyMinutes > 0
    assert "minute" in guest.finger.find("readyText").property("text")
    assert not guest.vm.errorVisible                # said on the screen itself, not a banner
    assert guest.sees("waitButton") and guest.sees("roomStaffButton")
    guest.tap("waitButton")                         # still not ready: still honest
    assert guest.screen == "room" and guest.vm.stay.noRoomReady
    guest.tap("roomStaffButton")
    calls = guest.store.read().all("SELECT * FROM staff_calls")
    assert calls[-1]["screen"] == "room" and calls[-1]["reason"] == "no_room_ready"


def test_card_jam_calls_staff_without_a_tap(make_guest) -> None:
    guest = make_guest(dispenser="sim:?jam_every=1")
    start(guest)
    guest.call(guest.vm.findByCode, demo.DEMO_SIMPLE)
    guest.from_confirm_to_keys()
    guest.tap("makeKeysButton")
    guest.settle()
    assert guest.vm.errorId == "card_jammed"
    assert "colleague" in guest.vm.errorMessage
    call = guest.store.read().all("SELECT * FROM staff_calls")[-1]
    assert (call["reason"], call["priority"], call["screen"]) == \
        ("card_jammed", "device_fault", "keys")
    assert guest.sees("staffCallConfirmation")       # the guest knows help is coming
