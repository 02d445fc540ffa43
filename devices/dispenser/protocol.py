"""The framed serial protocol of the Creator CRT-591 / CRT-571 card dispenser family.

Frames (see docs/dispenser-protocol.md for every frame Lobby sends, with hex)::

    STX(F2) ADDR LENH LENL TEXT... ETX(03) BCC
    TEXT = CMT 'C' CM PM DATA        host -> dispenser (command)
         = PMT 'P' CM PM ST0 ST1 ST2 DATA    positive answer
         = EMT 'N' CM PM E1 E0 DATA          negative answer (error code in ASCII)

``LEN`` counts the TEXT bytes; ``BCC`` is the XOR of every byte from STX to ETX.
Single control bytes travel between frames: ACK 06, NAK 15, ENQ 05, EOT 04.

The parser is kept apart from the transport (pyserial's ``Packetizer`` idea): it is fed
whatever bytes arrived and hands back events, so the driver, the simulator and the fuzz
tests share it. Garbage, bad lengths, missing ETX, bad BCC and over-long frames become
``Rejected`` events; nothing here raises on input bytes.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum, StrEnum
from functools import reduce
from typing import Final

from devices.transport.errors import DeviceError

STX: Final = 0xF2
ETX: Final = 0x03
ACK: Final = 0x06
NAK: Final = 0x15
ENQ: Final = 0x05
EOT: Final = 0x04
CONTROLS: Final = frozenset({ACK, NAK, ENQ, EOT})
CONTROL_NAMES: Final = {ACK: "ACK", NAK: "NAK", ENQ: "ENQ", EOT: "EOT"}

MAX_TEXT: Final = 512    # the family's longest documented TEXT is well below this
_HEAD: Final = 4          # STX ADDR LENH LENL
_TAIL: Final = 2          # ETX BCC


class FrameKind(IntEnum):
    COMMAND = 0x43   # 'C'
    POSITIVE = 0x50  # 'P'
    NEGATIVE = 0x4E  # 'N'


# The shortest TEXT of each kind: marker, CM, PM, then 3 status or 2 error bytes.
_MIN_TEXT: Final = {FrameKind.COMMAND: 3, FrameKind.POSITIVE: 6, FrameKind.NEGATIVE: 5}


class Cmd(IntEnum):
    INITIALIZE = 0x30
    STATUS = 0x31
    MOVE = 0x32
    VERSION = 0xA4


class Init(IntEnum):
    TO_GATE = 0x30     # initialise; a card in the channel goes to the gate
    CAPTURE = 0x31     # initialise; a card in the channel goes to the reject bin
    NO_MOVE = 0x33     # initialise; a card in the channel stays where it is


class Move(IntEnum):
    TO_GATE = 0x30     # card holding position at the front gate (the guest can take it)
    TO_IC = 0x31       # contact IC position (not used: our cards are contactless)
    TO_RF = 0x32       # RF position: the NFC antenna, where the key is encoded
    TO_BIN = 0x33      # error card (reject) bin
    EJECT = 0x39       # out of the front, not held (not used: the card could fall)


STATUS_CARD: Final = 0x30   # PM of the status request that answers ST0 ST1 ST2
VERSION_READ: Final = 0x30

# Negative answers' E1 E0, as the family's manual lists them (subset Lobby acts on).
ERRORS: Final = {
    "00": "undefined command",
    "01": "command parameter error",
    "02": "command sequence error",
    "03": "command not supported by this hardware",
    "04": "command data error",
    "10": "card jam",
    "12": "sensor error",
    "13": "card too long",
    "14": "card too short",
    "40": "card pulled out while capturing",
    "45": "card moved by force",
    "51": "motor error",
    "A0": "card box empty",
    "A1": "reject bin full",
    "B0": "not initialised",
}
JAM_CODES: Final = frozenset({"10", "40", "45", "51"})
EMPTY_CODE: Final = "A0"
BIN_FULL_CODE: Final = "A1"
NOT_INITIALISED_CODE: Final = "B0"
UNDEFINED_CODE: Final = "00"


def bcc(data: bytes) -> int:
    """Block check character: XOR of every byte."""
    return reduce(lambda a, b: a ^ b, data, 0)


@dataclass(frozen=True)
class Frame:
    address: int
    kind: FrameKind
    command: int
    parameter: int
    data: bytes = b""  # after CM PM: status or error bytes first, then any payload

    def encode(self) -> bytes:
        """The bytes on the wire, STX to BCC."""
        text = bytes([self.kind, self.command, self.parameter]) + self.data
        if not 0 <= self.address <= 0xFF or len(text) > MAX_TEXT:
            raise ValueError("address must be one byte and TEXT at most "
                             f"{MAX_TEXT} bytes")
        body = bytes([STX, self.address, len(text) >> 8, len(text) & 0xFF]) + text \
            + bytes([ETX])
        return body + bytes([bcc(body)])

    @property
    def error_code(self) -> str:
        """E1 E0 of a negative answer, e.g. ``"10"`` (card jam)."""
        return self.data[:2].decode("ascii", "replace")

    @property
    def payload(self) -> bytes:
        """DATA after the status (positive) or error (negative) bytes."""
        skip = {FrameKind.POSITIVE: 3, FrameKind.NEGATIVE: 2}.get(self.kind, 0)
        return self.data[skip:]


def command(address: int, cm: int, pm: int, data: bytes = b"") -> Frame:
    return Frame(address, FrameKind.COMMAND, cm, pm, data)


@dataclass(frozen=True)
class Control:
    byte: int

    @property
    def name(self) -> str:
        return CONTROL_NAMES[self.byte]


@dataclass(frozen=True)
class Rejected:
    reason: str   # garbage, bad length, no ETX, bad BCC, unknown kind, short text, partial
    size: int     # how many bytes were dropped


Event = Frame | Control | Rejected


class FrameParser:
    """Turns a byte stream into frames, control bytes and rejections."""

    def __init__(self, max_text: int = MAX_TEXT) -> None:
        self.max_text = max_text
        self._buf = bytearray()

    @property
    def pending(self) -> int:
        """Bytes of a frame begun but not complete."""
        return len(self._buf)

    def flush(self) -> list[Event]:
        """Give up on a partial frame (called when the line stays silent)."""
        if not self._buf:
            return []
        size, self._buf = len(self._buf), bytearray()
        return [Rejected("partial frame", size)]

    def feed(self, data: bytes) -> list[Event]:
        self._buf += data
        buf = self._buf
        events: list[Event] = []
        garbage = 0
        i = 0

        def drop(reason: str, size: int) -> None:
            nonlocal garbage
            if garbage:
                events.append(Rejected("garbage", garbage))
                garbage = 0
            events.append(Rejected(reason, size))

        while i < len(buf):
            byte = buf[i]
            if byte != STX:
                if byte in CONTROLS:
                    if garbage:
                        events.append(Rejected("garbage", garbage))
                        garbage = 0
                    events.append(Control(byte))
                else:
                    garbage += 1
                i += 1
                continue
            if len(buf) - i < _HEAD:
                break
            length = (buf[i + 2] << 8) | buf[i + 3]
            if not 3 <= length <= self.max_text:
                # Not a frame start after all: resynchronise on the next byte.
                drop("bad length", 1)
                i += 1
                continue
            end = i + _HEAD + length + _TAIL
            if len(buf) < end:
                break
            if buf[end - 2] != ETX:
                drop("no ETX", 1)
                i += 1
                continue
            raw = bytes(buf[i:end])
            if bcc(raw[:-1]) != raw[-1]:
                # Length and ETX fit, so it was a frame with a damaged byte: skip it whole.
                drop("bad BCC", len(raw))
                i = end
                continue
            frame = _decode(raw)
            if isinstance(frame, Rejected):
                drop(frame.reason, frame.size)
            else:
                if garbage:
                    events.append(Rejected("garbage", garbage))
                    garbage = 0
                events.append(frame)
            i = end
        if garbage:
            events.append(Rejected("garbage", garbage))
        del buf[:i]
        return events


def _decode(raw: bytes) -> Frame | Rejected:
    text = raw[_HEAD:-_TAIL]
    try:
        kind = FrameKind(text[0])
    except ValueError:
        return Rejected("unknown kind", len(raw))
    if len(text) < _MIN_TEXT[kind]:
        return Rejected("short text", len(raw))
    return Frame(raw[1], kind, text[1], text[2], bytes(text[3:]))


def decode_one(raw: bytes) -> Frame:
    """Exactly one frame from ``raw`` (tests and docs); anything else is a ValueError."""
    events = FrameParser().feed(raw)
    if len(events) != 1 or not isinstance(events[0], Frame):
        raise ValueError(f"not exactly one frame: {events!r}")
    return events[0]


# -- what the answers mean ----------------------------------------------------------

class CardPosition(StrEnum):
    NONE = "none"          # no card in the channel
    GATE = "gate"          # held at the front gate, waiting to be taken
    ENCODER = "encoder"    # at the RF position (the NFC antenna)


class BoxLevel(StrEnum):
    EMPTY = "empty"
    LOW = "low"
    OK = "ok"


_POSITIONS: Final = {ord("0"): CardPosition.NONE, ord("1"): CardPosition.GATE,
                     ord("2"): CardPosition.ENCODER}
_BOX: Final = {ord("0"): BoxLevel.EMPTY, ord("1"): BoxLevel.LOW, ord("2"): BoxLevel.OK}


@dataclass(frozen=True)
class Sensors:
    """ST0 ST1 ST2 of a positive answer."""

    position: CardPosition
    box: BoxLevel
    bin_full: bool

    def encode(self) -> bytes:
        st0 = {v: k for k, v in _POSITIONS.items()}[self.position]
        st1 = {v: k for k, v in _BOX.items()}[self.box]
        return bytes([st0, st1, ord("1") if self.bin_full else ord("0")])


class DispenserProtocolError(DeviceError):
    """An answer that parses but does not make sense (unknown status byte, wrong reply)."""


class DispenserRefused(DeviceError):
    """The dispenser answered N with an error code."""

    def __init__(self, code: str, command: int, parameter: int) -> None:
        self.code = code
        self.meaning = ERRORS.get(code, "unknown error")
        super().__init__(f"dispenser refused {command:02X}/{parameter:02X}: "
                         f"E{code} {self.meaning}")


def sensors(frame: Frame) -> Sensors:
    """Decode the status bytes of a positive answer."""
    st = frame.data[:3]
    if frame.kind != FrameKind.POSITIVE or len(st) < 3:
        raise DispenserProtocolError("not a positive answer with status bytes")
    if st[0] not in _POSITIONS or st[1] not in _BOX or st[2] not in b"01":
        raise DispenserProtocolError(f"unknown status bytes {st.hex(' ')}")
    return Sensors(_POSITIONS[st[0]], _BOX[st[1]], st[2] == ord("1"))
