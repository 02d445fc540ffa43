"""Diagnostics for technicians: behind a technician's PIN, every device with its health,
tests that drive the devices, reconnect, the bundle on a stick; it leaves by itself."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from kiosk import audit, diagnostics
from tests.ui.staff_helpers import PINS, add_staff, long_press_hotel_name, sign_in

DEVICES = {"payment", "key_encoder", "dispenser", "scanner", "document_reader", "printer"}


def actions(guest) -> list[str]:
    return [e.action for e in reversed(audit.entries(guest.store))]


def test_long_press_then_a_technician_pin_opens_diagnostics(guest) -> None:
    add_staff(guest.store)
    assert not guest.sees("staffSignIn")
    guest.tap("staffEntry")                              # a guest's short tap: nothing
    assert not guest.kiosk.sign_in.visible
    long_press_hotel_name(guest)
    assert guest.sees("staffSignIn")
    sign_in(guest, "tero", "0000")                       # wrong PIN
    assert guest.kiosk.sign_in.error == "Staff ID or PIN not recognised. Please try again."
    assert not guest.kiosk.diagnostics.active and guest.sees("staffSignIn")
    assert guest.kiosk.sign_in.pinLength == 0            # the PIN is gone after each try
    sign_in(guest, "tero")
    assert guest.kiosk.diagnostics.active and guest.sees("diagnosticsScreen")
    assert not guest.sees("staffSignIn")
    assert guest.kiosk.diagnostics.technician == "Tero"
    names = {row["name"] for row in guest.kiosk.diagnostics.devices.rows()}
    assert names == DEVICES
    for name in DEVICES:
        assert guest.sees(f"device_{name}")
    assert "diagnostics.open" in actions(guest)


def test_front_desk_staff_cannot_open_diagnostics_and_lockout_holds(guest) -> None:
    add_staff(guest.store)
    sign_in(guest, "anna")
    assert not guest.kiosk.diagnostics.active and guest.kiosk.assisted.active  # assisting
    guest.call(guest.kiosk.assisted.stop)
    for _ in range(5):
        sign_in(guest, "tero", "9999")
    assert "locked" in guest.kiosk.sign_in.error
    sign_in(guest, "tero")                               # right PIN, but locked out now
    assert "locked" in guest.kiosk.sign_in.error and not guest.kiosk.diagnostics.active


def test_a_duty_manager_chooses(guest) -> None:
    add_staff(guest.store)
    sign_in(guest, "mia")
    assert guest.sees("chooseAssistButton") and guest.sees("chooseDiagnosticsButton")
    guest.tap("chooseDiagnosticsButton")
    assert guest.kiosk.diagnostics.active and guest.kiosk.diagnostics.technician == "Mia"


def open_diagnostics(guest) -> None:
    add_staff(guest.store)
    sign_in(guest, "tero")
    assert guest.kiosk.diagnostics.active


def wait_idle(guest) -> None:
    guest.run(guest.kiosk.diagnostics.idle())
    guest.settle()


def health(guest, name: str) -> str:
    return {r["name"]: r["health"] for r in guest.kiosk.diagnostics.devices.rows()}[name]


def test_reconnect_brings_a_fixed_device_back(make_guest) -> None:
    guest = make_guest(printer="sim:?paper=0")
    open_diagnostics(guest)
    guest.run(guest.kiosk.supervisor.check_all())
    guest.call(guest.kiosk.diagnostics.refresh)
    assert health(guest, "printer") == "offline"
    row = {r["name"]: r for r in guest.kiosk.diagnostics.devices.rows()}["printer"]
    assert row["detail"] == "paper out" and "paper out" in row["lastErrors"]
    assert guest.finger.find("health_printer").property("text") == "Offline"
    guest.kiosk.devices.printer.paper = 500               # the technician loads paper
    guest.tap("diagReconnect")
    wait_idle(guest)
    assert health(guest, "printer") == "ok"
    assert guest.finger.find("health_printer").property("text") == "OK"
    assert "diagnostics.reconnect" in actions(guest)


def test_card_tests_and_counters(guest) -> None:
    open_diagnostics(guest)
    guest.tap("diagEncodeCard")
    wait_idle(guest)
    assert guest.kiosk.diagnostics.result.startswith("Valid key card")
    guest.tap("diagReadCard")                             # the test card left at the gate
    wait_idle(guest)
    assert guest.kiosk.diagnostics.result.startswith("No card at the key encoder")
    guest.tap("diagDispense")
    wait_idle(guest)
    assert guest.kiosk.diagnostics.resultOk
    counters = {r["name"]: r["counters"] for r in guest.kiosk.diagnostics.devices.rows()}
    assert "cards_issued 2" in counters["dispenser"] and "jams 0" in counters["dispenser"]
    guest.tap("diagPrint")
    wait_idle(guest)
    assert guest.kiosk.devices.printer.printed[-1].first_name == "TEST"
    assert {"diagnostics.encode_test_card", "diagnostics.read_card", "diagnostics.dispense",
            "diagnostics.print_test"} <= set(actions(guest))


def test_scan_test_takes_the_next_code_not_the_check_in(guest) -> None:
    open_diagnostics(guest)
    guest.tap("diagScan")
    assert guest.kiosk.diagnostics.scanWaiting
    guest.kiosk.devices.scanner.feed("HELLO-SCANNER")
    wait_idle(guest)
    assert guest.kiosk.diagnostics.result == "Scanned: HELLO-SCANNER"
    assert guest.screen == "welcome" and not guest.vm.errorVisible


def test_export_writes_a_redacted_bundle(guest, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    stick = tmp_path / "media" / "tero" / "STICK"
    monkeypatch.setattr(diagnostics, "export_targets",
                        lambda **_: [stick, tmp_path / "home" / "lobby-diagnostics"])
    open_diagnostics(guest)
    guest.tap("diagExport")
    assert guest.sees("exportTarget_0") and guest.sees("exportTarget_1")
    guest.tap("exportTarget_0")
    wait_idle(guest)
    [bundle] = list(stick.glob("lobby-diagnostics-*.zip"))
    assert guest.kiosk.diagnostics.result == f"Saved: {bundle}"
    with zipfile.ZipFile(bundle) as zf:
        config = json.loads(zf.read("config.json"))
        everything = b"".join(zf.read(n) for n in zf.namelist()).decode()
        devices = {d["name"] for d in json.loads(zf.read("devices.json"))}
        log_lines = zf.read("log.jsonl").decode()
    assert config["values"]["hotel"]["wifi_password"] == "***"
    for secret in ("northernlights", PINS["tero"], "test-site-key"):
        assert secret not in everything
    assert devices == DEVICES
    assert "diagnostics" in log_lines                     # the log tail came along
    assert "diagnostics.export" in actions(guest)


def test_leaves_by_itself_and_the_guest_timer_waits_meanwhile(guest, clock) -> None:
    guest.tap("startCheckInButton")
    open_diagnostics(guest)
    clock.advance(100)
    guest.call(guest.kiosk.session.tick)
    assert not guest.kiosk.session.warning              # paused while a technician works
    guest.call(guest.kiosk.diagnostics.tick)
    assert guest.kiosk.diagnostics.active
    clock.advance(25)
    guest.call(guest.kiosk.diagnostics.tick)
    assert not guest.kiosk.diagnostics.active and not guest.sees("diagnosticsScreen")
    assert guest.screen == "identify"
    last = audit.entries(guest.store, limit=1)[0]
    assert (last.action, last.refs) == ("diagnostics.close", {"reason": "timeout"})
