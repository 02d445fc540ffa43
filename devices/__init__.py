"""Drivers and simulators for every device kind. No Qt import.

A device is chosen by a URL-like string from the config, as nfcpy and pyserial do:
``sim:`` (with options such as ``sim:?outcomes=decline,approve``) selects a simulator;
any other scheme is handed to the real driver of that kind (``devices/<kind>/``), which
states its own grammar when the URL does not fit.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import Any

from devices.sim import (
    SimCardDispenser,
    SimCardPath,
    SimDocumentReader,
    SimKeyEncoder,
    SimPaymentTerminal,
    SimReceiptPrinter,
    SimScanner,
    parse_sim_url,
)
from devices.sim.badge import SimBadgeReader
from kiosk.config import DevicesSection
from kiosk.ports import (
    CardDispenser,
    CodeScanner,
    DocumentReader,
    KeyEncoder,
    PaymentTerminal,
    ReceiptPrinter,
)
from kiosk.staff import BadgeReader


@dataclass
class Devices:
    payment: PaymentTerminal
    key_encoder: KeyEncoder
    dispenser: CardDispenser
    scanner: CodeScanner
    document_reader: DocumentReader
    printer: ReceiptPrinter
    # Last and with a default: code that builds Devices by hand needs no staff reader.
    staff_reader: BadgeReader = field(default_factory=SimBadgeReader)


# kind -> (driver module, its factory). A driver module is imported only when configured.
DRIVERS: dict[str, tuple[str, str]] = {
    "key_encoder": ("devices.nfc", "open_key_encoder"),
    "dispenser": ("devices.dispenser", "open_dispenser"),
    "scanner": ("devices.scanner", "open_scanner"),
    "document_reader": ("devices.scanner", "open_document_reader"),
    "printer": ("devices.printer", "open_printer"),
    "staff_reader": ("devices.nfc.badge", "open_staff_reader"),
}


def _real(kind: str, url: str) -> Any:
    if ":" not in url and url not in ("usb", "tty"):
        raise ValueError(f"devices.{kind} = {url!r}: expected 'sim:[?option=value&...]' or a "
                         "driver URL such as 'tty:/dev/ttyUSB0?baud=9600'")
    module_name, factory = DRIVERS.get(kind, ("", ""))
    try:
        module = importlib.import_module(module_name) if module_name else None
    except ModuleNotFoundError:
        module = None
    if module is None or not hasattr(module, factory):
        raise ValueError(f"devices.{kind} = {url!r}: only 'sim:' is available for this device "
                         "kind in this build")
    return getattr(module, factory)(url)


def open_devices(section: DevicesSection) -> Devices:
    """Open every configured device. A bad URL raises and states the grammar."""
    # Simulated dispenser and encoder share one card path (the card moves between them).
    path = SimCardPath()
    shared = section.staff_reader == section.key_encoder
    if shared and section.staff_reader.split(":", 1)[0] != "sim":
        # Two drivers cannot hold one nfcpy reader, and badge polls would meet key cards.
        raise ValueError(f"devices.staff_reader = {section.staff_reader!r}: the key encoder "
                         "uses this reader; give the staff cards a reader of their own")

    def pick(kind: str, options: dict[str, type], sim: Any) -> Any:
        url = getattr(section, kind)
        if url.split(":", 1)[0] == "sim":
            return sim(parse_sim_url(kind, url, options))
        return _real(kind, url)

    return Devices(
        payment=pick("payment", SimPaymentTerminal.OPTIONS, SimPaymentTerminal.from_options),
        key_encoder=pick("key_encoder", SimKeyEncoder.OPTIONS,
                         lambda o: SimKeyEncoder(path, **o)),
        dispenser=pick("dispenser", SimCardDispenser.OPTIONS,
                       lambda o: SimCardDispenser(path, **o)),
        scanner=pick("scanner", {}, lambda o: SimScanner()),
        document_reader=pick("document_reader", {}, lambda o: SimDocumentReader()),
        printer=pick("printer", SimReceiptPrinter.OPTIONS, lambda o: SimReceiptPrinter(**o)),
        staff_reader=pick("staff_reader", {}, lambda o: SimBadgeReader()),
    )
