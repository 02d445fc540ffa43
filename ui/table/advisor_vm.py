""""Call an advisor": one tap, always in the same place; exposed to QML as ``advisor``.

The call goes through :meth:`StaffCalls.request` (priority ``guest``, the table's screen
and the customer's language as context, no personal data). The customer then sees what
happens: called, who is coming and when, arrived. The call's state is read back from the
database, where the console, the hub bridge and escalation all write it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from typing import Final

from PySide6.QtCore import QObject, Signal, Slot

from kiosk.staffcall import CallState, StaffCalls
from ui.bindable import Bindable, readonly

log = logging.getLogger(__name__)
POLL_S: Final = 1.0
DETAILS_S: Final = 10.0     # the explanation shows this long after a call, then the button says it
REASON: Final = "advisor_request"
_STATUS: Final = {CallState.REQUESTED: "called", CallState.OFFERED: "called",
                  CallState.ACCEPTED: "coming", CallState.ARRIVED: "here"}


class AdvisorViewModel(Bindable):
    statusChanged = Signal()
    staffNameChanged = Signal()
    etaMinutesChanged = Signal()
    failedChanged = Signal()
    detailsVisibleChanged = Signal()

    def __init__(self, calls: StaffCalls, kiosk_id: str, location: str,
                 context: Callable[[], tuple[str, str]], wake: Callable[[], None] = lambda: None,
                 parent: QObject | None = None) -> None:
        super().__init__({"status": "", "staffName": "", "etaMinutes": -1, "failed": False,
                          "detailsVisible": False}, parent)
        self._calls, self._kiosk, self._location = calls, kiosk_id, location
        self._context, self._wake = context, wake
        self.call_id: int | None = None
        self._poll: asyncio.Task[None] | None = None
        self._hide: asyncio.TimerHandle | None = None

    status = readonly(str, "status", statusChanged)        # "", called, coming, here
    staffName = readonly(str, "staffName", staffNameChanged)
    etaMinutes = readonly(int, "etaMinutes", etaMinutesChanged)
    failed = readonly(bool, "failed", failedChanged)
    detailsVisible = readonly(bool, "detailsVisible", detailsVisibleChanged)

    @Slot()
    def call(self) -> None:
        """The customer asked for an advisor (a second tap joins the open call)."""
        screen, language = self._context()
        try:
            self.call_id = self._calls.request(kiosk=self._kiosk, screen=screen, reason=REASON,
                                               language=language, priority="guest",
                                               location=self._location)
        except Exception:  # never leave the customer without an answer: show the fallback
            log.exception("advisor call failed")
            self._set("failed", True)
            return
        self._set("failed", False)
        self._wake()
        self.refresh()
        self._show_details()
        if self._poll is None or self._poll.done():
            self._poll = asyncio.ensure_future(self._follow())

    @Slot()
    def toggleDetails(self) -> None:
        """A tap on the advisor button (or the card) after the call: explain, or hide."""
        if self._values["detailsVisible"] or self._values["failed"]:
            self._set_many(detailsVisible=False, failed=False)
        else:
            self._show_details()

    def _show_details(self) -> None:
        self._set("detailsVisible", True)
        if self._hide is not None:
            self._hide.cancel()
        self._hide = asyncio.get_event_loop().call_later(
            DETAILS_S, lambda: self._set("detailsVisible", False))

    @Slot()
    def cancel(self) -> None:
        """The customer no longer needs help (only before someone is on the way)."""
        if self.call_id is not None and self._values["status"] == "called":
            with contextlib.suppress(Exception):
                self._calls.cancel(self.call_id)
                self._wake()
        self.refresh()

    def refresh(self) -> None:
        """Read the call's state (who accepted, the estimate) into the properties."""
        if self.call_id is None:
            self._set_many(status="", staffName="", etaMinutes=-1)
            return
        try:
            call = self._calls.get(self.call_id)
        except KeyError:
            self.call_id = None
            self._set_many(status="", staffName="", etaMinutes=-1)
            return
        status = _STATUS.get(call.state, "")
        if not status:
            self.call_id = None
            self._set("detailsVisible", False)
        self._set_many(status=status, staffName=call.staff_name or "",
                       etaMinutes=-1 if call.eta_minutes is None else call.eta_minutes)

    async def _follow(self) -> None:
        while self.call_id is not None:
            await asyncio.sleep(POLL_S)
            self.refresh()

    def stop(self) -> None:
        if self._hide is not None:
            self._hide.cancel()
            self._hide = None
        if self._poll is not None:
            self._poll.cancel()
            self._poll = None
