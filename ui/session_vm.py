"""Inactivity on screen: "Are you still there?" with a countdown, then a clean start.

The rules (when to warn, when to reset) live in :class:`kiosk.session.GuestSession`; this
view-model only asks it once a second and shows the answer. Any touch anywhere on the window
counts as activity (:class:`TouchWatcher`), so the guest never has to find a special button.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal, Slot

from kiosk.session import GuestSession, SessionPhase
from ui.bindable import Bindable, readonly


class SessionViewModel(Bindable):
    """Exposed to QML as ``session``."""

    warningChanged = Signal()
    secondsLeftChanged = Signal()
    activeChanged = Signal()
    expired = Signal()  # time is up: the app ends the check-in and forgets the guest

    def __init__(self, session: GuestSession, parent: QObject | None = None) -> None:
        super().__init__({"warning": False, "secondsLeft": 0, "active": False}, parent)
        self.session = session
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.tick)
        self._timer.start()

    warning = readonly(bool, "warning", warningChanged)
    secondsLeft = readonly(int, "secondsLeft", secondsLeftChanged)
    active = readonly(bool, "active", activeChanged)

    def begin(self) -> None:
        self.session.start()
        self.tick()

    def end(self) -> None:
        self.session.end()
        self.session.paused = False
        self.tick()

    def set_paused(self, paused: bool) -> None:
        """While the guest works at the card terminal or waits for keys, nobody touches
        the screen: that is not inactivity."""
        self.session.paused = paused
        self.session.touch()
        self.tick()

    @Slot()
    def touch(self) -> None:
        """Activity. The first touch of a new guest starts their session (even before
        "Check in": a language chosen and left behind must not greet the next guest)."""
        if not self.session.active:
            self.session.start()
        self.session.touch()
        self.tick()

    @Slot()
    def stillHere(self) -> None:
        self.touch()

    @Slot()
    def tick(self) -> None:
        phase = self.session.phase()
        self._set_many(active=phase is not SessionPhase.IDLE,
                       warning=phase is SessionPhase.WARNING,
                       secondsLeft=self.session.seconds_left()
                       if phase is SessionPhase.WARNING else 0)
        if phase is SessionPhase.EXPIRED:
            self.expired.emit()

    def stop(self) -> None:
        self._timer.stop()


class TouchWatcher(QObject):
    """An event filter on the window: every press, touch or key counts as activity (for
    the guest's session, and for the staff modes given as ``also``, which have timers of
    their own). It only watches; the event still goes to the control that was touched."""

    ACTIVITY = frozenset({QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin,
                          QEvent.Type.KeyPress, QEvent.Type.Wheel})

    def __init__(self, session: SessionViewModel,
                 also: Iterable[Callable[[], None]] = ()) -> None:
        super().__init__(session)
        self._session = session
        self._also = tuple(also)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self.ACTIVITY:
            self._session.touch()
            for touch in self._also:
                touch()
        return False
