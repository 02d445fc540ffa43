"""Benchmark: writing a key card through the real nfcpy driver and nfcpy's udp link.

Prints a table: write + read-back + verify of a one-room credential on a fresh NTAG215 and
on a card already protected by its password, and a read + verify (median and p95 of N),
with the frames, pages and bytes each moved. The udp link has no radio: its time is
software (the driver, nfcpy, the simulator process and loopback), to be set against the
~0.1-0.2 s a PN533/ACR122U reader spends on the air and on USB for the same frames.
Run: .venv/bin/python bench/devices_nfc.py [N]
"""

from __future__ import annotations

import asyncio
import platform
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

# Run as a script, this folder comes first on sys.path, where bench/devices.py would hide
# the `devices` package.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).parent.resolve()]

from devices.nfc import NfcKeyEncoder, open_key_encoder  # noqa: E402
from devices.nfc.card_sim import RunningSim, running_card_sim  # noqa: E402
from devices.nfc.tagio import OperationStats  # noqa: E402
from kiosk import keycard  # noqa: E402

SITE_KEY = b"bench-site-key-0123456789abcdef"
UID = bytes.fromhex("04a1b2c3d4e5f6")
# Per frame on real hardware, from the NTAG21x data sheet and typical PN533 USB latency:
# a WRITE programs EEPROM for 4.1 ms; any frame costs ~2-3 ms of air time and USB round trip.
WRITE_MS, FRAME_MS = 4.1 + 2.5, 2.5
ACTIVATION_FRAMES = 9  # REQA, 2x SDD/SEL, the 1A00 probe, RFOFF and re-select, GET_VERSION


@dataclass
class Row:
    name: str
    ms: list[float]
    cpu_ms: list[float]
    activation_ms: list[float]
    stats: OperationStats

    def p95(self) -> float:
        return statistics.quantiles(self.ms, n=20)[-1] if len(self.ms) >= 2 else self.ms[0]

    def radio_estimate_ms(self) -> float:
        s = self.stats
        others = ACTIVATION_FRAMES + s.exchanges - s.pages_written
        return s.pages_written * WRITE_MS + others * FRAME_MS


def credential(uid: bytes, generation: int) -> bytes:
    now = datetime.now(UTC)
    return keycard.encode(keycard.KeyCredential(
        uid=uid, booking_code="AURA2345", generation=generation, card_number=1,
        valid_from=now - timedelta(minutes=1), valid_until=now + timedelta(days=2),
        site="HEL01", rooms=("312",)), SITE_KEY)


async def measure(name: str, runs: int, enc: NfcKeyEncoder, before: Callable[[], object],
                  op: Callable[[int], Awaitable[bytes]]) -> Row:
    ms: list[float] = []
    cpu: list[float] = []
    activation: list[float] = []
    for i in range(runs):
        before()
        t0, c0 = time.perf_counter(), time.process_time()
        await op(i)
        ms.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
        assert enc.last_operation is not None
        activation.append(enc.last_operation.activation_seconds * 1000)
    assert enc.last_operation is not None
    return Row(name, ms, cpu, activation, enc.last_operation)


async def bench(sim: RunningSim, runs: int) -> list[Row]:
    enc = open_key_encoder(sim.radio_url, site_key=SITE_KEY)

    async def write_and_verify(i: int) -> bytes:
        written = await enc.write(credential(UID, i + 1))
        result = keycard.verify(written.uid, written.data, SITE_KEY,
                                now=datetime.now(UTC), site="HEL01")
        assert result.verdict == keycard.Verdict.VALID, result
        return written.data

    async def read_and_verify(_i: int) -> bytes:
        card = await enc.read()
        assert card is not None
        assert keycard.verify(card.uid, card.data, SITE_KEY, now=datetime.now(UTC),
                              site="HEL01").verdict == keycard.Verdict.VALID
        return card.data

    try:
        sim.control.insert("blank", uid=UID)
        await write_and_verify(0)  # warm-up: imports, first socket
        rows = [
            await measure("write + read back + verify, fresh NTAG215", runs, enc,
                          lambda: sim.control.insert("blank", uid=UID), write_and_verify),
            await measure("write + read back + verify, protected card", runs, enc,
                          lambda: None, write_and_verify),
            await measure("read + verify", runs, enc, lambda: None, read_and_verify),
        ]
    finally:
        await enc.close()
    return rows


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    with running_card_sim("blank") as sim:
        rows = asyncio.run(bench(sim, runs))
    print(f"NFC key encoder over nfcpy's udp link, {runs} runs each "
          f"(Python {platform.python_version()}, {platform.machine()})")
    print()
    head = (f"{'operation':<44} {'median':>8} {'p95':>8} {'activation':>10} {'kiosk CPU':>10} "
            f"{'frames':>7} "
            f"{'pages r/w':>10} {'bytes w':>8} {'radio est.':>11} {'sw share':>9}")
    print(head)
    print("-" * len(head))
    for r in rows:
        med = statistics.median(r.ms)
        radio = r.radio_estimate_ms()
        s = r.stats
        print(f"{r.name:<44} {med:6.1f}ms {r.p95():6.1f}ms "
              f"{statistics.median(r.activation_ms):8.1f}ms {statistics.median(r.cpu_ms):8.1f}ms "
              f"{s.exchanges + ACTIVATION_FRAMES:>7} {s.pages_read:>4}/{s.pages_written:<5} "
              f"{s.bytes_written:>8} {radio:9.0f}ms {med / (med + radio):8.0%}")
    print()
    med = statistics.median(rows[0].ms)
    for radio in (100.0, 200.0):
        print(f"software share against {radio / 1000:.1f} s of radio (fresh card): "
              f"{med / (med + radio):.0%}")
    print("frames = after activation + ~9 for activation; radio est. = WRITEs x "
          f"{WRITE_MS:.1f} ms + other frames x {FRAME_MS:.1f} ms on a PN533-class reader; "
          "median/p95 include the simulator process and loopback, kiosk CPU does not;")
    print("activation includes nfcpy's Ultralight C probe (1A00), which waits 10 ms for the "
          "NTAG's silence.")


if __name__ == "__main__":
    main()
