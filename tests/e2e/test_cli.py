"""The real `kiosk` command, as a technician runs it (simulated devices, temp database)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.demo import DEMO_SAME_NAME_A, DEMO_SAME_NAME_B, DEMO_SIMPLE

KIOSK = str(Path(sys.executable).with_name("kiosk"))


def kiosk(*args: str, env: dict[str, str] | None = None,
          check: bool = True) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run([KIOSK, *args], capture_output=True, text=True, timeout=300,
                          env={**os.environ, **(env or {})})
    if check and proc.returncode != 0:
        raise AssertionError(f"kiosk {' '.join(args)} -> {proc.returncode}\n{proc.stdout}\n"
                             f"{proc.stderr}")
    return proc


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    db = str(tmp_path_factory.mktemp("e2e") / "kiosk.db")
    out = kiosk("--db", db, "db", "init", "--demo")
    assert "demo hotel loaded" in out.stdout
    return db


def test_db_init_is_idempotent_and_refuses_demo_twice(demo_db: str) -> None:
    kiosk("--db", demo_db, "db", "init")
    again = kiosk("--db", demo_db, "db", "init", "--demo", check=False)
    assert again.returncode == 1 and "already has bookings" in again.stderr


def test_find_by_code_json(demo_db: str) -> None:
    out = kiosk("--db", demo_db, "reservations", "find", "--code",
                DEMO_SIMPLE.lower()[:4] + " " + DEMO_SIMPLE[4:], "--json")
    rows = json.loads(out.stdout)
    assert len(rows) == 1
    for key in ("booking_code", "first_name", "last_name", "arrival", "departure", "room_type",
                "status"):
        assert key in rows[0]


def test_find_by_name_and_date_json(demo_db: str) -> None:
    from datetime import date, datetime
    from zoneinfo import ZoneInfo
    today = datetime.now(ZoneInfo("Europe/Helsinki")).date()
    out = kiosk("--db", demo_db, "reservations", "find", "--name", "JÄRVINEN", "--arrival",
                today.isoformat(), "--json")
    codes = {r["booking_code"].replace("-", "") for r in json.loads(out.stdout)}
    assert {DEMO_SAME_NAME_A, DEMO_SAME_NAME_B} <= codes
    assert isinstance(today, date)


def test_find_typo_suggests(demo_db: str) -> None:
    typo = DEMO_SIMPLE[:-1] + ("X" if DEMO_SIMPLE[-1] != "X" else "Y")
    out = kiosk("--db", demo_db, "reservations", "find", "--code", typo, check=False)
    assert out.returncode == 1 and "did you mean" in out.stderr


def test_selftest_passes_and_leaves_no_trace(demo_db: str) -> None:
    import sqlite3

    def counts() -> list[int]:
        conn = sqlite3.connect(demo_db)
        tables = ("bookings", "guests", "rooms", "room_types", "key_cards", "payments",
                  "registration_cards", "parking_permits", "staff_calls", "flows")
        try:
            return [conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables]
        finally:
            conn.close()

    before = kiosk("--db", demo_db, "reservations", "find", "--code", DEMO_SIMPLE, "--json")
    rows_before = counts()
    out = kiosk("--db", demo_db, "selftest", "--json")
    report = json.loads(out.stdout)
    assert report["ok"] is True
    names = [s["name"] for s in report["steps"]]
    assert "verify issued key" in names and names[-1] == "remove traces"
    assert all(s["ms"] >= 0 for s in report["steps"])
    assert counts() == rows_before
    after = kiosk("--db", demo_db, "reservations", "find", "--code", DEMO_SIMPLE, "--json")
    assert before.stdout == after.stdout


def test_selftest_reports_a_failing_device(demo_db: str, tmp_path: Path) -> None:
    cfg = tmp_path / "kiosk.toml"
    cfg.write_text('[devices]\ndispenser = "sim:?cards=0"\n')
    out = kiosk("--config", str(cfg), "--db", demo_db, "selftest", check=False)
    assert out.returncode == 1
    assert "FAIL key cards" in out.stdout and "selftest FAILED" in out.stdout


def test_bad_config_names_file_and_key(tmp_path: Path) -> None:
    cfg = tmp_path / "kiosk.toml"
    cfg.write_text('[devices]\npaymnet = "sim:"\n')
    out = kiosk("--config", str(cfg), "db", "init", check=False)
    assert out.returncode == 2
    assert f"{cfg}: [devices] paymnet: unknown key" in out.stderr


def test_demo_without_display_says_so_in_one_line(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    proc = subprocess.run([KIOSK, "--db", str(tmp_path / "d.db"), "demo"], capture_output=True,
                          text=True, timeout=120, env=env)
    assert proc.returncode == 3
    lines = [line for line in proc.stdout.splitlines() if "no display" in line.lower()]
    assert len(lines) == 1 and "kiosk tour" in lines[0]


def test_staff_add_list_disable(tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    proc = subprocess.run([KIOSK, "--db", db, "staff", "add", "anna", "--name", "Anna",
                           "--on-duty"], input="4821\n", capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == 0, proc.stderr
    weak = subprocess.run([KIOSK, "--db", db, "staff", "add", "bob", "--name", "Bob"],
                          input="1\n", capture_output=True, text=True, timeout=60)
    assert weak.returncode == 1 and "at least 4 digits" in weak.stderr
    listed = json.loads(kiosk("--db", db, "staff", "list", "--json").stdout)
    assert listed == [{"username": "anna", "name": "Anna", "role": "staff", "on_duty": True,
                       "disabled": False, "badge": False}]
    kiosk("--db", db, "staff", "disable", "anna")
    assert json.loads(kiosk("--db", db, "staff", "list", "--json").stdout)[0]["disabled"]
    missing = kiosk("--db", db, "staff", "disable", "nobody", check=False)
    assert missing.returncode == 1


def _add_anna(db: str) -> None:
    proc = subprocess.run([KIOSK, "--db", db, "staff", "add", "anna", "--name", "Anna"],
                          input="4821\n", capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr


def test_staff_badge_enrol_by_uid_list_and_remove(tmp_path: Path) -> None:
    import sqlite3
    db = str(tmp_path / "s.db")
    _add_anna(db)
    out = kiosk("--db", db, "staff", "badge", "anna", "--uid", "04A1B2C3D4E5F6")
    assert "04a1b2c3d4e5f6" not in out.stdout.lower() + out.stderr.lower()
    listed = json.loads(kiosk("--db", db, "staff", "list", "--json").stdout)
    assert listed[0]["username"] == "anna" and listed[0]["badge"] is True
    assert "staff card" in kiosk("--db", db, "staff", "list").stdout
    conn = sqlite3.connect(db)
    try:
        stored = conn.execute("SELECT badge_hash FROM staff").fetchone()[0]
    finally:
        conn.close()
    assert len(stored) == 64 and "04a1b2c3d4e5f6" not in stored.lower()
    # Another member cannot take the same card; a bad UID and an unknown member are refused.
    proc = subprocess.run([KIOSK, "--db", db, "staff", "add", "bob", "--name", "Bob"],
                          input="1357\n", capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    taken = kiosk("--db", db, "staff", "badge", "bob", "--uid", "04a1b2c3d4e5f6", check=False)
    assert taken.returncode == 1 and "another staff member" in taken.stderr
    bad = kiosk("--db", db, "staff", "badge", "bob", "--uid", "zz", check=False)
    assert bad.returncode == 1 and "hex" in bad.stderr
    assert kiosk("--db", db, "staff", "badge", "nobody", "--uid", "04a1b2c3d4e5f6",
                 check=False).returncode == 1
    # Without --uid the card is read from the staff reader: a simulated one cannot be tapped.
    sim = kiosk("--db", db, "staff", "badge", "bob", check=False)
    assert sim.returncode == 1 and "--uid" in sim.stderr
    assert "removed" in kiosk("--db", db, "staff", "badge", "anna", "--remove").stdout
    listed = json.loads(kiosk("--db", db, "staff", "list", "--json").stdout)
    assert [m["badge"] for m in listed] == [False, False]


def test_staff_badge_reads_the_card_on_the_nfc_reader(tmp_path: Path) -> None:
    """The real nfcpy driver over the card simulator's udp link, as on a bench."""
    from devices.nfc.card_sim import running_card_sim
    db = str(tmp_path / "s.db")
    _add_anna(db)
    with running_card_sim("blank", "--uid", "04a1b2c3d4e5f6") as sim:
        cfg = tmp_path / "kiosk.toml"
        cfg.write_text(f'[devices]\nstaff_reader = "{sim.radio_url}"\n')
        out = kiosk("--config", str(cfg), "--db", db, "staff", "badge", "anna", "--timeout", "20")
    assert "enrolled" in out.stdout and "04a1b2c3d4e5f6" not in out.stdout.lower()
    listed = json.loads(kiosk("--db", db, "staff", "list", "--json").stdout)
    assert listed[0]["badge"] is True
    # The same card, typed as --uid, is the card already enrolled: the hashes agree.
    proc = subprocess.run([KIOSK, "--db", db, "staff", "add", "bob", "--name", "Bob"],
                          input="1357\n", capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    taken = kiosk("--db", db, "staff", "badge", "bob", "--uid", "04a1b2c3d4e5f6", check=False)
    assert taken.returncode == 1 and "another staff member" in taken.stderr
