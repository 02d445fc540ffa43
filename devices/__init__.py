"""Drivers and simulators for every device kind. No Qt import.

A device is chosen by a URL-like string from the config, as nfcpy and pyserial do:
``sim:`` (with options such as ``sim:?outcomes=decline,approve``) selects a simulator.
Real drivers arrive with their own schemes (``tty:``, ``usb:``, ``udp:``).
"""

from __future__ import annotations

from dataclasses import dataclass

from devices.sim import (
    SimCardDispenser,
    SimCardPath,
    SimDocumentReader,
    SimKeyEncoder,
    SimPaymentTerminal,
    SimScanner,
    parse_sim_url,
)
from kiosk.config import DevicesSection
from kiosk.ports import CardDispenser, CodeScanner, DocumentReader, KeyEncoder, PaymentTerminal


@dataclass
class Devices:
    payment: PaymentTerminal
    key_encoder: KeyEncoder
    dispenser: CardDispenser
    scanner: CodeScanner
    document_reader: DocumentReader


def _scheme(kind: str, url: str) -> str:
    scheme = url.split(":", 1)[0]
    if scheme != "sim" or ":" not in url:
        raise ValueError(
            f"devices.{kind} = {url!r}: expected 'sim:' or 'sim:?option=value&...'; "
            "real drivers (tty:, usb:, udp:) are not available in this build yet"
        )
    return scheme


def open_devices(section: DevicesSection) -> Devices:
    """Open every configured device. Unknown schemes raise and state the grammar."""
    for kind in ("payment", "key_encoder", "dispenser", "scanner", "document_reader"):
        _scheme(kind, getattr(section, kind))
    # The simulated dispenser moves cards onto the simulated encoder: one card path.
    path = SimCardPath()
    return Devices(
        payment=SimPaymentTerminal.from_options(parse_sim_url("payment", section.payment)),
        key_encoder=SimKeyEncoder(path, **parse_sim_url("key_encoder", section.key_encoder,
                                                        SimKeyEncoder.OPTIONS)),
        dispenser=SimCardDispenser(path, **parse_sim_url("dispenser", section.dispenser,
                                                         SimCardDispenser.OPTIONS)),
        scanner=SimScanner(),
        document_reader=SimDocumentReader(),
    )
