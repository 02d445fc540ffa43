"""What the key encoder does with one selected Type 2 tag: read what it holds, and write a
key credential, write-protect it with the card's password and read it back.

Blocking; runs on the encoder's worker thread. The layout is in docs/keycard.md.
"""

from __future__ import annotations

from dataclasses import dataclass

from devices.nfc import type2
from devices.nfc.errors import CardLocked, CardTooSmall, ForeignCard
from devices.nfc.tagio import TagSession
from devices.nfc.type2 import TagModel
from kiosk import keycard
from kiosk.ports import Card


@dataclass(frozen=True)
class NfcCard(Card):
    """A card as the NFC encoder saw it. ``data`` is the credential when the tag carries a
    Lobby key record, b"" when it holds nothing, and otherwise the bytes it does hold (an
    NDEF message or raw pages), which the verifier calls foreign."""

    product: str = ""            # "NTAG215", "MF0UL21", "Type 2 tag"
    content: str = ""            # "key", "blank", "ndef" (another system's), "raw"
    protected: bool = False      # data pages write-protected by a password (AUTH0 <= 4)


@dataclass(frozen=True)
class TagContent:
    header: bytes                # pages 0-3: UID, lock bytes, capability container
    data: bytes
    content: str


def read_content(session: TagSession, model: TagModel) -> TagContent:
    """Read pages 0-3, then only as much of the data area as the TLVs need."""
    header = session.read16(0)
    capacity = type2.capacity_of(header, model)
    area = b""
    parsed = type2.classify(header, area, capacity)
    while isinstance(parsed, type2.NeedMore):
        while len(area) < parsed.upto:
            area += session.read16(type2.DATA_START + len(area) // type2.PAGE)
        parsed = type2.classify(header, area, capacity)
    return TagContent(header, *content_of(parsed))


def content_of(parsed: type2.Parsed) -> tuple[bytes, str]:
    """The card's data for the port, and a word for what it is. Total: never raises."""
    if isinstance(parsed, type2.Ndef):
        credential = keycard.from_ndef(parsed.message)
        if credential is None:
            return parsed.message, "ndef"
        return credential, "key" if credential else "blank"
    if isinstance(parsed, type2.Raw):
        return parsed.data, "raw"
    return b"", "blank"


def card_data_from_memory(memory: bytes, model: TagModel) -> tuple[bytes, str]:
    """What :func:`read_content` makes of a whole memory image (tests, the simulator).
    Total: any bytes give an answer, never an exception."""
    header = memory[:16]
    parsed = type2.classify(header, memory[16:], type2.capacity_of(header, model))
    if isinstance(parsed, type2.NeedMore):
        parsed = type2.Raw(bytes(memory[16:32]), "the memory ends inside a TLV")
    return content_of(parsed)


def is_protected(session: TagSession, model: TagModel) -> tuple[bool, bytes]:
    """Whether the data pages need the password to be written, and the config pages
    (CFG0, CFG1; PWD and PACK always read as zeros)."""
    if model.cfg_page is None:
        return False, b""
    cfg = session.read16(model.cfg_page)
    return cfg[3] <= type2.DATA_START + model.data_pages - 1, cfg


def write_key(session: TagSession, model: TagModel, credential: bytes,
              password: tuple[bytes, bytes]) -> None:
    """Write the credential's NDEF record; then, on a card not yet protected, its password.

    Order matters for a tear: the NDEF length is zero until the last data page is written
    (a torn card reads blank, never half a key), and AUTH0 is written after PWD and PACK
    (a torn card is unprotected, never guarded by half a password)."""
    header = session.read16(0)
    cc = header[12:16]
    if cc[0] != type2.CC_MAGIC:
        if any(cc) or not model.has_password:
            raise ForeignCard(f"capability container {cc.hex()}: formatted for another use")
        session.write(3, model.capability_container())  # a virgin Ultralight EV1
        header = header[:12] + model.capability_container()
    capacity = type2.capacity_of(header, model)
    try:
        tlv = type2.ndef_tlv(keycard.to_ndef(credential), capacity)
    except ValueError as exc:
        raise CardTooSmall(f"{model.name}: {exc}") from None

    protected, cfg = is_protected(session, model)
    if protected and not session.authenticate(*password):
        raise CardLocked(f"{model.name}: the card's pages are guarded by another password")

    pages = [tlv[i:i + type2.PAGE] for i in range(0, len(tlv), type2.PAGE)]
    session.write(type2.DATA_START, type2.with_empty_length(pages[0]))
    for offset, page in enumerate(pages[1:], start=1):
        session.write(type2.DATA_START + offset, page)
    session.write(type2.DATA_START, pages[0])

    if model.cfg_page is not None and not protected:
        pwd, pack = password
        session.write(model.pwd_page, pwd)
        session.write(model.pack_page, pack + b"\x00\x00")
        # ACCESS: PROT clear (anyone may read the key, as locks do), AUTHLIM 0 (a card is
        # never bricked by wrong guesses; a forged write still fails the MAC).
        access = cfg[4] & ~type2.ACCESS_PROT & ~0x07
        session.write(model.cfg_page + 1, bytes([access]) + cfg[5:8])
        session.write(model.cfg_page, cfg[0:3] + bytes([type2.PROTECT_FROM]))
