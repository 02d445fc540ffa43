"""The ESC/POS printer: the slip's real bytes (QR code, cut), and the driver through a
pty printer simulator and a TCP printer: paper out, cover open, no answer, unplug."""

from __future__ import annotations

import asyncio
import re
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from devices.printer import CoverOpen, PaperOut, PrinterFault, open_printer, render_slip
from devices.printer.protocol import (
    PrinterProtocolError,
    PrinterState,
    parse_status,
    status_bytes,
)
from devices.printer.simulator import PrinterSimulator
from kiosk.ports import CheckInSlip, Health

ROOT = Path(__file__).resolve().parents[3]
FIXTURE = ROOT / "tests/fixtures/devices/escpos/checkin_slip.hex"
SLIP = CheckInSlip(hotel="Hotel Aurora Helsinki", first_name="Anna", rooms=("305", "306"),
                   floor="3", wayfinding="Lift to floor 3, then turn left.",
                   departure="2026-11-27", checkout_until="12:00", wifi_ssid="Aurora-Guest",
                   wifi_password="northernlights", qr_text="LOBBY1:BK:HEL01:AB12CD34")
GS_K = b"\x1d(k"


def run(coro: object) -> object:
    return asyncio.run(coro)  # type: ignore[arg-type]


def printed(sim: PrinterSimulator, size: int, timeout: float = 3.0) -> bytes:
    """The job bytes once the simulator thread has read them all (the driver's write
    returns when the bytes are in the pty, a moment before the printer reads them)."""
    deadline = time.monotonic() + timeout
    while len(sim.received) < size and time.monotonic() < deadline:
        time.sleep(0.005)
    return bytes(sim.received)


def test_slip_bytes_are_the_fixture() -> None:
    expected = bytes.fromhex("".join(re.sub(r"#.*", "", FIXTURE.read_text()).split()))
    assert render_slip(SLIP) == expected


def test_qr_code_command_sequence() -> None:
    data = render_slip(SLIP)
    payload = SLIP.qr_text.encode()
    qr = (GS_K + b"\x04\x00" + b"1A2\x00"              # model 2
          + GS_K + b"\x03\x00" + b"1C\x06"              # module size 6 dots
          + GS_K + b"\x03\x00" + b"1E1"                 # error correction M
          + GS_K + bytes([len(payload) + 3, 0]) + b"1P0" + payload  # store the data
          + GS_K + b"\x03\x00" + b"1Q0")                # print it
    assert qr in data


def test_starts_with_init_and_ends_with_feed_and_cut() -> None:
    data = render_slip(SLIP)
    assert data.startswith(b"\x1b@")                   # ESC @
    assert data.endswith(b"\x1bd\x06" + b"\x1dV\x00")  # ESC d 6, GS V 0 (full cut)


def test_slip_content() -> None:
    data = render_slip(SLIP)
    for text in (b"Hotel Aurora Helsinki", b"305, 306", b"Floor 3", b"2026-11-27",
                 b"12:00", b"Aurora-Guest", b"northernlights", b"Welcome, Anna!"):
        assert text in data
    one_room = render_slip(CheckInSlip("H", "", ("12",), "", "", "d", "t", "", "", ""))
    assert b"Room\n" in one_room and GS_K not in one_room and b"Wi-Fi" not in one_room


def test_non_ascii_text_is_encoded_for_the_printer() -> None:
    data = render_slip(CheckInSlip("Hotel Kämp", "Åsa", ("7",), "1", "", "d", "t", "", "",
                                   ""))
    assert "Kämp".encode("cp437") in data and b"\x1bt" in data  # code page selected


@pytest.mark.parametrize("state", [PrinterState(), PrinterState(cover_open=True),
                                   PrinterState(paper_low=True), PrinterState(paper_out=True),
                                   PrinterState(error=True)])
def test_status_bytes_round_trip(state: PrinterState) -> None:
    offline, paper = status_bytes(state)
    got = parse_status(offline, paper)
    assert got.cover_open == state.cover_open and got.paper_out == state.paper_out
    assert got.error == state.error and got.paper_low == (state.paper_low or state.paper_out)


@pytest.mark.parametrize("offline, paper", [(0x00, 0x12), (0x12, 0xFF), (0x13, 0x12)])
def test_status_bytes_that_cannot_be(offline: int, paper: int) -> None:
    with pytest.raises(PrinterProtocolError):
        parse_status(offline, paper)


@pytest.fixture
def sim(tmp_path: Path) -> Iterator[PrinterSimulator]:
    with PrinterSimulator(tmp_path / "printer") as s:
        yield s  # type: ignore[misc]


def test_prints_the_slip_over_a_serial_port(sim: PrinterSimulator) -> None:
    printer = open_printer(f"tty:{sim.path}?baud=19200&timeout=0.3")
    run(printer.print_slip(SLIP))
    assert printed(sim, len(render_slip(SLIP))) == render_slip(SLIP)
    assert sim.queries == [2, 4]
    assert run(printer.probe()).status == Health.OK


@pytest.mark.parametrize("state, error, health", [
    (PrinterState(paper_out=True), PaperOut, Health.OFFLINE),
    (PrinterState(cover_open=True), CoverOpen, Health.OFFLINE),
    (PrinterState(error=True), PrinterFault, Health.OFFLINE),
])
def test_faults_stop_the_slip_before_printing(sim: PrinterSimulator, state: PrinterState,
                                              error: type[Exception], health: Health) -> None:
    sim.state = state
    printer = open_printer(f"tty:{sim.path}?timeout=0.3")
    with pytest.raises(error):
        run(printer.print_slip(SLIP))
    assert sim.received == b""
    assert run(printer.probe()).status == health


def test_paper_low_prints_and_degrades(sim: PrinterSimulator) -> None:
    sim.state = PrinterState(paper_low=True)
    printer = open_printer(f"tty:{sim.path}?timeout=0.3")
    run(printer.print_slip(SLIP))
    probe = run(printer.probe())
    assert (probe.status, probe.detail) == (Health.DEGRADED, "paper low")


def test_no_answer(sim: PrinterSimulator) -> None:
    sim.silent = True
    printer = open_printer(f"tty:{sim.path}?timeout=0.2")
    with pytest.raises(PrinterFault, match="no answer to status query 10 04 02"):
        run(printer.print_slip(SLIP))
    assert run(printer.probe()).status == Health.OFFLINE


def test_unplug_and_replug(sim: PrinterSimulator) -> None:
    printer = open_printer(f"tty:{sim.path}?timeout=0.3")
    run(printer.print_slip(SLIP))
    printed(sim, len(render_slip(SLIP)))
    sim.unplug()
    with pytest.raises(PrinterFault):
        run(printer.print_slip(SLIP))
    assert run(printer.probe()).status == Health.OFFLINE
    sim.replug()
    sim.received.clear()
    run(printer.print_slip(SLIP))
    assert printed(sim, len(render_slip(SLIP))) == render_slip(SLIP)


def test_network_printer() -> None:
    server = socket.create_server(("127.0.0.1", 0))
    port = server.getsockname()[1]
    received = bytearray()

    def serve() -> None:
        conn, _ = server.accept()
        with conn:
            while data := conn.recv(4096):
                for query in re.findall(rb"\x10\x04(.)", data, re.DOTALL):
                    conn.sendall(bytes([status_bytes(PrinterState())[0 if query == b"\x02"
                                                                      else 1]]))
                received.extend(re.sub(rb"\x10\x04.", b"", data, flags=re.DOTALL))

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    printer = open_printer(f"tcp:127.0.0.1:{port}?timeout=1")
    run(printer.print_slip(SLIP))
    run(printer.close())
    thread.join(timeout=5)
    server.close()
    assert bytes(received) == render_slip(SLIP)


def test_usb_printer_without_pyusb_is_a_clear_fault() -> None:
    printer = open_printer("usb:04b8:0202")
    probe = run(printer.probe())
    assert probe.status == Health.OFFLINE and "usb 04b8:0202: cannot open" in probe.detail


@pytest.mark.parametrize("url, message", [
    ("tty:/dev/ttyS0?speed=1", "unknown option 'speed' (known: baud, timeout)"),
    ("tcp:printer.local?colour=red", "unknown option 'colour' (known: timeout)"),
    ("tcp::9100", "expected 'tty:/dev/ttyUSB0"),
    ("usb:epson", "'usb:VID:PID[?timeout=0.5]' (hex ids)"),
    ("lp:/dev/usb/lp0", "expected 'sim:[?paper=N]' or 'tty:"),
])
def test_url_grammar(url: str, message: str) -> None:
    with pytest.raises(ValueError, match=re.escape(message)):
        open_printer(url)


def test_tcp_default_port() -> None:
    assert open_printer("tcp:192.0.2.10").device_info()["port"] == "192.0.2.10:9100"
