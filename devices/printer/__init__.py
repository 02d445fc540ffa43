"""ESC/POS receipt printers (serial, USB, network) through python-escpos, with a pty
simulator. ``devices.open_devices`` hands every non-``sim:`` printer URL to
:func:`open_printer`."""

from __future__ import annotations

from devices.printer.driver import EscPosPrinter
from devices.printer.protocol import CoverOpen, PaperOut, PrinterFault, SlipLabels, render_slip

__all__ = ["CoverOpen", "EscPosPrinter", "PaperOut", "PrinterFault", "SlipLabels",
           "open_printer", "render_slip"]


def open_printer(url: str) -> EscPosPrinter:
    """The printer a config URL names (``tty:``, ``usb:VID:PID``, ``tcp:HOST:PORT``)."""
    return EscPosPrinter.from_url(url)
