"""Assisted mode: a staff member beside the guest unlocks staff tools over the guest's flow.

The guest's check-in stays where it is; the tools act on it through the check-in
view-model (another booking, another room, the deposit waived, keys, a step back, the end
of the session) or beside it (a booking search, new keys for a guest already in house).
Every action is written to the audit log with references only. The mode ends by itself
after ``timeout_s`` without a touch (shorter than the guest's own timeout), when the guest's
session ends, or when the staff member taps "Stop assisting".
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot

from kiosk import assisted, audit, booking_code
from kiosk.checkin import CheckInDesk
from kiosk.clock import Clock
from kiosk.config import Config
from kiosk.errors import DeviceFault, LobbyError
from kiosk.staff import StaffMember
from ui import formatting, messages
from ui.bindable import Bindable, RowsModel, readonly
from ui.checkin_vm import CheckInViewModel
from ui.language_vm import LanguageViewModel

log = logging.getLogger(__name__)

RESULT_ROLES = ("code", "shownCode", "guest", "arrival", "nights", "status", "canUse",
                "canReissue")
ROOM_ROLES = ("position", "room", "floor", "roomTypeName", "current")


def timeout_for(config: Config) -> int:
    """Assisted mode ends before the guest's warning would come: two thirds of it."""
    return max(10, config.session.inactivity_warning_s * 2 // 3)


class AssistedViewModel(Bindable):
    """Exposed to QML as ``assisted``."""

    activeChanged = Signal()
    staffNameChanged = Signal()
    panelChanged = Signal()
    sheetOpenChanged = Signal()
    busyChanged = Signal()
    messageChanged = Signal()
    reissueCodeChanged = Signal()
    keyCardChanged = Signal()
    keyCardsChanged = Signal()
    reissuedChanged = Signal()
    canUseRoomsChanged = Signal()
    canWaiveChanged = Signal()
    waivedChanged = Signal()
    canMakeKeysChanged = Signal()
    canStepBackChanged = Signal()
    hasFlowChanged = Signal()

    def __init__(self, *, desk: CheckInDesk, config: Config, checkin: CheckInViewModel,
                 language: LanguageViewModel, clock: Clock,
                 wake: Callable[[], None] | None = None, parent: QObject | None = None) -> None:
        super().__init__({"active": False, "staffName": "", "panel": "", "sheetOpen": False,
                          "busy": False, "message": "", "reissueCode": "", "keyCard": 0,
                          "keyCards": 0, "reissued": 0,
                          "canUseRooms": False, "canWaive": False, "waived": False,
                          "canMakeKeys": False, "canStepBack": False, "hasFlow": False},
                         parent)
        self._desk, self._config, self._checkin = desk, config, checkin
        self._language, self._clock = language, clock
        self._wake = wake or (lambda: None)
        self.timeout_s = timeout_for(config)
        self._member: StaffMember | None = None
        self._last_touch = 0.0
        self._message_id = ""
        self._tasks: set[asyncio.Future[Any]] = set()
        self._results = RowsModel(RESULT_ROLES, self)
        self._rooms = RowsModel(ROOM_ROLES, self)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.tick)
        checkin.screenChanged.connect(self._follow_flow)
        checkin.busyChanged.connect(self._follow_flow)
        language.changed.connect(self._relabel)

    active = readonly(bool, "active", activeChanged)
    staffName = readonly(str, "staffName", staffNameChanged)
    panel = readonly(str, "panel", panelChanged)        # "", "search", "rooms", "reissue"
    sheetOpen = readonly(bool, "sheetOpen", sheetOpenChanged)
    busy = readonly(bool, "busy", busyChanged)
    message = readonly(str, "message", messageChanged)
    reissueCode = readonly(str, "reissueCode", reissueCodeChanged)
    keyCard = readonly(int, "keyCard", keyCardChanged)      # new keys: card being made
    keyCards = readonly(int, "keyCards", keyCardsChanged)
    reissued = readonly(int, "reissued", reissuedChanged)   # cards just made (QML words it)
    canUseRooms = readonly(bool, "canUseRooms", canUseRoomsChanged)
    canWaive = readonly(bool, "canWaive", canWaiveChanged)
    waived = readonly(bool, "waived", waivedChanged)
    canMakeKeys = readonly(bool, "canMakeKeys", canMakeKeysChanged)
    canStepBack = readonly(bool, "canStepBack", canStepBackChanged)
    hasFlow = readonly(bool, "hasFlow", hasFlowChanged)
    results = Property(QObject, lambda self: self._results, constant=True)
    rooms = Property(QObject, lambda self: self._rooms, constant=True)

    # -- beginning and end --------------------------------------------------------------------
    def begin(self, member: StaffMember, method: str = "pin") -> None:
        """A staff member signed in for assisted mode; ``method``: "pin" or "badge"."""
        if self._member is not None and self._member.id != member.id:
            self.stop_for("handed_over")
        self._member = member
        self._set_many(active=True, staffName=member.display_name, sheetOpen=True, panel="")
        self._audit("assisted.start", method=method)
        self.touch()
        self._follow_flow()
        self._timer.start()

    @Slot()
    def stop(self) -> None:
        self.stop_for("staff")

    def stop_for(self, reason: str) -> None:
        """End assisted mode; the guest's flow is left as it is."""
        if self._member is None:
            return
        self._audit("assisted.end", reason=reason)
        self._member = None
        self._timer.stop()
        self._results.clear()
        self._rooms.clear()
        self._message_id = ""
        self._reset_values()

    def touch(self) -> None:
        self._last_touch = self._clock.monotonic()

    @Slot()
    def tick(self) -> None:
        if self._member is not None and not self._values["busy"] and \
                self._clock.monotonic() - self._last_touch >= self.timeout_s:
            self.stop_for("timeout")

    async def idle(self) -> None:
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    # -- the sheet -----------------------------------------------------------------------------
    @Slot()
    def openSheet(self) -> None:
        self.touch()
        self._set("sheetOpen", True)

    @Slot()
    def closeSheet(self) -> None:
        """Hide the tools so the guest can use the screen; assisted mode goes on."""
        self.touch()
        self._set_many(sheetOpen=False, panel="")

    @Slot(str)
    def showPanel(self, panel: str) -> None:
        self.touch()
        self._say("")
        self._set("reissued", 0)
        if panel == "rooms":
            self._load_rooms()
        self._set("panel", panel)

    # -- actions -------------------------------------------------------------------------------
    @Slot(str)
    def search(self, query: str) -> None:
        self.touch()
        found = assisted.search_bookings(self._desk.store.read(), query,
                                         self._clock.today())
        lang = self._language.current
        self._results.replace({
            "code": b.code, "shownCode": booking_code.display(b.code),
            # Enough to tell bookings apart, little to read over a shoulder.
            "guest": f"{b.first_name} {b.last_name[:1]}.".strip(),
            "arrival": formatting.short_date(b.arrival, lang),
            "nights": (b.departure - b.arrival).days, "status": b.status,
            "canUse": b.status == "booked", "canReissue": b.status == "checked_in"}
            for b in found)
        self._audit("booking.search", results=len(found))   # never the search text
        self._set("panel", "search")

    @Slot(str)
    def useBooking(self, code: str) -> None:
        """Check the guest in with this booking (the flow must be at its first step)."""
        self.touch()
        if not self._checkin.staff_use_booking(code):
            self._say("assist_step_back_first")
            return
        self._audit("booking.use", booking=code)
        self._set_many(panel="", sheetOpen=False)

    @Slot(str)
    def chooseReissue(self, code: str) -> None:
        self.touch()
        self._say("")
        self._set_many(reissueCode=code, panel="reissue")

    @Slot(int)
    def reissue(self, cards: int) -> None:
        """New key cards for the chosen in-house booking; older cards stop working."""
        code = self._values["reissueCode"]
        if not code:
            return

        async def work() -> None:
            def progress(done: int, total: int) -> None:
                self._set_many(keyCard=min(done + 1, total), keyCards=total)
            self._set_many(keyCard=1, keyCards=cards, reissued=0)
            try:
                issued = await assisted.reissue_keys(
                    self._desk.keys, self._desk.store.read(), code, cards,
                    now=self._clock.now(), checkout_until=self._config.hotel.checkout_until,
                    progress=progress)
            finally:
                self._set_many(keyCard=0, keyCards=0)
                self._wake()
            self._audit("keys.reissue", booking=code, cards=len(issued))
            self._set_many(panel="", reissueCode="", reissued=len(issued))
        self._run(work)

    @Slot(int, str)
    def pickRoom(self, position: int, room: str) -> None:
        self.touch()
        c = self._checkin.checkin
        previous = next((r["room"] for r in self._rooms.rows()
                         if r["position"] == position and r["current"]), "")
        if c is None or not self._checkin.staff_override_room(position, room):
            self._say("room_not_available")
            return
        self._audit("room.override", booking=c.booking.code if c.booking else None,
                    flow=c.id, position=position, room=room, previous=previous or None)
        self._set_many(panel="", sheetOpen=False)    # both see the new room

    @Slot()
    def waiveDeposit(self) -> None:
        self.touch()
        c = self._checkin.checkin
        quote = self._checkin.staff_waive_deposit()
        if c is None or quote is None:
            return
        self._audit("fee.waive", booking=c.booking.code if c.booking else None, flow=c.id,
                    amount_cents=quote.amount_cents)
        self._follow_flow()
        self._set_many(panel="", sheetOpen=False)    # the guest sees the new amount

    @Slot()
    def makeKeys(self) -> None:
        self.touch()
        c = self._checkin.checkin
        if c is None or self._checkin.screen != "keys":
            return
        self._audit("keys.issue", booking=c.booking.code if c.booking else None, flow=c.id,
                    cards=self._checkin.stay.cards)
        self._checkin.makeKeys()
        self._set("sheetOpen", False)

    @Slot()
    def stepBack(self) -> None:
        self.touch()
        c = self._checkin.checkin
        if c is None or not self._checkin.canGoBack:
            return
        self._audit("flow.back", flow=c.id, step=str(c.state))
        self._checkin.back()

    @Slot()
    def endSession(self) -> None:
        """End the guest's session (e.g. the guest left); assisted mode ends with it."""
        c = self._checkin.checkin
        self._audit("session.end", flow=c.id if c else None)
        self.stop_for("session_ended")
        self._checkin.end("ended_by_staff")

    # -- internals ------------------------------------------------------------------------------
    def _follow_flow(self) -> None:
        """What the tools can do depends on where the guest's flow is."""
        if self._member is None:
            return
        c, vm = self._checkin.checkin, self._checkin
        screen, idle = vm.screen, not vm.busy
        waived = bool(c is not None and c.incidentals_waived)
        self._set_many(hasFlow=c is not None,
                       canUseRooms=idle and screen in ("room", "payment")
                       and not vm.stay.noRoomReady,
                       canWaive=idle and screen in ("room", "payment") and not waived,
                       waived=waived,
                       canMakeKeys=idle and screen == "keys",
                       canStepBack=idle and vm.canGoBack)

    def _load_rooms(self) -> None:
        self._rooms.replace(self._checkin.staff_room_options())

    def _run(self, work: Callable[[], Awaitable[None]]) -> None:
        if self._values["busy"]:
            return
        self.touch()
        self._set("busy", True)
        self._say("")

        async def go() -> None:
            try:
                await work()
            except LobbyError as exc:
                self._say(exc.message_id)
                if isinstance(exc, DeviceFault):   # a colleague (or technician) is needed
                    self._checkin.deviceFault.emit(exc.message_id)
            except Exception:
                log.exception("assisted action failed")
                self._say("unexpected")
            finally:
                self._set("busy", False)
                self.touch()
        task = asyncio.ensure_future(go())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _say(self, message_id: str) -> None:
        self._message_id = message_id
        if message_id:
            self._set("reissued", 0)
        self._relabel(self._language.current)

    def _relabel(self, language: str) -> None:
        message_id = self._message_id
        self._set("message", messages.guest_message(message_id, {}, language)
                  if message_id else "")
        if self._values["panel"] == "rooms":
            self._load_rooms()

    def _audit(self, action: str, **refs: Any) -> None:
        member = self._member
        try:
            audit.record(self._desk.store, member.id if member else None,
                         self._config.kiosk.id, action,
                         **{k: v for k, v in refs.items() if v is not None})
        except Exception:
            log.exception("audit entry could not be written", extra={"action": action})
