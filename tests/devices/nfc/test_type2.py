"""Type 2 memory and the card emulation, without a radio: arbitrary bytes as card memory or
NDEF payload never crash the driver's parser or the verifier."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from devices.nfc import type2
from devices.nfc.emulated_tag import NAK, EmulatedTag, Kind, State, factory_memory
from devices.nfc.keytag import card_data_from_memory, content_of, read_content
from devices.nfc.tagio import OperationStats, PageRefused
from kiosk import keycard
from kiosk.keycard import Verdict

from .conftest import NOW, SITE_KEY, UID_A, credential

NTAG215 = type2.NTAG215


class MemorySession:
    """Stands in for TagSession: READ over a memory image, as the tag would answer."""

    def __init__(self, mem: bytes, pages: int) -> None:
        self.mem, self.pages, self.stats = mem, pages, OperationStats()

    def read16(self, page: int) -> bytes:
        if page >= self.pages:
            raise PageRefused(0x30, page)
        return b"".join(self.mem[(p % self.pages) * 4:(p % self.pages) * 4 + 4].ljust(4, b"\0")
                        for p in range(page, page + 4))


def image_with(area: bytes, model: type2.TagModel = NTAG215) -> bytes:
    mem = bytearray(factory_memory(UID_A, model))
    mem[16:16 + len(area)] = area
    return bytes(mem)


def _tlv(t: int, value: bytes, long: bool) -> bytes:
    if t in (type2.TLV_NULL, type2.TLV_TERMINATOR):
        return bytes([t])
    n = len(value)
    return bytes([t]) + (bytes([0xFF]) + n.to_bytes(2, "big") if long else bytes([n & 0xFF])) \
        + value


# Data areas shaped like TLVs (lock, memory, NDEF, proprietary, terminator, and lengths that
# lie), NDEF messages inside them, and plain noise; behind a formatted header or not.
tlv_areas = st.lists(st.builds(_tlv, st.sampled_from([0x00, 0x01, 0x02, 0x03, 0xFD, 0xFE, 0x42]),
                               st.one_of(st.binary(max_size=80),
                                         st.binary(max_size=80).map(keycard.to_ndef)),
                               st.booleans()), max_size=6).map(b"".join)
areas = st.one_of(tlv_areas, st.binary(max_size=520))
images = st.one_of(areas.map(image_with), st.binary(max_size=600))


@given(images)
def test_any_memory_image_gives_an_answer(mem: bytes) -> None:
    data, content = card_data_from_memory(mem, NTAG215)
    assert content in ("key", "blank", "ndef", "raw")
    assert isinstance(keycard.verify(UID_A, data, SITE_KEY, now=NOW, site="HEL01").verdict,
                      Verdict)


@settings(max_examples=200)
@given(images)
def test_the_drivers_progressive_read_agrees_with_the_whole_image(mem: bytes) -> None:
    full = mem[:NTAG215.pages * 4].ljust(NTAG215.pages * 4, b"\0")
    session = MemorySession(full, NTAG215.pages)
    content = read_content(session, NTAG215)  # type: ignore[arg-type]
    assert (content.data, content.content) == card_data_from_memory(full, NTAG215)


@given(areas, st.integers(min_value=0, max_value=1000), st.booleans())
def test_parse_data_area_never_raises(area: bytes, capacity: int, formatted: bool) -> None:
    parsed = type2.parse_data_area(area, capacity, formatted)
    if isinstance(parsed, type2.NeedMore):
        assert min(len(area), capacity) < parsed.upto <= capacity


@given(st.binary(max_size=400))
def test_any_ndef_payload_round_trips(payload: bytes) -> None:
    message = keycard.to_ndef(payload)
    assert keycard.from_ndef(message) == payload
    tlv = type2.ndef_tlv(message, 496)
    assert card_data_from_memory(image_with(tlv), NTAG215) == (payload,
                                                              "key" if payload else "blank")


@given(st.binary(max_size=300))
def test_any_ndef_message_bytes_are_classified(message: bytes) -> None:
    credential_or_none = keycard.from_ndef(message)
    data, _content = content_of(type2.Ndef(message))
    assert data == (message if credential_or_none is None else credential_or_none)
    assert isinstance(keycard.verify(UID_A, data, SITE_KEY, now=NOW, site="HEL01").verdict,
                      Verdict)


def test_a_lobby_record_among_others_is_foreign() -> None:
    import ndef
    two = b"".join(ndef.message_encoder([ndef.Record(keycard.MIME_TYPE, "", b"\x01x"),
                                         ndef.UriRecord("https://example.com")]))
    assert keycard.from_ndef(two) is None


def test_tlv_layout() -> None:
    assert type2.ndef_tlv(b"\xaa" * 5, 496) == bytes.fromhex("0305aaaaaaaaaafe00")[:8]
    long = type2.ndef_tlv(b"\xaa" * 300, 496)
    assert long[:4] == bytes.fromhex("03ff012c") and long[304] == 0xFE
    exact = type2.ndef_tlv(b"\xaa" * 46, 48)  # fills the area: no room for a terminator
    assert len(exact) == 48 and exact[-1] == 0xAA
    assert type2.with_empty_length(bytes.fromhex("0352d219")) == bytes.fromhex("0300d219")


def test_blank_variants() -> None:
    assert type2.parse_data_area(bytes.fromhex("0300fe"), 496) == type2.Blank()
    assert type2.parse_data_area(bytes(16), 496) == type2.NeedMore(17)
    assert type2.parse_data_area(bytes(48), 48) == type2.Blank()
    assert type2.parse_data_area(bytes.fromhex("fe"), 496) == type2.Blank()
    assert type2.parse_data_area(bytes(16), 48, formatted=False) == type2.Blank()
    lock_then_ndef = bytes.fromhex("0103a0100c" "0303d00000" "fe")
    assert type2.parse_data_area(lock_then_ndef, 496) == type2.Ndef(bytes.fromhex("d00000"))


def test_model_table_is_consistent() -> None:
    for m in type2.MODELS:
        assert m.cc_size * 8 <= m.data_bytes
        if m.cfg_page is not None:
            assert type2.DATA_START + m.data_pages <= m.cfg_page < m.pack_page == m.pages - 1


# --- the emulated NTAG215 ---------------------------------------------------------------------

def selected(tag: EmulatedTag) -> EmulatedTag:
    cl1 = bytes([0x88]) + tag.uid[:3] + bytes([0x88 ^ tag.uid[0] ^ tag.uid[1] ^ tag.uid[2]])
    cl2 = tag.uid[3:] + bytes([tag.uid[3] ^ tag.uid[4] ^ tag.uid[5] ^ tag.uid[6]])
    assert tag.handle(b"\x26") == bytes.fromhex("4400")
    assert tag.handle(b"\x93\x20") == cl1 and tag.handle(b"\x93\x70" + cl1) == b"\x04"
    assert tag.handle(b"\x95\x20") == cl2 and tag.handle(b"\x95\x70" + cl2) == b"\x00"
    assert tag.state == State.ACTIVE
    return tag


def test_emulated_tag_commands() -> None:
    tag = selected(EmulatedTag(UID_A))
    assert tag.handle(b"\x60") == bytes.fromhex("0004040201001103")
    assert (tag.handle(b"\x30\x03") or b"")[:8] == bytes.fromhex("e1103e000300fe00")
    assert tag.handle(b"\x30\x85") == bytes(8) + tag.memory[0:8]  # PWD, PACK hidden; roll-over
    assert tag.handle(b"\x30\x87") == NAK and tag.state == State.IDLE
    selected(tag)
    assert tag.handle(b"\xa2\x01\x00\x00\x00\x00") == NAK  # UID pages are read-only
    selected(tag)
    assert tag.handle(b"\x1a\x00") is None and tag.state == State.IDLE  # silent, like NTAGs


def test_emulated_tag_password_semantics() -> None:
    tag = selected(EmulatedTag(UID_A))
    pwd, pack = bytes.fromhex("11223344"), bytes.fromhex("abcd")
    for page_no, data in ((133, pwd), (134, pack + b"\0\0"), (131, bytes.fromhex("04000004"))):
        assert tag.handle(bytes([0xA2, page_no]) + data) == b"\x0a"
    assert tag.handle(b"\xa2\x05\x00\x00\x00\x00") == NAK  # AUTH0 = 4 now guards writes
    selected(tag)
    assert tag.handle(b"\x30\x05") is not None and tag.state == State.ACTIVE  # reads stay open
    assert tag.handle(b"\x1b" + bytes(4)) == NAK
    selected(tag)
    assert tag.handle(b"\x1b" + pwd) == pack
    assert tag.handle(b"\xa2\x05\x01\x02\x03\x04") == b"\x0a"
    tag.rf_off()
    assert not tag.authenticated


def test_emulated_tag_tears_and_type4() -> None:
    tag = selected(EmulatedTag(UID_A, Kind.TEAR, tear_after=1))
    assert tag.handle(b"\xa2\x04\x03\x00\xfe\x00") == b"\x0a"
    assert tag.handle(b"\xa2\x05\x00\x00\x00\x00") is None and tag.gone
    assert tag.handle(b"\x26") is None
    iso = EmulatedTag(UID_A, Kind.TYPE4)
    iso.handle(b"\x26")
    cl1 = bytes([0x88]) + UID_A[:3] + bytes([0x88 ^ UID_A[0] ^ UID_A[1] ^ UID_A[2]])
    iso.handle(b"\x93\x70" + cl1)
    cl2 = UID_A[3:] + bytes([UID_A[3] ^ UID_A[4] ^ UID_A[5] ^ UID_A[6]])
    assert iso.handle(b"\x95\x70" + cl2) == b"\x20"


def test_credential_fits_the_smallest_ntag() -> None:
    tlv = type2.ndef_tlv(keycard.to_ndef(credential(UID_A, rooms=("312", "314"))), 144)
    assert len(tlv) <= type2.BY_NAME["NTAG213"].data_bytes
