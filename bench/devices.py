"""Benchmark: time to issue one key card end to end through the device stack.

The real ``KeyIssuer`` (record, dispense to the encoder, write, read back and verify,
present, wait for the card to be taken) drives the serial dispenser driver, which talks
pyserial to the CRT-591 simulator on a pseudo-terminal; the simulated NFC encoder sees
the cards the simulator moves. Run once with realistic delays (card moves, 9600 Bd wire
time, an NFC write) and once with every delay at zero: the second is the software's own
share. The in-process simulated dispenser is measured too, for comparison.

Run: .venv/bin/python bench/devices.py [--runs N]
"""

from __future__ import annotations

import argparse
import asyncio
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

# This file is bench/devices.py: run as a script, its folder comes first on sys.path and
# `import devices` would import this file instead of the package.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).parent.resolve()]

from devices.dispenser import SerialCardDispenser  # noqa: E402
from devices.dispenser.simulator import DispenserSimulator  # noqa: E402
from devices.sim import SimCardDispenser, SimCardPath, SimKeyEncoder  # noqa: E402
from kiosk.clock import SystemClock  # noqa: E402
from kiosk.db import Store, open_store  # noqa: E402
from kiosk.keys import KeyIssuer  # noqa: E402

SITE_KEY = b"bench-site-key-0123456789abcdef"
MOTION_S = 0.6    # one card move of a CRT-591-class unit (box -> RF, RF -> gate)
NFC_WRITE_S = 0.024  # nfcpy: 100-byte NDEF write + read-back, ARCHITECTURE.md
BAUD = 9600


def _seed(store: Store) -> str:
    code = "BENCHDEV"
    now = store.clock.now_iso()
    today = store.clock.today()
    with store.transaction() as tx:
        guest = tx.execute("INSERT INTO guests (first_name, last_name, last_name_key,"
                           " created_at) VALUES ('Bench', 'Mark', 'mark', ?)", (now,))
        tx.execute("INSERT INTO bookings (code, site, guest_id, arrival, departure, created_at,"
                   " updated_at) VALUES (?, 'HEL01', ?, ?, ?, ?, ?)",
                   (code, guest.lastrowid, today.isoformat(),
                    (today + timedelta(days=1)).isoformat(), now, now))
    return code


def _issue_times(issuer: KeyIssuer, code: str, runs: int) -> list[float]:
    clock = SystemClock()
    valid_from = clock.now()
    valid_until = valid_from + timedelta(days=1)

    async def go() -> list[float]:
        times = []
        for _ in range(runs):
            t0 = time.perf_counter()
            await issuer.issue(code, ["101"], 1, valid_from, valid_until)
            times.append((time.perf_counter() - t0) * 1000)
        return times
    return asyncio.run(go())


def serial_path(runs: int, realistic: bool) -> list[float]:
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "bench.db", SystemClock())
        code = _seed(store)
        path = SimCardPath()
        with DispenserSimulator(Path(tmp) / "dispenser", cards=runs + 5, card_path=path,
                                motion=MOTION_S if realistic else 0.0,
                                baud=BAUD if realistic else 0, take_after=0.0) as sim:
            dispenser = SerialCardDispenser(sim.path, poll=0.05)
            encoder = SimKeyEncoder(path, delay=NFC_WRITE_S if realistic else 0.0)
            issuer = KeyIssuer(store, encoder, dispenser, SITE_KEY, "HEL01", store.clock)
            asyncio.run(dispenser.probe())  # connect first: the kiosk keeps the port open
            times = _issue_times(issuer, code, runs)
            asyncio.run(dispenser.close())
        store.close()
        return times


def in_process_path(runs: int) -> list[float]:
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "bench.db", SystemClock())
        code = _seed(store)
        path = SimCardPath()
        issuer = KeyIssuer(store, SimKeyEncoder(path), SimCardDispenser(path), SITE_KEY,
                           "HEL01", store.clock)
        times = _issue_times(issuer, code, runs)
        store.close()
        return times


def _row(name: str, delays: str, times: list[float]) -> str:
    times = sorted(times)
    p90 = times[min(len(times) - 1, int(len(times) * 0.9))]
    return (f"| {name:<42} | {delays:<31} | {len(times):>4} | {statistics.median(times):>9.1f}"
            f" | {p90:>8.1f} |")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    p.add_argument("--runs", type=int, default=30, help="cards per zero-delay row")
    args = p.parse_args()
    runs = max(3, args.runs)
    rows: list[tuple[str, str, Callable[[], list[float]]]] = [
        ("pty CRT-591 simulator + sim NFC encoder", f"moves {MOTION_S} s, {BAUD} Bd, "
         f"NFC {NFC_WRITE_S * 1000:.0f} ms", lambda: serial_path(max(3, runs // 6), True)),
        ("pty CRT-591 simulator + sim NFC encoder", "zero (software share)",
         lambda: serial_path(runs, False)),
        ("in-process sim dispenser + sim NFC encoder", "zero", lambda: in_process_path(runs)),
    ]
    print(f"Issue one key card end to end (KeyIssuer.issue, 1 card) — "
          f"{platform.python_implementation()} {platform.python_version()}, "
          f"{platform.machine()}")
    print(f"| {'path':<42} | {'delays':<31} | runs | median ms |   p90 ms |")
    print(f"| {'-' * 42} | {'-' * 31} | ---: | --------: | -------: |")
    results: dict[str, Any] = {}
    for name, delays, measure in rows:
        times = measure()
        results[delays] = times
        print(_row(name, delays, times), flush=True)
    wire = statistics.median(results["zero (software share)"])
    # Per card: 5 exchanges (status, move to RF, status, move to gate, status), each a
    # 9-byte command, ACK, ENQ and a 12-byte answer, at 10 bits per byte.
    wire_ms = 5 * (9 + 1 + 1 + 12) * 10 / BAUD * 1000
    floor = 2 * MOTION_S * 1000 + NFC_WRITE_S * 1000 + wire_ms
    print(f"\nFloor with realistic delays: 2 moves + 1 NFC write + {wire_ms:.0f} ms on the "
          f"wire = {floor:.0f} ms; the software's own share (pyserial, pty, threads, "
          f"SQLite, HMAC): {wire:.1f} ms per card.")


if __name__ == "__main__":
    main()
