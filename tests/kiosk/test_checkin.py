"""The check-in service end to end without Qt: every look-up, every step, the error paths."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any

import pytest

from kiosk import errors
from kiosk.checkin import CheckIn, CheckInDesk, CheckInState
from kiosk.confirmation_qr import make_payload
from kiosk.db import Store
from kiosk.demo import (
    DEMO_CANCELLED,
    DEMO_CHECKED_IN,
    DEMO_CJK,
    DEMO_FOREIGN,
    DEMO_FOREIGN_MRZ,
    DEMO_FUTURE,
    DEMO_MULTIROOM,
    DEMO_OTHER_HOTEL,
    DEMO_PREPAID,
    DEMO_RETURNING,
    DEMO_SAME_NAME_A,
    DEMO_SAME_NAME_B,
    DEMO_SIMPLE,
    DEMO_SUITE,
)

STROKES = [[(10.0, 10.0), (50.0, 40.0), (90.0, 15.0), (140.0, 50.0), (200.0, 30.0)]]
S = CheckInState


def run(coro: Any) -> Any:
    return asyncio.run(coro) if not isinstance(coro, CheckIn) else coro


def complete_registration(c: CheckIn) -> None:
    values = c.registration_values()
    defaults = {"date_of_birth": "1985-04-12", "nationality": "FIN", "address": "Mannerheimintie 1",
                "city": "Helsinki", "postal_code": "00100", "country": "FIN"}
    for k, v in defaults.items():
        values[k] = values.get(k) or v
    asyncio.run(c.sign_registration(values, STROKES, 400, 150))


def walk_to(c: CheckIn, target: CheckInState) -> None:
    steps: list[tuple[CheckInState, Callable[[], Any]]] = [
        (S.CONFIRM_DETAILS, lambda: asyncio.run(c.confirm_details())),
        (S.REGISTRATION, lambda: complete_registration(c)),
        (S.PARKING, lambda: asyncio.run(c.set_parking(None))),
        (S.ROOM, lambda: asyncio.run(c.assign_rooms())),
        (S.PAYMENT, lambda: asyncio.run(c.authorise_payment())),
        (S.KEYS, lambda: asyncio.run(c.issue_keys(c.default_cards()))),
    ]
    for state, action in steps:
        if c.state == target:
            return
        assert c.state == state, (c.state, state)
        action()


def start_with(desk: CheckInDesk, code: str) -> CheckIn:
    c = desk.start("en")
    asyncio.run(c.find_by_code(code))
    return c


def test_simple_booking_from_code_to_keys(desk: CheckInDesk, demo_store: Store) -> None:
    c = desk.start("fi")
    asyncio.run(c.find_by_code(f"  {DEMO_SIMPLE[:4].lower()}-{DEMO_SIMPLE[4:]} "))
    assert c.state == S.CONFIRM_DETAILS
    assert c.booking is not None and c.booking.code == DEMO_SIMPLE
    asyncio.run(c.confirm_details())
    complete_registration(c)
    asyncio.run(c.set_parking("abc-123"))
    rooms = asyncio.run(c.assign_rooms())
    assert len(rooms) == 1 and rooms[0].wayfinding
    quote = c.payment_quote()
    assert quote.amount_cents == quote.room_charge_cents + quote.incidentals_cents > 0
    asyncio.run(c.authorise_payment())
    assert c.state == S.KEYS
    done = asyncio.run(c.issue_keys(2))
    assert c.state == S.DONE and done.keys_issued == 2
    assert rooms[0].room in done.qr_text

    read = demo_store.read()
    assert read.one("SELECT status FROM bookings WHERE code = ?", (DEMO_SIMPLE,)) == \
        {"status": "checked_in"}
    assert read.one("SELECT occupied FROM rooms WHERE number = ?", (rooms[0].room,)) == \
        {"occupied": 1}
    cards = read.all("SELECT status FROM key_cards WHERE booking_code = ?", (DEMO_SIMPLE,))
    assert [r["status"] for r in cards] == ["issued", "issued"]
    pay = read.all("SELECT status, authorisation FROM payments WHERE booking_code = ?",
                   (DEMO_SIMPLE,))
    assert len(pay) == 1 and pay[0]["status"] == "approved" and pay[0]["authorisation"]
    card = read.one("SELECT signature_svg FROM registration_cards WHERE booking_code = ?",
                    (DEMO_SIMPLE,))
    assert card is not None and "<path" in card["signature_svg"]
    permit = read.one("SELECT plate FROM parking_permits WHERE booking_code = ?", (DEMO_SIMPLE,))
    assert permit is not None and permit["plate"].replace("-", "") == "ABC123"
    flow = read.one("SELECT state, outcome, ended_at FROM flows WHERE id = ?", (c.id,))
    assert flow is not None and flow["outcome"] == "completed" and flow["ended_at"]


def test_outbox_events_carry_no_personal_data(desk: CheckInDesk, demo_store: Store) -> None:
    c = start_with(desk, DEMO_SIMPLE)
    walk_to(c, S.DONE)
    assert c.booking is not None
    payloads = " ".join(r["payload"] for r in demo_store.read().all("SELECT payload FROM outbox"))
    assert c.booking.last_name not in payloads and c.booking.first_name not in payloads
    topics = {r["topic"] for r in demo_store.read().all("SELECT topic FROM outbox")}
    assert {"checkin.started", "checkin.committed", "checkin.keys_issued"} <= topics


def test_typo_is_suggested_not_accepted(desk: CheckInDesk) -> None:
    c = desk.start("en")
    typo = DEMO_SIMPLE[:-1] + ("X" if DEMO_SIMPLE[-1] != "X" else "Y")
    with pytest.raises(errors.BookingCodeTypo) as err:
        asyncio.run(c.find_by_code(typo))
    assert err.value.params["suggestion"] == f"{DEMO_SIMPLE[:4]}-{DEMO_SIMPLE[4:]}"
    assert c.state == S.IDENTIFY


@pytest.mark.parametrize("text, error", [
    ("", errors.InvalidBookingCode),
    ("!!!", errors.InvalidBookingCode),
    ("QQQQQQQQ", errors.BookingNotFound),
    ("a" * 40, errors.InvalidBookingCode),
])
def test_malformed_or_unknown_codes(desk: CheckInDesk, text: str, error: type) -> None:
    c = desk.start("en")
    with pytest.raises(error):
        asyncio.run(c.find_by_code(text))
    assert c.state == S.IDENTIFY


@pytest.mark.parametrize("code, error", [
    (DEMO_CANCELLED, errors.BookingCancelled),
    (DEMO_CHECKED_IN, errors.AlreadyCheckedIn),
    (DEMO_FUTURE, errors.ArrivalInFuture),
    (DEMO_OTHER_HOTEL, errors.OtherHotel),
])
def test_each_problem_has_its_own_message(desk: CheckInDesk, code: str, error: type) -> None:
    c = desk.start("en")
    with pytest.raises(error) as err:
        asyncio.run(c.find_by_code(code))
    assert err.value.message_id != errors.LobbyError.message_id
    assert c.state == S.IDENTIFY


def test_too_early_in_the_morning(make_desk: Callable[..., CheckInDesk], demo_store: Store,
                                  clock: Any) -> None:
    clock.advance(-10 * 3600)  # 05:30 at the hotel
    c = make_desk().start("en")
    with pytest.raises(errors.TooEarly) as err:
        asyncio.run(c.find_by_code(DEMO_SIMPLE))
    assert err.value.way_forward == errors.WayForward.WAIT


def test_surname_and_date_with_several_matches(desk: CheckInDesk, demo_store: Store) -> None:
    c = desk.start("en")
    asyncio.run(c.find_by_name("jarvinen", demo_store.clock.today()))
    assert c.state == S.CHOOSE_BOOKING
    assert {b.code for b in c.candidates} == {DEMO_SAME_NAME_A, DEMO_SAME_NAME_B}
    asyncio.run(c.choose(DEMO_SAME_NAME_B))
    assert c.state == S.CONFIRM_DETAILS and c.booking is not None
    assert c.booking.code == DEMO_SAME_NAME_B and c.candidates == ()


def test_surname_in_another_script(desk: CheckInDesk, demo_store: Store) -> None:
    c = desk.start("zh")
    asyncio.run(c.find_by_name("WANG", demo_store.clock.today()))
    assert c.booking is not None and c.booking.code == DEMO_CJK


def test_qr_code_from_the_confirmation(desk: CheckInDesk) -> None:
    c = desk.start("en")
    asyncio.run(c.find_by_qr(make_payload("HEL01", DEMO_PREPAID)))
    assert c.booking is not None and c.booking.code == DEMO_PREPAID
    other = desk.start("en")
    with pytest.raises(errors.UnreadableQrCode):
        asyncio.run(other.find_by_qr("WIFI:S:Cafe;T:WPA;P:secret;;"))


def test_passport_finds_the_booking_and_prefills(desk: CheckInDesk) -> None:
    c = desk.start("de")
    asyncio.run(c.find_by_mrz(DEMO_FOREIGN_MRZ))
    assert c.booking is not None and c.booking.code == DEMO_FOREIGN
    asyncio.run(c.confirm_details())
    values = c.registration_values()
    assert values["nationality"] == "AUT" and values["document_number"]
    required = {f.name for f in c.registration_fields() if f.required}
    assert {"document_number", "document_country"} <= required


def test_bad_mrz_check_digit_is_a_clear_retry(desk: CheckInDesk) -> None:
    lines = DEMO_FOREIGN_MRZ.split("\n")
    broken = lines[1][:9] + str((int(lines[1][9]) + 1) % 10) + lines[1][10:]
    c = desk.start("en")
    with pytest.raises(errors.UnreadableDocument) as err:
        asyncio.run(c.find_by_mrz(lines[0] + "\n" + broken))
    assert err.value.way_forward == errors.WayForward.RETRY
    assert c.state == S.IDENTIFY


def test_returning_guest_is_recognised_and_prefilled(desk: CheckInDesk) -> None:
    c = start_with(desk, DEMO_RETURNING)
    assert c.booking is not None and c.booking.returning_guest
    asyncio.run(c.confirm_details())
    values = c.registration_values()
    assert values["date_of_birth"] and values["address"] and values["country"]


def test_registration_errors_name_each_field(desk: CheckInDesk) -> None:
    c = start_with(desk, DEMO_SIMPLE)
    asyncio.run(c.confirm_details())
    values = {**c.registration_values(), "date_of_birth": "31.02.1980", "nationality": "",
              "country": "XXZ"}
    with pytest.raises(errors.RegistrationInvalid) as err:
        asyncio.run(c.sign_registration(values, [[(1.0, 1.0)]], 400, 150))
    problems = err.value.params["errors"]
    assert problems["date_of_birth"] == "date_invalid"
    assert problems["nationality"] == "required"
    assert problems["signature"] == "signature_missing"
    assert c.state == S.REGISTRATION


def test_multiroom_booking_gets_every_room_and_keys(desk: CheckInDesk, demo_store: Store) -> None:
    c = start_with(desk, DEMO_MULTIROOM)
    assert c.booking is not None and len(c.booking.rooms) == 2
    walk_to(c, S.KEYS)
    done = asyncio.run(c.issue_keys(2))
    assert len(done.rooms) == 2 and len({r.room for r in done.rooms}) == 2
    assert done.keys_issued == 4


def test_no_room_ready_is_honest(desk: CheckInDesk) -> None:
    c = start_with(desk, DEMO_SUITE)
    walk_to(c, S.ROOM)
    with pytest.raises(errors.NoRoomReady) as err:
        asyncio.run(c.assign_rooms())
    minutes = err.value.params["ready_in_minutes"]
    assert minutes is None or minutes > 0
    assert c.state == S.ROOM


def test_decline_then_approve_holds_once(make_desk: Callable[..., CheckInDesk],
                                         demo_store: Store) -> None:
    desk = make_desk(payment="sim:?outcomes=decline,approve")
    c = start_with(desk, DEMO_SIMPLE)
    walk_to(c, S.PAYMENT)
    with pytest.raises(errors.PaymentDeclined) as err:
        asyncio.run(c.authorise_payment())
    assert err.value.way_forward == errors.WayForward.RETRY
    asyncio.run(c.authorise_payment())
    assert c.state == S.KEYS
    assert len(desk.devices.payment.holds()) == 1


def test_second_decline_offers_staff(make_desk: Callable[..., CheckInDesk]) -> None:
    desk = make_desk(payment="sim:?outcomes=decline,decline")
    c = start_with(desk, DEMO_SIMPLE)
    walk_to(c, S.PAYMENT)
    with pytest.raises(errors.PaymentDeclined):
        asyncio.run(c.authorise_payment())
    with pytest.raises(errors.PaymentDeclined) as err:
        asyncio.run(c.authorise_payment())
    assert err.value.way_forward == errors.WayForward.CALL_STAFF


def test_timeout_then_retry_never_doubles(make_desk: Callable[..., CheckInDesk]) -> None:
    desk = make_desk(payment="sim:?outcomes=timeout,cancel")
    c = start_with(desk, DEMO_SIMPLE)
    walk_to(c, S.PAYMENT)
    with pytest.raises(errors.PaymentTimeout):
        asyncio.run(c.authorise_payment())
    with pytest.raises(errors.PaymentCancelled):
        asyncio.run(c.authorise_payment())
    asyncio.run(c.authorise_payment())
    assert len(desk.devices.payment.holds()) == 1


def test_cancel_after_payment_step_undoes_everything(make_desk: Callable[..., CheckInDesk],
                                                     demo_store: Store) -> None:
    desk = make_desk(payment="sim:?outcomes=decline")
    c = start_with(desk, DEMO_SIMPLE)
    walk_to(c, S.PAYMENT)
    with pytest.raises(errors.PaymentDeclined):
        asyncio.run(c.authorise_payment())
    asyncio.run(c.cancel("timed_out"))
    read = demo_store.read()
    assert c.state == S.CANCELLED
    assert read.one("SELECT status FROM bookings WHERE code = ?", (DEMO_SIMPLE,)) == \
        {"status": "booked"}
    assert read.all("SELECT * FROM registration_cards WHERE booking_code = ?", (DEMO_SIMPLE,)) == []
    flow = read.one("SELECT outcome, data FROM flows WHERE id = ?", (c.id,))
    assert flow is not None and flow["outcome"] == "timed_out"
    assert DEMO_SIMPLE not in flow["data"]  # the guest's data left with them
    # Another guest can now get the room this flow had been given.
    again = start_with(desk, DEMO_SIMPLE)
    walk_to(again, S.ROOM)


def test_back_at_every_step_keeps_the_booking(desk: CheckInDesk) -> None:
    c = start_with(desk, DEMO_SIMPLE)
    walk_to(c, S.PAYMENT)
    for expected in (S.ROOM, S.PARKING, S.REGISTRATION, S.CONFIRM_DETAILS):
        asyncio.run(c.back())
        assert c.state == expected
        assert c.booking is not None
    asyncio.run(c.back())
    assert c.state == S.IDENTIFY and c.booking is None


def test_torn_write_goes_to_the_bin_and_the_next_card_works(
        make_desk: Callable[..., CheckInDesk], demo_store: Store) -> None:
    desk = make_desk(key_encoder="sim:?fail_writes=1")
    c = start_with(desk, DEMO_SIMPLE)
    walk_to(c, S.KEYS)
    asyncio.run(c.issue_keys(1))
    assert len(desk.devices.dispenser.path.rejected) == 1
    assert len(desk.devices.dispenser.path.taken) == 1


def test_encoder_failing_three_times_calls_for_help(make_desk: Callable[..., CheckInDesk],
                                                   demo_store: Store) -> None:
    desk = make_desk(key_encoder="sim:?fail_writes=3")
    c = start_with(desk, DEMO_SIMPLE)
    walk_to(c, S.KEYS)
    with pytest.raises(errors.KeyEncodingFailed):
        asyncio.run(c.issue_keys(1))
    statuses = demo_store.read().all("SELECT status FROM key_cards WHERE booking_code = ?",
                                     (DEMO_SIMPLE,))
    assert [s["status"] for s in statuses] == ["void"]
    asyncio.run(c.cancel("timed_out"))
    calls = desk.staff_calls.open_calls()
    assert calls and calls[-1].reason == "keys_incomplete"


def test_jam_is_a_device_fault(make_desk: Callable[..., CheckInDesk]) -> None:
    desk = make_desk(dispenser="sim:?jam_every=1")
    c = start_with(desk, DEMO_SIMPLE)
    walk_to(c, S.KEYS)
    with pytest.raises(errors.CardJammed) as err:
        asyncio.run(c.issue_keys(1))
    assert err.value.way_forward == errors.WayForward.CALL_STAFF


def test_prepaid_booking_holds_only_incidentals(desk: CheckInDesk) -> None:
    c = start_with(desk, DEMO_PREPAID)
    walk_to(c, S.PAYMENT)
    quote = c.payment_quote()
    assert quote.prepaid and quote.room_charge_cents == 0 and quote.incidentals_cents > 0


def test_a_ready_room_is_never_given_twice(desk: CheckInDesk, demo_store: Store) -> None:
    given: list[str] = []
    for code in (DEMO_SIMPLE, DEMO_FOREIGN):
        c = start_with(desk, code)
        walk_to(c, S.PAYMENT)
        assert c.booking is not None
        given += [r.room for r in asyncio.run(_rooms(c))]
    assert len(given) == len(set(given))


async def _rooms(c: CheckIn) -> tuple[Any, ...]:
    return c.done_summary().rooms


def test_recover_rolls_back_open_flows_and_releases_holds(
        make_desk: Callable[..., CheckInDesk], demo_store: Store) -> None:
    desk = make_desk()
    c = start_with(desk, DEMO_SIMPLE)
    walk_to(c, S.PAYMENT)
    # A hold the kiosk asked for but whose answer it never recorded (a crash).
    ref = "LBCRASHED0001"
    with demo_store.transaction() as tx:
        tx.execute("INSERT INTO payments (reference, booking_code, flow_id, amount_cents, currency,"
                   " status, created_at, updated_at) VALUES (?, ?, ?, 100, 'EUR', 'requested',"
                   " '', '')", (ref, DEMO_SIMPLE, c.id))
    asyncio.run(desk.devices.payment.preauthorise(ref, 100, "EUR"))
    actions = asyncio.run(desk.recover())
    assert any("rolled back" in a for a in actions)
    assert desk.devices.payment.holds() == []
    flow = demo_store.read().one("SELECT state FROM flows WHERE id = ?", (c.id,))
    assert flow == {"state": "rolled_back"}
    data = json.loads(demo_store.read().one("SELECT data FROM flows WHERE id = ?",
                                            (c.id,))["data"])  # type: ignore[index]
    assert "code" not in data


def test_passport_with_icao_transliteration_finds_umlaut_name(desk: CheckInDesk,
                                                              demo_store: Store) -> None:
    """A German passport writes Müller as MUELLER and Germany as D."""
    from mrz.generator.td3 import TD3CodeGenerator

    from kiosk.guests import find_or_create_guest
    today = demo_store.clock.today()
    with demo_store.transaction() as tx:
        gid = find_or_create_guest(tx, first_name="Jürgen", last_name="Müller",
                                   date_of_birth="1971-03-09")
        tx.execute("INSERT INTO bookings (code, site, guest_id, arrival, departure, created_at,"
                   " updated_at) VALUES ('MUEL2345', 'HEL01', ?, ?, ?, '', '')",
                   (gid, today.isoformat(), (today.replace(day=today.day) +
                                             __import__("datetime").timedelta(days=2)).isoformat()))
        tx.execute("INSERT INTO booking_rooms (booking_code, position, room_type) VALUES"
                   " ('MUEL2345', 1, 'double')")
    mrz = str(TD3CodeGenerator("P", "D", "MUELLER", "JUERGEN", "C01X00T47", "D", "710309",
                               "M", "310101", ""))
    c = desk.start("de")
    asyncio.run(c.find_by_mrz(mrz))
    assert c.booking is not None and c.booking.code == "MUEL2345"


def test_slip_is_printed_after_the_keys(desk: CheckInDesk) -> None:
    c = start_with(desk, DEMO_MULTIROOM)
    with pytest.raises(errors.FlowStateError):
        asyncio.run(c.print_slip())
    walk_to(c, S.DONE)
    asyncio.run(c.print_slip())
    printed = desk.devices.printer.printed
    assert len(printed) == 1 and len(printed[0].rooms) == 2
    assert c.booking is not None and c.booking.last_name not in repr(printed[0])


def test_printer_out_of_paper_is_a_device_fault(make_desk: Callable[..., CheckInDesk]) -> None:
    desk = make_desk(printer="sim:?paper=0")
    c = start_with(desk, DEMO_SIMPLE)
    walk_to(c, S.DONE)
    with pytest.raises(errors.DeviceFault) as err:
        asyncio.run(c.print_slip())
    assert err.value.message_id == "printer_paper_out"


# --- assisted mode: a staff member overrides the room or waives the deposit -------------------

def test_staff_can_pick_another_ready_room_of_the_type(desk: CheckInDesk,
                                                       demo_store: Store) -> None:
    c = start_with(desk, DEMO_SIMPLE)
    walk_to(c, S.ROOM)
    options = c.ready_rooms(1)
    assert len(options) >= 2
    picked = options[-1].number                   # not the one the rule would choose
    rooms = asyncio.run(c.assign_rooms(override={1: picked}))
    assert [a.room for a in rooms] == [picked]
    row = demo_store.read().one("SELECT room FROM booking_rooms WHERE booking_code = ?",
                                (DEMO_SIMPLE,))
    assert row is not None and row["room"] == picked


def test_staff_room_must_be_ready_and_of_the_type(desk: CheckInDesk, demo_store: Store) -> None:
    c = start_with(desk, DEMO_SIMPLE)
    walk_to(c, S.ROOM)
    occupied = demo_store.read().one("SELECT number FROM rooms WHERE occupied = 1")
    assert occupied is not None
    with pytest.raises(errors.LobbyError) as err:
        asyncio.run(c.assign_rooms(override={1: occupied["number"]}))
    assert err.value.message_id == "room_not_available"
    assert c.state == S.ROOM                      # nothing changed: the rule can still run


def test_staff_changes_the_room_after_seeing_it(desk: CheckInDesk) -> None:
    c = start_with(desk, DEMO_SIMPLE)
    walk_to(c, S.PAYMENT)
    first = c.done_summary().rooms[0].room
    asyncio.run(c.back())
    other = next(r.number for r in c.ready_rooms(1) if r.number != first)
    assert first in {r.number for r in c.ready_rooms(1)}   # its own room is still offered
    asyncio.run(c.assign_rooms(override={1: other}))
    assert [a.room for a in c.done_summary().rooms] == [other]


def test_waived_deposit_on_a_prepaid_stay_skips_the_terminal(
        make_desk: Callable[..., CheckInDesk]) -> None:
    desk = make_desk(payment="sim:?outcomes=decline")     # the terminal would decline
    c = start_with(desk, DEMO_PREPAID)
    walk_to(c, S.PAYMENT)
    quote = c.waive_incidentals()
    assert quote.amount_cents == 0 and quote.incidentals_cents == 0
    asyncio.run(c.authorise_payment())
    assert c.state == S.KEYS
    assert desk.devices.payment.holds() == []


def test_waiver_is_kept_with_the_flow_and_refused_after_the_payment(
        desk: CheckInDesk, demo_store: Store) -> None:
    c = start_with(desk, DEMO_SIMPLE)
    walk_to(c, S.PAYMENT)
    c.waive_incidentals()
    row = demo_store.read().one("SELECT data FROM flows WHERE id = ?", (c.id,))
    assert row is not None and json.loads(row["data"])["incidentals_waived"] is True
    quote = c.payment_quote()
    assert quote.incidentals_cents == 0 and quote.amount_cents == quote.room_charge_cents > 0
    asyncio.run(c.authorise_payment())
    with pytest.raises(errors.FlowStateError):
        c.waive_incidentals()
