"""One injectable clock, so tests control time, timeouts and "today"."""

from __future__ import annotations

import time
from datetime import date, datetime, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo


class Clock(Protocol):
    def now(self) -> datetime:
        """Aware local time of the site."""
        ...

    def monotonic(self) -> float:
        """Seconds for measuring intervals; never goes backwards."""
        ...

    def today(self) -> date: ...

    def now_iso(self) -> str: ...


class SystemClock:
    def __init__(self, tz: str = "Europe/Helsinki") -> None:
        self.tz = ZoneInfo(tz)

    def now(self) -> datetime:
        return datetime.now(self.tz)

    def monotonic(self) -> float:
        return time.monotonic()

    def today(self) -> date:
        return self.now().date()

    def now_iso(self) -> str:
        return self.now().isoformat(timespec="seconds")


class FakeClock:
    """A clock that moves only when told to."""

    def __init__(self, start: datetime | None = None) -> None:
        self._now = start or datetime(2026, 11, 25, 15, 30, tzinfo=ZoneInfo("Europe/Helsinki"))
        self._mono = 1000.0

    def now(self) -> datetime:
        return self._now

    def monotonic(self) -> float:
        return self._mono

    def today(self) -> date:
        return self._now.date()

    def now_iso(self) -> str:
        return self._now.isoformat(timespec="seconds")

    def advance(self, seconds: float) -> None:
        self._now += timedelta(seconds=seconds)
        self._mono += seconds
