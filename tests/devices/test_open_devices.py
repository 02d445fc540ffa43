"""Device URLs: simulators by option, unknown schemes and options rejected with the grammar."""

from __future__ import annotations

import pytest

from devices import open_devices
from kiosk.config import DevicesSection


def test_defaults_are_simulators() -> None:
    d = open_devices(DevicesSection())
    assert type(d.dispenser).__name__ == "SimCardDispenser"
    assert type(d.printer).__name__ == "SimReceiptPrinter"


def test_options_reach_the_simulator() -> None:
    d = open_devices(DevicesSection(payment="sim:?outcomes=decline,approve",
                                    dispenser="sim:?jam_every=3&cards=10"))
    assert d.payment.script == ["decline", "approve"]  # type: ignore[attr-defined]
    assert d.dispenser.jam_every == 3  # type: ignore[attr-defined]


@pytest.mark.parametrize("url, message", [
    ("sim:?foo=1", "unknown option 'foo' (known: cards, delay, jam_every)"),
    ("sim:?cards=many", "bad value for 'cards'"),
    ("garbage", "expected 'sim:"),
])
def test_bad_urls_state_the_grammar(url: str, message: str) -> None:
    with pytest.raises(ValueError, match=message.replace("(", r"\(").replace(")", r"\)")):
        open_devices(DevicesSection(dispenser=url))


def test_unknown_payment_outcome() -> None:
    with pytest.raises(ValueError, match="unknown outcome 'maybe'"):
        open_devices(DevicesSection(payment="sim:?outcomes=approve,maybe"))
