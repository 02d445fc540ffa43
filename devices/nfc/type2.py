"""NFC Forum Type 2 tag memory, as Lobby uses it: the tag models, the NDEF TLV that holds
the key record, and a parser that classifies any memory image without raising.

Pure functions only: the driver feeds them the pages it read, the card simulator and the
tests feed them whatever they like. Page numbers and sizes are from the NXP data sheets
(NTAG213/215/216 rev. 3.2, MF0ULx1 rev. 3.2).
"""

from __future__ import annotations

from dataclasses import dataclass

PAGE = 4                      # bytes per page
DATA_START = 4                # first page of the data area (after UID, lock bytes, CC)
CC_MAGIC = 0xE1               # capability container byte 0: NDEF formatted
CC_VERSION = 0x10             # mapping version 1.0, read/write access 0x00
TLV_NULL, TLV_LOCK, TLV_MEMORY, TLV_NDEF, TLV_TERMINATOR = 0x00, 0x01, 0x02, 0x03, 0xFE
AUTH0_OFF = 0xFF              # factory value: no page needs the password
ACCESS_PROT = 0x80            # ACCESS bit 7: the password guards reads too (we leave it clear)
PROTECT_FROM = DATA_START     # AUTH0 Lobby writes: every data page and the config pages


@dataclass(frozen=True)
class TagModel:
    """One product: where its data area and its configuration pages are."""

    name: str
    version: bytes            # GET_VERSION (0x60) answer
    pages: int                # pages 0 .. pages-1 exist
    data_pages: int           # data area: pages 4 .. 4+data_pages-1
    cfg_page: int | None      # CFG0 (.., AUTH0); CFG1 (ACCESS ..) next; then PWD, PACK
    cc_size: int              # CC byte 2 as the factory (or Lobby) writes it: data bytes / 8

    @property
    def data_bytes(self) -> int:
        return self.data_pages * PAGE

    @property
    def has_password(self) -> bool:
        return self.cfg_page is not None

    @property
    def pwd_page(self) -> int:
        assert self.cfg_page is not None
        return self.cfg_page + 2

    @property
    def pack_page(self) -> int:
        assert self.cfg_page is not None
        return self.cfg_page + 3

    def capability_container(self) -> bytes:
        return bytes([CC_MAGIC, CC_VERSION, self.cc_size, 0x00])


def _model(name: str, version: str, pages: int, data_pages: int, cfg_page: int | None,
           cc_size: int) -> TagModel:
    return TagModel(name, bytes.fromhex(version), pages, data_pages, cfg_page, cc_size)


# The cards a Lobby site may stock. MF0UL11 (48 data bytes) is listed so the driver can
# name it when it refuses it: a key record needs about 90 bytes.
MODELS: tuple[TagModel, ...] = (
    _model("NTAG213", "0004040201000f03", 45, 36, 41, 0x12),
    _model("NTAG215", "0004040201001103", 135, 126, 131, 0x3E),
    _model("NTAG216", "0004040201001303", 231, 222, 227, 0x6D),
    _model("MF0UL11", "0004030101000b03", 20, 12, 16, 0x06),
    _model("MF0ULH11", "0004030201000b03", 20, 12, 16, 0x06),
    _model("MF0UL21", "0004030101000e03", 41, 32, 37, 0x10),
    _model("MF0ULH21", "0004030201000e03", 41, 32, 37, 0x10),
)
BY_VERSION = {m.version: m for m in MODELS}
BY_NAME = {m.name: m for m in MODELS}
NTAG215 = BY_NAME["NTAG215"]


def generic_model(cc: bytes) -> TagModel:
    """A Type 2 tag that does not answer GET_VERSION (Ultralight, NTAG203): its size comes
    from the capability container; it has no password."""
    size = cc[2] if len(cc) >= 3 and cc[0] == CC_MAGIC else 6
    data_pages = size * 8 // PAGE
    return TagModel("Type 2 tag", b"", DATA_START + data_pages, data_pages, None, size)


# --- the NDEF TLV ---------------------------------------------------------------------------

def ndef_tlv(message: bytes, capacity: int) -> bytes:
    """The data area bytes that hold `message`: NDEF TLV, then a terminator TLV if it fits,
    zero-padded to whole pages. Raises ValueError when the message does not fit."""
    n = len(message)
    head = bytes([TLV_NDEF, n]) if n < 0xFF else bytes([TLV_NDEF, 0xFF]) + n.to_bytes(2, "big")
    body = head + message
    if len(body) > capacity:
        raise ValueError(f"{len(body)} bytes do not fit in {capacity} bytes of tag memory")
    if len(body) < capacity:
        body += bytes([TLV_TERMINATOR])
    return body + bytes(-len(body) % PAGE)


def with_empty_length(first_page: bytes) -> bytes:
    """The first page of an NDEF TLV with its length set to zero. Written before the rest,
    so a card torn mid-write holds an empty NDEF message (blank), never half a key."""
    return bytes([first_page[0], 0x00]) + first_page[2:]


# --- classifying a memory image -------------------------------------------------------------

@dataclass(frozen=True)
class Blank:
    """No data: an empty NDEF message, no NDEF TLV, or an unformatted area of zeros."""


@dataclass(frozen=True)
class Ndef:
    message: bytes


@dataclass(frozen=True)
class Raw:
    """Data that is not an NDEF message (unformatted or malformed): foreign to Lobby."""

    data: bytes
    reason: str


@dataclass(frozen=True)
class NeedMore:
    """The image is too short to decide; read the data area up to `upto` bytes."""

    upto: int


Parsed = Blank | Ndef | Raw | NeedMore


def parse_data_area(area: bytes, capacity: int, formatted: bool = True) -> Parsed:
    """Classify the data area (bytes from page 4 on, as much as has been read) of a tag
    whose data area holds `capacity` bytes. Never raises, whatever the bytes."""
    area = area[:capacity]
    if not formatted:
        head = area[:16]
        if len(head) < min(16, capacity):
            return NeedMore(min(16, capacity))
        if all(b == 0 for b in head):
            return Blank()
        return Raw(bytes(head), "the card is not NDEF formatted and holds data")
    pos = 0
    while pos < capacity:
        if pos >= len(area):
            return NeedMore(pos + 1)
        tlv = area[pos]
        if tlv == TLV_NULL:
            pos += 1
            continue
        if tlv == TLV_TERMINATOR:
            return Blank()
        if pos + 2 > len(area):
            return _more_or_raw(pos + 2, capacity, area)
        length, header = area[pos + 1], 2
        if length == 0xFF:
            if pos + 4 > len(area):
                return _more_or_raw(pos + 4, capacity, area)
            length, header = int.from_bytes(area[pos + 2:pos + 4], "big"), 4
        end = pos + header + length
        if end > capacity:
            return _malformed(area)
        if tlv == TLV_NDEF:
            if length == 0:
                return Blank()
            if end > len(area):
                return NeedMore(end)
            return Ndef(bytes(area[pos + header:end]))
        pos = end  # lock control, memory control, proprietary: not ours, skipped
    return Blank()


def _more_or_raw(upto: int, capacity: int, area: bytes) -> Parsed:
    return _malformed(area) if upto > capacity else NeedMore(upto)


def _malformed(area: bytes) -> Raw:
    # The first 16 bytes (one READ): the same whatever else was read.
    return Raw(bytes(area[:16]), "a TLV runs past the end of the data area")


def classify(header: bytes, area: bytes, capacity: int) -> Parsed:
    """Classify a tag from its first 16 bytes (pages 0-3) and its data area."""
    cc = header[12:16]
    formatted = len(cc) == 4 and cc[0] == CC_MAGIC and cc[1] >> 4 == 1
    return parse_data_area(area, capacity, formatted)


def capacity_of(header: bytes, model: TagModel) -> int:
    """Data area bytes to trust: what the CC claims, never more than the product has."""
    cc = header[12:16]
    if len(cc) == 4 and cc[0] == CC_MAGIC:
        return min(cc[2] * 8, model.data_bytes)
    return model.data_bytes


def uid_from_header(header: bytes) -> bytes:
    """The 7-byte UID from pages 0-1 (UID0-2, BCC0, UID3-6)."""
    return bytes(header[0:3]) + bytes(header[4:8])
