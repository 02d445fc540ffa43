"""Translations: complete where promised, compiled without Qt in the core, used at runtime."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from kiosk import demo
from kiosk.i18n_build import I18N_DIR, build_translations
from ui.language_vm import LANGUAGES
from ui.messages import DIAGNOSTIC_TEXTS, FIELD_LABELS, FIELD_MESSAGES, GUEST_MESSAGES

WELCOME_CONTEXTS = {"WelcomeScreen", "CallStaffButton", "LanguageBar"}


def messages(language: str) -> list[ET.Element]:
    return list(ET.parse(I18N_DIR / f"lobby_{language}.ts").getroot().iter("message"))


@pytest.mark.parametrize("language", [code for code, _ in LANGUAGES])
def test_every_language_is_complete(language: str) -> None:
    unfinished = [m.findtext("source") for m in messages(language)
                  if m.find("translation").get("type") == "unfinished"]  # type: ignore[union-attr]
    assert not unfinished


@pytest.mark.parametrize("language", [code for code, _ in LANGUAGES if code != "en"])
def test_welcome_screen_is_translated_in_every_language(language: str) -> None:
    tree = ET.parse(I18N_DIR / f"lobby_{language}.ts")
    for context in tree.getroot().iter("context"):
        if context.findtext("name") not in WELCOME_CONTEXTS:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None and translation.get("type") != "unfinished", \
                (language, message.findtext("source"))


def test_every_core_message_is_in_the_files() -> None:
    sources = {m.findtext("source") for m in messages("fi")}
    for text in [*GUEST_MESSAGES.values(), *FIELD_MESSAGES.values(), *FIELD_LABELS.values(),
                 *DIAGNOSTIC_TEXTS.values()]:
        assert text in sources


def test_placeholders_survive_translation() -> None:
    for language, _ in LANGUAGES:
        for message in messages(language):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            texts = [f.text or "" for f in translation.iter("numerusform")] or \
                [translation.text or ""]
            if translation.get("type") == "unfinished":
                continue
            for placeholder in ("%1", "%2", "%n"):
                if placeholder in source:
                    assert all(placeholder in t for t in texts), (language, source, texts)


def test_build_imports_no_qt_and_is_quick_when_nothing_changed() -> None:
    code = ("import sys, kiosk.i18n_build as b; b.build_translations(quiet=True); "
            "assert 'PySide6' not in sys.modules; print(len(b.build_translations()))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=Path(__file__).resolve().parents[2])
    assert out.stdout.strip() == "0"


def test_compiled_finnish_translates(qapp) -> None:
    build_translations(quiet=True)
    translator = QTranslator()
    assert translator.load(str(I18N_DIR / "lobby_fi.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("WelcomeScreen", "Check in") == "Kirjaudu sisään"
        assert QCoreApplication.translate("RoomScreen", "It will be ready in about %n minute(s).",
                                          None, 5) == "Se on valmis noin 5 minuutin kuluttua."
        assert QCoreApplication.translate("Messages", "Please check the fields marked in red.") \
            == "Tarkista punaisella merkityt kentät."
    finally:
        QCoreApplication.removeTranslator(translator)


def test_english_plurals_are_worded(guest) -> None:
    """English is the source language, yet "%n night(s)" must read "1 night"."""
    guest.tap("startCheckInButton")
    guest.call(guest.vm.findByCode, demo.DEMO_SIMPLE)
    guest.tap("confirmDetailsButton")
    guest.sign_card()
    guest.tap("noCarButton")
    guest.wait_for_screen("room")
    guest.tap("continueToPaymentButton")
    guest.tap("payButton")
    guest.wait_for_screen("keys")
    guest.call(guest.vm.chooseCards, 1)
    assert guest.finger.find("makeKeysButton").property("text") == "Make 1 key card"
    guest.call(guest.vm.chooseCards, 2)
    assert guest.finger.find("makeKeysButton").property("text") == "Make 2 key cards"


def test_staff_call_status_in_estonian_and_hungarian(qapp) -> None:
    for language, expected in (("et", "Anna nägi teie palvet ja tuleb – umbes 2 minuti pärast"),
                               ("hu", "Anna látta a kérését, és jön – kb. 2 perc múlva ér ide")):
        translator = QTranslator()
        assert translator.load(str(I18N_DIR / f"lobby_{language}.qm"))
        QCoreApplication.installTranslator(translator)
        try:
            text = QCoreApplication.translate(
                "StaffCallStatus", "%1 has seen your request and is coming — about %n minute(s)",
                None, 2)
            assert text.replace("%1", "Anna") == expected
        finally:
            QCoreApplication.removeTranslator(translator)
