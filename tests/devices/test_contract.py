"""One contract, two implementations: the in-process simulators and the serial drivers
over their pty simulators meet the same ports (house rule 2)."""

from __future__ import annotations

import ast
import asyncio
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from devices.dispenser import open_dispenser
from devices.dispenser.simulator import DispenserSimulator
from devices.scanner import open_scanner
from devices.scanner.simulator import LineDeviceSimulator
from devices.sim import SimCardDispenser, SimCardPath, SimScanner
from kiosk.errors import CardBoxEmpty, CardJammed
from kiosk.ports import CardDispenser, CodeScanner, Health

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Rig:
    port: Any
    empty: Callable[[], None]
    jam: Callable[[], None]
    cards_left: Callable[[], int]


@pytest.fixture(params=["sim", "serial"])
def rig(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Rig]:
    if request.param == "sim":
        sim = SimCardDispenser(SimCardPath(), cards=30)

        def jam() -> None:
            sim.jam_every = sim.dispensed + 1
        yield Rig(sim, lambda: setattr(sim, "cards_left", 0), jam, lambda: sim.cards_left)
    else:
        with DispenserSimulator(tmp_path / "d", cards=30) as pty:
            port = open_dispenser(f"tty:{pty.path}?take_timeout=1&poll=0.02")
            yield Rig(port, lambda: setattr(pty, "cards", 0),
                      lambda: setattr(pty, "jam_next", 1), lambda: pty.cards)
            asyncio.run(port.close())


def run(coro: Any) -> Any:
    return asyncio.run(coro)


def test_issue_cycle(rig: Rig) -> None:
    port: CardDispenser = rig.port
    run(port.to_encoder())
    run(port.reject())
    run(port.to_encoder())
    run(port.present())
    run(port.capture())      # nothing at the gate: nothing happens
    assert rig.cards_left() == 28


def test_a_card_at_the_encoder_is_used(rig: Rig) -> None:
    run(rig.port.to_encoder())
    run(rig.port.to_encoder())
    assert rig.cards_left() == 29


def test_empty_box(rig: Rig) -> None:
    rig.empty()
    with pytest.raises(CardBoxEmpty):
        run(rig.port.to_encoder())
    assert run(rig.port.probe()).status == Health.OFFLINE


def test_jam(rig: Rig) -> None:
    rig.jam()
    with pytest.raises(CardJammed):
        run(rig.port.to_encoder())


def test_probe_ok(rig: Rig) -> None:
    status = run(rig.port.probe())
    assert (status.name, status.kind, status.status) == ("dispenser", "dispenser", Health.OK)


@pytest.mark.parametrize("kind", ["sim", "serial"])
def test_scanner_contract(kind: str, tmp_path: Path) -> None:
    async def go(scanner: CodeScanner, feed: Callable[[str], None]) -> str:
        assert (await scanner.probe()).status == Health.OK  # type: ignore[attr-defined]
        feed("LOBBY1:BK:HEL01:AB12CD34")
        return await asyncio.wait_for(scanner.next_code(), 3)

    if kind == "sim":
        async def with_sim() -> str:
            sim = SimScanner()
            return await go(sim, sim.feed)
        assert run(with_sim()) == "LOBBY1:BK:HEL01:AB12CD34"
    else:
        with LineDeviceSimulator(str(tmp_path / "s")) as pty:
            assert run(go(open_scanner(f"tty:{pty.path}"), pty.send_code)) == \
                "LOBBY1:BK:HEL01:AB12CD34"


def test_no_qt_in_kiosk_or_devices() -> None:
    """House rule 5, for the modules of this capability."""
    mine = [*ROOT.glob("devices/transport/*.py"), *ROOT.glob("devices/dispenser/*.py"),
            *ROOT.glob("devices/printer/*.py"), *ROOT.glob("devices/scanner/*.py"),
            ROOT / "kiosk/supervisor.py", ROOT / "kiosk/doctor.py"]
    for path in mine:
        for node in ast.walk(ast.parse(path.read_text())):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import) else
                     [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            assert not [n for n in names if n.split(".")[0] in ("PySide6", "qasync", "ui")], \
                path
