"""A whole check-in through the real drivers and their real transports: the CRT-591
serial driver against the dispenser simulator on a pseudo-terminal, the nfcpy encoder
against the NTAG215 card simulator over nfcpy's udp front-end. The dispenser simulator
puts each card it feeds into the NFC simulator's field, as the antenna at the encoding
position would see it."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from devices import Devices
from devices.dispenser import open_dispenser
from devices.dispenser.simulator import DispenserSimulator
from devices.nfc import open_key_encoder
from devices.nfc.card_sim import SimControl, running_card_sim
from devices.sim import SimDocumentReader, SimPaymentTerminal, SimReceiptPrinter, SimScanner
from kiosk import keycard
from kiosk.checkin import CheckInDesk, CheckInState
from kiosk.config import Config, HotelSection
from kiosk.db import Store
from kiosk.demo import DEMO_SIMPLE, load_demo
from kiosk.keys import current_generation

SITE_KEY = b"real-drivers-site-key-0123456789"
FAST = "timeout=0.5&ack_timeout=0.08&retries=2&take_timeout=2&poll=0.02"
STROKES = [[(10.0, 10.0), (50.0, 40.0), (90.0, 15.0), (140.0, 50.0), (200.0, 30.0)]]


@pytest.mark.slow
def test_check_in_issues_protected_cards_through_the_real_drivers(store: Store,
                                                                  tmp_path: Path) -> None:
    load_demo(store, store.clock.today())
    with running_card_sim("none") as nfc:
        field = SimControl(nfc.control.sock.getpeername()[0] + ":" +
                           str(nfc.control.sock.getpeername()[1]))
        with DispenserSimulator(tmp_path / "dispenser", cards=10, rf_field=field) as unit:
            dispenser = open_dispenser(f"tty:{unit.path}?{FAST}")
            encoder = open_key_encoder(nfc.radio_url, site_key=SITE_KEY)
            devices = Devices(payment=SimPaymentTerminal(), key_encoder=encoder,
                              dispenser=dispenser, scanner=SimScanner(),
                              document_reader=SimDocumentReader(), printer=SimReceiptPrinter())
            config = Config(hotel=HotelSection(checkin_from="00:00"))
            desk = CheckInDesk(store, config, devices, SITE_KEY)
            c = desk.start("en")

            async def walk() -> None:
                await c.find_by_code(DEMO_SIMPLE)
                await c.confirm_details()
                values = c.registration_values()
                values.update(date_of_birth="1985-04-12", nationality="FIN", address="Katu 1",
                              city="Helsinki", postal_code="00100", country="FIN")
                await c.sign_registration(values, STROKES, 400, 150)
                await c.set_parking(None)
                await c.assign_rooms()
                await c.authorise_payment()
                await c.issue_keys(2)
                await encoder.close()
                await dispenser.close()

            asyncio.run(walk())
            assert c.state == CheckInState.DONE
            assert unit.taken == 2 and unit.in_bin == 0
            # The last card written is what the guest holds: it opens the room, now.
            written = desk.keys.last_written
            assert written is not None
            verdict = keycard.verify(written.uid, written.data, SITE_KEY,
                                     now=store.clock.now(), site="HEL01",
                                     current_generation=lambda b: current_generation(store, b))
            assert verdict.verdict == keycard.Verdict.VALID
            cards = store.read().all("SELECT status FROM key_cards WHERE booking_code = ?",
                                     (DEMO_SIMPLE,))
            assert [r["status"] for r in cards] == ["issued", "issued"]
