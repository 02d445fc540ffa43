"""The staff card reader on an nfcpy reader, used read-only: only the card's UID counts.

``devices.staff_reader`` takes an nfcpy path, as the key encoder does; the reader is
driven by :class:`devices.nfc.NfcKeyEncoder` (its one worker thread does the blocking
nfcpy work, so the loop never waits), polled about twice a second. A card is reported
once per presentation: a card left lying on the reader is not a second tap.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping

from devices.nfc import open_key_encoder
from devices.nfc.driver import NfcKeyEncoder
from devices.nfc.errors import CardError, DeviceError
from kiosk.ports import DeviceStatus

log = logging.getLogger("devices.nfc.badge")

POLL_S = 0.5           # a tap is seen within half a second
CARD_WAIT_S = 0.2      # one poll looks this long for a card, so polls stay short
ERROR_PAUSE_S = 2.0    # a reader in trouble is asked again after this; the supervisor reports


class NfcBadgeReader:
    """The :class:`kiosk.staff.BadgeReader` port on an nfcpy reader."""

    kind = "staff_reader"
    driver = "nfcpy"

    def __init__(self, encoder: NfcKeyEncoder, *, poll_s: float = POLL_S,
                 error_pause_s: float = ERROR_PAUSE_S) -> None:
        self.encoder = encoder
        self.poll_s = poll_s
        self.error_pause_s = error_pause_s
        self._present: bytes | None = None   # the card on the reader now, if any

    async def next_badge(self) -> bytes:
        """The UID of the next card presented; ``b""`` for a card whose UID cannot be
        used (not a Type 2 tag with a 7-byte UID: the driver does not say which)."""
        loop = asyncio.get_running_loop()
        while True:
            started = loop.time()
            try:
                card = await self.encoder.read()
                uid: bytes | None = None if card is None else bytes(card.uid)
            except CardError:
                uid = b""
            except DeviceError:
                # The encoder has set its health (the supervisor shows it); keep trying.
                self._present = None
                await asyncio.sleep(self.error_pause_s)
                continue
            if uid is not None and uid != self._present:
                self._present = uid
                return uid
            self._present = uid
            await asyncio.sleep(max(0.0, self.poll_s - (loop.time() - started)))

    async def probe(self) -> DeviceStatus:
        status = await self.encoder.probe()
        return DeviceStatus(self.kind, self.kind, self.driver, status.status, status.detail)

    def device_info(self) -> Mapping[str, str]:
        return self.encoder.device_info()

    async def close(self) -> None:
        await self.encoder.close()


def open_staff_reader(url: str) -> NfcBadgeReader:
    """The staff card reader at an nfcpy path (checked here; opened on first use)."""
    try:
        encoder = open_key_encoder(url)
    except ValueError as exc:
        raise ValueError(str(exc).replace("devices.key_encoder", "devices.staff_reader")
                         .replace(" for the simulated encoder", " for the simulated reader")
                         ) from None
    encoder.card_wait = CARD_WAIT_S
    return NfcBadgeReader(encoder)
