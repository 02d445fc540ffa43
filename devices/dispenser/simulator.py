"""A CRT-591-family dispenser simulated on a pseudo-terminal.

The driver opens the slave side with pyserial, exactly like a real port, and the
simulator answers frames on the master side with the family's handshake (ACK, then
the answer on ENQ, the answer again on NAK). Faults are injected from tests or, in
process mode, by signal: jam, empty box, no answer, damaged answers, slow answers,
unplug and replug.

Run it for a demo or a technician's test::

    python -m devices.dispenser.simulator --link /tmp/lobby-dispenser

then configure ``dispenser = "tty:/tmp/lobby-dispenser"``.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import Protocol

from devices.dispenser.protocol import (
    ACK,
    ENQ,
    EOT,
    NAK,
    STATUS_CARD,
    BoxLevel,
    CardPosition,
    Cmd,
    Control,
    Frame,
    FrameKind,
    FrameParser,
    Init,
    Move,
    Rejected,
    Sensors,
)
from devices.sim.cards import SimCard, SimCardPath
from devices.transport.pty import PtySimulator

FIRMWARE = b"CRT-591 LOBBY-SIM 1.0"


class RfField(Protocol):
    """What the dispenser simulator needs of the NFC card simulator (its SimControl)."""

    def insert(self, kind: str = "blank") -> object: ...

    def remove(self) -> None: ...


class DispenserSimulator(PtySimulator):
    """State and faults are plain attributes, read by the simulator thread; set them
    from a test between exchanges (or through :meth:`call`)."""

    name = "dispenser"

    def __init__(self, link: str | Path | None = None, *, cards: int = 100, low_at: int = 10,
                 bin_capacity: int = 50, address: int = 0, motion: float = 0.0,
                 take_after: float | None = 0.0, baud: int = 0,
                 card_path: SimCardPath | None = None, rf_field: RfField | None = None) -> None:
        super().__init__(link)
        self.cards = cards
        self.low_at = low_at
        self.bin_capacity = bin_capacity
        self.in_bin = 0
        self.address = address
        self.motion = motion            # seconds a card move takes
        self.take_after = take_after    # the guest takes a presented card after this; None: never
        self.baud = baud                # > 0: emulate the wire time of each byte
        self.card_path = card_path      # mirror cards for an in-process SimKeyEncoder
        # The NFC card simulator's field: a card at the encoding position is a card in it.
        self.rf_field = rf_field
        self.position = CardPosition.NONE
        self.initialised = False
        self.jammed = False
        # Faults.
        self.jam_next = 0        # the next N card moves jam (and stay jammed until cleared)
        self.silent = False      # no answer at all (cable cut, powered off)
        self.corrupt_next = 0    # the next N answers go out with a wrong BCC
        self.nak_next = 0        # the next N commands are NAKed (as if damaged on the way)
        self.delay = 0.0         # extra seconds before each answer (a slow unit)
        # What happened, for tests.
        self.received: list[Frame] = []
        self.naks_received = 0
        self.taken = 0
        self.transcript: list[tuple[str, bytes]] = []  # ("host"|"unit", bytes), merged runs
        self._parser = FrameParser()
        self._pending: Frame | None = None
        self._last: bytes = b""
        self._answered = False
        self._gate_since = 0.0

    # -- faults a technician would cause -------------------------------------------------
    def clear_jam(self) -> None:
        """Staff opened the unit and cleared the card path."""
        self.jammed = False
        self.jam_next = 0

    def refill(self, cards: int) -> None:
        self.cards = cards

    def empty_bin(self) -> None:
        self.in_bin = 0

    # -- the simulator thread --------------------------------------------------------
    def on_bytes(self, data: bytes) -> None:
        self._record("host", data)
        self._wire(len(data))
        for event in self._parser.feed(data):
            if isinstance(event, Frame):
                self._on_frame(event)
            elif isinstance(event, Rejected):
                if event.reason != "garbage" and not self.silent:
                    self._send(bytes([NAK]))
            elif isinstance(event, Control):
                self._on_control(event.byte)

    def on_tick(self) -> None:
        if (self.position == CardPosition.GATE and self.take_after is not None
                and time.monotonic() - self._gate_since >= self.take_after):
            self.position = CardPosition.NONE
            self.taken += 1
            if self.card_path and self.card_path.at_gate:
                self.card_path.taken.append(self.card_path.at_gate)
                self.card_path.at_gate = None

    def _on_frame(self, frame: Frame) -> None:
        if frame.kind != FrameKind.COMMAND or frame.address != self.address or self.silent:
            return
        self.received.append(frame)
        if self.nak_next > 0:
            self.nak_next -= 1
            self._send(bytes([NAK]))
            return
        self._pending = frame
        self._answered = False
        self._send(bytes([ACK]))

    def _on_control(self, byte: int) -> None:
        if self.silent:
            return
        if byte == ENQ and self._pending is not None:
            frame, self._pending = self._pending, None
            answer = self._execute(frame).encode()
            self._last = answer
            self._answered = True
            if self.delay:
                time.sleep(self.delay)
            self._send_answer(answer)
        elif byte == NAK:
            self.naks_received += 1
            if self._answered:  # only an answer already sent can be sent again
                self._send_answer(self._last)
        elif byte == EOT:
            self._pending = None

    def _send_answer(self, answer: bytes) -> None:
        if self.corrupt_next > 0:
            self.corrupt_next -= 1
            answer = answer[:-1] + bytes([answer[-1] ^ 0xFF])
        self._send(answer)

    def _send(self, data: bytes) -> None:
        self._record("unit", data)
        self._wire(len(data))
        self.port.write(data)

    def _record(self, side: str, data: bytes) -> None:
        if self.transcript and self.transcript[-1][0] == side:
            self.transcript[-1] = (side, self.transcript[-1][1] + data)
        else:
            self.transcript.append((side, data))
        del self.transcript[:-200]  # a long-running simulator keeps only the recent past

    def _wire(self, size: int) -> None:
        if self.baud:
            time.sleep(size * 10 / self.baud)  # start + 8 data + stop bits per byte

    # -- what the unit does --------------------------------------------------------------
    def sensors(self) -> Sensors:
        box = (BoxLevel.EMPTY if self.cards <= 0 else
               BoxLevel.LOW if self.cards <= self.low_at else BoxLevel.OK)
        return Sensors(self.position, box, self.in_bin >= self.bin_capacity)

    def _answer(self, frame: Frame, error: str = "", data: bytes = b"") -> Frame:
        if error:
            return Frame(self.address, FrameKind.NEGATIVE, frame.command, frame.parameter,
                         error.encode("ascii") + data)
        return Frame(self.address, FrameKind.POSITIVE, frame.command, frame.parameter,
                     self.sensors().encode() + data)

    def _execute(self, frame: Frame) -> Frame:
        cm, pm = frame.command, frame.parameter
        if cm == Cmd.STATUS and pm == STATUS_CARD:
            return self._answer(frame)
        if cm == Cmd.VERSION:
            return self._answer(frame, data=FIRMWARE)
        if cm == Cmd.INITIALIZE and pm in tuple(Init):
            if self.jammed:
                return self._answer(frame, "10")
            self.initialised = True
            if pm == Init.CAPTURE and self.position != CardPosition.NONE:
                self._to_bin()
            elif pm == Init.TO_GATE and self.position == CardPosition.ENCODER:
                self._to_gate()
            return self._answer(frame)
        if cm == Cmd.MOVE and pm in (Move.TO_RF, Move.TO_GATE, Move.TO_BIN):
            return self._move(frame, Move(pm))
        return self._answer(frame, "00" if cm not in tuple(Cmd) else "01")

    def _move(self, frame: Frame, where: Move) -> Frame:
        if not self.initialised:
            return self._answer(frame, "B0")
        if self.jam_next > 0:
            self.jam_next -= 1
            self.jammed = True
        if self.jammed:
            return self._answer(frame, "10")
        if where == Move.TO_BIN and self.in_bin >= self.bin_capacity:
            return self._answer(frame, "A1")
        if self.position == CardPosition.NONE:
            # As on the real unit, a move with an empty channel feeds a card from the box.
            if self.cards <= 0:
                return self._answer(frame, "A0")
            self.cards -= 1
            self.position = CardPosition.ENCODER
            if self.card_path is not None:
                self.card_path.at_encoder = SimCard()
            if self.rf_field is not None:
                self.rf_field.insert("blank")
        if self.motion:
            time.sleep(self.motion)
        if where == Move.TO_RF:
            if self.position == CardPosition.GATE:
                self.position = CardPosition.ENCODER
                if self.card_path is not None:
                    self.card_path.at_encoder, self.card_path.at_gate = \
                        self.card_path.at_gate, None
        elif where == Move.TO_GATE:
            self._to_gate()
        else:
            self._to_bin()
        return self._answer(frame)

    def _to_gate(self) -> None:
        if self.rf_field is not None and self.position == CardPosition.ENCODER:
            self.rf_field.remove()
        self.position = CardPosition.GATE
        self._gate_since = time.monotonic()
        if self.card_path is not None and self.card_path.at_encoder is not None:
            self.card_path.at_gate, self.card_path.at_encoder = self.card_path.at_encoder, None

    def _to_bin(self) -> None:
        if self.rf_field is not None and self.position == CardPosition.ENCODER:
            self.rf_field.remove()
        self.position = CardPosition.NONE
        self.in_bin += 1
        path = self.card_path
        if path is not None:
            card = path.at_encoder or path.at_gate
            path.at_encoder = path.at_gate = None
            if card is not None:
                path.rejected.append(card)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m devices.dispenser.simulator",
                                description="CRT-591-family card dispenser on a pty")
    p.add_argument("--link", default="/tmp/lobby-dispenser",
                   help="symlink to the pty slave (configure tty:LINK)")
    p.add_argument("--cards", type=int, default=100)
    p.add_argument("--low-at", type=int, default=10)
    p.add_argument("--address", type=int, default=0)
    p.add_argument("--motion", type=float, default=0.6, help="seconds per card move")
    p.add_argument("--take-after", type=float, default=2.0,
                   help="the simulated guest takes a card after this many seconds; "
                        "negative: never")
    p.add_argument("--baud", type=int, default=9600, help="wire time to emulate; 0: none")
    p.add_argument("--nfc-control", metavar="HOST:PORT",
                   help="the NFC card simulator's control port: each card fed to the "
                        "encoding position appears there as a blank NTAG215")
    args = p.parse_args(argv)
    rf_field = None
    if args.nfc_control:
        from devices.nfc.card_sim import SimControl
        rf_field = SimControl(args.nfc_control)
    sim = DispenserSimulator(args.link, cards=args.cards, low_at=args.low_at,
                             address=args.address, motion=args.motion,
                             take_after=None if args.take_after < 0 else args.take_after,
                             baud=args.baud, rf_field=rf_field)
    sim.serve_forever()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
