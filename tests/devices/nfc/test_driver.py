"""The NFC key encoder against the NTAG215 simulator, through nfcpy's udp link: every
outcome a card at the encoder can have, and the password that guards written pages."""

from __future__ import annotations

import asyncio
import logging
import time

import nfc
import nfc.tag.tt2
import pytest

from devices import open_devices
from devices.nfc import (
    CardLocked,
    CardTooSmall,
    CardTorn,
    DeviceError,
    DeviceGone,
    DeviceTimeout,
    ForeignCard,
    NfcCard,
    NfcKeyEncoder,
    NoCard,
    open_key_encoder,
    type2,
)
from devices.nfc.card_sim import RunningSim
from devices.nfc.keytag import card_data_from_memory
from kiosk import keycard
from kiosk.config import DevicesSection
from kiosk.errors import DeviceFault, KeyEncodingFailed
from kiosk.keycard import Verdict
from kiosk.ports import Health

from .conftest import SITE_KEY, UID_A, UID_B, credential, verdict

pytestmark = pytest.mark.slow  # the card simulator runs as a separate process


def memory(sim: RunningSim) -> bytes:
    return bytes.fromhex(sim.control.dump()["memory"])


def page(mem: bytes, n: int) -> bytes:
    return mem[n * 4:n * 4 + 4]


def test_write_reads_back_a_valid_protected_key(sim: RunningSim,
                                                encoder: NfcKeyEncoder) -> None:
    sim.control.insert("blank", uid=UID_A)
    card = asyncio.run(encoder.read())
    assert isinstance(card, NfcCard) and card.uid == UID_A and card.data == b""
    data = credential(card.uid)

    written = asyncio.run(encoder.write(data))
    assert isinstance(written, NfcCard)
    assert (written.uid, written.data, written.product, written.content, written.protected) \
        == (UID_A, data, "NTAG215", "key", True)
    assert verdict(written.uid, written.data) == Verdict.VALID

    # What is on the card, byte for byte: one NDEF TLV holding one MIME record, the
    # password and PACK derived for this UID, AUTH0 guarding every data page.
    mem = memory(sim)
    message = keycard.to_ndef(data)
    assert mem[16:18] == bytes([0x03, len(message)]) and mem[18:18 + len(message)] == message
    assert mem[18 + len(message)] == 0xFE
    pwd, pack = keycard.card_password(SITE_KEY, UID_A)
    assert page(mem, 133) == pwd and page(mem, 134)[:2] == pack
    assert page(mem, 131)[3] == type2.PROTECT_FROM and page(mem, 132)[0] & 0x80 == 0

    again = asyncio.run(encoder.read())
    assert again == written
    stats = encoder.last_operation
    assert stats is not None and stats.pages_written == 0 and stats.exchanges < 12


def test_re_encoding_a_protected_card_uses_its_password(sim: RunningSim,
                                                       encoder: NfcKeyEncoder) -> None:
    sim.control.insert("blank", uid=UID_A)
    asyncio.run(encoder.write(credential(UID_A, generation=1)))
    second = credential(UID_A, generation=2, rooms=("312", "314"))
    written = asyncio.run(encoder.write(second))
    assert written.data == second and verdict(UID_A, written.data) == Verdict.VALID
    stats = encoder.last_operation
    assert stats is not None and stats.pages_written == len(type2.ndef_tlv(
        keycard.to_ndef(second), 496)) // 4 + 1  # data pages and the zero-length header


def test_protected_pages_refuse_overwrite_without_the_password(sim: RunningSim,
                                                               encoder: NfcKeyEncoder) -> None:
    sim.control.insert("blank", uid=UID_A)
    asyncio.run(encoder.write(credential(UID_A)))
    before = memory(sim)

    # Any NFC writer (nfcpy's own tag API here) is refused with NAK on a guarded page.
    clf = nfc.ContactlessFrontend(sim.radio_url)
    try:
        tag = clf.connect(rdwr={"targets": ["106A"], "on-connect": lambda tag: False,
                                "beep-on-connect": False})
        assert isinstance(tag, nfc.tag.tt2.Type2Tag)
        with pytest.raises(nfc.tag.tt2.Type2TagCommandError):
            tag.write(5, b"\x00\x00\x00\x00")
    finally:
        clf.close()
    assert memory(sim) == before

    # A kiosk of another site (another key, so another password) cannot re-encode it.
    other = open_key_encoder(sim.radio_url, site_key=b"another-site-key-0123456789")
    try:
        with pytest.raises(CardLocked) as refused:
            asyncio.run(other.write(credential(UID_A, key=b"another-site-key-0123456789")))
    finally:
        asyncio.run(other.close())
    assert isinstance(refused.value, KeyEncodingFailed)
    assert memory(sim) == before


def test_blank_card(sim: RunningSim, encoder: NfcKeyEncoder) -> None:
    sim.control.insert("blank")
    card = asyncio.run(encoder.read())
    assert isinstance(card, NfcCard) and (card.data, card.content) == (b"", "blank")
    assert verdict(card.uid, card.data) == Verdict.BLANK


def test_foreign_ndef_card_reads_as_foreign_and_can_be_reused(sim: RunningSim,
                                                              encoder: NfcKeyEncoder) -> None:
    sim.control.insert("foreign", uid=UID_B)
    card = asyncio.run(encoder.read())
    assert isinstance(card, NfcCard) and card.content == "ndef"
    assert card.data.startswith(b"\xd1\x01")  # the URI record, as it is on the card
    assert verdict(card.uid, card.data) == Verdict.FOREIGN
    written = asyncio.run(encoder.write(credential(UID_B)))
    assert verdict(written.uid, written.data) == Verdict.VALID


def test_a_type4_card_is_foreign_and_never_written(sim: RunningSim,
                                                  encoder: NfcKeyEncoder) -> None:
    sim.control.insert("type4")
    with pytest.raises(ForeignCard, match="Type4Tag"):
        asyncio.run(encoder.read())
    with pytest.raises(ForeignCard) as refused:
        asyncio.run(encoder.write(credential(UID_A)))
    assert isinstance(refused.value, KeyEncodingFailed)
    assert encoder.health == Health.OK  # the reader is fine; the card is wrong


def test_no_card(sim: RunningSim, encoder: NfcKeyEncoder) -> None:
    sim.control.remove()
    assert asyncio.run(encoder.read()) is None
    with pytest.raises(NoCard):
        asyncio.run(encoder.write(credential(UID_A)))


def test_a_tear_mid_write_leaves_a_blank_card_and_a_clear_error(
        sim: RunningSim, encoder: NfcKeyEncoder) -> None:
    sim.control.insert("tear", uid=UID_A, tear_after=6)
    with pytest.raises(CardTorn, match="after 6 page writes") as torn:
        asyncio.run(encoder.write(credential(UID_A)))
    assert isinstance(torn.value, KeyEncodingFailed)
    state = sim.control.dump()
    assert state["gone"] and state["writes"] == 6
    # The NDEF length was still zero: the torn card holds no half key.
    assert card_data_from_memory(memory(sim), type2.NTAG215) == (b"", "blank")
    assert asyncio.run(encoder.read()) is None  # it left the field


def test_a_tear_before_auth0_leaves_the_card_unprotected(sim: RunningSim,
                                                         encoder: NfcKeyEncoder) -> None:
    data = credential(UID_A)
    data_writes = len(type2.ndef_tlv(keycard.to_ndef(data), 496)) // 4 + 1
    sim.control.insert("tear", uid=UID_A, tear_after=data_writes + 3)  # PWD, PACK, ACCESS
    with pytest.raises(CardTorn):
        asyncio.run(encoder.write(data))
    state = sim.control.dump()
    assert state["auth0"] == type2.AUTH0_OFF  # never guarded by a half-set password
    assert card_data_from_memory(memory(sim), type2.NTAG215) == (data, "key")


def test_other_models(sim: RunningSim, encoder: NfcKeyEncoder) -> None:
    sim.control.insert("blank", uid=UID_A, model="NTAG213")
    written = asyncio.run(encoder.write(credential(UID_A)))
    assert isinstance(written, NfcCard)
    assert (written.product, written.protected) == ("NTAG213", True)
    assert page(memory(sim), 43) == keycard.card_password(SITE_KEY, UID_A)[0]

    sim.control.insert("blank", uid=UID_A, model="MF0UL11")  # 48 bytes: too small
    with pytest.raises(CardTooSmall):
        asyncio.run(encoder.write(credential(UID_A)))


def test_copied_bytes_on_another_card_verify_as_copied(sim: RunningSim,
                                                       encoder: NfcKeyEncoder) -> None:
    sim.control.insert("blank", uid=UID_A)
    asyncio.run(encoder.write(credential(UID_A)))
    data_area = memory(sim)[16:16 + 128]
    sim.control.insert("blank", uid=UID_B)
    sim.control.send(f"poke 4 {data_area.hex()}")
    clone = asyncio.run(encoder.read())
    assert clone is not None and clone.uid == UID_B
    assert verdict(clone.uid, clone.data) == Verdict.COPIED


def test_without_a_site_key_nothing_is_written(sim: RunningSim) -> None:
    sim.control.insert("blank", uid=UID_A)
    before = memory(sim)
    enc = open_key_encoder(sim.radio_url)
    try:
        with pytest.raises(DeviceError, match="no site key"):
            asyncio.run(enc.write(credential(UID_A)))
    finally:
        asyncio.run(enc.close())
    assert memory(sim) == before


def test_reader_that_cannot_be_opened_is_offline() -> None:
    enc = open_key_encoder("tty:NOSUCHPORT9:pn532")
    try:
        with pytest.raises(DeviceGone) as gone:
            asyncio.run(enc.read())
        assert isinstance(gone.value, DeviceFault) and enc.health == Health.OFFLINE
        assert asyncio.run(enc.probe()).status == Health.OFFLINE
    finally:
        asyncio.run(enc.close())


def test_a_slow_operation_times_out_without_blocking_the_loop(sim: RunningSim) -> None:
    sim.control.remove()  # on the udp link an empty poll waits 1 s for an answer
    enc = NfcKeyEncoder(sim.radio_url, site_key=SITE_KEY, timeout=0.3)
    ticks = 0

    async def ticker() -> None:
        nonlocal ticks
        while True:
            await asyncio.sleep(0.01)
            ticks += 1

    async def main() -> None:
        task = asyncio.create_task(ticker())
        started = time.monotonic()
        with pytest.raises(DeviceTimeout):
            await enc.read()
        assert time.monotonic() - started < 2.0  # bounded, not a hang
        task.cancel()

    try:
        asyncio.run(main())
    finally:
        asyncio.run(enc.close())
    assert ticks >= 15  # the loop kept running while nfcpy blocked its own thread
    assert enc.health == Health.DEGRADED


def test_logs_never_name_the_card(sim: RunningSim, encoder: NfcKeyEncoder,
                                  caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="devices.nfc")
    sim.control.insert("blank", uid=UID_A)
    asyncio.run(encoder.write(credential(UID_A)))
    asyncio.run(encoder.read())
    assert caplog.records
    for record in caplog.records:
        text = record.getMessage() + repr(vars(record))
        assert UID_A.hex() not in text.lower() and UID_A.hex(":") not in text.lower()


@pytest.mark.parametrize("url", ["usb", "usb:072f:2200", "usb:001:009", "tty:USB0:pn532",
                                 "tty:AMA0", "udp", "udp:127.0.0.1:54321", "udp:kiosk-sim"])
def test_nfcpy_paths_are_accepted(url: str) -> None:
    asyncio.run(open_key_encoder(url).close())


@pytest.mark.parametrize("url", ["nfc:usb", "usb:zz", "udp:host:port", "tty", "usb?x=1", ""])
def test_bad_paths_state_the_grammar(url: str) -> None:
    with pytest.raises(ValueError, match="expected an nfcpy reader path"):
        open_key_encoder(url)


def test_the_registry_opens_the_nfc_encoder() -> None:
    devices = open_devices(DevicesSection(key_encoder="udp:127.0.0.1:54321"))
    assert isinstance(devices.key_encoder, NfcKeyEncoder)
    asyncio.run(devices.key_encoder.close())


def test_simulator_control_errors_are_answers(sim: RunningSim) -> None:
    for command, message in [("insert plastic", "plastic"), ("insert blank colour=red",
                                                             "colour"),
                             ("frobnicate", "unknown command"), ("insert blank uid=zz",
                                                                 "non-hexadecimal")]:
        with pytest.raises(RuntimeError, match=message):
            sim.control.send(command)
    assert sim.control.send("ping")["frames"] > 0


def test_probe_reports_health_for_the_supervisor(sim: RunningSim,
                                                 encoder: NfcKeyEncoder) -> None:
    status = asyncio.run(encoder.probe())
    assert (status.name, status.driver, status.status) == ("key_encoder", "nfcpy", Health.OK)
    assert "udp" in encoder.device_info()["model"]
    sim.control.insert("blank", uid=UID_A)
    asyncio.run(encoder.read())
    assert encoder.counters["reads"] == 1 and encoder.counters["retries"] == 0
