"""Fuzz the scanner line parser and the MRZ block assembler: random bytes, split reads,
duplicated and damaged lines only ever give clean lines or reasoned drops."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from devices.scanner.protocol import MRZ_SHAPES, Dropped, Line, LineParser, MrzAssembler

TD3 = ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
       "L898902C36UTO7408122F1204159ZE184226B<<<<<10"]


def feed_split(parser: LineParser, data: bytes, cuts: list[int]) -> list[Line | Dropped]:
    events: list[Line | Dropped] = []
    start = 0
    for cut in sorted(c % (len(data) + 1) for c in cuts):
        events += parser.feed(data[start:cut])
        start = max(start, cut)
    return events + parser.feed(data[start:])


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000), st.lists(st.integers(0, 2000), max_size=8),
       st.integers(16, 256))
def test_random_bytes(data: bytes, cuts: list[int], max_line: int) -> None:
    parser = LineParser(max_line)
    events = feed_split(parser, data, cuts) + parser.flush()
    for e in events:
        if isinstance(e, Line):
            assert e.text and len(e.text.encode()) <= max_line
            assert "\r" not in e.text and "\n" not in e.text
        else:
            assert e.reason in ("too long", "not text", "partial line") and e.size > 0
    assert parser.pending == 0


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(st.characters(min_codepoint=0x20, max_codepoint=0x2FF,
                                      blacklist_categories=("Cc", "Cs", "Zs")),
                        min_size=1, max_size=60), max_size=6),
       st.sampled_from([b"\r", b"\n", b"\r\n"]), st.lists(st.integers(0, 500), max_size=8))
def test_lines_survive_any_split(lines: list[str], end: bytes, cuts: list[int]) -> None:
    data = b"".join(line.encode() + end for line in lines)
    events = feed_split(LineParser(512), data, cuts)
    assert events == [Line(line) for line in lines]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["td3a", "td3b", "junk", "short", "lower"]), max_size=10),
       st.lists(st.floats(0, 2), max_size=10))
def test_mrz_assembler_only_emits_whole_blocks(kinds: list[str], gaps: list[float]) -> None:
    pick = {"td3a": TD3[0], "td3b": TD3[1], "junk": "HELLO WORLD", "short": TD3[0][:30],
            "lower": TD3[1].lower()}
    m = MrzAssembler(gap=1.0)
    now = 0.0
    for i, kind in enumerate(kinds):
        now += gaps[i] if i < len(gaps) else 0.1
        for out in m.add(pick[kind], now):
            if isinstance(out, str):
                block = out.split("\n")
                assert len({len(x) for x in block}) == 1
                assert len(block) == MRZ_SHAPES[len(block[0])]
            else:
                assert out.reason in ("not an MRZ line", "partial block")
    assert m.pending < 3


@settings(max_examples=100, deadline=None)
@given(st.integers(0, len(TD3[0]) - 1), st.characters(min_codepoint=0, max_codepoint=255))
def test_damaged_mrz_line_never_makes_a_block(at: int, char: str) -> None:
    damaged = TD3[0][:at] + char + TD3[0][at + 1:]
    m = MrzAssembler()
    out = m.add(damaged, 0.0) + m.add(TD3[1], 0.1)
    blocks = [o for o in out if isinstance(o, str)]
    assert blocks in ([], ["\n".join([damaged.upper(), TD3[1]])])
    if blocks:
        assert all(c.isalnum() or c == "<" for c in blocks[0].replace("\n", ""))
