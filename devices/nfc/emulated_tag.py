"""One emulated contactless card: ISO 14443-3A selection and the NTAG21x command set.

No sockets here: :mod:`devices.nfc.card_sim` feeds it the reader's frames and sends back
what it answers (``None`` is silence, as a real tag keeps silent on what it does not
understand). The answers to selection are the ones nfcpy's own ``listen_tta`` gives, so
nfcpy's ``udp`` reader cannot tell the difference.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from enum import StrEnum

import ndef

from devices.nfc import type2
from devices.nfc.type2 import NTAG215, TagModel

ACK, NAK = b"\x0a", b"\x00"
SENS_RES = bytes.fromhex("4400")     # 7-byte UID, bit frame anticollision
SEL_RES_TYPE2, SEL_RES_ISO_DEP = 0x00, 0x20
ATS = bytes.fromhex("0578807002")    # TL, T0 (FSCI 8), TA, TB (FWI 7), TC


class Kind(StrEnum):
    BLANK = "blank"        # factory NTAG215: formatted, empty NDEF message
    FOREIGN = "foreign"    # an NTAG215 holding another system's NDEF (a URI record)
    TEAR = "tear"          # blank, but torn out of the field after N page writes
    TYPE4 = "type4"        # an ISO-DEP card (bank card, DESFire): not a Type 2 tag


class State(StrEnum):
    IDLE = "idle"
    READY1 = "ready1"
    READY2 = "ready2"
    ACTIVE = "active"
    HALT = "halt"


def random_uid() -> bytes:
    return b"\x04" + secrets.token_bytes(6)  # 0x04: NXP, which nfcpy probes as NTAG


def factory_memory(uid: bytes, model: TagModel = NTAG215) -> bytearray:
    """An NTAG21x as it leaves the factory: UID pages, CC, empty NDEF TLV, no password."""
    if len(uid) != 7:
        raise ValueError("the UID must be 7 bytes")
    mem = bytearray(model.pages * type2.PAGE)
    bcc0 = 0x88 ^ uid[0] ^ uid[1] ^ uid[2]
    bcc1 = uid[3] ^ uid[4] ^ uid[5] ^ uid[6]
    mem[0:16] = uid[0:3] + bytes([bcc0]) + uid[3:7] + bytes([bcc1, 0x48, 0, 0])
    mem[12:16] = model.capability_container()
    mem[16:20] = bytes([type2.TLV_NDEF, 0x00, type2.TLV_TERMINATOR, 0x00])
    if model.cfg_page is not None:
        cfg = model.cfg_page * type2.PAGE
        mem[cfg:cfg + 16] = bytes.fromhex("040000ff" "00050000" "ffffffff" "00000000")
    return mem


@dataclass
class EmulatedTag:
    """An NTAG215 (or another model from :data:`type2.MODELS`), or an ISO-DEP card."""

    uid: bytes
    kind: Kind = Kind.BLANK
    model: TagModel = NTAG215
    tear_after: int | None = None    # page writes the card survives before it leaves
    memory: bytearray = field(default_factory=bytearray)
    state: State = State.IDLE
    authenticated: bool = False
    writes: int = 0
    gone: bool = False               # torn out of the field: silent to everything

    def __post_init__(self) -> None:
        if not self.memory:
            self.memory = factory_memory(self.uid, self.model)
        if self.kind == Kind.FOREIGN:
            uri = b"".join(ndef.message_encoder([ndef.UriRecord("https://example.com/")]))
            tlv = type2.ndef_tlv(uri, self.model.data_bytes)
            self.memory[16:16 + len(tlv)] = tlv

    # -- the radio field -------------------------------------------------------------------
    def rf_off(self) -> None:
        """The reader switched its field off: the tag loses power and its session."""
        self.state = State.IDLE
        self.authenticated = False

    def handle(self, frame: bytes) -> bytes | None:
        """The tag's answer to one frame, or None for silence."""
        if self.gone or not frame:
            return None
        if frame in (b"\x26", b"\x52"):  # REQA, WUPA
            if self.state == State.HALT and frame == b"\x26":
                return None
            # A reader that restarts sends REQA without switching the field off first;
            # treat it as a new field so the emulator never stays stuck selected.
            self.rf_off()
            self.state = State.READY1
            return SENS_RES
        if self.state == State.READY1:
            return self._cascade(frame, 0x93, self._cl1(), State.READY2, 0x04)
        if self.state == State.READY2:
            sel = SEL_RES_ISO_DEP if self.kind == Kind.TYPE4 else SEL_RES_TYPE2
            return self._cascade(frame, 0x95, self._cl2(), State.ACTIVE, sel)
        if self.state == State.ACTIVE and frame == b"\x50\x00":  # HLTA
            self.rf_off()
            self.state = State.HALT
            return None
        if self.state == State.ACTIVE:
            answer = self._iso_dep(frame) if self.kind == Kind.TYPE4 else self._ntag(frame)
            if answer is None or answer == NAK:
                self.rf_off()  # silence or NAK: the tag drops back to IDLE, as NTAGs do
            return answer
        return None

    def _cl1(self) -> bytes:
        return bytes([0x88]) + self.uid[0:3] + bytes([0x88 ^ self.uid[0] ^ self.uid[1]
                                                        ^ self.uid[2]])

    def _cl2(self) -> bytes:
        u = self.uid
        return u[3:7] + bytes([u[3] ^ u[4] ^ u[5] ^ u[6]])

    def _cascade(self, frame: bytes, sel: int, sdd_res: bytes, next_state: State,
                 sel_res: int) -> bytes | None:
        if frame == bytes([sel, 0x20]):
            return sdd_res
        if frame == bytes([sel, 0x70]) + sdd_res:
            self.state = next_state
            return bytes([sel_res])
        self.rf_off()
        return None

    # -- ISO-DEP: enough for a reader to see a Type 4 card and give up ----------------------
    def _iso_dep(self, frame: bytes) -> bytes | None:
        return ATS if frame[0] == 0xE0 and len(frame) == 2 else None

    # -- NTAG21x commands ------------------------------------------------------------------
    def _ntag(self, frame: bytes) -> bytes | None:
        cmd = frame[0]
        if cmd == 0x30 and len(frame) == 2:
            return self._read(frame[1])
        if cmd == 0xA2 and len(frame) == 6:
            return self._write(frame[1], frame[2:6])
        if cmd == 0x60 and len(frame) == 1:
            return self.model.version
        if cmd == 0x1B and len(frame) == 5 and self.model.has_password:
            return self._pwd_auth(frame[1:5])
        return None  # 0x1A (Ultralight C authenticate) and anything else: silence

    @property
    def auth0(self) -> int:
        if self.model.cfg_page is None:
            return type2.AUTH0_OFF
        return self.memory[self.model.cfg_page * type2.PAGE + 3]

    @property
    def access(self) -> int:
        if self.model.cfg_page is None:
            return 0
        return self.memory[(self.model.cfg_page + 1) * type2.PAGE]

    def _guarded(self, page: int) -> bool:
        return page >= self.auth0 and not self.authenticated

    def _read(self, page: int) -> bytes:
        if page >= self.model.pages:
            return NAK
        if self.access & type2.ACCESS_PROT and self._guarded(page):
            return NAK
        out = bytearray()
        for i in range(4):  # four pages, rolling over to page 0 at the end of memory
            p = (page + i) % self.model.pages
            secret = self.model.has_password and p in (self.model.pwd_page,
                                                       self.model.pack_page)
            out += bytes(4) if secret else self.memory[p * 4:p * 4 + 4]
        return bytes(out)

    def _write(self, page: int, data: bytes) -> bytes | None:
        if page < 2 or page >= self.model.pages or self._guarded(page):
            return NAK
        if self.tear_after is not None and self.writes >= self.tear_after:
            self.gone = True  # the card left the field: this write never lands
            return None
        at = page * 4
        if page == 2:    # only the lock bytes, and bits can only be set
            self.memory[at + 2] |= data[2]
            self.memory[at + 3] |= data[3]
        elif page == 3:  # the capability container is one-time programmable
            for i in range(4):
                self.memory[at + i] |= data[i]
        else:
            self.memory[at:at + 4] = data
        self.writes += 1
        return ACK

    def _pwd_auth(self, pwd: bytes) -> bytes:
        assert self.model.cfg_page is not None
        if pwd != bytes(self.memory[self.model.pwd_page * 4:self.model.pwd_page * 4 + 4]):
            return NAK
        self.authenticated = True
        return bytes(self.memory[self.model.pack_page * 4:self.model.pack_page * 4 + 2])

    def dump(self) -> dict[str, object]:
        """Everything a test may want to check, PWD and PACK included."""
        return {
            "present": True, "kind": str(self.kind), "model": self.model.name,
            "uid": self.uid.hex(), "state": str(self.state), "gone": self.gone,
            "writes": self.writes, "auth0": self.auth0, "access": self.access,
            "authenticated": self.authenticated, "memory": self.memory.hex(),
        }
