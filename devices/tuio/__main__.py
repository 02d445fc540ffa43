"""``python -m devices.tuio``: send simulated markers to a table, or watch what arrives.

    python -m devices.tuio simulate [--host H] [--port P] STEP...
        STEP: place ID X Y [DEG] | turn ID DEG | move ID X Y | lift ID | wait SECONDS
        e.g. place 1 0.5 0.85  turn 1 60  place 3 0.5 0.1 180  wait 2  lift 1
    python -m devices.tuio listen [--host H] [--port P]    (prints each frame)
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import sys
import time

from devices.tuio.client import TuioClient
from devices.tuio.simulator import TuioSimulator
from kiosk.tuio.protocol import DEFAULT_PORT, TuioFrame

_ARITY = {"place": (3, 4), "turn": (2, 2), "move": (3, 3), "lift": (1, 1), "wait": (1, 1)}


def parse_steps(words: list[str]) -> list[tuple[str, list[float]]]:
    """The steps of a simulate command line; raises ValueError naming the bad one."""
    steps: list[tuple[str, list[float]]] = []
    i = 0
    while i < len(words):
        verb = words[i]
        if verb not in _ARITY:
            raise ValueError(f"{verb!r}: expected one of {', '.join(_ARITY)}")
        low, high = _ARITY[verb]
        args: list[float] = []
        i += 1
        while i < len(words) and len(args) < high and words[i] not in _ARITY:
            try:
                args.append(float(words[i]))
            except ValueError:
                raise ValueError(f"{verb}: {words[i]!r} is not a number") from None
            i += 1
        if len(args) < low:
            raise ValueError(f"{verb} needs {low} numbers")
        steps.append((verb, args))
    return steps


def simulate(host: str, port: int, steps: list[tuple[str, list[float]]]) -> None:
    sim = TuioSimulator(host, port)
    try:
        for verb, args in steps:
            if verb == "wait":
                time.sleep(args[0])
                continue
            fid = int(args[0])
            if verb == "place":
                sim.place(fid, args[1], args[2], args[3] if len(args) > 3 else 0.0)
            elif verb == "turn":
                sim.turn(fid, args[1])
            elif verb == "move":
                sim.move(fid, args[1], args[2])
            else:
                sim.lift(fid)
            print(f"{verb} {' '.join(f'{a:g}' for a in args)}  (fseq {sim.fseq})")
    finally:
        sim.close()


async def listen(host: str, port: int) -> None:
    def show(frame: TuioFrame) -> None:
        tokens = ", ".join(f"#{o.fiducial} at ({o.x:.2f}, {o.y:.2f}) {o.angle * 57.3:.0f}°"
                           for o in frame.objects.values())
        print(f"fseq {frame.fseq}: {tokens or 'no tokens'}", flush=True)
    client = TuioClient(host, port)
    await client.start(show)
    try:
        await asyncio.Event().wait()
    finally:
        await client.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m devices.tuio", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    sim = sub.add_parser("simulate", help="send TUIO as a tracker would")
    sim.add_argument("--host", default="127.0.0.1")
    sim.add_argument("--port", type=int, default=DEFAULT_PORT)
    sim.add_argument("steps", nargs="+", metavar="STEP")
    lis = sub.add_parser("listen", help="print the TUIO frames that arrive")
    lis.add_argument("--host", default="0.0.0.0")
    lis.add_argument("--port", type=int, default=DEFAULT_PORT)
    args = parser.parse_args(argv)
    if args.command == "simulate":
        try:
            steps = parse_steps(args.steps)
        except ValueError as exc:
            print(f"python -m devices.tuio simulate: error: {exc}", file=sys.stderr)
            return 2
        simulate(args.host, args.port, steps)
        return 0
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(listen(args.host, args.port))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
