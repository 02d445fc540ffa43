"""A simulated receipt printer that keeps what it printed, with paper-out by option."""

from __future__ import annotations

from typing import ClassVar

from kiosk.errors import DeviceFault
from kiosk.ports import CheckInSlip, DeviceStatus, Health


class PaperOut(DeviceFault):
    message_id = "printer_paper_out"


class SimReceiptPrinter:
    OPTIONS: ClassVar[dict[str, type]] = {"paper": int}

    def __init__(self, paper: int = 1000) -> None:
        self.paper = paper  # slips left on the roll
        self.printed: list[CheckInSlip] = []

    async def print_slip(self, slip: CheckInSlip) -> None:
        if self.paper <= 0:
            raise PaperOut("printer: paper out")
        self.paper -= 1
        self.printed.append(slip)

    async def probe(self) -> DeviceStatus:
        """Health for the supervisor: paper out is offline, a short roll degraded."""
        if self.paper <= 0:
            return DeviceStatus("printer", "printer", "sim", Health.OFFLINE, "paper out")
        if self.paper < 20:
            return DeviceStatus("printer", "printer", "sim", Health.DEGRADED, "paper low")
        return DeviceStatus("printer", "printer", "sim", Health.OK, "simulated")
