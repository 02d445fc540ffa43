"""ESC/POS for the check-in slip: the layout (rendered with python-escpos) and the
real-time status bytes (``DLE EOT n``) that tell paper out and cover open.

Status bytes follow the ESC/POS reference: bit 1 and bit 4 are always 1, bit 0 and
bit 7 always 0, which lets us refuse noise instead of misreading it.

* ``DLE EOT 2`` (offline cause): bit 2 cover open, bit 5 stopped by paper end, bit 6
  an error occurred.
* ``DLE EOT 4`` (roll paper sensor): bits 2-3 paper near its end, bits 5-6 paper end.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from escpos.constants import QR_ECLEVEL_M
from escpos.printer import Dummy

from devices.transport.errors import DeviceError
from kiosk.errors import DeviceFault
from kiosk.ports import CheckInSlip

DLE_EOT_OFFLINE: Final = b"\x10\x04\x02"
DLE_EOT_PAPER: Final = b"\x10\x04\x04"
_FIXED_MASK: Final = 0x93   # bits 0, 1, 4, 7
_FIXED_BITS: Final = 0x12   # bits 1 and 4 set, bits 0 and 7 clear
QR_SIZE: Final = 6          # module size in dots: ~25 mm for a 29-module code at 180 dpi


class PrinterFault(DeviceFault):
    """The printer cannot print the slip now; staff see the detail."""

    message_id = "printer_fault"


class PaperOut(PrinterFault):
    message_id = "printer_paper_out"


class CoverOpen(PrinterFault):
    message_id = "printer_cover_open"


class PrinterProtocolError(DeviceError):
    """A status byte that cannot be one (noise on the line, a wrong device)."""


@dataclass(frozen=True)
class PrinterState:
    cover_open: bool = False
    paper_out: bool = False
    paper_low: bool = False
    error: bool = False


def parse_status(offline: int, paper: int) -> PrinterState:
    """The answers to ``DLE EOT 2`` and ``DLE EOT 4``."""
    for name, byte in (("offline", offline), ("paper", paper)):
        if byte & _FIXED_MASK != _FIXED_BITS:
            raise PrinterProtocolError(f"not an ESC/POS {name} status byte: {byte:02X}")
    return PrinterState(cover_open=bool(offline & 0x04),
                        paper_out=bool(offline & 0x20) or paper & 0x60 == 0x60,
                        paper_low=paper & 0x0C == 0x0C,
                        error=bool(offline & 0x40))


def status_bytes(state: PrinterState) -> tuple[int, int]:
    """What a printer in ``state`` answers to DLE EOT 2 and DLE EOT 4 (simulator, tests)."""
    offline = _FIXED_BITS | (0x04 if state.cover_open else 0) \
        | (0x20 if state.paper_out else 0) | (0x40 if state.error else 0)
    paper = _FIXED_BITS | (0x0C if state.paper_low or state.paper_out else 0) \
        | (0x60 if state.paper_out else 0)
    return offline, paper


@dataclass(frozen=True)
class SlipLabels:
    """The slip's fixed words; the caller passes them translated to the guest's language."""

    welcome: str = "Welcome, {name}!"
    room: str = "Room"
    rooms: str = "Rooms"
    floor: str = "Floor {floor}"
    departure: str = "Departure {date}, check-out by {time}"
    wifi: str = "Wi-Fi"
    password: str = "Password"
    scan: str = "Scan for your booking"


def render_slip(slip: CheckInSlip, labels: SlipLabels | None = None) -> bytes:
    """The ESC/POS bytes of the check-in slip, ending with the cut."""
    lab = labels or SlipLabels()
    p = Dummy()
    p.hw("INIT")
    p.set(align="center", bold=True, double_width=True, double_height=True)
    p.textln(slip.hotel)
    p.set(normal_textsize=True, bold=False)
    p.ln()
    if slip.first_name:
        p.textln(lab.welcome.format(name=slip.first_name))
        p.ln()
    p.textln(lab.rooms if len(slip.rooms) > 1 else lab.room)
    p.set(bold=True, double_width=True, double_height=True)
    p.textln(", ".join(slip.rooms))
    p.set(normal_textsize=True, bold=False)
    if slip.floor:
        p.textln(lab.floor.format(floor=slip.floor))
    if slip.wayfinding:
        p.set(align="left")
        p.block_text(slip.wayfinding, columns=42)
        p.ln()
        p.set(align="center")
    p.ln()
    p.textln(lab.departure.format(date=slip.departure, time=slip.checkout_until))
    if slip.wifi_ssid:
        p.ln()
        p.set(bold=True)
        p.textln(f"{lab.wifi}: {slip.wifi_ssid}")
        p.set(bold=False)
        if slip.wifi_password:
            p.textln(f"{lab.password}: {slip.wifi_password}")
    if slip.qr_text:
        p.ln()
        # native: the printer draws the code from its text (GS ( k), a few bytes
        # instead of a raster image, and sharp at any dot density.
        p.qr(slip.qr_text, ec=QR_ECLEVEL_M, size=QR_SIZE, native=True)
        p.textln(lab.scan)
    p.cut()
    return bytes(p.output)
