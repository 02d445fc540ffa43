"""Self check-in: one guest's flow from finding the booking to holding the keys.

The flow is an explicit state machine (:mod:`kiosk.flows.checkin`); every transition is
persisted with its event in one transaction, so a crash resumes or rolls back cleanly
(:meth:`CheckInDesk.recover`). The UI calls the async intents below and reads the state;
no business rule lives in the UI.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping
from datetime import date, datetime, time
from typing import Any, TypeVar

from kiosk import (
    booking_code,
    bookings,
    checkin_models,
    confirmation_qr,
    parking,
    registration,
    rooms,
)
from kiosk.checkin_models import (
    BookingSummary,
    DoneSummary,
    FieldSpec,
    PaymentQuote,
    RoomAssignment,
    RoomLine,
)
from kiosk.config import Config
from kiosk.db import Store, Tx
from kiosk.errors import (
    BookingNotFound,
    FlowStateError,
    LobbyError,
    NoRoomReady,
    RegistrationInvalid,
    WayForward,
)
from kiosk.flows import record
from kiosk.flows.checkin import COMMITTED, TERMINAL, CheckInEvent, CheckInState, next_state
from kiosk.keys import KeyIssuer
from kiosk.ports import CheckInSlip
from kiosk.staffcall import StaffCalls
from kiosk.travel_document import TravelDocument, parse_mrz

# --- the flow ------------------------------------------------------------------------------



# The read models stay importable from here: the UI and the tests know them as checkin's.
__all__ = ["BookingSummary", "CheckIn", "CheckInDesk", "CheckInState", "DoneSummary",
           "FieldSpec", "PaymentQuote", "RoomAssignment", "RoomLine"]

log = logging.getLogger("kiosk.checkin")


class RoomNotAvailable(LobbyError):
    """The room a staff member picked is no longer ready or is held for someone else."""

    message_id = "room_not_available"
    way_forward = WayForward.RETRY

KIND = "checkin"
T = TypeVar("T")


class CheckInDesk:
    """Starts check-ins and recovers the ones a crash interrupted."""

    def __init__(self, store: Store, config: Config, devices: Any, site_key: bytes,
                 staff_calls: StaffCalls | None = None) -> None:
        self.store = store
        self.config = config
        self.devices = devices
        self.staff_calls = staff_calls or StaffCalls(store)
        self.keys = KeyIssuer(store, devices.key_encoder, devices.dispenser, site_key,
                              config.kiosk.site, store.clock)

    def start(self, language: str) -> CheckIn:
        with self.store.transaction() as tx:
            rec = record.create(tx, KIND, CheckInState.IDENTIFY, {"language": language},
                                self.store.clock.now_iso())
        return CheckIn(self, rec)

    async def recover(self) -> list[str]:
        """Close every check-in a crash left open, by one rule: before the payment was
        approved, roll it back (release any hold, free the rooms, delete the unsigned-off
        records); after it, the check-in stands and staff are called for missing keys."""
        from kiosk.recovery import recover_checkins
        return await recover_checkins(self)


class CheckIn:
    """One guest's check-in. Intents are async; each valid one persists a transition."""

    def __init__(self, desk: CheckInDesk, rec: record.FlowRecord) -> None:
        self._desk = desk
        self._rec = rec
        self._store = desk.store
        self._config = desk.config
        self.candidates: tuple[BookingSummary, ...] = ()
        self.booking: BookingSummary | None = None
        self._document: TravelDocument | None = None
        self._assignments: tuple[RoomAssignment, ...] = ()

    # -- state ------------------------------------------------------------------------
    @property
    def id(self) -> str:
        return self._rec.id

    @property
    def state(self) -> CheckInState:
        return CheckInState(self._rec.state)

    @property
    def language(self) -> str:
        return str(self._rec.data.get("language", "en"))

    def set_language(self, language: str) -> None:
        self._rec.data["language"] = language  # saved with the next transition

    def _move(self, tx: Tx, event: CheckInEvent, *, outcome: str | None = None) -> None:
        target = next_state(self.state, event)
        if target is None:
            raise FlowStateError(f"{event} is not allowed in {self.state}")
        if target in TERMINAL and outcome is None:
            outcome = "completed" if target == CheckInState.DONE else str(target)
        record.save(tx, self._rec, target, event, self._store.clock.now_iso(), outcome=outcome)

    def _require(self, *states: CheckInState) -> None:
        if self.state not in states:
            raise FlowStateError(f"not allowed in state {self.state}")

    def _code(self) -> str:
        code = self._rec.data.get("code")
        if not code:
            raise FlowStateError("no booking chosen")
        return str(code)

    # -- 1. find the booking ---------------------------------------------------------
    def _eligible(self, found: bookings.FoundBooking) -> None:
        hotel = self._config.hotel
        bookings.check_can_check_in(found, site=self._config.kiosk.site,
                                    now=self._store.clock.now(), checkin_from=hotel.checkin_from,
                                    early_hours=hotel.early_checkin_hours)

    def _found(self, matches: list[bookings.FoundBooking]) -> None:
        if not matches:
            raise BookingNotFound("no booking matched")
        usable: list[bookings.FoundBooking] = []
        first_error: LobbyError | None = None
        for m in matches:
            try:
                self._eligible(m)
                usable.append(m)
            except LobbyError as exc:
                first_error = first_error or exc
        if not usable:
            assert first_error is not None
            raise first_error
        with self._store.transaction() as tx:
            if len(usable) == 1:
                self._rec.data["code"] = usable[0].code
                self._move(tx, CheckInEvent.BOOKING_FOUND)
            else:
                self._rec.data["candidates"] = [m.code for m in usable]
                self._move(tx, CheckInEvent.SEVERAL_FOUND)
        self._refresh()

    async def find_by_code(self, text: str) -> None:
        self._require(CheckInState.IDENTIFY)
        self._found([bookings.by_code(self._store.read(), text, self._store.clock.today())])

    async def find_by_name(self, surname: str, arrival: date) -> None:
        self._require(CheckInState.IDENTIFY)
        self._found(bookings.by_name(self._store.read(), surname, arrival))

    async def find_by_qr(self, payload: str) -> None:
        self._require(CheckInState.IDENTIFY)
        ref = confirmation_qr.parse_payload(payload)
        found = bookings.by_code(self._store.read(), ref.code, self._store.clock.today())
        self._found([found])

    async def find_by_mrz(self, mrz_text: str) -> None:
        self._require(CheckInState.IDENTIFY)
        doc = parse_mrz(mrz_text, today=self._store.clock.today())
        matches = bookings.by_document(self._store.read(), doc.surname, doc.given_names,
                                       doc.date_of_birth, self._store.clock.today())
        self._document = doc
        self._rec.data["document"] = checkin_models.document_json(doc)
        try:
            self._found(matches)
        except LobbyError:
            self._document = None
            self._rec.data.pop("document", None)
            raise

    async def choose(self, code: str) -> None:
        self._require(CheckInState.CHOOSE_BOOKING)
        code = booking_code.normalise(code)
        if code not in self._rec.data.get("candidates", []):
            raise FlowStateError("chosen booking was not offered")
        with self._store.transaction() as tx:
            self._rec.data["code"] = code
            self._move(tx, CheckInEvent.BOOKING_CHOSEN)
        self._refresh()

    # -- 2. confirm details ------------------------------------------------------------
    async def confirm_details(self) -> None:
        self._require(CheckInState.CONFIRM_DETAILS)
        with self._store.transaction() as tx:
            self._move(tx, CheckInEvent.DETAILS_CONFIRMED)

    # -- 3. registration card ------------------------------------------------------------
    def _guest(self) -> dict[str, Any]:
        row = self._store.read().one(
            "SELECT g.* FROM guests g JOIN bookings b ON b.guest_id = g.id WHERE b.code = ?",
            (self._code(),))
        assert row is not None
        return row

    def registration_fields(self) -> list[FieldSpec]:
        values = self.registration_values()
        return registration.field_specs(values.get("nationality") or None)

    def registration_values(self) -> dict[str, str]:
        if "registration" in self._rec.data:
            return dict(self._rec.data["registration"])
        guest = self._guest()
        assert self.booking is not None
        booking_values = {
            "first_name": guest["first_name"], "last_name": guest["last_name"],
            "email": guest["email"] or "",
            "arrival": self.booking.arrival.isoformat(),
            "departure": self.booking.departure.isoformat(),
        }
        earlier = None
        if self.booking.returning_guest or guest["date_of_birth"]:
            earlier = {k: (str(v) if v is not None else "") for k, v in guest.items()
                       if k in ("date_of_birth", "nationality", "address", "city",
                                "postal_code", "country", "document_number",
                                "document_country")}
        return registration.prefill(booking_values, earlier, self._document)

    async def sign_registration(self, values: dict[str, str],
                                strokes: list[list[tuple[float, float]]],
                                width: float, height: float) -> None:
        self._require(CheckInState.REGISTRATION)
        assert self.booking is not None
        # Stay dates come from the booking, not from the form.
        values = {**values, "arrival": self.booking.arrival.isoformat(),
                  "departure": self.booking.departure.isoformat()}
        self._rec.data["registration"] = values
        errors: dict[str, str] = {}
        card = None
        try:
            card = registration.validate(values, self._store.clock.today())
        except RegistrationInvalid as exc:
            errors.update(exc.params.get("errors", {}))  # type: ignore[call-overload]
        if not registration.signature_is_plausible(strokes):
            errors["signature"] = "signature_missing"
        if errors or card is None:
            raise RegistrationInvalid("registration card incomplete", errors=errors)
        svg = registration.signature_svg(strokes, width, height)
        with self._store.transaction() as tx:
            tx.execute("DELETE FROM registration_cards WHERE id = ?",
                       (self._rec.data.get("card_id", -1),))
            cur = tx.execute(
                "INSERT INTO registration_cards (booking_code, guest_id, card, signature_svg,"
                " signed_at) VALUES (?, ?, ?, ?, ?)",
                (self._code(), self._guest()["id"], json.dumps(checkin_models.card_json(card)), svg,
                 self._store.clock.now_iso()),
            )
            self._rec.data["card_id"] = cur.lastrowid
            self._move(tx, CheckInEvent.CARD_SIGNED)

    # -- 4. parking ------------------------------------------------------------------------
    async def set_parking(self, plate: str | None) -> None:
        self._require(CheckInState.PARKING)
        assert self.booking is not None
        normalised = parking.validate_plate(plate) if plate and plate.strip() else None
        with self._store.transaction() as tx:
            tx.execute("DELETE FROM parking_permits WHERE booking_code = ?", (self._code(),))
            if normalised:
                tx.execute(
                    "INSERT INTO parking_permits (booking_code, plate, valid_from, valid_until,"
                    " created_at) VALUES (?, ?, ?, ?, ?)",
                    (self._code(), normalised, self.booking.arrival.isoformat(),
                     self.booking.departure.isoformat(), self._store.clock.now_iso()),
                )
            self._rec.data["plate"] = normalised
            self._move(tx, CheckInEvent.PARKING_DONE)

    # -- 5. room -----------------------------------------------------------------------------
    async def assign_rooms(self, override: Mapping[int, str] | None = None
                           ) -> tuple[RoomAssignment, ...]:
        """Choose a ready room for every line of the booking. ``override`` maps a line's
        position to the room a staff member picked instead (assisted mode); it must be one
        of :meth:`ready_rooms` for that line, else RoomNotAvailable."""
        self._require(CheckInState.ROOM)
        today = self._store.clock.today()
        guest = self._guest()
        override = dict(override or {})
        with self._store.transaction() as tx:
            lines = bookings.room_lines(tx, self._code())
            # A staff member's pick is taken first, so the rule does not give it away.
            taken: set[str] = set(override.values())
            chosen: list[tuple[dict[str, Any], rooms.RoomChoice]] = []
            for line in lines:
                wanted = override.get(line["position"])
                if wanted is not None:
                    choice = next((c for c in self._ready(tx, line["room_type"],
                                                          taken - {wanted})
                                   if c.number == wanted), None)
                    if choice is None:
                        raise RoomNotAvailable(f"room {wanted} is not a ready "
                                               f"{line['room_type']} room")
                else:
                    choice = rooms.choose_room(
                        tx, room_type=line["room_type"], preassigned=line["room"],
                        floor_preference=guest["floor_preference"], today=today,
                        booking=self._code(), taken=taken)
                if choice is None:
                    minutes = rooms.minutes_until_ready(tx, line["room_type"],
                                                        self._store.clock.now())
                    raise NoRoomReady(f"no ready {line['room_type']} room",
                                      ready_in_minutes=minutes)
                taken.add(choice.number)
                chosen.append((line, choice))
            assigned = []
            for line, choice in chosen:
                if line["room"] != choice.number:
                    tx.execute("UPDATE booking_rooms SET room = ? WHERE booking_code = ?"
                               " AND position = ?", (choice.number, self._code(), line["position"]))
                assigned.append({"position": line["position"], "room": choice.number,
                                 "previous": line["room"]})
            self._rec.data["assigned"] = assigned
            self._move(tx, CheckInEvent.ROOMS_ASSIGNED)
        self._refresh()
        return self._assignments

    def ready_rooms(self, position: int, limit: int = 12) -> list[rooms.RoomChoice]:
        """The ready rooms of this line's type that staff may pick instead, in the order
        the rule would choose them (the room assigned now is among them)."""
        read = self._store.read()
        line = next((ln for ln in bookings.room_lines(read, self._code())
                     if ln["position"] == position), None)
        if line is None:
            raise FlowStateError(f"the booking has no room line {position}")
        others = {a["room"] for a in self._rec.data.get("assigned", [])
                  if a["position"] != position}
        return self._ready(read, line["room_type"], others, limit)

    def _ready(self, tx: Tx, room_type: str, taken: set[str],
               limit: int = 100) -> list[rooms.RoomChoice]:
        # The rule's own choice, again and again without the rooms already listed: the
        # same readiness and "promised to another booking" checks as the guest gets.
        found: list[rooms.RoomChoice] = []
        skip = set(taken)
        while len(found) < limit:
            choice = rooms.choose_room(tx, room_type=room_type, preassigned=None,
                                       floor_preference=None, today=self._store.clock.today(),
                                       booking=self._code(), taken=skip)
            if choice is None:
                break
            found.append(choice)
            skip.add(choice.number)
        return found

    # -- 6. payment --------------------------------------------------------------------------
    def payment_quote(self) -> PaymentQuote:
        assert self.booking is not None
        hotel = self._config.hotel
        nights = self.booking.nights
        room_charge = 0
        prepaid = bool(self._rec.data.get("prepaid"))
        if not prepaid:
            rates = {r["code"]: r["rate_cents"] for r in
                     self._store.read().all("SELECT code, rate_cents FROM room_types")}
            room_charge = sum(rates[line.room_type] for line in self.booking.rooms) * nights
        incidentals = 0 if self._rec.data.get("incidentals_waived") else \
            hotel.incidentals_per_night_cents * nights
        return PaymentQuote(amount_cents=room_charge + incidentals, currency=hotel.currency,
                            nights=nights, room_charge_cents=room_charge,
                            incidentals_cents=incidentals, prepaid=prepaid)

    @property
    def incidentals_waived(self) -> bool:
        return bool(self._rec.data.get("incidentals_waived"))

    def waive_incidentals(self) -> PaymentQuote:
        """A staff member waives the deposit for extras (assisted mode); a prepaid stay then
        costs 0 here and the terminal is not used. Only before the payment; returns the
        new quote."""
        self._require(CheckInState.ROOM, CheckInState.PAYMENT)
        self._rec.data["incidentals_waived"] = True
        with self._store.transaction() as tx:
            # Kept with the flow now, so a crash and a resume do not hold the deposit after all.
            cur = tx.execute("UPDATE flows SET data = ? WHERE id = ? AND version = ?",
                             (json.dumps(self._rec.data), self.id, self._rec.version))
            if cur.rowcount != 1:
                raise FlowStateError(f"flow {self.id} moved on meanwhile")
            tx.emit("checkin.incidentals_waived", {"flow": self.id})
        return self.payment_quote()

    async def authorise_payment(self) -> None:
        self._require(CheckInState.PAYMENT)
        from kiosk.payments import authorise
        await authorise(self, self._desk.devices.payment, self.payment_quote())

    def _commit(self, tx: Tx) -> None:
        """The check-in becomes binding: booking checked in, rooms occupied, guest record
        completed from the signed card. One transaction with the move to KEYS."""
        code = self._code()
        tx.execute("UPDATE bookings SET status = 'checked_in', updated_at = ? WHERE code = ?",
                   (self._store.clock.now_iso(), code))
        for a in self._rec.data.get("assigned", []):
            tx.execute("UPDATE rooms SET occupied = 1 WHERE number = ?", (a["room"],))
        card = tx.one("SELECT card, guest_id FROM registration_cards WHERE id = ?",
                      (self._rec.data.get("card_id"),))
        if card is not None:
            fields = json.loads(card["card"])
            keep = ("date_of_birth", "nationality", "address", "city", "postal_code", "country",
                    "document_number", "document_country")
            sets = ", ".join(f"{k} = ?" for k in keep)
            tx.execute(f"UPDATE guests SET {sets} WHERE id = ?",
                       (*[fields.get(k) or None for k in keep], card["guest_id"]))
        self._move(tx, CheckInEvent.PAYMENT_APPROVED)
        tx.emit("checkin.committed", {"flow": self.id, "rooms": len(self._assignments)})

    # -- 7. keys -----------------------------------------------------------------------------
    def max_cards(self) -> int:
        return self._config.keys.max_cards

    def default_cards(self) -> int:
        assert self.booking is not None
        adults = max(line.adults for line in self.booking.rooms)
        return max(1, min(adults, self.max_cards()))

    async def issue_keys(self, cards_per_room: int,
                         progress: Callable[[int, int], None] | None = None) -> DoneSummary:
        """Issue the cards; ``progress(done, total)`` is called after each card."""
        self._require(CheckInState.KEYS)
        if not 1 <= cards_per_room <= self.max_cards():
            raise FlowStateError(f"cards per room must be 1..{self.max_cards()}")
        assert self.booking is not None
        hotel = self._config.hotel
        tz = self._store.clock.now().tzinfo
        h, m = (int(p) for p in hotel.checkout_until.split(":"))
        valid_until = datetime.combine(self.booking.departure, time(h, m), tz)
        issued = await self._desk.keys.issue(
            self._code(), [a.room for a in self._assignments], cards_per_room,
            self._store.clock.now(), valid_until, progress=progress)
        with self._store.transaction() as tx:
            self._rec.data["keys_issued"] = len(issued)
            # The signed card holds the record; the flow keeps only references.
            for personal in ("registration", "document"):
                self._rec.data.pop(personal, None)
            self._move(tx, CheckInEvent.KEYS_ISSUED)
        return self.done_summary()

    # -- 8. done -----------------------------------------------------------------------------
    def done_summary(self) -> DoneSummary:
        assert self.booking is not None
        hotel = self._config.hotel
        room_list = ", ".join(a.room for a in self._assignments)
        qr_text = (f"{hotel.name}\nRoom {room_list}\n"
                   f"Check-out {self.booking.departure.isoformat()} {hotel.checkout_until}\n"
                   f"Wi-Fi {hotel.wifi_ssid} / {hotel.wifi_password}")
        return DoneSummary(rooms=self._assignments, guest_first_name=self.booking.first_name,
                           departure=self.booking.departure, checkout_until=hotel.checkout_until,
                           wifi_ssid=hotel.wifi_ssid, wifi_password=hotel.wifi_password,
                           keys_issued=int(self._rec.data.get("keys_issued", 0)),
                           qr_text=qr_text, parking_plate=self._rec.data.get("plate"))

    def slip(self) -> CheckInSlip:
        """The check-in slip: room, floor, way, Wi-Fi and the QR; only the first name."""
        done = self.done_summary()
        first = done.rooms[0] if done.rooms else None
        return CheckInSlip(
            hotel=self._config.hotel.name, first_name=done.guest_first_name,
            rooms=tuple(a.room for a in done.rooms),
            floor=", ".join(sorted({str(a.floor) for a in done.rooms})),
            wayfinding=first.wayfinding if first else "", departure=done.departure.isoformat(),
            checkout_until=done.checkout_until, wifi_ssid=done.wifi_ssid,
            wifi_password=done.wifi_password, qr_text=done.qr_text)

    async def print_slip(self) -> None:
        """Print the slip on the receipt printer (a DeviceFault when it cannot)."""
        self._require(CheckInState.DONE)
        await self._desk.devices.printer.print_slip(self.slip())

    # -- navigation ----------------------------------------------------------------------------
    async def back(self) -> None:
        with self._store.transaction() as tx:
            self._move(tx, CheckInEvent.BACK)
            if self.state == CheckInState.IDENTIFY:
                for k in ("code", "candidates", "document", "registration"):
                    self._rec.data.pop(k, None)
        self._document = None if self.state == CheckInState.IDENTIFY else self._document
        self._refresh()

    async def cancel(self, outcome: str = "cancelled") -> None:
        """The guest cancelled or walked away: undo what this flow did before the commit."""
        if self.state in TERMINAL:
            return
        if self.state in COMMITTED:
            # Checked in but keys missing: the check-in stands; a person hands out the keys.
            with self._store.transaction() as tx:
                record.save(tx, self._rec, self.state, CheckInEvent.CANCEL,
                            self._store.clock.now_iso(), outcome="keys_incomplete")
            self._desk.staff_calls.request(
                kiosk=self._config.kiosk.id, screen=str(self.state), reason="keys_incomplete",
                language=self.language, priority="device_fault")
            return
        from kiosk.recovery import undo_before_commit
        await undo_before_commit(self._desk, self._rec, CheckInEvent.CANCEL, outcome)

    # -- helpers -----------------------------------------------------------------------------
    def _refresh(self) -> None:
        read = self._store.read()
        codes = self._rec.data.get("candidates", []) if self.state == \
            CheckInState.CHOOSE_BOOKING else []
        self.candidates = tuple(checkin_models.summary(read, c) for c in codes)
        code = self._rec.data.get("code")
        self.booking = checkin_models.summary(read, code) if code else None
        if self.booking is not None:
            self._rec.data["prepaid"] = checkin_models.prepaid(read, self.booking.code)
        assigned = {a["position"]: a["room"] for a in self._rec.data.get("assigned", [])}
        out = []
        for line in self.booking.rooms if self.booking else ():
            number = assigned.get(line.position)
            if number:
                room = read.one("SELECT floor, wayfinding FROM rooms WHERE number = ?", (number,))
                assert room is not None
                out.append(RoomAssignment(number, room["floor"], line.room_type_name,
                                          room["wayfinding"], line.room_type))
        self._assignments = tuple(out)


