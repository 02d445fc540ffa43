"""A guest session: the unit of privacy. It ends on completion, cancel or inactivity;
on its end every view-model drops the guest's data."""

from __future__ import annotations

from enum import StrEnum

from kiosk.clock import Clock


class SessionPhase(StrEnum):
    IDLE = "idle"          # nobody is using the kiosk: the welcome screen
    ACTIVE = "active"
    WARNING = "warning"    # "Are you still there?" with a countdown
    EXPIRED = "expired"    # time is up: the session must end and forget the guest


class GuestSession:
    """Inactivity tracking with one injectable clock (tests move time by hand)."""

    def __init__(self, clock: Clock, warning_after_s: float, reset_after_s: float) -> None:
        self._clock = clock
        self.warning_after_s = warning_after_s
        self.reset_after_s = reset_after_s
        self._last_touch: float | None = None
        self.paused = False  # e.g. while the payment terminal waits for the card

    def start(self) -> None:
        self._last_touch = self._clock.monotonic()

    def touch(self) -> None:
        if self._last_touch is not None:
            self._last_touch = self._clock.monotonic()

    def end(self) -> None:
        self._last_touch = None

    @property
    def active(self) -> bool:
        return self._last_touch is not None

    def idle_seconds(self) -> float:
        if self._last_touch is None:
            return 0.0
        return self._clock.monotonic() - self._last_touch

    def phase(self) -> SessionPhase:
        if self._last_touch is None:
            return SessionPhase.IDLE
        if self.paused:
            return SessionPhase.ACTIVE
        idle = self.idle_seconds()
        if idle >= self.reset_after_s:
            return SessionPhase.EXPIRED
        if idle >= self.warning_after_s:
            return SessionPhase.WARNING
        return SessionPhase.ACTIVE

    def seconds_left(self) -> int:
        """Whole seconds until the session expires (for the warning's countdown)."""
        if self._last_touch is None:
            return 0
        return max(0, int(self.reset_after_s - self.idle_seconds() + 0.999))
