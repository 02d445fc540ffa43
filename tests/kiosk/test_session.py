from __future__ import annotations

from kiosk.clock import FakeClock
from kiosk.session import GuestSession, SessionPhase


def test_warning_then_expiry_and_touch_resets() -> None:
    clock = FakeClock()
    s = GuestSession(clock, warning_after_s=45, reset_after_s=60)
    assert s.phase() == SessionPhase.IDLE
    s.start()
    clock.advance(44)
    assert s.phase() == SessionPhase.ACTIVE
    clock.advance(1)
    assert s.phase() == SessionPhase.WARNING
    assert s.seconds_left() == 15
    s.touch()
    assert s.phase() == SessionPhase.ACTIVE
    clock.advance(60)
    assert s.phase() == SessionPhase.EXPIRED
    s.end()
    assert s.phase() == SessionPhase.IDLE


def test_paused_while_the_terminal_waits() -> None:
    clock = FakeClock()
    s = GuestSession(clock, warning_after_s=45, reset_after_s=60)
    s.start()
    s.paused = True
    clock.advance(120)
    assert s.phase() == SessionPhase.ACTIVE
