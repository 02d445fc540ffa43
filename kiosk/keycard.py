"""The key credential written to a room-key card, and its verifier.

Layout (version 1, all integers big-endian):

    0      version = 0x01
    1..7   UID the credential is bound to (7 bytes)
    8..15  booking code (8 ASCII characters)
    16..17 key generation (uint16): a new issue for the booking supersedes older cards
    18     card number within that generation (uint8)
    19..22 valid from, minutes since 1970-01-01 UTC (uint32)
    23..26 valid until, likewise (uint32)
    27     length S of the site id, then S bytes of ASCII
    ..     number R of rooms, then for each: length, then ASCII room number
    last 16 bytes: HMAC-SHA-256 truncated to 128 bits, under the site key, over all of the above

The MAC covers the bound UID, so the same bytes copied onto another card verify as
"copied", never as a key; any other change verifies as "tampered".

On the tag the credential is the payload of one NDEF record of MIME type
``application/vnd.lobby.key`` (:func:`to_ndef`, :func:`from_ndef`). NTAG21x and Ultralight
EV1 cards are write-protected with a password derived per card (:func:`card_password`).
docs/keycard.md is the full specification, with test vectors.
"""

from __future__ import annotations

import hashlib
import hmac
import struct
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

import ndef

VERSION = 1
MAGIC_PREFIX = b"\x01"
MAC_LEN = 16
_HEAD = struct.Struct(">B7s8sHBII")
MIME_TYPE = "application/vnd.lobby.key"
# Domain separation: the password HMAC never shares an input with a credential MAC (those
# start with the version byte 0x01).
PASSWORD_LABEL = b"LOBBY-TAG-PASSWORD-1"


class Verdict(StrEnum):
    VALID = "valid"
    FOREIGN = "foreign"            # not a Lobby credential (another system's card)
    BLANK = "blank"
    TAMPERED = "tampered"
    COPIED = "copied"              # a genuine credential on another card
    EXPIRED = "expired"
    NOT_YET_VALID = "not_yet_valid"
    SUPERSEDED = "superseded"      # a newer generation was issued for the booking
    WRONG_SITE = "wrong_site"


@dataclass(frozen=True)
class KeyCredential:
    uid: bytes
    booking_code: str
    generation: int
    card_number: int
    valid_from: datetime
    valid_until: datetime
    site: str
    rooms: tuple[str, ...]


@dataclass(frozen=True)
class Verification:
    verdict: Verdict
    reason: str
    credential: KeyCredential | None = None


def _minutes(t: datetime) -> int:
    return int(t.astimezone(UTC).timestamp() // 60)


def _from_minutes(m: int) -> datetime:
    return datetime.fromtimestamp(m * 60, UTC)


def encode(cred: KeyCredential, site_key: bytes) -> bytes:
    """The credential's bytes, MAC included."""
    if len(cred.uid) != 7:
        raise ValueError("the UID must be 7 bytes")
    code = cred.booking_code.encode("ascii")
    if len(code) != 8:
        raise ValueError("the booking code must be 8 characters")
    body = _HEAD.pack(VERSION, cred.uid, code, cred.generation, cred.card_number,
                      _minutes(cred.valid_from), _minutes(cred.valid_until))
    site = cred.site.encode("ascii")
    body += bytes([len(site)]) + site + bytes([len(cred.rooms)])
    for room in cred.rooms:
        r = room.encode("ascii")
        body += bytes([len(r)]) + r
    return body + _mac(site_key, body)


def _mac(site_key: bytes, body: bytes) -> bytes:
    return hmac.new(site_key, body, hashlib.sha256).digest()[:MAC_LEN]


def decode(data: bytes) -> KeyCredential:
    """Parse without checking the MAC. Raises ValueError on any malformed input."""
    if len(data) < _HEAD.size + 2 + MAC_LEN or data[0] != VERSION:
        raise ValueError("not a version 1 credential")
    _version, uid, code, generation, card_number, vf, vu = _HEAD.unpack_from(data)
    pos = _HEAD.size
    body_end = len(data) - MAC_LEN

    def take(n: int) -> bytes:
        nonlocal pos
        if pos + n > body_end:
            raise ValueError("truncated credential")
        chunk = data[pos:pos + n]
        pos += n
        return chunk

    site = take(take(1)[0]).decode("ascii")
    rooms = tuple(take(take(1)[0]).decode("ascii") for _ in range(take(1)[0]))
    if pos != body_end:
        raise ValueError("trailing bytes in credential")
    return KeyCredential(uid=uid, booking_code=code.decode("ascii"), generation=generation,
                         card_number=card_number, valid_from=_from_minutes(vf),
                         valid_until=_from_minutes(vu), site=site, rooms=rooms)


def verify(card_uid: bytes, data: bytes, site_key: bytes, *, now: datetime, site: str,
           current_generation: Callable[[str], int | None] | None = None) -> Verification:
    """Decide whether a card opens its room now, and say why not."""
    if not data or all(b in (0x00, 0xFF) for b in data):
        return Verification(Verdict.BLANK, "the card holds no data")
    try:
        cred = decode(data)
    except (ValueError, UnicodeDecodeError):
        return Verification(Verdict.FOREIGN, "not a Lobby key credential")
    body, mac = data[:-MAC_LEN], data[-MAC_LEN:]
    if not hmac.compare_digest(mac, _mac(site_key, body)):
        return Verification(Verdict.TAMPERED, "the signature does not match the content", cred)
    if cred.uid != card_uid:
        return Verification(Verdict.COPIED, "the credential is bound to another card", cred)
    if cred.site != site:
        return Verification(Verdict.WRONG_SITE, f"issued for site {cred.site}", cred)
    if now < cred.valid_from:
        return Verification(Verdict.NOT_YET_VALID, "valid from a later time", cred)
    if now >= cred.valid_until:
        return Verification(Verdict.EXPIRED, "the stay is over", cred)
    if current_generation is not None:
        current = current_generation(cred.booking_code)
        if current is not None and cred.generation < current:
            return Verification(Verdict.SUPERSEDED, "a newer key was issued for the booking", cred)
    return Verification(Verdict.VALID, "opens " + ", ".join(cred.rooms), cred)


def to_ndef(credential: bytes) -> bytes:
    """The NDEF message written to the tag: one short MIME record carrying the credential."""
    return b"".join(ndef.message_encoder([ndef.Record(MIME_TYPE, "", credential)]))


def from_ndef(message: bytes) -> bytes | None:
    """The credential carried by an NDEF message, or None when the message is not exactly
    one record of Lobby's MIME type (another system's card). Never raises."""
    try:
        records = list(ndef.message_decoder(bytes(message), errors="strict", known_types={}))
    except (ndef.DecodeError, ValueError, UnicodeError, TypeError):
        return None
    if len(records) != 1 or records[0].type != MIME_TYPE:
        return None
    return bytes(records[0].data)


def card_password(site_key: bytes, uid: bytes) -> tuple[bytes, bytes]:
    """The 4-byte PWD and 2-byte PACK that write-protect the card with this UID.

    Derived per card, so the password overheard on one card (it crosses the air in clear)
    opens no other; PACK lets the kiosk tell its own cards from cards locked by others."""
    digest = hmac.new(site_key, PASSWORD_LABEL + uid, hashlib.sha256).digest()
    return digest[:4], digest[4:6]
