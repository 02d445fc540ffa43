"""Call staff: one tap on any screen brings a colleague, with the context they need, and
the guest then sees what happens ("Anna has seen your request and is coming").

The call carries the kiosk, the screen, what went wrong last (a message id, never personal
data) and the guest's language. Its progress comes back as ``staffcall.*`` events on the
bus (accepted by a colleague on the console, arrived, resolved); a slow poll of the call
covers a bus that is not running. The status is shown until the call is resolved or the
guest's session ends; the call itself stays open for staff.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import Any, Protocol

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from kiosk.bus import Bus, Event
from ui.bindable import Bindable, readonly

log = logging.getLogger(__name__)

# What the guest is shown for each state of the call; "" hides the status.
SHOWN: dict[str, str] = {"requested": "waiting", "offered": "waiting", "accepted": "coming",
                         "arrived": "here", "resolved": "", "cancelled": ""}
POLL_MS = 2000


class StaffCallPort(Protocol):
    def request(self, *, kiosk: str, screen: str, reason: str, language: str,
                priority: str = "guest") -> int: ...


class StaffCallViewModel(Bindable):
    """Exposed to QML as ``staffCall``."""

    confirmationVisibleChanged = Signal()
    failedChanged = Signal()
    statusChanged = Signal()
    staffNameChanged = Signal()
    etaMinutesChanged = Signal()
    called = Signal(int)  # the call's id, for the tour and tests

    def __init__(self, staff_calls: StaffCallPort, kiosk_id: str,
                 context: Callable[[], tuple[str, str, str]],
                 wake: Callable[[], None] | None = None,
                 parent: QObject | None = None) -> None:
        """``context`` answers (screen, reason, language) at the moment of the tap;
        ``wake`` is called after a call is recorded (the outbox relay's poke)."""
        super().__init__({"confirmationVisible": False, "failed": False, "status": "",
                          "staffName": "", "etaMinutes": -1}, parent)
        self._staff_calls = staff_calls
        self._kiosk_id = kiosk_id
        self._context = context
        self._wake = wake or (lambda: None)
        self._call_id: int | None = None
        self._unsubscribe: Callable[[], None] | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self.refresh)

    confirmationVisible = readonly(bool, "confirmationVisible", confirmationVisibleChanged)
    failed = readonly(bool, "failed", failedChanged)
    # "" (nothing shown), "waiting", "coming" or "here"; QML words it in the guest's language.
    status = readonly(str, "status", statusChanged)
    staffName = readonly(str, "staffName", staffNameChanged)
    etaMinutes = readonly(int, "etaMinutes", etaMinutesChanged)  # -1: no estimate

    @property
    def call_id(self) -> int | None:
        return self._call_id

    # -- wiring ------------------------------------------------------------------------------
    def attach(self, bus: Bus) -> None:
        """Follow the calls of this kiosk on the bus."""
        self.detach()
        self._unsubscribe = bus.subscribe("staffcall.*", self._on_event)

    def detach(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self._poll.stop()

    # -- intents -----------------------------------------------------------------------------
    @Slot()
    def call(self) -> None:
        """The guest tapped "Call staff"."""
        screen, reason, language = self._context()
        self._request(screen, reason, language, "guest")

    def call_for_device(self, reason: str) -> None:
        """A device failed mid-way (a card jam): staff are called without a tap, because
        the screen has just promised the guest that a colleague brings the keys."""
        screen, _, language = self._context()
        self._request(screen, reason, language, "device_fault")

    def _request(self, screen: str, reason: str, language: str, priority: str) -> None:
        try:
            call_id = self._staff_calls.request(kiosk=self._kiosk_id, screen=screen,
                                                reason=reason, language=language,
                                                priority=priority)
        except Exception:
            # The guest must never be left alone: say plainly to go to the desk.
            log.exception("staff call could not be recorded (screen=%s, reason=%s)",
                          screen, reason)
            self._set_many(failed=True, confirmationVisible=True)
            return
        log.info("staff call %d from screen %s (reason %s)", call_id, screen, reason)
        self._wake()
        self._set_many(failed=False, confirmationVisible=True)
        if call_id != self._call_id or not self._values["status"]:
            self._call_id = call_id
            self._set_many(status="waiting", staffName="", etaMinutes=-1)
        self.refresh()           # joined an open call: a colleague may already be coming
        self._poll.start()
        self.called.emit(call_id)

    @Slot()
    def dismiss(self) -> None:
        self._set("confirmationVisible", False)

    @Slot()
    def refresh(self) -> None:
        """Read the call's state now (the bus normally brings it)."""
        get = getattr(self._staff_calls, "get", None)
        if self._call_id is None or get is None:
            return
        try:
            call = get(self._call_id)
        except Exception:  # the screen keeps what it showed; the next poll tries again
            log.exception("staff call %s could not be read", self._call_id)
            return
        self._show(call.state.value, call.staff_name, call.eta_minutes)

    def reset(self) -> None:
        """The guest's session ended: the status goes with it (the call stays open)."""
        self._call_id = None
        self._poll.stop()
        self._reset_values()

    # -- internals ---------------------------------------------------------------------------
    def _on_event(self, event: Event) -> None:
        payload: Mapping[str, Any] = event.payload
        if self._call_id is None or payload.get("id") != self._call_id \
                or payload.get("kiosk") != self._kiosk_id:
            return
        eta = payload.get("eta_minutes")
        self._show(str(payload.get("status", "")), payload.get("staff_name"),
                   eta if isinstance(eta, int) else None)

    def _show(self, state: str, staff_name: str | None, eta: int | None) -> None:
        shown = SHOWN.get(state)
        if shown is None:
            return
        if not shown:
            self._call_id = None
            self._poll.stop()
            self._set_many(status="", staffName="", etaMinutes=-1)
            return
        self._set_many(status=shown, staffName=staff_name or "",
                       etaMinutes=eta if eta is not None and shown == "coming" else -1)
