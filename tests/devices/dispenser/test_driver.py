"""SerialCardDispenser against the CRT-591 simulator on a pty: every status and fault,
through pyserial and the real handshake."""

from __future__ import annotations

import asyncio
import json
import threading
import time
from pathlib import Path

import pytest

from devices.dispenser import CardNotTaken, SerialCardDispenser, open_dispenser
from devices.dispenser.protocol import BoxLevel, CardPosition, Cmd, Move
from devices.dispenser.simulator import DispenserSimulator
from kiosk.errors import CardBoxEmpty, CardJammed, DeviceFault
from kiosk.ports import Health

ROOT = Path(__file__).resolve().parents[3]
FIXTURE = json.loads((ROOT / "tests/fixtures/devices/crt591/frames.json").read_text())


def run(coro: object) -> object:
    return asyncio.run(coro)  # type: ignore[arg-type]


def moves(sim: DispenserSimulator) -> list[int]:
    return [f.parameter for f in sim.received if f.command == Cmd.MOVE]


def test_issue_one_card(sim: DispenserSimulator, dispenser: SerialCardDispenser) -> None:
    async def go() -> None:
        await dispenser.to_encoder()
        assert (await dispenser.status()).position == CardPosition.ENCODER
        await dispenser.present()
    run(go())
    assert sim.taken == 1 and sim.cards == 19
    assert moves(sim) == [Move.TO_RF, Move.TO_GATE]
    assert dispenser.counters["presented"] == dispenser.counters["taken"] == 1
    assert dispenser.device_info()["firmware"] == "CRT-591 LOBBY-SIM 1.0"


def test_to_encoder_bytes_on_the_wire(sim: DispenserSimulator,
                                      dispenser: SerialCardDispenser) -> None:
    run(dispenser.status())  # connect: initialise and read the version first
    sim.transcript.clear()
    run(dispenser.to_encoder())
    got = [[side, data.hex(" ").upper()] for side, data in sim.transcript]
    assert got == FIXTURE["to_encoder_transcript"]


@pytest.mark.parametrize("setup, position, box, bin_full, health", [
    ({}, CardPosition.NONE, BoxLevel.OK, False, Health.OK),
    ({"cards": 2}, CardPosition.NONE, BoxLevel.LOW, False, Health.DEGRADED),
    ({"cards": 0}, CardPosition.NONE, BoxLevel.EMPTY, False, Health.OFFLINE),
    ({"in_bin": 50}, CardPosition.NONE, BoxLevel.OK, True, Health.DEGRADED),
    ({"position": CardPosition.ENCODER}, CardPosition.ENCODER, BoxLevel.OK, False, Health.OK),
    ({"position": CardPosition.GATE, "take_after": None}, CardPosition.GATE, BoxLevel.OK,
     False, Health.OK),
])
def test_status_and_health(sim: DispenserSimulator, dispenser: SerialCardDispenser,
                           setup: dict[str, object], position: CardPosition, box: BoxLevel,
                           bin_full: bool, health: Health) -> None:
    for key, value in setup.items():
        setattr(sim, key, value)
    status = run(dispenser.status())
    assert (status.position, status.box, status.bin_full) == (position, box, bin_full)
    assert run(dispenser.probe()).status == health


def test_jam_then_cleared(sim: DispenserSimulator, dispenser: SerialCardDispenser) -> None:
    sim.jam_next = 1
    with pytest.raises(CardJammed, match="card jam"):
        run(dispenser.to_encoder())
    probe = run(dispenser.probe())
    assert probe.status == Health.OFFLINE and "card jam" in probe.detail
    assert run(dispenser.status()).jammed
    sim.clear_jam()  # staff opened the unit
    assert run(dispenser.probe()).status == Health.OK  # reset by the probe
    run(dispenser.to_encoder())
    assert dispenser.counters["jams"] == 1


def test_empty_box(sim: DispenserSimulator, dispenser: SerialCardDispenser) -> None:
    sim.cards = 0
    with pytest.raises(CardBoxEmpty):
        run(dispenser.to_encoder())
    assert run(dispenser.probe()).detail == "card box empty"


def test_no_answer_is_a_timeout_after_retries(sim: DispenserSimulator,
                                              dispenser: SerialCardDispenser) -> None:
    run(dispenser.status())
    sim.silent = True
    sim.received.clear()
    t0 = time.monotonic()
    with pytest.raises(DeviceFault, match="no answer: no ACK to 31/30 after 3 tries"):
        run(dispenser.to_encoder())
    assert time.monotonic() - t0 < 3.0  # bounded by the retries, not a hang (generous for busy CI)
    assert len(sim.received) == 0 and dispenser.counters["retries"] == 2
    probe = run(dispenser.probe())
    assert probe.status == Health.OFFLINE and probe.detail.startswith("no answer")
    sim.silent = False
    assert run(dispenser.probe()).status == Health.OK


def test_damaged_answer_is_naked_and_sent_again(sim: DispenserSimulator,
                                                 dispenser: SerialCardDispenser) -> None:
    run(dispenser.status())
    sim.corrupt_next = 1
    run(dispenser.to_encoder())
    assert sim.naks_received == 1 and dispenser.counters["retries"] == 1
    assert sim.position == CardPosition.ENCODER and sim.cards == 19  # moved once, not twice


def test_answers_damaged_too_often(sim: DispenserSimulator,
                                   dispenser: SerialCardDispenser) -> None:
    run(dispenser.status())
    sim.corrupt_next = 99
    with pytest.raises(DeviceFault, match="damaged 3 times"):
        run(dispenser.to_encoder())


def test_naked_command_is_sent_again(sim: DispenserSimulator,
                                     dispenser: SerialCardDispenser) -> None:
    run(dispenser.status())
    sim.nak_next = 2
    run(dispenser.to_encoder())
    assert dispenser.counters["retries"] == 2 and sim.position == CardPosition.ENCODER


def test_slow_answer_within_timeout(sim: DispenserSimulator,
                                    dispenser: SerialCardDispenser) -> None:
    run(dispenser.status())
    sim.delay = 0.3
    run(dispenser.to_encoder())
    assert sim.position == CardPosition.ENCODER


def test_answer_slower_than_timeout(sim: DispenserSimulator,
                                    dispenser: SerialCardDispenser) -> None:
    run(dispenser.status())
    sim.delay = 0.7
    with pytest.raises(DeviceFault, match=r"no answer to 31/30 within 0\.5 s"):
        run(dispenser.to_encoder())
    assert dispenser.counters["timeouts"] == 1


def test_io_never_blocks_the_loop(sim: DispenserSimulator,
                                  dispenser: SerialCardDispenser) -> None:
    sim.motion = 0.3
    ticks = 0

    async def ticker() -> None:
        nonlocal ticks
        while True:
            await asyncio.sleep(0.01)
            ticks += 1

    async def go() -> None:
        task = asyncio.ensure_future(ticker())
        await dispenser.to_encoder()
        task.cancel()
        assert threading.current_thread() is threading.main_thread()
    run(go())
    assert ticks >= 15  # the loop ran all through the 0.3 s move


def test_card_not_taken_is_captured(sim: DispenserSimulator,
                                    dispenser: SerialCardDispenser) -> None:
    sim.take_after = None  # the guest walks away
    run(dispenser.to_encoder())
    with pytest.raises(CardNotTaken, match=r"not taken within 0\.4 s"):
        run(dispenser.present())
    assert sim.in_bin == 1 and sim.position == CardPosition.NONE
    assert run(dispenser.status()).card_not_taken
    assert dispenser.counters["captured"] == 1 and dispenser.counters["taken"] == 0


def test_reject_and_capture_never_waste_a_card(sim: DispenserSimulator,
                                               dispenser: SerialCardDispenser) -> None:
    run(dispenser.reject())
    run(dispenser.capture())
    assert sim.cards == 20 and sim.in_bin == 0 and moves(sim) == []
    run(dispenser.to_encoder())
    run(dispenser.reject())
    assert sim.in_bin == 1 and dispenser.counters["rejected"] == 1


def test_card_left_at_gate_is_captured_before_the_next(sim: DispenserSimulator,
                                                       dispenser: SerialCardDispenser) -> None:
    sim.position = CardPosition.GATE
    sim.take_after = None
    run(dispenser.to_encoder())
    assert moves(sim) == [Move.TO_BIN, Move.TO_RF] and sim.position == CardPosition.ENCODER


def test_present_without_a_card(dispenser: SerialCardDispenser) -> None:
    with pytest.raises(CardJammed, match="no card at the encoding position"):
        run(dispenser.present())


def test_reject_bin_full(sim: DispenserSimulator, dispenser: SerialCardDispenser) -> None:
    run(dispenser.to_encoder())
    sim.in_bin = sim.bin_capacity
    with pytest.raises(DeviceFault, match="EA1 reject bin full"):
        run(dispenser.reject())


def test_power_cycle_is_reinitialised(sim: DispenserSimulator,
                                      dispenser: SerialCardDispenser) -> None:
    run(dispenser.status())
    sim.initialised = False  # the unit lost power; the USB adapter stayed
    run(dispenser.to_encoder())
    assert sim.position == CardPosition.ENCODER


def test_unplug_and_replug(sim: DispenserSimulator, dispenser: SerialCardDispenser) -> None:
    run(dispenser.status())
    sim.unplug()
    with pytest.raises(DeviceFault, match="not connected"):
        run(dispenser.to_encoder())
    probe = run(dispenser.probe())
    assert probe.status == Health.OFFLINE and "cannot open" in probe.detail
    sim.replug()
    run(dispenser.to_encoder())
    assert dispenser.counters["connects"] == 2


def test_other_address_is_not_answered(tmp_path: Path) -> None:
    with DispenserSimulator(tmp_path / "d", address=3) as sim:
        wrong = open_dispenser(f"tty:{sim.path}?address=0&ack_timeout=0.05&retries=0")
        right = open_dispenser(f"tty:{sim.path}?address=3")
        assert run(wrong.probe()).status == Health.OFFLINE
        run(wrong.close())  # the port is opened exclusively, as a real one should be
        assert run(right.probe()).status == Health.OK


@pytest.mark.parametrize("url, message", [
    ("tty:/dev/ttyUSB0?speed=9600", "unknown option 'speed' (known: baud, address, timeout,"),
    ("tty:/dev/ttyUSB0?baud=fast", "bad value for 'baud'"),
    ("tty:?baud=9600", "no device path"),
    ("tty:/dev/ttyUSB0?address=16", "address must be 0..15"),
    ("serial:/dev/ttyUSB0", "expected 'sim:[?options]' or 'tty:/dev/ttyUSB0[?baud=9600&address=0"),
])
def test_url_grammar(url: str, message: str) -> None:
    with pytest.raises(ValueError, match=message.replace("?", r"\?").replace("[", r"\[")
                       .replace("(", r"\(").replace(")", r"\)")):
        open_dispenser(url)


def test_url_options_and_short_path() -> None:
    d = open_dispenser("tty:USB0?baud=19200&address=2&take_timeout=10")
    assert (d.path, d.baud, d.address, d.take_timeout) == ("/dev/ttyUSB0", 19200, 2, 10.0)


def test_registry_hands_tty_urls_to_this_driver(sim: DispenserSimulator) -> None:
    from devices import open_devices
    from kiosk.config import DevicesSection
    devices = open_devices(DevicesSection(dispenser=f"tty:{sim.path}"))
    assert isinstance(devices.dispenser, SerialCardDispenser)
