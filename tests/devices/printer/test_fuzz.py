"""The printer's status-byte parser over every byte pair, and the printer simulator's
DLE EOT scanner over random, split input: clean results only."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from devices.printer.protocol import PrinterProtocolError, PrinterState, parse_status
from devices.printer.simulator import PrinterSimulator


def test_every_status_byte_pair() -> None:
    accepted = 0
    for offline in range(256):
        for paper in range(256):
            try:
                state = parse_status(offline, paper)
            except PrinterProtocolError:
                assert offline & 0x93 != 0x12 or paper & 0x93 != 0x12
                continue
            accepted += 1
            assert isinstance(state, PrinterState)
    assert accepted == 16 * 16  # 4 free bits in each byte


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300), st.lists(st.integers(0, 300), max_size=6))
def test_simulator_splits_jobs_from_queries(data: bytes, cuts: list[int]) -> None:
    sim = PrinterSimulator()
    sim.silent = True  # no answers: only the split is checked
    try:
        start = 0
        for cut in sorted(c % (len(data) + 1) for c in cuts):
            sim.on_bytes(data[start:cut])
            start = max(start, cut)
        sim.on_bytes(data[start:])
    finally:
        sim.port.unplug()
    held = len(sim._held)
    assert len(sim.received) + 3 * len(sim.queries) + held == len(data)
    whole = PrinterSimulator()
    whole.silent = True
    try:
        whole.on_bytes(data)
    finally:
        whole.port.unplug()
    assert (sim.received, sim.queries) == (whole.received, whole.queries)
