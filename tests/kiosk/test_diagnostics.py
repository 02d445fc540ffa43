"""Diagnostics: the bundle a technician takes away, the log tail, the card and printer tests."""

from __future__ import annotations

import asyncio
import json
import logging
import zipfile
from pathlib import Path

import pytest

from devices.sim import SimCardDispenser, SimCardPath, SimKeyEncoder, SimReceiptPrinter
from devices.sim.cards import SimCard
from kiosk import diagnostics, keycard
from kiosk.config import BusSection, Config, HotelSection, KeysSection
from kiosk.db import Store
from kiosk.supervisor import Supervisor

SITE_KEY = b"test-site-key-0123456789abcdef"
SECRETS = ("northernlights", "brokerpass")


def secret_config(tmp_path: Path) -> Config:
    key_file = tmp_path / "site.key"
    key_file.write_bytes(SITE_KEY)
    return Config(hotel=HotelSection(wifi_password="northernlights"),
                  keys=KeysSection(site_key_file=str(key_file)),
                  bus=BusSection(broker="mqtt://kiosk:brokerpass@hub.local:1883"))


def test_bundle_holds_the_doctor_report_and_no_secret(tmp_path: Path, store: Store) -> None:
    config = secret_config(tmp_path)
    supervisor = Supervisor({"printer": SimReceiptPrinter(paper=0)}, clock=store.clock)
    asyncio.run(supervisor.check_all())
    supervisor.count("printer", "slips", 3)
    tail = diagnostics.LogTail(size=3)
    detach = tail.attach(logging.getLogger("test.diagnostics"))
    try:
        for i in range(5):
            logging.getLogger("test.diagnostics").warning("line %d", i,
                                                          extra={"last_name": "Järvinen"})
    finally:
        detach()
    bundle = diagnostics.write_bundle(
        tmp_path / "stick", config=config, store=store, devices=supervisor.snapshot(),
        log_lines=tail.lines(), versions_info=diagnostics.versions({"qt": "6.11.3"}),
        now=store.clock.now())
    assert bundle.path.parent == tmp_path / "stick" and bundle.path.suffix == ".zip"
    assert not bundle.ok                                  # the printer is out of paper
    assert list((tmp_path / "stick").iterdir()) == [bundle.path]   # no .part left behind
    with zipfile.ZipFile(bundle.path) as zf:
        names = set(zf.namelist())
        assert {"report.json", "config.json", "devices.json", "database.json", "log.jsonl",
                "versions.json", "README.txt"} <= names
        everything = b"".join(zf.read(n) for n in names).decode()
        config_json = json.loads(zf.read("config.json"))
        report = json.loads(zf.read("report.json"))
        devices = json.loads(zf.read("devices.json"))
        lines = zf.read("log.jsonl").decode().splitlines()
        versions = json.loads(zf.read("versions.json"))
    for secret in (*SECRETS, SITE_KEY.decode()):
        assert secret not in everything
    assert config_json["values"]["hotel"]["wifi_password"] == "***"
    assert config_json["values"]["keys"]["site_key_file"].endswith("site.key")  # where, not what
    assert "hub.local" in config_json["values"]["bus"]["broker"]
    assert {"name": "integrity", "status": "ok", "detail": "ok"} in report["database"]
    assert report["config"]["values"] == config_json["values"]
    [printer] = devices
    assert (printer["name"], printer["status"], printer["detail"]) == ("printer", "offline",
                                                                       "paper out")
    assert printer["counters"]["slips"] == 3 and printer["last_errors"]
    assert len(lines) == 3 and json.loads(lines[-1])["message"] == "line 4"
    assert "Järvinen" not in "".join(lines)               # redacted when it was logged
    assert versions["qt"] == "6.11.3" and versions["schema"]


def test_export_targets_put_usb_sticks_first(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    media = tmp_path / "media"
    stick = media / "tech" / "KINGSTON"
    stick.mkdir(parents=True)
    (media / "tech" / "not-mounted").mkdir()
    monkeypatch.setattr(diagnostics.os.path, "ismount", lambda p: Path(p) == stick)
    targets = diagnostics.export_targets(media_roots=[media, tmp_path / "run-media"],
                                         configured="", home=tmp_path / "home")
    assert targets == [stick, tmp_path / "home" / "lobby-diagnostics"]
    assert diagnostics.export_targets(media_roots=[], configured=str(tmp_path / "x"),
                                      home=tmp_path)[0] == tmp_path / "x"


def test_encode_a_test_card_then_read_cards(store: Store) -> None:
    path = SimCardPath()
    dispenser, encoder = SimCardDispenser(path), SimKeyEncoder(path)
    check = asyncio.run(diagnostics.encode_test_card(dispenser, encoder, site_key=SITE_KEY,
                                                     site="HEL01", store=store,
                                                     clock=store.clock))
    assert check.verdict == "valid" and check.rooms == ("TEST",)
    assert len(path.taken) == 1 and path.at_encoder is None     # presented at the gate
    assert asyncio.run(diagnostics.read_card(encoder, site_key=SITE_KEY, site="HEL01",
                                             store=store)).verdict == "no_card"
    # The same bytes on another card: a copy, never a key.
    path.at_encoder = SimCard(data=path.taken[0].data)
    copied = asyncio.run(diagnostics.read_card(encoder, site_key=SITE_KEY, site="HEL01",
                                               store=store))
    assert copied.verdict == keycard.Verdict.COPIED.value and copied.booking == "ZZTE-ST00"
    path.at_encoder = SimCard()
    assert asyncio.run(diagnostics.read_card(encoder, site_key=SITE_KEY, site="HEL01",
                                             store=store)).verdict == "blank"


def test_printer_test_page_has_nothing_personal(store: Store) -> None:
    printer = SimReceiptPrinter()
    asyncio.run(diagnostics.print_test_page(printer, hotel="Hotel Aurora", kiosk_id="lobby-1",
                                            clock=store.clock))
    [slip] = printer.printed
    assert slip.first_name == "TEST" and "lobby-1" in slip.wayfinding
