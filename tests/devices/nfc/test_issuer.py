"""The check-in's KeyIssuer through the real NFC driver and the card simulator: a fresh card
is put at the encoder at each dispense, as the dispenser simulator will do."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from pathlib import Path

import pytest

from devices.nfc import NfcCard, open_key_encoder
from devices.nfc.card_sim import RunningSim
from kiosk import keycard
from kiosk.clock import FakeClock
from kiosk.db import open_store
from kiosk.keys import KeyIssuer

from .conftest import SITE_KEY

pytestmark = pytest.mark.slow  # the card simulator runs as a separate process


class CardSimDispenser:
    """A CardDispenser whose every dispense inserts a fresh blank card into the simulator."""

    def __init__(self, sim: RunningSim) -> None:
        self.sim = sim
        self.presented: list[str] = []
        self.rejected = 0

    async def to_encoder(self) -> None:
        self.sim.control.insert("blank")

    async def present(self) -> None:
        self.presented.append(self.sim.control.dump()["uid"])
        self.sim.control.remove()

    async def reject(self) -> None:
        self.rejected += 1
        self.sim.control.remove()

    async def capture(self) -> None:
        """Nothing waits at the gate in this test."""


def test_key_issuer_issues_protected_cards(sim: RunningSim, tmp_path: Path,
                                           clock: FakeClock) -> None:
    store = open_store(tmp_path / "kiosk.db", clock)
    with store.transaction() as tx:
        tx.execute("INSERT INTO guests (first_name, last_name, last_name_key, created_at)"
                   " VALUES ('Aino', 'Virtanen', 'virtanen', ?)", (clock.now_iso(),))
        tx.execute("INSERT INTO bookings (code, site, guest_id, arrival, departure, created_at,"
                   " updated_at) VALUES ('AURA2345', 'HEL01', 1, '2026-11-25', '2026-11-27',"
                   " ?, ?)", (clock.now_iso(), clock.now_iso()))
    encoder = open_key_encoder(sim.radio_url, site_key=SITE_KEY)
    dispenser = CardSimDispenser(sim)
    issuer = KeyIssuer(store, encoder, dispenser, SITE_KEY, "HEL01", clock)
    try:
        issued = asyncio.run(issuer.issue("AURA2345", ["312"], 2, clock.now(),
                                          clock.now() + timedelta(days=2)))
    finally:
        asyncio.run(encoder.close())
        store.close()
    assert [c.card_number for c in issued] == [1, 2] and dispenser.rejected == 0
    assert len(set(dispenser.presented)) == 2  # two different cards went to the gate
    last = issuer.last_written
    assert isinstance(last, NfcCard) and last.protected
    assert keycard.verify(last.uid, last.data, SITE_KEY, now=clock.now(),
                          site="HEL01").verdict == keycard.Verdict.VALID
