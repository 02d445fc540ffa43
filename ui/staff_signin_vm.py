"""Staff sign-in behind the discreet control (a long press on the hotel's name): a staff ID
and a PIN, then assisted mode or diagnostics, as the person's role allows.

The PIN never reaches QML: the pad sends digits here and QML sees only how many there are.
The check (scrypt, ~50 ms, plus a write on failure) runs in a worker thread on a database
connection of its own, so the screen never stalls and the loop's connection is never used
from two threads. Lock-out after repeated failures is the directory's
(:class:`kiosk.staff.StaffDirectory`).

Later a staff card: the key encoder's reader (or a reader of its own at the front) reads
the card's UID, its HMAC is looked up in ``staff.badge_hash``, and only the PIN is asked.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from kiosk.assisted import may_assist, may_diagnose
from kiosk.clock import Clock
from kiosk.db import Store
from kiosk.errors import LobbyError
from kiosk.staff import StaffDirectory, StaffMember
from ui import messages
from ui.bindable import Bindable, readonly

log = logging.getLogger(__name__)

MAX_PIN = 12
IDLE_MS = 60_000          # an unattended sign-in closes by itself


def authenticate(path: str, clock: Clock, username: str, secret: str) -> StaffMember:
    """Check the PIN on a connection of this thread's own (see the module docstring)."""
    store = Store(path, clock)
    try:
        return StaffDirectory(store).authenticate(username, secret)
    finally:
        store.close()


class StaffSignInViewModel(Bindable):
    """Exposed to QML as ``staffSignIn``."""

    visibleChanged = Signal()
    busyChanged = Signal()
    pinLengthChanged = Signal()
    errorChanged = Signal()
    choosingChanged = Signal()
    memberNameChanged = Signal()
    assistRequested = Signal(object)       # StaffMember: start assisted mode
    diagnosticsRequested = Signal(object)  # StaffMember: open diagnostics

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__({"visible": False, "busy": False, "pinLength": 0, "error": "",
                          "choosing": False, "memberName": ""}, parent)
        self._store = store
        self._pin = ""
        self._member: StaffMember | None = None
        self._error_id = ""
        self._task: asyncio.Future[Any] | None = None
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(IDLE_MS)
        self._idle.timeout.connect(self.cancel)

    visible = readonly(bool, "visible", visibleChanged)
    busy = readonly(bool, "busy", busyChanged)
    pinLength = readonly(int, "pinLength", pinLengthChanged)
    error = readonly(str, "error", errorChanged)
    choosing = readonly(bool, "choosing", choosingChanged)    # a duty manager picks a tool
    memberName = readonly(str, "memberName", memberNameChanged)

    @Slot()
    def open(self) -> None:
        """The discreet control was held."""
        self._clear()
        self._set("visible", True)
        self._idle.start()
        log.info("staff sign-in opened")

    @Slot()
    def cancel(self) -> None:
        self._clear()

    @Slot(str)
    def pressDigit(self, digit: str) -> None:
        if self._values["busy"] or not digit.isdigit() or len(self._pin) >= MAX_PIN:
            return
        self._pin += digit[:1]
        self._set_many(pinLength=len(self._pin), error="")
        self._idle.start()

    @Slot()
    def erase(self) -> None:
        self._pin = self._pin[:-1]
        self._set("pinLength", len(self._pin))
        self._idle.start()

    @Slot(str)
    def submit(self, username: str) -> None:
        if self._values["busy"] or not self._values["visible"]:
            return
        if not username.strip() or not self._pin:
            self._show_error("staff_auth_failed")
            return
        pin, self._pin = self._pin, ""
        self._set_many(busy=True, pinLength=0, error="")
        self._task = asyncio.ensure_future(self._check(username.strip(), pin))

    @Slot()
    def chooseAssist(self) -> None:
        self._finish(self.assistRequested)

    @Slot()
    def chooseDiagnostics(self) -> None:
        self._finish(self.diagnosticsRequested)

    def relabel(self, language: str) -> None:
        """The language changed: the message follows (it is translated when made)."""
        if self._error_id:
            self._set("error", messages.guest_message(self._error_id, {}, language))

    async def idle(self) -> None:
        if self._task is not None:
            await asyncio.gather(self._task, return_exceptions=True)

    # -- internals ---------------------------------------------------------------------------
    async def _check(self, username: str, pin: str) -> None:
        store = self._store
        try:
            if store.path == ":memory:":   # tests only: no second connection to a memory db
                member = StaffDirectory(store).authenticate(username, pin)
            else:
                member = await asyncio.to_thread(authenticate, store.path, store.clock,
                                                 username, pin)
        except LobbyError as exc:
            self._set("busy", False)
            log.info("staff sign-in refused", extra={"reason": exc.message_id})
            self._show_error(exc.message_id)
            return
        except Exception:
            log.exception("staff sign-in failed")
            self._set("busy", False)
            self._show_error("unexpected")
            return
        self._set("busy", False)
        if not self._values["visible"]:
            return                                      # cancelled meanwhile
        assist, diagnose = may_assist(member), may_diagnose(member)
        if not assist and not diagnose:
            self._show_error("staff_not_allowed")
            return
        self._member = member
        if assist and diagnose:
            self._set_many(choosing=True, memberName=member.display_name)
            return
        self._finish(self.assistRequested if assist else self.diagnosticsRequested)

    def _finish(self, signal: Any) -> None:
        member = self._member
        self._clear()
        if member is not None:
            signal.emit(member)

    def _show_error(self, message_id: str) -> None:
        self._error_id = message_id
        self._set("error", messages.guest_message(message_id, {}, "en"))
        self._idle.start()

    def _clear(self) -> None:
        self._pin, self._member, self._error_id = "", None, ""
        self._idle.stop()
        self._reset_values()
