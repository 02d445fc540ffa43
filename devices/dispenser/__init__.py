"""Card dispensers: the CRT-591 family over serial (``tty:``), with a pty simulator.

``devices.open_devices`` hands every non-``sim:`` dispenser URL to :func:`open_dispenser`.
"""

from __future__ import annotations

from devices.dispenser.driver import OPTIONS, DispenserStatus, SerialCardDispenser
from devices.transport.url import grammar
from kiosk.errors import CardNotTaken

__all__ = ["CardNotTaken", "DispenserStatus", "SerialCardDispenser", "open_dispenser"]


def open_dispenser(url: str) -> SerialCardDispenser:
    """The dispenser a config URL names. The port itself is opened on first use."""
    if url.split(":", 1)[0] != "tty":
        raise ValueError(f"devices.dispenser = {url!r}: expected 'sim:[?options]' or "
                         f"{grammar(OPTIONS).removeprefix('expected ')}")
    return SerialCardDispenser.from_url(url)
