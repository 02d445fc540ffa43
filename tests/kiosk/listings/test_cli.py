"""`kiosk listings import|search`: the contract, through handle() and the real command."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.cli_listings import add_commands, handle
from kiosk.config import Config
from kiosk.db import Store
from kiosk.listings.importer import HEADER

KIOSK = str(Path(sys.executable).with_name("kiosk"))
ROWS = [
    ",".join(HEADER),
    "C1,Kaksio Töölö,Valoisa,apartment,250000,50,2,1950,C,60.18,24.92,Katu 1,Töölö,sauna,",
    "C2,Kolmio Kallio,Tilava,apartment,350000,75.5,3,1960,D,60.185,24.95,Katu 2,Kallio,,",
    "C3,Talo,Iso,detached,350000,140,5,2001,B,60.2,24.8,Tie 3,Tapiola,sauna;garden,",
    "C4,Tontti,,plot,90000,,,,,60.3,25.0,Tie 4,Korso,,",
]
RESULT_KEYS = ["id", "title", "price_eur", "living_area_m2", "rooms", "type", "lat", "lon"]


def parser() -> argparse.ArgumentParser:
    """What kiosk/cli.py builds: the listings commands under the top-level subparsers."""
    p = argparse.ArgumentParser(prog="kiosk")
    add_commands(p.add_subparsers(dest="command", required=True))
    return p


def run(store: Store, *argv: str) -> int:
    return handle(parser().parse_args(list(argv)), Config(), store)


@pytest.fixture
def homes(store: Store, tmp_path: Path) -> Store:
    path = tmp_path / "homes.csv"
    path.write_text("\n".join(ROWS) + "\n", encoding="utf-8")
    assert run(store, "listings", "import", str(path)) == 0
    return store


def test_search_json_shape(homes: Store, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert run(homes, "listings", "search", "--min-price", "200000", "--max-price", "350000",
               "--sort", "-price", "--limit", "2", "--json") == 0
    out = json.loads(capsys.readouterr().out)
    assert list(out) == ["total", "results"] and out["total"] == 3
    assert [r["id"] for r in out["results"]] == ["C2", "C3"]  # 350 000 each: by id
    assert all(list(r) == RESULT_KEYS for r in out["results"])
    assert out["results"][0] == {"id": "C2", "title": "Kolmio Kallio", "price_eur": 350000,
                                 "living_area_m2": 75.5, "rooms": 3, "type": "apartment",
                                 "lat": 60.185, "lon": 24.95}


def test_every_filter(homes: Store, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert run(homes, "listings", "search", "--text", "toolo", "--min-rooms", "1",
               "--max-rooms", "2", "--min-area", "50", "--max-area", "50,0", "--type",
               "apartment", "--type", "detached", "--feature", "sauna",
               "--bbox", "60.1,24.9,60.19,24.93", "--sort", "area", "--json") == 0
    assert [r["id"] for r in json.loads(capsys.readouterr().out)["results"]] == ["C1"]
    assert run(homes, "listings", "search", "--sort", "-area") == 0
    text = capsys.readouterr().out
    assert text.startswith("4 homes (showing 1-4), by -area")
    assert text.index("C3") < text.index("C2") < text.index("C1") < text.index("C4")


@pytest.mark.parametrize(("argv", "message"), [
    (["--min-price", "abc"], "'abc' is not a whole number"),
    (["--limit", "5000"], "5000 is not from 0 to 1000"),
    (["--type", "castle"], "unknown type 'castle'"),
    (["--feature", "moat"], "unknown feature 'moat'"),
    (["--bbox", "60,24,61"], "SOUTH,WEST,NORTH,EAST"),
    (["--bbox", "61,24,60,25"], "south <= north"),
    (["--sort", "cheap"], "unknown sort 'cheap'"),
])
def test_bad_arguments_exit_2(homes: Store, capsys: pytest.CaptureFixture[str],
                              argv: list[str], message: str) -> None:
    with pytest.raises(SystemExit) as stop:
        run(homes, "listings", "search", *argv)
    assert stop.value.code == 2
    assert message in capsys.readouterr().err


def test_min_above_max_exits_2(homes: Store, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(homes, "listings", "search", "--min-rooms", "4", "--max-rooms", "2") == 2
    assert "min_rooms 4 is above max_rooms 2" in capsys.readouterr().err


def test_import_reports_lines_and_exits_1(store: Store, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("\n".join([*ROWS[:2], "X,,,,,,,,,,,,,,"]) + "\n", encoding="utf-8")
    assert run(store, "listings", "import", str(path)) == 1
    out = capsys.readouterr()
    assert out.out.strip() == "1 created, 0 updated, 0 unchanged, 1 rejected"
    assert out.err.startswith(f"{path}:3: title is missing")
    assert run(store, "listings", "import", str(tmp_path / "missing.csv")) == 2


def _wired() -> bool:
    done = subprocess.run([KIOSK, "listings", "--help"], capture_output=True, text=True)
    return done.returncode == 0


@pytest.mark.slow
@pytest.mark.skipif(not _wired(), reason="kiosk/cli.py does not wire kiosk.cli_listings yet")
def test_real_kiosk_command(tmp_path: Path) -> None:
    csv_path = tmp_path / "homes.csv"
    csv_path.write_text("\n".join(ROWS) + "\n", encoding="utf-8")
    db = str(tmp_path / "k.db")
    env = {**os.environ, "LOBBY_CONFIG": ""}
    imported = subprocess.run([KIOSK, "--db", db, "listings", "import", str(csv_path)],
                              capture_output=True, text=True, env=env, timeout=120)
    assert imported.returncode == 0, imported.stderr
    found = subprocess.run([KIOSK, "--db", db, "listings", "search", "--sort", "-price",
                            "--feature", "sauna", "--json"],
                           capture_output=True, text=True, env=env, timeout=120)
    assert found.returncode == 0, found.stderr
    out = json.loads(found.stdout)
    assert out["total"] == 2 and [r["id"] for r in out["results"]] == ["C3", "C1"]
    assert all(list(r) == RESULT_KEYS for r in out["results"])
    bad = subprocess.run([KIOSK, "--db", db, "listings", "search", "--max-area", "x"],
                         capture_output=True, text=True, env=env, timeout=120)
    assert bad.returncode == 2 and "'x' is not a number" in bad.stderr
