"""Key cards over NFC with nfcpy: the encoder driver and the card simulator.

``devices.key_encoder`` in the config takes an nfcpy path (``usb``, ``usb:072f:2200``,
``usb:001:009``, ``tty:USB0:pn532``, ``udp:HOST:PORT``); the devices registry hands it to
:func:`open_key_encoder`. The card format is in docs/keycard.md.
"""

from __future__ import annotations

import re

from devices.nfc.driver import NfcKeyEncoder
from devices.nfc.errors import (
    CardError,
    CardLocked,
    CardTooSmall,
    CardTorn,
    DeviceError,
    DeviceGone,
    DeviceTimeout,
    ForeignCard,
    NoCard,
)
from devices.nfc.keytag import NfcCard

GRAMMAR = ("expected an nfcpy reader path: 'usb', 'usb:VID[:PID]' (usb:072f:2200), "
           "'usb:BUS[:DEV]' (usb:001:009), 'tty:PORT[:DRIVER]' (tty:USB0:pn532), "
           "'udp[:HOST[:PORT]]' (the card simulator), or 'sim:' for the simulated encoder")
_PATH = re.compile(
    r"usb(:[0-9a-fA-F]{3,4}(:[0-9a-fA-F]{3,4})?)?"   # usb, usb:VID[:PID], usb:BUS[:DEV]
    r"|tty:[\w./-]+(:\w+)?"                           # tty:USB0, tty:USB0:pn532
    r"|udp(:[\w.-]*(:\d{1,5})?)?"                     # udp, udp:HOST, udp:HOST:PORT
)


def open_key_encoder(url: str, *, site_key: bytes | None = None) -> NfcKeyEncoder:
    """The NFC key encoder at an nfcpy path. Only the path is checked here; the reader is
    opened on first use (a kiosk starts without its reader and reports it offline)."""
    if not _PATH.fullmatch(url):
        raise ValueError(f"devices.key_encoder = {url!r}: {GRAMMAR}")
    return NfcKeyEncoder(url, site_key=site_key)


__all__ = [
    "CardError",
    "CardLocked",
    "CardTooSmall",
    "CardTorn",
    "DeviceError",
    "DeviceGone",
    "DeviceTimeout",
    "ForeignCard",
    "NfcCard",
    "NfcKeyEncoder",
    "NoCard",
    "open_key_encoder",
]
