"""Simulated devices: the same ports as real drivers, with injectable faults."""

from devices.sim.cards import SimCardDispenser, SimCardPath, SimKeyEncoder
from devices.sim.options import parse_sim_url
from devices.sim.payment import SimPaymentTerminal
from devices.sim.printer import SimReceiptPrinter
from devices.sim.readers import SimDocumentReader, SimScanner

__all__ = [
    "SimCardDispenser",
    "SimCardPath",
    "SimDocumentReader",
    "SimKeyEncoder",
    "SimPaymentTerminal",
    "SimReceiptPrinter",
    "SimScanner",
    "parse_sim_url",
]
