"""What the staff console knows about each kiosk: online or offline, and its devices' health.

Fed by ``kiosk.status`` events on the bus (from retained MQTT status at the hub, or from
the kiosk's own device supervisor when the console runs on the kiosk). A kiosk nobody has
heard from is "unknown", never silently "online".
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Final

STATUSES: Final = ("online", "offline", "unknown")
HEALTHS: Final = ("ok", "degraded", "offline", "unknown")
_MAX_TEXT = 120


def _text(value: object, limit: int = _MAX_TEXT) -> str:
    return str(value)[:limit] if value is not None else ""


class KioskBoard:
    """The latest status of every kiosk of the site, newest report wins."""

    def __init__(self, expected: Iterable[str] = ()) -> None:
        self._kiosks: dict[str, dict[str, Any]] = {}
        for kiosk in expected:
            self._kiosks[kiosk] = _unknown(kiosk)

    def update(self, payload: Mapping[str, Any]) -> dict[str, Any] | None:
        """Record a ``kiosk.status`` payload; returns the normalised entry (None: unusable)."""
        kiosk = _text(payload.get("kiosk"), 64)
        if not kiosk:
            return None
        status = payload.get("status")
        devices: dict[str, dict[str, str]] = {}
        raw_devices = payload.get("devices")
        if isinstance(raw_devices, Mapping):
            for name, value in list(raw_devices.items())[:32]:
                health = value.get("health") if isinstance(value, Mapping) else value
                detail = value.get("detail", "") if isinstance(value, Mapping) else ""
                devices[_text(name, 40)] = {
                    "health": health if health in HEALTHS else "unknown",
                    "detail": _text(detail, 60)}
        previous = self._kiosks.get(kiosk, _unknown(kiosk))
        entry = {
            "kiosk": kiosk,
            "status": status if status in STATUSES else "unknown",
            "location": _text(payload.get("location")) or previous["location"],
            # An "offline" will carries no device list: keep the last known one, it is
            # what a technician wants to see about a kiosk that just died.
            "devices": devices or (previous["devices"] if status != "online" else {}),
            "at": _text(payload.get("at"), 40),
        }
        self._kiosks[kiosk] = entry
        return entry

    def get(self, kiosk: str) -> dict[str, Any]:
        return self._kiosks.get(kiosk, _unknown(kiosk))

    def all(self) -> list[dict[str, Any]]:
        return [self._kiosks[k] for k in sorted(self._kiosks)]


def _unknown(kiosk: str) -> dict[str, Any]:
    return {"kiosk": kiosk, "status": "unknown", "location": "", "devices": {}, "at": ""}
