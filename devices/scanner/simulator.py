"""A serial QR scanner or passport reader simulated on a pseudo-terminal.

Tests call :meth:`LineDeviceSimulator.send_code` / :meth:`send_mrz` / :meth:`send_raw`;
run as a process, it sends each line typed on standard input (a code, or the MRZ lines
of a document separated by ``|``)::

    python -m devices.scanner.simulator --link /tmp/lobby-scanner
    python -m devices.scanner.simulator --mrz --link /tmp/lobby-passport
"""

from __future__ import annotations

import argparse
import sys
import threading
from collections.abc import Sequence

from devices.transport.pty import PtySimulator


class LineDeviceSimulator(PtySimulator):
    """Sends lines as the device would; what the driver sends (nothing, usually) is kept."""

    name = "scanner"

    def __init__(self, link: str | None = None, *, terminator: bytes = b"\r\n",
                 name: str = "scanner") -> None:
        super().__init__(link)
        self.name = name
        self.terminator = terminator
        self.received = bytearray()

    def on_bytes(self, data: bytes) -> None:
        self.received += data

    def send_code(self, text: str) -> None:
        """A code read: its text and the terminator, in one write."""
        self.send(text.encode("utf-8") + self.terminator)

    def send_mrz(self, lines: Sequence[str]) -> None:
        """A document read: every MRZ line, each terminated, in one block."""
        self.send(b"".join(line.encode("ascii") + self.terminator for line in lines))

    def send_raw(self, data: bytes) -> None:
        """Anything at all: noise, a partial line, an over-long line."""
        self.send(data)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m devices.scanner.simulator",
                                description="serial QR scanner / MRZ reader on a pty")
    p.add_argument("--link", default="/tmp/lobby-scanner")
    p.add_argument("--mrz", action="store_true", help="a passport reader: split lines at |")
    args = p.parse_args(argv)
    sim = LineDeviceSimulator(args.link, name="document reader" if args.mrz else "scanner")

    def typed() -> None:
        for line in sys.stdin:
            line = line.rstrip("\n")
            if line and args.mrz:
                sim.send_mrz(line.split("|"))
            elif line:
                sim.send_code(line)

    threading.Thread(target=typed, daemon=True).start()
    sim.serve_forever()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
