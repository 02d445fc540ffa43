"""After "Call staff" the guest sees who is coming, in their language, on every screen;
a device fault tells the guest kindly what now and calls staff exactly once."""

from __future__ import annotations

import asyncio
import time

from kiosk import demo
from kiosk.errors import CardNotTaken
from kiosk.staffcall import CallState
from tests.ui.staff_helpers import add_staff


def status_text(guest) -> str:
    return str(guest.finger.find("staffCallStatusText").property("text"))


def wait_for_status(guest, status: str, timeout: float = 3.0) -> float:
    """Wait until the view-model shows ``status``; returns how long it took."""
    start = time.monotonic()

    async def until() -> None:
        while guest.kiosk.staff_call.status != status:
            await asyncio.sleep(0.01)
    guest.run(until(), timeout)
    guest.settle()
    return time.monotonic() - start


def test_anna_is_coming_then_here_then_gone(guest) -> None:
    anna = add_staff(guest.store)["anna"]
    guest.tap("startCheckInButton")
    guest.tap("callStaffButton")
    guest.tap("staffCallOkButton")
    assert guest.sees("staffCallStatus")
    assert status_text(guest) == "Waiting for a colleague — they have been alerted"
    call_id = guest.kiosk.staff_call.call_id
    assert call_id is not None

    # Anna accepts on her phone (the console calls StaffCalls.accept and pokes the relay).
    guest.kiosk.staff_call._poll.stop()            # the bus must bring it, not the poll
    guest.kiosk.calls.accept(call_id, anna, 1)
    guest.kiosk.waker()
    assert wait_for_status(guest, "coming") < 2.5  # by the bus, not the poll
    assert status_text(guest) == "Anna has seen your request and is coming — about 1 minute"

    # The guest carries on: the status stays on the next screen and in another language.
    guest.call(guest.vm.findByCode, demo.DEMO_SIMPLE)
    assert guest.screen == "confirm_details" and guest.sees("staffCallStatus")
    guest.call(guest.kiosk.language.choose, "fi")
    assert "Anna" in status_text(guest) and "minuut" in status_text(guest)
    assert guest.screen == "confirm_details"

    guest.kiosk.calls.arrived(call_id, anna)
    guest.kiosk.waker()
    wait_for_status(guest, "here")
    assert status_text(guest) == "Anna on täällä"
    guest.kiosk.calls.resolve(call_id, anna)
    guest.kiosk.waker()
    wait_for_status(guest, "")
    assert not guest.sees("staffCallStatus")


def test_a_longer_estimate_and_no_dead_end_while_waiting(guest) -> None:
    anna = add_staff(guest.store)["anna"]
    guest.tap("callStaffButton")
    guest.tap("staffCallOkButton")
    call_id = guest.kiosk.staff_call.call_id
    # Nobody accepts for a while: the call escalates, the guest is still told it is alerted.
    guest.store.clock.advance(100)
    guest.kiosk.calls.escalate_due()
    guest.kiosk.waker()
    guest.settle()
    assert guest.kiosk.staff_call.status == "waiting"
    assert "busy" not in status_text(guest)
    guest.kiosk.calls.accept(call_id, anna, 5)
    guest.kiosk.waker()
    wait_for_status(guest, "coming")
    assert status_text(guest).endswith("about 5 minutes")


def test_status_goes_with_the_guest_but_the_call_stays_open(guest) -> None:
    anna = add_staff(guest.store)["anna"]
    guest.tap("startCheckInButton")
    guest.tap("callStaffButton")
    guest.tap("staffCallOkButton")
    call_id = guest.kiosk.staff_call.call_id
    guest.kiosk.calls.accept(call_id, anna, 2)
    guest.kiosk.waker()
    wait_for_status(guest, "coming")
    guest.call(guest.vm.end, "cancelled")              # the guest walks away
    assert guest.kiosk.staff_call.status == "" and not guest.sees("staffCallStatus")
    assert guest.kiosk.calls.get(call_id).state == CallState.ACCEPTED   # Anna still comes
    guest.kiosk.calls.arrived(call_id, anna)
    guest.kiosk.waker()
    guest.settle()
    assert guest.kiosk.staff_call.status == ""         # not shown to the next guest


def to_keys(guest, code: str = demo.DEMO_SIMPLE) -> None:
    guest.tap("startCheckInButton")
    guest.call(guest.vm.findByCode, code)
    guest.from_confirm_to_keys()


def calls(guest) -> list[dict]:
    return guest.store.read().all("SELECT * FROM staff_calls")


def test_card_jam_then_a_second_tap_makes_exactly_one_call(make_guest) -> None:
    guest = make_guest(dispenser="sim:?jam_every=1")
    to_keys(guest)
    guest.tap("makeKeysButton")
    assert guest.vm.errorId == "card_jammed"
    assert guest.sees("errorMessage") and not guest.sees("errorStaffButton")  # called already
    assert guest.sees("staffCallConfirmation")          # the promise is kept at once
    guest.tap("staffCallOkButton")
    guest.tap("dismissErrorButton")
    guest.tap("callStaffButton")                        # the guest taps anyway
    guest.tap("staffCallOkButton")
    guest.tap("callStaffButton")                        # and once more
    [call] = calls(guest)
    assert (call["priority"], call["reason"], call["screen"]) == \
        ("device_fault", "card_jammed", "keys")
    assert guest.kiosk.supervisor.snapshot()[2]["counters"]["jams"] == 1


def test_card_not_taken_says_what_now_and_calls_once(make_guest) -> None:
    guest = make_guest()
    to_keys(guest)
    dispenser = guest.kiosk.devices.dispenser.inner

    async def not_taken() -> None:
        dispenser.path.at_encoder = None
        raise CardNotTaken("dispenser: card not taken within 30 s; captured")
    dispenser.present = not_taken
    guest.tap("makeKeysButton")
    assert guest.vm.errorId == "card_not_taken"
    assert "make your key cards again" in guest.vm.errorMessage
    assert guest.vm.errorWayForward == "retry"
    [call] = calls(guest)
    assert (call["priority"], call["reason"]) == ("device_fault", "card_not_taken")
    guest.tap("staffCallOkButton")
    guest.tap("dismissErrorButton")
    del dispenser.present                              # the next card is taken
    guest.tap("makeKeysButton")
    guest.wait_for_screen("done")
    assert len(calls(guest)) == 1


def test_key_progress_card_by_card(make_guest) -> None:
    guest = make_guest(dispenser="sim:?delay=0.05")
    to_keys(guest, demo.DEMO_MULTIROOM)
    guest.call(guest.vm.chooseCards, 2)
    seen: list[tuple[int, int, str]] = []

    def note() -> None:
        now = (guest.vm.keyCard, guest.vm.keyCards)
        if all(now) and (not seen or seen[-1][:2] != now):
            text = guest.finger.find("keyProgress").property("text") \
                if guest.finger.exists("keyProgress") else ""
            seen.append((*now, text))
    guest.vm.keyCardChanged.connect(note)
    guest.vm.keyCardsChanged.connect(note)
    guest.tap("makeKeysButton")
    guest.wait_for_screen("done")
    assert [(n, total) for n, total, _ in seen] == [(1, 4), (2, 4), (3, 4), (4, 4)]
    assert seen[1][2] == "Making key card 2 of 4"
    assert guest.vm.keyCards == 0


def test_printer_out_of_paper_on_the_done_screen(make_guest) -> None:
    guest = make_guest(printer="sim:?paper=0")
    to_keys(guest)
    guest.tap("makeKeysButton")
    guest.wait_for_screen("done")
    guest.tap("printSlipButton")
    assert guest.vm.errorId == "printer_paper_out"
    assert "QR code" in guest.vm.errorMessage
    [call] = calls(guest)
    assert (call["priority"], call["reason"], call["screen"]) == \
        ("device_fault", "printer_paper_out", "done")


def test_the_slip_prints_on_the_done_screen(guest) -> None:
    to_keys(guest)
    guest.tap("makeKeysButton")
    guest.wait_for_screen("done")
    guest.tap("printSlipButton")
    [slip] = guest.kiosk.devices.printer.printed
    assert slip.rooms and not guest.vm.errorVisible and calls(guest) == []
