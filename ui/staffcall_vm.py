"""Call staff: one tap on any screen brings a colleague, with the context they need.

The call carries the kiosk, the screen, what went wrong last (a message id, never personal
data) and the guest's language. The guest sees a calm confirmation and can carry on.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, Signal, Slot

from ui.bindable import Bindable, readonly

log = logging.getLogger(__name__)


class StaffCallPort(Protocol):
    def request(self, *, kiosk: str, screen: str, reason: str, language: str,
                priority: str = "guest") -> int: ...


class StaffCallViewModel(Bindable):
    """Exposed to QML as ``staffCall``."""

    confirmationVisibleChanged = Signal()
    failedChanged = Signal()
    called = Signal(int)  # the call's id, for the tour and tests

    def __init__(self, staff_calls: StaffCallPort, kiosk_id: str,
                 context: Callable[[], tuple[str, str, str]],
                 parent: QObject | None = None) -> None:
        """``context`` answers (screen, reason, language) at the moment of the tap."""
        super().__init__({"confirmationVisible": False, "failed": False}, parent)
        self._staff_calls = staff_calls
        self._kiosk_id = kiosk_id
        self._context = context

    confirmationVisible = readonly(bool, "confirmationVisible", confirmationVisibleChanged)
    failed = readonly(bool, "failed", failedChanged)

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
        self._set_many(failed=False, confirmationVisible=True)
        self.called.emit(call_id)

    @Slot()
    def dismiss(self) -> None:
        self._set("confirmationVisible", False)

    def reset(self) -> None:
        self._reset_values()
