"""TUIO markers: frames from /tuio/2Dobj, tokens as dials and filters, panels facing the
nearest edge, the UDP client with the simulator's real packets, and garbage that never
crashes it."""

from __future__ import annotations

import asyncio
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError
from pythonosc.osc_message_builder import OscMessageBuilder

from devices.tuio import SimulatedTable, TuioClient, decode, open_tangible
from devices.tuio.__main__ import parse_steps
from devices.tuio.simulator import TuioSimulator
from kiosk.listings.model import PropertyType
from kiosk.listings.query import SearchQuery
from kiosk.tuio import (
    DEFAULT_MARKERS,
    DialState,
    Edge,
    FilterKind,
    MarkerBoard,
    MarkerSpec,
    TableSection,
    TuioFrame,
    TuioTracker,
    facing_edge,
)
from kiosk.tuio.markers import panel_centre

P = "/tuio/2Dobj"


def frame(tracker: TuioTracker, fseq: int, *objects: tuple[int, int, float, float, float],
          alive: list[int] | None = None) -> TuioFrame | None:
    tracker.feed(P, ["source", "test"])
    tracker.feed(P, ["alive", *(alive if alive is not None else [o[0] for o in objects])])
    for s, i, x, y, a in objects:
        tracker.feed(P, ["set", s, i, x, y, a, 0.0, 0.0, 0.0, 0.0, 0.0])
    return tracker.feed(P, ["fseq", fseq])


# --- the protocol ---------------------------------------------------------------------------
def test_a_frame_adds_moves_and_removes_objects() -> None:
    t = TuioTracker()
    f = frame(t, 1, (10, 1, 0.5, 0.9, 0.0))
    assert f is not None and [o.fiducial for o in f.added] == [1]
    f = frame(t, 2, (10, 1, 0.5, 0.9, 0.5), (11, 3, 0.2, 0.1, 0.0))
    assert f is not None
    assert [o.session_id for o in f.moved] == [10] and [o.session_id for o in f.added] == [11]
    f = frame(t, 3, alive=[11])
    assert f is not None and [o.session_id for o in f.removed] == [10]
    assert set(t.objects) == {11}


def test_unchanged_frames_report_nothing_and_late_frames_are_dropped() -> None:
    t = TuioTracker()
    frame(t, 5, (1, 1, 0.5, 0.5, 0.0))
    assert frame(t, 6, (1, 1, 0.5, 0.5, 0.0)) is None          # nothing changed
    assert frame(t, 4, alive=[]) is None                       # late: older than 6
    assert t.late == 1 and set(t.objects) == {1}
    # A tracker restart starts counting again: far behind is not "late".
    assert frame(t, 2000, (1, 1, 0.5, 0.5, 0.0)) is None
    assert frame(t, 1, alive=[]) is not None


def test_alive_without_set_waits_and_set_without_alive_keeps_others() -> None:
    t = TuioTracker()
    assert frame(t, 1, alive=[7]) is None                      # never described yet
    t.feed(P, ["set", 7, 2, 0.3, 0.3, 1.0])
    f = t.feed(P, ["fseq", 2])
    assert f is not None and f.added[0].fiducial == 2


def test_malformed_messages_are_counted_and_skipped() -> None:
    t = TuioTracker()
    for args in (["set", 1, 1, "x", 0.5, 0.0], ["set", True, 1, 0.5, 0.5, 0.0],
                 ["set", 1, -4, 0.5, 0.5, 0.0], ["set", 1, 1, math.nan, 0.5, 0.0],
                 ["alive", 1, "two"], ["fseq"], ["fseq", 1.5], [], [3], ["dance"]):
        assert t.feed(P, args) is None
    assert t.ignored == 10 and not t.objects
    assert t.feed("/tuio/2Dcur", ["alive", 1]) is None and t.ignored == 10


def test_positions_are_clamped_and_angles_wrapped() -> None:
    t = TuioTracker()
    f = frame(t, 1, (1, 1, 1.02, -0.01, 7.0))
    assert f is not None
    o = f.added[0]
    assert (o.x, o.y) == (1.0, 0.0) and o.angle == pytest.approx(7.0 - 2 * math.pi)


# --- dials, edges and panels ----------------------------------------------------------------
def test_dial_moves_one_stop_per_step_and_stays_at_the_ends() -> None:
    dial = DialState(index=2, stops=5, step=math.radians(20), anchor=0.0)
    assert not dial.turn_to(math.radians(15))
    assert dial.turn_to(math.radians(25)) and dial.index == 3
    assert dial.turn_to(math.radians(65)) and dial.index == 4
    assert not dial.turn_to(math.radians(170)) and dial.index == 4   # past the end
    # No debt: the first detent back moves at once.
    assert dial.turn_to(math.radians(149)) and dial.index == 3


def test_dial_turns_across_north_both_ways() -> None:
    dial = DialState(index=1, stops=4, step=math.radians(30), anchor=math.radians(350))
    assert dial.turn_to(math.radians(25)) and dial.index == 2          # 35° clockwise
    assert dial.turn_to(math.radians(320)) and dial.index == 0         # 65° back


@pytest.mark.parametrize(("x", "y", "edge"), [
    (0.5, 0.9, Edge.BOTTOM), (0.5, 0.1, Edge.TOP), (0.03, 0.5, Edge.LEFT),
    (0.97, 0.5, Edge.RIGHT), (0.2, 0.85, Edge.BOTTOM), (0.1, 0.8, Edge.LEFT)])
def test_a_panel_faces_the_nearest_edge(x: float, y: float, edge: Edge) -> None:
    assert facing_edge(x, y, 16 / 9) == edge


def test_panel_opens_beyond_the_token_and_stays_on_screen() -> None:
    screen = (1920.0, 1080.0)
    cx, cy = panel_centre((960, 1000), Edge.BOTTOM, (400, 200), screen, 80)
    assert (cx, cy) == (960, 1000 - 80 - 100)
    cx, cy = panel_centre((960, 60), Edge.TOP, (400, 200), screen, 80)
    assert cy == 60 + 80 + 100
    cx, cy = panel_centre((30, 540), Edge.LEFT, (400, 200), screen, 80)
    assert cx == 30 + 80 + 100
    cx, cy = panel_centre((1900, 20), Edge.RIGHT, (400, 200), screen, 80)
    assert cy == 200 and cx == 1900 - 180                      # pushed down onto the screen


# --- markers as filters ---------------------------------------------------------------------
def obj(session: int, fid: int, x: float = 0.5, y: float = 0.9, deg: float = 0.0):
    from kiosk.tuio.protocol import TuioObject
    return TuioObject(session, fid, x, y, math.radians(deg))


def test_board_places_turns_and_lifts_tokens() -> None:
    board = MarkerBoard(DEFAULT_MARKERS)
    price = obj(1, 1)
    assert board.apply(TuioFrame(1, {1: price}, added=(price,)))
    assert board.narrow(SearchQuery()).max_price == 400_000
    turned = obj(1, 1, deg=45)                                 # two 20° detents
    assert board.apply(TuioFrame(2, {1: turned}, moved=(turned,)))
    assert board.narrow(SearchQuery()).max_price == 450_000
    assert board.apply(TuioFrame(3, {}, removed=(turned,)))
    assert board.narrow(SearchQuery()) == SearchQuery()


def test_unknown_fiducials_are_noted_not_applied() -> None:
    board = MarkerBoard(DEFAULT_MARKERS)
    stray = obj(9, 99)
    assert not board.apply(TuioFrame(1, {9: stray}, added=(stray,)))
    assert board.unknown == {99} and not board.placed


def test_tokens_narrow_the_chips() -> None:
    board = MarkerBoard(DEFAULT_MARKERS)
    tokens = [obj(1, 1), obj(2, 2), obj(3, 3, y=0.1), obj(4, 5, x=0.1)]
    board.apply(TuioFrame(1, {o.session_id: o for o in tokens}, added=tuple(tokens)))
    chips = SearchQuery(max_price=300_000, min_rooms=1, features=frozenset({"balcony"}),
                        text="kallio")
    q = board.narrow(chips)
    assert q.max_price == 300_000                  # the chip is narrower
    assert q.min_rooms == 2                        # the token is narrower
    assert q.features == {"sauna", "balcony"} and q.types == {PropertyType.APARTMENT}
    assert q.text == "kallio"
    # A token contradicting a chip wins: what the customer just did.
    q = board.narrow(SearchQuery(max_rooms=1))
    assert q.min_rooms == 2 and q.max_rooms is None


def test_marker_specs_are_validated() -> None:
    with pytest.raises(ValidationError, match="feature must be one of"):
        MarkerSpec(fiducial=1, filter=FilterKind.FEATURE, feature="jacuzzi")
    with pytest.raises(ValidationError, match="increasing"):
        MarkerSpec(fiducial=1, filter=FilterKind.MAX_PRICE, values=(3.0, 2.0))
    with pytest.raises(ValidationError, match="start"):
        MarkerSpec(fiducial=1, filter=FilterKind.MIN_ROOMS, values=(1.0, 2.0), start=5)
    spec = MarkerSpec(fiducial=5, filter=FilterKind.TYPE, types=("Detached", "plot"))
    assert spec.types == ("detached", "plot") and spec.value_at(1) == "plot"
    with pytest.raises(ValidationError, match="once"):
        TableSection(markers=(DEFAULT_MARKERS[0], DEFAULT_MARKERS[0]))
    with pytest.raises(ValidationError, match="udp:HOST:PORT"):
        TableSection(tuio="tcp:1.2.3.4")
    with pytest.raises(ValidationError, match="needs"):
        TableSection(tiles="https://tiles.example/osm/")
    assert TableSection.model_validate({"markers": [
        {"fiducial": 12, "filter": "min_area", "values": [40, 60]}]}).markers[0].first_stop == 1


# --- the client and the simulator over UDP ---------------------------------------------------
def test_simulator_packets_reach_the_client_over_udp() -> None:
    async def scenario() -> list[TuioFrame]:
        frames: list[TuioFrame] = []
        got = asyncio.Event()
        table = open_tangible("sim:")
        assert isinstance(table, SimulatedTable)

        def on_frame(f: TuioFrame) -> None:
            frames.append(f)
            got.set()

        async def step(action) -> None:  # type: ignore[no-untyped-def]
            got.clear()
            action()
            await asyncio.wait_for(got.wait(), 2)

        await table.start(on_frame)
        sim = table.simulator
        assert sim is not None
        await step(lambda: sim.place(1, 0.5, 0.9))
        await step(lambda: sim.turn(1, 40))
        await step(lambda: sim.lift(1))
        await asyncio.sleep(0.05)
        await table.close()
        return frames

    frames = asyncio.run(scenario())
    assert frames[0].added[0].fiducial == 1
    assert math.degrees(frames[-2].objects[1].angle) == pytest.approx(40, abs=1e-3)
    assert frames[-1].removed and not frames[-1].objects


def test_open_tangible_states_the_grammar() -> None:
    assert open_tangible("") is None
    client = open_tangible("udp:0.0.0.0:3334")
    assert isinstance(client, TuioClient) and client.port == 3334
    with pytest.raises(ValueError, match="udp:HOST:PORT"):
        open_tangible("udp:nohost")


def test_a_long_turn_goes_out_as_small_frames() -> None:
    sim = TuioSimulator("127.0.0.1", 9, max_step_degrees=15)   # port 9: discard
    sim.place(2, 0.5, 0.5)
    before = sim.fseq
    sim.turn(2, 100)
    assert sim.fseq - before == 7
    sim.close()


def test_simulate_steps_parse() -> None:
    line = "place 1 0.5 0.9 turn 1 60 wait 0.5 lift 1"
    assert parse_steps(line.split(" ")) == [
        ("place", [1.0, 0.5, 0.9]), ("turn", [1.0, 60.0]), ("wait", [0.5]), ("lift", [1.0])]
    with pytest.raises(ValueError, match="needs"):
        parse_steps(["turn", "1"])
    with pytest.raises(ValueError, match="expected one of"):
        parse_steps(["spin", "1"])


# --- garbage never crashes it ---------------------------------------------------------------
@settings(max_examples=400, deadline=None)
@given(st.binary(max_size=300))
def test_random_bytes_never_crash_the_client(data: bytes) -> None:
    client = TuioClient("127.0.0.1", 0)
    assert isinstance(client.feed(data), list)
    client.feed(b"#bundle\x00" + data)
    client.feed(b"/tuio/2Dobj\x00" + data)


_ARG = st.one_of(st.integers(-2**31, 2**31 - 1), st.floats(allow_nan=True, width=32),
                 st.text(st.characters(exclude_characters="\x00", exclude_categories=("Cs",)),
                         max_size=8),
                 st.sampled_from(["set", "alive", "fseq", "source"]),
                 st.booleans(), st.binary(min_size=1, max_size=8), st.none())


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from([P, "/tuio/2Dcur", "/x"]),
                          st.lists(_ARG, max_size=12)), max_size=12))
def test_random_osc_messages_never_crash_the_tracker(messages) -> None:  # type: ignore[no-untyped-def]
    client = TuioClient("127.0.0.1", 0)
    board = MarkerBoard(DEFAULT_MARKERS)
    for address, args in messages:
        builder = OscMessageBuilder(address=address)
        for arg in args:
            builder.add_arg(arg)
        for f in client.feed(builder.build().dgram):
            board.apply(f)
            board.narrow(SearchQuery())
    assert all(0 <= o.x <= 1 and 0 <= o.y <= 1 for o in client.tracker.objects.values())


def test_decode_reads_a_bundle_in_order() -> None:
    sim = TuioSimulator("127.0.0.1", 9)
    sim.place(4, 0.25, 0.75, 90)
    datagram = sim.frame()
    sim.close()
    commands = [args[0] for _, args in decode(datagram)]
    assert commands == ["source", "alive", "set", "fseq"]


_NUM = st.one_of(st.integers(-5, 12), st.floats(-2, 3, width=32), st.floats(width=32))
_COMMAND = st.one_of(
    st.tuples(st.just("set"), st.integers(-1, 6), st.integers(-1, 9), _NUM, _NUM, _NUM),
    st.builds(lambda ids: ("alive", *ids), st.lists(st.integers(-1, 6), max_size=5)),
    st.tuples(st.just("fseq"), st.integers(-3, 40)))


@settings(max_examples=300, deadline=None)
@given(st.lists(_COMMAND, max_size=40))
def test_tracker_streams_keep_the_board_consistent(commands) -> None:  # type: ignore[no-untyped-def]
    tracker = TuioTracker()
    board = MarkerBoard(DEFAULT_MARKERS)
    for command in commands:
        f = tracker.feed(P, list(command))
        if f is not None:
            board.apply(f)
            q = board.narrow(SearchQuery(max_rooms=3, min_area=50.0))
            assert q.min_rooms is None or q.max_rooms is None or q.min_rooms <= q.max_rooms
    assert set(board.placed) <= set(tracker.objects)


def test_no_qt_in_the_table_core_or_its_devices() -> None:
    """House rule 5 for the modules of the smart table's core and device."""
    import ast
    from pathlib import Path
    root = Path(__file__).resolve().parents[2]
    mine = [*root.glob("kiosk/tuio/*.py"), root / "kiosk/tiles.py", *root.glob("devices/tuio/*.py")]
    assert len(mine) >= 8
    for path in mine:
        for node in ast.walk(ast.parse(path.read_text())):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import) else
                     [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            assert not [n for n in names if n.split(".")[0] in ("PySide6", "qasync", "ui")], \
                path
