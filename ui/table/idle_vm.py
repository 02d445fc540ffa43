"""The customer walked away: warn, then start over for the next one. QML: ``idle``.

A touch anywhere or a token moved counts as someone still there. After
``idle_warning_s`` the warning asks; at ``idle_reset_s`` the table closes every sheet,
clears the chips and the saved homes (their QR code too) and goes back to its language.
"""

from __future__ import annotations

import asyncio
import math
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Signal, Slot

from kiosk.clock import Clock
from ui.bindable import Bindable, readonly

_TOUCHES = {QEvent.Type.TouchBegin, QEvent.Type.MouseButtonPress, QEvent.Type.KeyPress,
            QEvent.Type.InputMethod}


class IdleViewModel(Bindable):
    warningChanged = Signal()
    secondsLeftChanged = Signal()

    def __init__(self, clock: Clock, warning_s: int, reset_s: int,
                 on_reset: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__({"warning": False, "secondsLeft": 0}, parent)
        self._clock, self._warning_s, self._reset_s = clock, warning_s, reset_s
        self._on_reset = on_reset
        self._last = clock.monotonic()
        self._task: asyncio.Task[None] | None = None

    warning = readonly(bool, "warning", warningChanged)
    secondsLeft = readonly(int, "secondsLeft", secondsLeftChanged)

    @Slot()
    def touch(self) -> None:
        self._last = self._clock.monotonic()
        self._set_many(warning=False, secondsLeft=0)

    def tick(self) -> None:
        """Check the time (once a second, and from tests after moving the clock)."""
        quiet = self._clock.monotonic() - self._last
        if quiet >= self._reset_s:
            self.touch()
            self._on_reset()
        elif quiet >= self._warning_s:
            self._set_many(warning=True, secondsLeft=math.ceil(self._reset_s - quiet))

    def start(self) -> None:
        async def run() -> None:
            while True:
                await asyncio.sleep(1.0)
                self.tick()
        if self._task is None:
            self._task = asyncio.ensure_future(run())

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
            self._task = None


class ActivityFilter(QObject):
    """Sees every touch on the window (without taking it) and tells ``idle``."""

    def __init__(self, idle: IdleViewModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._idle = idle

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _TOUCHES:
            self._idle.touch()
        return False
