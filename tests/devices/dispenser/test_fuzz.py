"""Fuzz the CRT-591 frame parser: random bytes, truncated, duplicated and damaged frames
only ever give clean events (never an exception, never a frame that was not sent)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from devices.dispenser.protocol import (
    MAX_TEXT,
    Frame,
    FrameKind,
    FrameParser,
    Rejected,
    bcc,
)

frames = st.builds(
    Frame,
    address=st.integers(0, 15),
    kind=st.sampled_from(list(FrameKind)),
    command=st.integers(0, 255),
    parameter=st.integers(0, 255),
    data=st.binary(min_size=3, max_size=40),
)


def feed_chunks(parser: FrameParser, wire: bytes, cuts: list[int]) -> list[object]:
    events: list[object] = []
    start = 0
    for cut in sorted(c % (len(wire) + 1) for c in cuts):
        events += parser.feed(wire[start:cut])
        start = max(start, cut)
    events += parser.feed(wire[start:])
    return events


def assert_clean(events: list[object], parser: FrameParser) -> None:
    for e in events:
        if isinstance(e, Frame):
            raw = e.encode()  # a frame handed out always re-encodes with a valid BCC
            assert bcc(raw[:-1]) == raw[-1]
        else:
            assert type(e).__name__ in ("Control", "Rejected")
    assert parser.pending <= 4 + MAX_TEXT + 2


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=600), st.lists(st.integers(0, 700), max_size=6))
def test_random_bytes(data: bytes, cuts: list[int]) -> None:
    parser = FrameParser()
    assert_clean(feed_chunks(parser, data, cuts), parser)
    assert all(isinstance(e, Rejected) for e in parser.flush())


@settings(max_examples=200, deadline=None)
@given(st.lists(frames, min_size=1, max_size=4),
       st.binary(max_size=20).filter(lambda b: b"\xf2" not in b),
       st.lists(st.integers(0, 400), max_size=5))
def test_frames_survive_noise_and_any_split(sent: list[Frame], noise: bytes,
                                            cuts: list[int]) -> None:
    # Noise without an STX cannot open a frame, so every frame behind it comes through,
    # however the reads split the stream.
    wire = noise + b"".join(f.encode() for f in sent)
    parser = FrameParser()
    events = feed_chunks(parser, wire, cuts) + parser.flush()
    assert [e for e in events if isinstance(e, Frame)] == sent


@settings(max_examples=200, deadline=None)
@given(frames, st.integers(1, 3))
def test_duplicated_frames(frame: Frame, copies: int) -> None:
    events = FrameParser().feed(frame.encode() * copies)
    assert events == [frame] * copies


@settings(max_examples=300, deadline=None)
@given(frames, st.data())
def test_truncated_frame_never_parses(frame: Frame, data: st.DataObject) -> None:
    wire = frame.encode()
    cut = data.draw(st.integers(1, len(wire) - 1))
    parser = FrameParser()
    events = parser.feed(wire[:cut]) + parser.flush()
    assert not [e for e in events if isinstance(e, Frame)]


@settings(max_examples=400, deadline=None)
@given(frames, st.data())
def test_flipped_byte_is_never_taken_for_the_frame(frame: Frame, data: st.DataObject) -> None:
    wire = bytearray(frame.encode())
    # Any byte after the length field: TEXT, ETX or BCC. XOR makes one flip always visible.
    at = data.draw(st.integers(4, len(wire) - 1))
    wire[at] ^= data.draw(st.integers(1, 255))
    parser = FrameParser()
    events = parser.feed(bytes(wire)) + parser.flush()
    assert frame not in events
    assert_clean(events, parser)
