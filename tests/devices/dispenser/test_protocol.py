"""CRT-591-family frames: exact bytes from the fixture and the protocol page; the parser's
clean rejections of everything that is not a frame."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from devices.dispenser.protocol import (
    ACK,
    ENQ,
    NAK,
    BoxLevel,
    CardPosition,
    Control,
    DispenserProtocolError,
    Frame,
    FrameKind,
    FrameParser,
    Rejected,
    decode_one,
    sensors,
)

ROOT = Path(__file__).resolve().parents[3]
FIXTURE = json.loads((ROOT / "tests/fixtures/devices/crt591/frames.json").read_text())
FRAMES: dict[str, dict[str, object]] = FIXTURE["frames"]
DOC = (ROOT / "docs/dispenser-protocol.md").read_text()


def fixture_frame(entry: dict[str, object]) -> Frame:
    return Frame(int(str(entry["address"])), FrameKind(ord(str(entry["kind"]))),
                 int(str(entry["command"]), 16), int(str(entry["parameter"]), 16),
                 str(entry["data"]).encode("ascii"))


@pytest.mark.parametrize("name", sorted(FRAMES))
def test_fixture_frames_encode_and_decode(name: str) -> None:
    entry = FRAMES[name]
    frame = fixture_frame(entry)
    wire = bytes.fromhex(str(entry["hex"]))
    assert frame.encode() == wire
    assert decode_one(wire) == frame


def test_protocol_page_shows_the_fixture_hex() -> None:
    rows = dict(re.findall(r"^\| `(\w+)` \| `([0-9A-F ]+)` \|", DOC, re.MULTILINE))
    assert rows == {name: entry["hex"] for name, entry in FRAMES.items()}


def test_protocol_page_transcript_is_the_fixture() -> None:
    block = DOC.split("byte for byte as on the wire", 1)[1].split("```")[1]
    lines = [line.split(": ") for line in block.strip().splitlines()]
    assert [[side, hexes] for side, hexes in lines] == FIXTURE["to_encoder_transcript"]


def test_status_bytes() -> None:
    s = sensors(decode_one(bytes.fromhex(str(FRAMES["answer_status_at_gate_bin_full"]["hex"]))))
    assert (s.position, s.box, s.bin_full) == (CardPosition.GATE, BoxLevel.OK, True)
    s = sensors(decode_one(bytes.fromhex(str(FRAMES["answer_status_at_encoder_low"]["hex"]))))
    assert (s.position, s.box, s.bin_full) == (CardPosition.ENCODER, BoxLevel.LOW, False)
    with pytest.raises(DispenserProtocolError):
        sensors(Frame(0, FrameKind.POSITIVE, 0x31, 0x30, b"9Z0"))
    with pytest.raises(DispenserProtocolError):
        sensors(decode_one(bytes.fromhex(str(FRAMES["answer_jam"]["hex"]))))


def test_error_code() -> None:
    assert decode_one(bytes.fromhex(str(FRAMES["answer_jam"]["hex"]))).error_code == "10"


def test_control_bytes_between_frames() -> None:
    wire = bytes([ACK]) + bytes.fromhex(str(FRAMES["status"]["hex"])) + bytes([ENQ, NAK])
    events = FrameParser().feed(wire)
    assert [type(e).__name__ for e in events] == ["Control", "Frame", "Control", "Control"]
    assert [e.name for e in events if isinstance(e, Control)] == ["ACK", "ENQ", "NAK"]


def test_frame_split_across_reads() -> None:
    wire = bytes.fromhex(str(FRAMES["answer_version"]["hex"]))
    parser = FrameParser()
    events = []
    for i in range(len(wire)):
        events += parser.feed(wire[i:i + 1])
    assert events == [decode_one(wire)] and parser.pending == 0


@pytest.mark.parametrize("wire, reason", [
    (b"\x41\x42\x43", "garbage"),
    (bytes.fromhex("F2 00 00 03 43 31 30 03 B1"), "bad BCC"),
    (bytes.fromhex("F2 00 00 03 43 31 30 04 B0"), "no ETX"),
    (bytes.fromhex("F2 00 00 02 43 31 03 B3"), "bad length"),
    (bytes.fromhex("F2 00 FF FF 43"), "bad length"),
    (bytes.fromhex("F2 00 00 03 58 31 30 03 AB"), "unknown kind"),
    (bytes.fromhex("F2 00 00 03 50 31 30 03 A3"), "short text"),
])
def test_rejections(wire: bytes, reason: str) -> None:
    events = FrameParser().feed(wire)
    assert not [e for e in events if isinstance(e, Frame)]
    assert reason in [e.reason for e in events if isinstance(e, Rejected)]


def test_partial_frame_is_flushed_and_the_next_frame_parses() -> None:
    parser = FrameParser()
    assert parser.feed(bytes.fromhex("F2 00 00 06 50 31")) == []
    assert parser.flush() == [Rejected("partial frame", 6)]
    wire = bytes.fromhex(str(FRAMES["status"]["hex"]))
    assert parser.feed(wire) == [decode_one(wire)]


def test_over_long_frame_is_rejected_without_buffering_it() -> None:
    parser = FrameParser(max_text=16)
    events = parser.feed(bytes.fromhex("F2 00 00 20") + b"P" + b"x" * 40)  # LEN 32 > 16
    assert Rejected("bad length", 1) in events and parser.pending < 4


def test_frame_behind_garbage_is_found() -> None:
    wire = bytes.fromhex(str(FRAMES["answer_moved_to_rf"]["hex"]))
    events = FrameParser().feed(b"\xf2\x00\x00\x09zz" + wire)
    assert decode_one(wire) in events


def test_encode_refuses_what_the_wire_cannot_carry() -> None:
    with pytest.raises(ValueError):
        Frame(0, FrameKind.COMMAND, 0x31, 0x30, b"x" * 600).encode()
    with pytest.raises(ValueError):
        Frame(256, FrameKind.COMMAND, 0x31, 0x30).encode()
