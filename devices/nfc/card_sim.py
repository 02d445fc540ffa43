"""Card simulator: an NTAG215 (or a foreign card) at the encoder, over nfcpy's ``udp`` link.

    python -m devices.nfc.card_sim --port N [--card blank|foreign|tear|type4|none]
                                   [--uid HEX] [--tear-after N] [--control-port M]

The kiosk opens ``udp:127.0.0.1:N`` with its real nfcpy driver; this process is the card.
It speaks nfcpy's udp framing (one datagram per frame: ``106A <hex>``, or ``RFOFF``) on one
socket bound for its whole life, answers every frame to the address it came from (nfcpy's
reader opens a new socket each time it re-selects) and keeps the card's memory across
selections, RFOFF and reader restarts. It does not run nfcpy's own ``listen_tta`` loop:
that binds per call and returns after one command, while a card must keep one socket and
react to control commands between frames (see docs/keycard.md, "Simulator").

Control: a TCP port (``--control-port``, 0 picks a free one) takes one command per line and
answers one JSON object per line:

    insert [blank|foreign|tear|type4] [uid=HEX] [tear_after=N] [model=NTAG213|NTAG215|...]
    remove            no card at the encoder
    tear N            the present card leaves the field after N more page writes
    poke PAGE HEX     write bytes straight into memory from PAGE on, as a card cloner
                      would (no password, no lock): for copied-card tests
    dump              the card's memory (hex, PWD and PACK included), state and counters
    ping | quit

On start it prints one JSON line: ``{"radio": "udp:HOST:PORT", "control": "HOST:PORT"}``.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import selectors
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import Any

from devices.nfc import type2
from devices.nfc.emulated_tag import EmulatedTag, Kind, random_uid

BRTY = b"106A"


def new_card(kind: str, uid: bytes | None = None, tear_after: int | None = None,
             model: str = "NTAG215") -> EmulatedTag | None:
    """A fresh card of the given kind; ``none`` is no card."""
    if kind == "none":
        return None
    if model not in type2.BY_NAME:
        raise ValueError(f"unknown model {model!r} (known: {', '.join(type2.BY_NAME)})")
    card_kind = Kind(kind)
    if card_kind == Kind.TEAR and tear_after is None:
        tear_after = 3
    return EmulatedTag(uid or random_uid(), card_kind, type2.BY_NAME[model], tear_after)


class CardSimulator:
    """The radio socket, the control socket and the card, served by one thread."""

    def __init__(self, card: EmulatedTag | None, host: str = "127.0.0.1", port: int = 0,
                 control_port: int = 0) -> None:
        self.card = card
        self.radio = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.radio.bind((host, port))
        self.control = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.control.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.control.bind((host, control_port))
        self.control.listen(4)
        self.selector = selectors.DefaultSelector()
        self.selector.register(self.radio, selectors.EVENT_READ, "radio")
        self.selector.register(self.control, selectors.EVENT_READ, "accept")
        self.buffers: dict[socket.socket, bytes] = {}
        self.running = True
        self.frames = 0

    @property
    def radio_url(self) -> str:
        host, port = self.radio.getsockname()
        return f"udp:{host}:{port}"

    @property
    def control_address(self) -> str:
        host, port = self.control.getsockname()
        return f"{host}:{port}"

    def serve(self) -> None:
        while self.running:
            for key, _ in self.selector.select(timeout=0.5):
                if key.data == "radio":
                    self._radio_frame()
                elif key.data == "accept":
                    conn, _addr = self.control.accept()
                    self.buffers[conn] = b""
                    self.selector.register(conn, selectors.EVENT_READ, "control")
                else:
                    self._control_data(key.fileobj)  # type: ignore[arg-type]
        self.close()

    def close(self) -> None:
        for conn in list(self.buffers):
            conn.close()
        self.selector.close()
        self.radio.close()
        self.control.close()

    # -- radio ----------------------------------------------------------------------------
    def _radio_frame(self) -> None:
        try:
            packet, addr = self.radio.recvfrom(1024)
        except OSError:
            return
        self.frames += 1
        if packet.startswith(b"RFOFF"):
            if self.card is not None:
                self.card.rf_off()
            return
        brty, _, payload = packet.partition(b" ")
        if brty != BRTY or self.card is None:
            return  # 106B, 212F: nobody home; and no card, no answer
        try:
            frame = bytes.fromhex(payload.decode("ascii"))
        except ValueError:
            return
        answer = self.card.handle(frame)
        if answer is not None:
            self.radio.sendto(BRTY + b" " + answer.hex().encode("ascii"), addr)

    # -- control --------------------------------------------------------------------------
    def _control_data(self, conn: socket.socket) -> None:
        try:
            chunk = conn.recv(4096)
        except OSError:
            chunk = b""
        if not chunk:
            self.selector.unregister(conn)
            self.buffers.pop(conn, None)
            conn.close()
            return
        data = self.buffers[conn] + chunk
        *lines, self.buffers[conn] = data.split(b"\n")
        for line in lines:
            reply = self.command(line.decode("utf-8", "replace").strip())
            with contextlib.suppress(OSError):
                conn.sendall(json.dumps(reply).encode() + b"\n")

    def command(self, line: str) -> dict[str, Any]:
        """Run one control command; the reply says ok or why not."""
        words = line.split()
        if not words:
            return {"ok": False, "error": "empty command"}
        verb, args = words[0], words[1:]
        try:
            if verb == "insert":
                kind = next((a for a in args if "=" not in a), "blank")
                opts = dict(a.split("=", 1) for a in args if "=" in a)
                unknown = set(opts) - {"uid", "tear_after", "model"}
                if unknown:
                    raise ValueError(f"unknown option {sorted(unknown)[0]!r}")
                self.card = new_card(
                    kind, bytes.fromhex(opts["uid"]) if "uid" in opts else None,
                    int(opts["tear_after"]) if "tear_after" in opts else None,
                    opts.get("model", "NTAG215"))
                return {"ok": True, **self._dump()}
            if verb == "remove":
                self.card = None
                return {"ok": True, "present": False}
            if verb == "tear" and self.card is not None:
                self.card.tear_after = self.card.writes + int(args[0])
                return {"ok": True, **self._dump()}
            if verb == "poke" and self.card is not None:
                at, data = int(args[0]) * type2.PAGE, bytes.fromhex(args[1])
                if at < 0 or at + len(data) > len(self.card.memory):
                    raise ValueError("poke runs past the end of the memory")
                self.card.memory[at:at + len(data)] = data
                return {"ok": True, **self._dump()}
            if verb == "dump":
                return {"ok": True, **self._dump()}
            if verb == "ping":
                return {"ok": True, "frames": self.frames}
            if verb == "quit":
                self.running = False
                return {"ok": True}
        except (ValueError, IndexError) as exc:
            return {"ok": False, "error": str(exc)}
        return {"ok": False, "error": f"unknown command {line!r} (insert, remove, tear, "
                                      "poke, dump, ping, quit; tear and poke need a card)"}

    def _dump(self) -> dict[str, Any]:
        return {"present": False} if self.card is None else self.card.dump()


# --- for tests, the bench and the dispenser simulator -----------------------------------------

class SimControl:
    """A client of the simulator's control port."""

    def __init__(self, address: str, timeout: float = 5.0) -> None:
        host, port = address.rsplit(":", 1)
        self.sock = socket.create_connection((host, int(port)), timeout=timeout)
        self.file = self.sock.makefile("rwb")

    def send(self, command: str) -> dict[str, Any]:
        """Send one command and return its JSON reply; raises RuntimeError if not ok."""
        self.file.write(command.encode() + b"\n")
        self.file.flush()
        reply: dict[str, Any] = json.loads(self.file.readline())
        if not reply.get("ok"):
            raise RuntimeError(f"card simulator: {reply.get('error')}")
        return reply

    def insert(self, kind: str = "blank", uid: bytes | None = None,
               tear_after: int | None = None, model: str = "NTAG215") -> dict[str, Any]:
        words = ["insert", kind, f"model={model}"]
        if uid is not None:
            words.append(f"uid={uid.hex()}")
        if tear_after is not None:
            words.append(f"tear_after={tear_after}")
        return self.send(" ".join(words))

    def remove(self) -> None:
        self.send("remove")

    def dump(self) -> dict[str, Any]:
        return self.send("dump")

    def close(self) -> None:
        self.file.close()
        self.sock.close()


@dataclass
class RunningSim:
    process: subprocess.Popen[str]
    radio_url: str
    control: SimControl


@contextlib.contextmanager
def running_card_sim(card: str = "blank", *extra: str, python: str = sys.executable,
                     timeout: float = 10.0) -> Iterator[RunningSim]:
    """Start the simulator as a separate process on free ports; stop it on exit."""
    root = str(Path(__file__).resolve().parents[2])
    proc = subprocess.Popen([python, "-m", "devices.nfc.card_sim", "--port", "0",
                             "--card", card, *extra],
                            stdout=subprocess.PIPE, text=True, cwd=root)
    control: SimControl | None = None
    try:
        assert proc.stdout is not None
        deadline = time.monotonic() + timeout
        line = proc.stdout.readline()
        if not line or time.monotonic() > deadline:
            raise RuntimeError("the card simulator did not start")
        ready = json.loads(line)
        control = SimControl(ready["control"])
        yield RunningSim(proc, ready["radio"], control)
    finally:
        if control is not None:
            with contextlib.suppress(OSError, RuntimeError, ValueError):
                control.send("quit")
            control.close()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if proc.stdout is not None:
            proc.stdout.close()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m devices.nfc.card_sim",
                                description="An NTAG215 at the key encoder, over nfcpy's udp link.")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=54321, help="radio port (0: any free port)")
    p.add_argument("--control-port", type=int, default=0, help="control port (0: any free)")
    p.add_argument("--card", default="blank", choices=[*(k.value for k in Kind), "none"])
    p.add_argument("--uid", type=bytes.fromhex, help="7-byte UID in hex (default: random)")
    p.add_argument("--tear-after", type=int, help="page writes before the card tears")
    p.add_argument("--model", default="NTAG215", choices=sorted(type2.BY_NAME))
    args = p.parse_args(argv)
    try:
        card = new_card(args.card, args.uid, args.tear_after, args.model)
    except ValueError as exc:
        p.error(str(exc))
    sim = CardSimulator(card, args.host, args.port, args.control_port)

    def stop(_signum: int, _frame: FrameType | None) -> None:
        sim.running = False

    signal.signal(signal.SIGTERM, stop)
    print(json.dumps({"radio": sim.radio_url, "control": sim.control_address}), flush=True)
    try:
        sim.serve()
    except KeyboardInterrupt:
        sim.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
