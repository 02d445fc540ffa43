"""A CRT-591-family simulator on a pty, and a driver opened on its link like a real port."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from devices.dispenser import SerialCardDispenser, open_dispenser
from devices.dispenser.simulator import DispenserSimulator

# Short timeouts keep the fault tests fast; the protocol is the same.
FAST = "timeout=0.5&ack_timeout=0.08&retries=2&take_timeout=0.4&poll=0.02"


@pytest.fixture
def sim(tmp_path: Path) -> Iterator[DispenserSimulator]:
    with DispenserSimulator(tmp_path / "dispenser", cards=20, low_at=3) as s:
        yield s  # type: ignore[misc]


@pytest.fixture
def dispenser(sim: DispenserSimulator) -> SerialCardDispenser:
    return open_dispenser(f"tty:{sim.path}?{FAST}")
