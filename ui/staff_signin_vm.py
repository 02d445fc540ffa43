"""Staff sign-in: a staff card tapped on the staff reader from any screen, or a staff ID and
a PIN behind the discreet control (a long press on the hotel's name); then assisted mode or
diagnostics, as the person's role and :func:`kiosk.assisted.may_open` allow.

The PIN never reaches QML: the pad sends digits here and QML sees only how many there are.
The check (scrypt, ~50 ms, plus a write on failure) runs in a worker thread on a database
connection of its own, so the screen never stalls and the loop's connection is never used
from two threads. Lock-out after repeated failures is the directory's
(:class:`kiosk.staff.StaffDirectory`).

A staff card: the staff reader (``[devices] staff_reader``) gives the card's UID, its HMAC
is looked up in ``staff.badge_hash`` (:meth:`StaffDirectory.authenticate_badge`). The card
alone starts assisted mode; for diagnostics the pad then asks for that same member's PIN.
A card that is not recognised is said only on an open sign-in, never over the guest's screen.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QTimer, Signal, Slot

from kiosk.assisted import Proof, Tool, may_diagnose, may_open
from kiosk.clock import Clock
from kiosk.db import Store
from kiosk.errors import LobbyError
from kiosk.staff import AuthFailed, StaffDirectory, StaffMember
from ui import messages
from ui.bindable import Bindable, readonly

log = logging.getLogger(__name__)

MAX_PIN = 12
IDLE_MS = 60_000          # an unattended sign-in closes by itself
CONTEXT = "StaffSignIn"
# Said only here, to staff: an unknown card, a locked or a disabled account look alike.
SIGN_IN_MESSAGES: dict[str, str] = {
    "staff_badge_unknown": QT_TRANSLATE_NOOP("StaffSignIn", "Card not recognised."),
}


def message(message_id: str, language: str) -> str:
    if message_id in SIGN_IN_MESSAGES:
        return QCoreApplication.translate(CONTEXT, SIGN_IN_MESSAGES[message_id])
    return messages.guest_message(message_id, {}, language)


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
    pinOnlyChanged = Signal()
    assistRequested = Signal(object, str)  # StaffMember, how: start assisted mode
    diagnosticsRequested = Signal(object)  # StaffMember: open diagnostics

    def __init__(self, store: Store, site_key: bytes, parent: QObject | None = None) -> None:
        super().__init__({"visible": False, "busy": False, "pinLength": 0, "error": "",
                          "choosing": False, "memberName": "", "pinOnly": False}, parent)
        self._store = store
        self._site_key = site_key
        self._pin = ""
        self._member: StaffMember | None = None
        self._proofs: set[Proof] = set()
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
    pinOnly = readonly(bool, "pinOnly", pinOnlyChanged)    # the card is known: its PIN only

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
        if self._values["pinOnly"] and self._member is not None:
            username = self._member.username   # the PIN of the card's holder, nobody else's
        if not username.strip() or not self._pin:
            self._show_error("staff_auth_failed")
            return
        pin, self._pin = self._pin, ""
        self._set_many(busy=True, pinLength=0, error="")
        self._task = asyncio.ensure_future(self._check(username.strip(), pin))

    def badge(self, uid: bytes) -> None:
        """A staff card was tapped on the staff reader, whatever the screen shows."""
        if self._values["busy"]:
            return                      # a PIN is being checked: this tap is not queued
        try:
            # An HMAC and one SELECT on the small staff table, no write: quick enough for
            # the loop's own connection, unlike the PIN's scrypt.
            member = StaffDirectory(self._store).authenticate_badge(uid, self._site_key)
        except LobbyError as exc:
            log.info("staff card refused", extra={"reason": exc.message_id})
            if self._values["visible"]:   # else the guest's screen stays as it is
                self._show_error("staff_badge_unknown" if isinstance(exc, AuthFailed)
                                 else exc.message_id)
            return
        except Exception:
            log.exception("staff card check failed")
            return
        log.info("staff card accepted", extra={"staff_id": member.id})
        self._start(member, {Proof.BADGE})

    @Slot()
    def chooseAssist(self) -> None:
        self._finish_assist()

    @Slot()
    def chooseDiagnostics(self) -> None:
        self._to_diagnostics()

    def relabel(self, language: str) -> None:
        """The language changed: the message follows (it is translated when made)."""
        if self._error_id:
            self._set("error", message(self._error_id, language))

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
        if self._values["pinOnly"] and self._member is not None:
            if member.id != self._member.id:            # cannot happen: same username
                self._show_error("staff_auth_failed")
                return
            self._proofs.add(Proof.PIN)                 # card and PIN: both factors
            self._to_diagnostics()
            return
        self._start(member, {Proof.PIN})

    def _start(self, member: StaffMember, proofs: set[Proof]) -> None:
        """Someone showed who they are: open what their role and proofs allow, or ask."""
        assist = may_open(member, Tool.ASSIST, proofs)
        diagnose = may_diagnose(member)             # perhaps only after the PIN as well
        if not assist and not diagnose:
            if self._values["visible"]:
                self._show_error("staff_not_allowed")
            return
        self._clear()
        self._member, self._proofs = member, set(proofs)
        if assist and diagnose:
            self._set_many(visible=True, choosing=True, memberName=member.display_name)
            self._idle.start()
            return
        if assist:
            self._finish_assist()
        else:
            self._to_diagnostics()

    def _to_diagnostics(self) -> None:
        member = self._member
        if member is None:
            return
        if may_open(member, Tool.DIAGNOSTICS, self._proofs):
            self._clear()
            self.diagnosticsRequested.emit(member)
            return
        # The card named the member; their PIN is the second factor (kiosk.assisted).
        self._pin = ""
        self._set_many(visible=True, choosing=False, pinOnly=True, pinLength=0, error="",
                       memberName=member.display_name)
        self._idle.start()

    def _finish_assist(self) -> None:
        member, how = self._member, "+".join(sorted(self._proofs))
        if member is None or not may_open(member, Tool.ASSIST, self._proofs):
            return
        self._clear()
        self.assistRequested.emit(member, how)

    def _show_error(self, message_id: str) -> None:
        self._error_id = message_id
        self._set("error", message(message_id, "en"))
        self._idle.start()

    def _clear(self) -> None:
        self._pin, self._member, self._error_id = "", None, ""
        self._proofs = set()
        self._idle.stop()
        self._reset_values()
