"""The check-in on screen: wraps one :class:`kiosk.checkin.CheckIn` at a time.

``screen`` is the flow's state name (``welcome`` before a guest starts). Slots start the
core's async intents on the qasync loop and return at once; ``busy`` is true meanwhile and a
second tap is ignored. A :class:`LobbyError` becomes a translated sentence and a way forward;
its staff-facing ``detail`` is never shown. When the session ends every guest value here
and in the sub-view-models is dropped.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot

from kiosk.checkin import CheckIn, CheckInDesk, PaymentQuote
from kiosk.clock import Clock
from kiosk.errors import (
    BookingCodeTypo,
    DeviceFault,
    LobbyError,
    NoRoomReady,
    RegistrationInvalid,
)
from kiosk.flows.checkin import TERMINAL, CheckInState
from ui import formatting, messages
from ui.bindable import Bindable, readonly
from ui.booking_vm import BookingViewModel
from ui.language_vm import LanguageViewModel
from ui.qr_provider import QrImageProvider
from ui.registration_vm import RegistrationViewModel
from ui.session_vm import SessionViewModel
from ui.stay_vm import StayViewModel

log = logging.getLogger(__name__)
S = CheckInState

STEPS: dict[str, int] = {"welcome": 0, "identify": 1, "choose_booking": 1, "confirm_details": 2,
                         "registration": 3, "parking": 4, "room": 5, "payment": 6, "keys": 7,
                         "done": 8}
STEP_COUNT = 8
# Back leaves the flow on the first screen; after the payment the check-in stands.
BACK_ALLOWED = frozenset({"identify", "choose_booking", "confirm_details", "registration",
                          "parking", "room", "payment"})


class CheckInViewModel(Bindable):
    """Exposed to QML as ``checkIn``."""

    screenChanged = Signal()
    stepChanged = Signal()
    busyChanged = Signal()
    busyTaskChanged = Signal()
    canGoBackChanged = Signal()
    errorVisibleChanged = Signal()
    errorIdChanged = Signal()
    errorMessageChanged = Signal()
    errorWayForwardChanged = Signal()
    errorStaffCalledChanged = Signal()
    suggestionChanged = Signal()
    arrivalDayChanged = Signal()
    keyCardChanged = Signal()
    keyCardsChanged = Signal()
    ended = Signal(str)  # the session ended (outcome); the app resets the other view-models
    deviceFault = Signal(str)  # a device failed (message id): the app calls staff at once

    def __init__(self, desk: CheckInDesk, clock: Clock, language: LanguageViewModel,
                 session: SessionViewModel, qr: QrImageProvider, *, done_after_s: float = 30,
                 wake: Callable[[], None] | None = None, parent: QObject | None = None) -> None:
        """``wake`` is called after every intent (the outbox relay's poke: its events go out
        at once, not at the relay's next poll)."""
        super().__init__({"screen": "welcome", "step": 0, "busy": False, "busyTask": "",
                          "canGoBack": False, "errorVisible": False, "errorId": "",
                          "errorMessage": "", "errorWayForward": "", "errorStaffCalled": False,
                          "suggestion": "",
                          "arrivalDay": "", "keyCard": 0, "keyCards": 0}, parent)
        self._desk, self._clock, self._language, self._session = desk, clock, language, session
        self._wake = wake or (lambda: None)
        self._checkin: CheckIn | None = None
        self._error: LobbyError | None = None
        self._last_error_id = ""
        self._showing_rooms = False     # rooms assigned (core: payment), shown until Continue
        self._arrival: date = clock.today()
        self._generation = 0            # bumps at every session end: late results are dropped
        self._tasks: set[asyncio.Future[Any]] = set()
        self._booking = BookingViewModel(self)
        self._registration = RegistrationViewModel(self)
        self._stay = StayViewModel(qr, self)
        self._done_timer = QTimer(self)
        self._done_timer.setSingleShot(True)
        self._done_timer.setInterval(int(done_after_s * 1000))
        self._done_timer.timeout.connect(self.finish)
        language.changed.connect(self._relabel)

    screen = readonly(str, "screen", screenChanged)
    step = readonly(int, "step", stepChanged)
    stepCount = Property(int, lambda self: STEP_COUNT, constant=True)
    busy = readonly(bool, "busy", busyChanged)
    busyTask = readonly(str, "busyTask", busyTaskChanged)
    canGoBack = readonly(bool, "canGoBack", canGoBackChanged)
    errorVisible = readonly(bool, "errorVisible", errorVisibleChanged)
    errorId = readonly(str, "errorId", errorIdChanged)
    errorMessage = readonly(str, "errorMessage", errorMessageChanged)
    errorWayForward = readonly(str, "errorWayForward", errorWayForwardChanged)
    # A device fault called staff by itself: the banner does not offer to call again.
    errorStaffCalled = readonly(bool, "errorStaffCalled", errorStaffCalledChanged)
    suggestion = readonly(str, "suggestion", suggestionChanged)
    arrivalDay = readonly(str, "arrivalDay", arrivalDayChanged)
    # While the keys are made: the card being made now (1-based) and how many in all.
    keyCard = readonly(int, "keyCard", keyCardChanged)
    keyCards = readonly(int, "keyCards", keyCardsChanged)
    booking = Property(QObject, lambda self: self._booking, constant=True)
    registration = Property(QObject, lambda self: self._registration, constant=True)
    stay = Property(QObject, lambda self: self._stay, constant=True)

    # -- for the app, the staff call and tests ---------------------------------------------
    @property
    def checkin(self) -> CheckIn | None:
        return self._checkin

    @property
    def last_error_id(self) -> str:
        return self._last_error_id

    async def idle(self) -> None:
        """Wait until every intent started by a slot has finished (tests, the tour)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    # -- slots: the guest's intents ----------------------------------------------------------
    @Slot()
    def start(self) -> None:
        if self._checkin is not None:
            return
        self._checkin = self._desk.start(self._language.current)
        self._arrival = self._clock.today()
        self._session.begin()
        self._sync()

    @Slot(str)
    def findByCode(self, text: str) -> None:
        self._intent(S.IDENTIFY, "find", lambda c: c.find_by_code(text))

    @Slot()
    def acceptSuggestion(self) -> None:
        suggestion = self._values["suggestion"]
        if suggestion:
            self.findByCode(suggestion)

    @Slot(str)
    def findByName(self, surname: str) -> None:
        arrival = self._arrival
        self._intent(S.IDENTIFY, "find", lambda c: c.find_by_name(surname, arrival))

    def find_by_qr(self, payload: str) -> None:
        self._intent(S.IDENTIFY, "find", lambda c: c.find_by_qr(payload))

    def find_by_mrz(self, mrz: str) -> None:
        self._intent(S.IDENTIFY, "find", lambda c: c.find_by_mrz(mrz))

    @Slot(int)
    def shiftArrival(self, days: int) -> None:
        today = self._clock.today()
        shifted = self._arrival + timedelta(days=days)
        self._arrival = min(max(shifted, today - timedelta(days=1)), today + timedelta(days=30))
        self._relabel_arrival()

    @Slot(str)
    def chooseBooking(self, code: str) -> None:
        self._intent(S.CHOOSE_BOOKING, "choose", lambda c: c.choose(code))

    @Slot()
    def confirmDetails(self) -> None:
        self._intent(S.CONFIRM_DETAILS, "confirm", lambda c: c.confirm_details())

    @Slot("QVariantList", float, float)
    def sign(self, strokes: list[Any], width: float, height: float) -> None:
        """``strokes``: the pad's lines, each a list of [x, y] points in pad pixels."""
        lines = [[(float(p[0]), float(p[1])) for p in stroke] for stroke in strokes or []]
        values = self._registration.values()
        self._intent(S.REGISTRATION, "sign",
                     lambda c: c.sign_registration(values, lines, width, height))

    @Slot(str)
    def setParking(self, plate: str) -> None:
        self._intent(S.PARKING, "parking", lambda c: c.set_parking(plate.strip() or None))

    @Slot()
    def noCar(self) -> None:
        self._intent(S.PARKING, "parking", lambda c: c.set_parking(None))

    @Slot()
    def checkRoomAgain(self) -> None:
        self._intent(S.ROOM, "rooms", self._assign_rooms)

    @Slot()
    def continueToPayment(self) -> None:
        self._showing_rooms = False
        self._sync()

    @Slot()
    def pay(self) -> None:
        self._intent(S.PAYMENT, "pay", lambda c: c.authorise_payment(), pause=True)

    @Slot(int)
    def chooseCards(self, cards: int) -> None:
        self._stay.choose_cards(cards)

    @Slot()
    def makeKeys(self) -> None:
        c = self._checkin
        if c is None or c.state != S.KEYS or self._values["busy"] or c.booking is None:
            return
        cards = self._stay.cards
        generation = self._generation
        self._set_many(keyCard=1, keyCards=cards * len(c.booking.rooms))

        def progress(done: int, total: int) -> None:
            if generation == self._generation:   # not for a session that has ended
                self._set_many(keyCard=min(done + 1, total), keyCards=total)
        self._intent(S.KEYS, "keys", lambda c: c.issue_keys(cards, progress), pause=True)

    @Slot()
    def printSlip(self) -> None:
        """The guest wants the room details on paper (done screen)."""
        self._intent(S.DONE, "print", lambda c: c.print_slip())

    @Slot()
    def back(self) -> None:
        c = self._checkin
        if c is None or self._values["busy"] or not self._values["canGoBack"]:
            return
        if c.state == S.IDENTIFY:
            self.end("cancelled")
            return
        steps = 2 if (c.state == S.PAYMENT and self._showing_rooms) else 1
        self._showing_rooms = False

        async def go_back(checkin: CheckIn) -> None:
            for _ in range(steps):
                await checkin.back()
        self._intent(c.state, "back", go_back)

    @Slot()
    def dismissError(self) -> None:
        self._error = None
        self._set_many(errorVisible=False, errorMessage="", errorWayForward="",
                       errorStaffCalled=False, suggestion="")

    @Slot()
    def finish(self) -> None:
        """The guest is done (or the done screen has been shown long enough)."""
        self.end("completed")

    # -- staff tools (assisted mode calls these; QML never does) --------------------------------
    def staff_use_booking(self, code: str) -> bool:
        """Find this booking for the guest; only at the flow's first step."""
        if self._checkin is None:
            self.start()
        c = self._checkin
        if c is None or c.state != S.IDENTIFY or self._values["busy"]:
            return False
        self.findByCode(code)
        return True

    def staff_room_options(self) -> list[dict[str, Any]]:
        """Every ready room a staff member may give each room of the booking."""
        c = self._checkin
        if c is None or c.booking is None or c.state not in (S.ROOM, S.PAYMENT):
            return []
        rows = []
        for line in c.booking.rooms:
            name = messages.room_type_name(line.room_type, line.room_type_name)
            for choice in c.ready_rooms(line.position):
                rows.append({"position": line.position, "room": choice.number,
                             "floor": choice.floor, "roomTypeName": name,
                             "current": choice.number == line.room})
        return rows

    def staff_override_room(self, position: int, room: str) -> bool:
        """Give this room instead of the rule's choice; the room screen shows it."""
        c = self._checkin
        if c is None or self._values["busy"] or c.state not in (S.ROOM, S.PAYMENT):
            return False
        if room not in {r.number for r in c.ready_rooms(position)}:
            return False

        async def override(checkin: CheckIn) -> Any:
            if checkin.state == S.PAYMENT:
                await checkin.back()
            return tuple(await checkin.assign_rooms(override={position: room}))
        self._intent(c.state, "rooms", override)
        return True

    def staff_waive_deposit(self) -> PaymentQuote | None:
        """No deposit for extras; the payment screen shows the new amount at once."""
        c = self._checkin
        if c is None or self._values["busy"] or c.state not in (S.ROOM, S.PAYMENT):
            return None
        try:
            quote = c.waive_incidentals()
        except LobbyError as exc:
            self._show_error(exc)
            return None
        self._stay.show_quote(quote)
        return quote

    # -- session end -------------------------------------------------------------------------
    def end(self, outcome: str) -> None:
        """End the guest's session: cancel an unfinished flow, drop every guest value."""
        checkin, self._checkin = self._checkin, None
        self._generation += 1
        self._done_timer.stop()
        pending = list(self._tasks)
        if checkin is not None and checkin.state not in TERMINAL:
            async def cancel_flow() -> None:
                await asyncio.gather(*pending, return_exceptions=True)
                try:
                    await checkin.cancel(outcome)
                except Exception:
                    log.exception("cancelling check-in %s failed", checkin.id)
                self._wake()
            self._track(asyncio.ensure_future(cancel_flow()))
        self._error, self._last_error_id, self._showing_rooms = None, "", False
        self._booking.clear()
        self._registration.clear()
        self._stay.clear()
        self._reset_values()
        self._arrival = self._clock.today()
        self._sync()
        self.ended.emit(outcome)

    # -- internals ---------------------------------------------------------------------------
    def _intent(self, state: CheckInState, task: str,
                make: Callable[[CheckIn], Awaitable[Any]], *, pause: bool = False) -> None:
        c = self._checkin
        if c is None or self._values["busy"] or c.state != state:
            return  # a double tap, or a tap that arrived after the screen changed
        self._session.touch()
        self.dismissError()
        self._set_many(busy=True, busyTask=task)
        if pause:
            self._session.set_paused(True)
        self._track(asyncio.ensure_future(self._run(c, make, pause)))

    def _track(self, future: asyncio.Future[Any]) -> None:
        self._tasks.add(future)
        future.add_done_callback(self._tasks.discard)

    async def _run(self, c: CheckIn, make: Callable[[CheckIn], Awaitable[Any]],
                   pause: bool) -> None:
        generation = self._generation
        error: LobbyError | None = None
        result: Any = None
        try:
            result = await make(c)
        except LobbyError as exc:
            error = exc
        except Exception as exc:  # a bug must not freeze the kiosk: the guest gets help
            log.exception("check-in intent failed")
            error = LobbyError(f"unexpected: {type(exc).__name__}")
        self._wake()
        if generation != self._generation:
            return  # the session ended meanwhile; this guest's result must not show
        if pause:
            self._session.set_paused(False)
        self._set_many(busy=False, busyTask="", keyCard=0, keyCards=0)
        if error is not None:
            self._show_error(error)
        elif isinstance(result, tuple):  # assign_rooms answered: show them before paying
            self._showing_rooms = True
            names = {line.room_type_name: line.room_type for line in c.booking.rooms} \
                if c.booking else {}
            self._stay.show_rooms(result, names)
        self._sync()

    async def _assign_rooms(self, c: CheckIn) -> Any:
        return tuple(await c.assign_rooms())

    def _show_error(self, error: LobbyError) -> None:
        self._error = error
        self._last_error_id = error.message_id
        if isinstance(error, RegistrationInvalid):
            self._registration.show_errors(dict(error.params.get("errors", {}) or {}))
        if isinstance(error, NoRoomReady):
            minutes = error.params.get("ready_in_minutes")
            self._stay.show_no_room(minutes if isinstance(minutes, int) else None)
        self._relabel_error()
        if isinstance(error, DeviceFault):
            self.deviceFault.emit(error.message_id)

    def _relabel_error(self) -> None:
        e = self._error
        if e is None:
            return
        inline = isinstance(e, NoRoomReady)  # the room screen tells it in full
        suggestion = str(e.params.get("suggestion", "")) if isinstance(e, BookingCodeTypo) else ""
        self._set_many(errorId=e.message_id, errorVisible=not inline,
                       errorMessage=messages.guest_message(e.message_id, e.params,
                                                           self._language.current),
                       errorWayForward=str(e.way_forward),
                       errorStaffCalled=isinstance(e, DeviceFault), suggestion=suggestion)

    def _sync(self) -> None:
        """Derive the screen from the core's state and load what the new screen shows."""
        c = self._checkin
        if c is not None and c.state in (S.CANCELLED, S.ROLLED_BACK):
            self.end(str(c.state))
            return
        screen = "welcome" if c is None else str(c.state)
        if c is not None and c.state == S.PAYMENT and self._showing_rooms:
            screen = "room"
        entering = screen != self._values["screen"]
        self._set_many(screen=screen, step=STEPS.get(screen, 0),
                       canGoBack=screen in BACK_ALLOWED)
        if c is None:
            return
        lang = self._language.current
        self._booking.show(c.booking, c.candidates, lang)
        if not entering:
            return
        if screen == "identify":
            self._relabel_arrival()
        elif screen == "registration":
            self._registration.load(c.registration_fields(), c.registration_values(), lang)
        elif screen == "room" and c.state == S.ROOM:
            self._stay.show_rooms((), {})
            self._intent(S.ROOM, "rooms", self._assign_rooms)  # no tap needed to get a room
        elif screen == "payment":
            self._stay.show_quote(c.payment_quote())
        elif screen == "keys":
            self._stay.offer_cards(c.max_cards(), c.default_cards())
        elif screen == "done":
            self._stay.show_done(c.done_summary())
            self._session.end()  # nothing left to time out; the done screen has its own time
            self._done_timer.start()

    def _relabel_arrival(self) -> None:
        self._set("arrivalDay", formatting.long_date(self._arrival, self._language.current))

    def _relabel(self, language: str) -> None:
        if self._checkin is not None:
            self._checkin.set_language(language)
        self._booking.relabel(language)
        self._registration.relabel(language)
        self._stay.relabel(language)
        self._relabel_error()
        if self._checkin is not None:
            self._relabel_arrival()
