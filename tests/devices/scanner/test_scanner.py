"""QR scanner and passport reader over a pty: codes and MRZ blocks come through;
over-long lines, garbage and partial lines are dropped with a reason and never logged."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from devices.scanner import open_document_reader, open_scanner
from devices.scanner.simulator import LineDeviceSimulator
from kiosk.ports import Health

TD3 = ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
       "L898902C36UTO7408122F1204159ZE184226B<<<<<10"]
TD1 = ["I<UTOD231458907<<<<<<<<<<<<<<<",
       "7408122F1204159UTO<<<<<<<<<<<6",
       "ERIKSSON<<ANNA<MARIA<<<<<<<<<<"]
CODE = "LOBBY1:BK:HEL01:AB12CD34"


@pytest.fixture
def sim(tmp_path: Path) -> Iterator[LineDeviceSimulator]:
    with LineDeviceSimulator(str(tmp_path / "scanner")) as s:
        yield s  # type: ignore[misc]


def read(coro: object, timeout: float = 3.0) -> object:
    async def go() -> object:
        return await asyncio.wait_for(coro, timeout)  # type: ignore[arg-type]
    return asyncio.run(go())


def test_codes_come_through(sim: LineDeviceSimulator) -> None:
    scanner = open_scanner(f"tty:{sim.path}")

    async def go() -> list[str]:
        assert (await scanner.probe()).status == Health.OK
        sim.send_code(CODE)
        sim.send_raw("Zürich-7\r".encode() + b"second\n")
        return [await scanner.next_code() for _ in range(3)]
    assert asyncio.run(go()) == [CODE, "Zürich-7", "second"]


def test_bad_input_is_dropped_and_never_logged(sim: LineDeviceSimulator,
                                               caplog: pytest.LogCaptureFixture) -> None:
    scanner = open_scanner(f"tty:{sim.path}?max_line=64&idle=0.1")
    caplog.set_level(logging.WARNING, logger="devices.scanner")

    async def go() -> str:
        await scanner.probe()
        waiting = asyncio.ensure_future(scanner.next_code())  # the kiosk always listens
        sim.send_raw(b"SECRETLONG" * 20 + b"\r\n")      # over-long
        sim.send_raw(b"\x00\xff\xfe\x01garbage\r\n")     # binary
        sim.send_raw(b"\x80\x81\r")                      # not UTF-8
        sim.send_raw(b"HALFSECRET")                      # no terminator...
        await asyncio.sleep(0.4)                         # ...and silence
        sim.send_code(CODE)
        return await waiting
    assert read(go()) == CODE
    reasons = [r.reason for r in caplog.records]  # type: ignore[attr-defined]
    assert reasons == ["too long", "not text", "partial line"]
    assert scanner.counters["dropped"] == 4  # the second "not text" is counted, not logged
    text = caplog.text + "".join(str(vars(r)) for r in caplog.records)
    assert "SECRET" not in text and "garbage" not in text


def test_mrz_blocks(tmp_path: Path) -> None:
    with LineDeviceSimulator(str(tmp_path / "mrz"), terminator=b"\r") as sim:
        reader = open_document_reader(f"tty:{sim.path}?gap=0.3")

        async def go() -> list[str]:
            await reader.probe()
            sim.send_mrz(TD3)
            sim.send_mrz(TD1[:2])          # a partial block: the rest never comes
            await asyncio.sleep(0.5)
            sim.send_raw(b"HELLO\r")       # not an MRZ line
            sim.send_mrz(TD1)
            return [await reader.next_mrz() for _ in range(2)]
        assert read(go()) == ["\n".join(TD3), "\n".join(TD1)]
        assert reader.counters["dropped"] == 2


def test_mrz_lines_split_across_reads(tmp_path: Path) -> None:
    with LineDeviceSimulator(str(tmp_path / "mrz")) as sim:
        reader = open_document_reader(f"tty:{sim.path}")
        wire = b"".join(line.encode() + b"\r\n" for line in TD3)

        async def go() -> str:
            await reader.probe()
            for i in range(0, len(wire), 7):
                sim.send_raw(wire[i:i + 7])
            return await reader.next_mrz()
        assert read(go()) == "\n".join(TD3)


def test_unplug_and_replug_keeps_listening(sim: LineDeviceSimulator) -> None:
    scanner = open_scanner(f"tty:{sim.path}")

    async def go() -> str:
        assert (await scanner.probe()).status == Health.OK
        sim.unplug()
        waiting = asyncio.ensure_future(scanner.next_code())
        await asyncio.sleep(0.3)
        assert (await scanner.probe()).status == Health.OFFLINE
        assert not waiting.done()          # the listener waits, it does not crash
        sim.replug()
        for _ in range(50):
            if (await scanner.probe()).status == Health.OK:
                break
            await asyncio.sleep(0.05)
        sim.send_code(CODE)
        return await waiting
    assert read(go(), timeout=10) == CODE
    assert scanner.counters["connects"] >= 2


def test_cancelled_wait_loses_no_read(sim: LineDeviceSimulator) -> None:
    scanner = open_scanner(f"tty:{sim.path}")

    async def go() -> str:
        await scanner.probe()
        with pytest.raises(asyncio.TimeoutError):
            await asyncio.wait_for(scanner.next_code(), 0.05)
        sim.send_code(CODE)
        await asyncio.sleep(0.3)
        return await scanner.next_code()
    assert read(go()) == CODE


@pytest.mark.parametrize("opener, url, message", [
    (open_scanner, "tty:/dev/ttyACM0?parity=E", "unknown option 'parity' (known: baud,"),
    (open_document_reader, "tty:/dev/ttyUSB1?gap=soon", "bad value for 'gap'"),
    (open_scanner, "hid:0c2e:0b61", "expected 'sim:' or 'tty:/dev/ttyUSB0"),
])
def test_url_grammar(opener: object, url: str, message: str) -> None:
    import re
    with pytest.raises(ValueError, match=re.escape(message)):
        opener(url)  # type: ignore[operator]
