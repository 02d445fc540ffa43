"""An ESC/POS receipt printer simulated on a pseudo-terminal.

It keeps every byte of the print jobs (``received``) and answers the real-time status
queries ``DLE EOT 1/2/3/4`` from its state: paper ok / low / out, cover open. Tests
compare ``received`` with the slip's ESC/POS bytes; technicians run it as::

    python -m devices.printer.simulator --link /tmp/lobby-printer
"""

from __future__ import annotations

import argparse
from pathlib import Path

from devices.printer.protocol import PrinterState, status_bytes
from devices.transport.pty import PtySimulator

_DLE, _EOT = 0x10, 0x04


class PrinterSimulator(PtySimulator):
    name = "printer"

    def __init__(self, link: str | Path | None = None) -> None:
        super().__init__(link)
        self.state = PrinterState()
        self.silent = False          # a printer with no back channel (or powered off)
        self.received = bytearray()  # job bytes, status queries taken out
        self.queries: list[int] = []
        self._held = bytearray()     # a DLE or DLE EOT split across reads

    def on_bytes(self, data: bytes) -> None:
        buf = self._held + data
        self._held = bytearray()
        i = 0
        while i < len(buf):
            # A query cut by the read boundary: wait for its remaining bytes.
            if buf[i] == _DLE and len(buf) - i < 3 and buf[i + 1:i + 2] in (b"", bytes([_EOT])):
                self._held = bytearray(buf[i:])
                break
            if buf[i:i + 2] == bytes([_DLE, _EOT]):
                self._answer(buf[i + 2])
                i += 3
                continue
            self.received.append(buf[i])
            i += 1

    def _answer(self, n: int) -> None:
        self.queries.append(n)
        if self.silent:
            return
        offline, paper = status_bytes(self.state)
        # n=1 printer status: bit 3 offline; n=3 error cause: nothing to report here.
        online = 0x12 | (0x08 if offline & 0x24 else 0)
        answer = {1: online, 2: offline, 3: 0x12, 4: paper}.get(n)
        if answer is not None:
            self.port.write(bytes([answer]))


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m devices.printer.simulator",
                                description="ESC/POS receipt printer on a pty")
    p.add_argument("--link", default="/tmp/lobby-printer")
    args = p.parse_args(argv)
    PrinterSimulator(args.link).serve_forever()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
