"""Refresh the translation files: ``python -m ui.i18n_update``.

1. ``pyside6-lupdate`` collects every ``qsTr()`` in ``ui/qml`` and every marked string in
   ``ui/*.py`` into ``assets/i18n/lobby_<lang>.ts`` (existing translations are kept).
2. Translations written by hand in ``assets/i18n/source/<lang>.toml`` (source text ->
   translation; a list of forms for ``%n`` plurals) are filled in and marked finished.
   A string without a translation stays unfinished, and the guest sees the English.
3. ``kiosk.i18n_build`` then compiles the ``.qm`` files.

Prints, per language, how many strings are translated.
"""

from __future__ import annotations

import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

from kiosk.config import LANGUAGES
from kiosk.i18n_build import I18N_DIR, build_translations

UI_DIR = Path(__file__).resolve().parent
SOURCES = [UI_DIR / "qml", *sorted(UI_DIR.glob("*.py"))]
TABLES = I18N_DIR / "source"


def lupdate(language: str) -> Path:
    ts = I18N_DIR / f"lobby_{language}.ts"
    tool = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([str(tool), "-silent", "-locations", "none", "-no-obsolete",
                    "-source-language", "en", "-target-language", language,
                    *[str(p) for p in SOURCES], "-ts", str(ts)], check=True)
    return ts


def fill(ts: Path, table: dict[str, str | list[str]]) -> tuple[int, int]:
    """Write the table's translations into the .ts; returns (translated, total)."""
    tree = ET.parse(ts)
    english = tree.getroot().get("language", "").startswith("en")
    done = total = 0
    for message in tree.getroot().iter("message"):
        total += 1
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        # English is the source language: its file is complete by taking the source as is.
        wanted = table.get(source, source if english else None)
        if wanted is None:
            if translation.get("type") != "unfinished" and (translation.text or
                                                            len(translation)):
                done += 1   # translated earlier, by hand in Linguist
            continue
        if message.get("numerus") == "yes":
            forms = wanted if isinstance(wanted, list) else [wanted]
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = wanted if isinstance(wanted, str) else wanted[0]
        translation.attrib.pop("type", None)
        done += 1
    ET.indent(tree, space="    ")
    with open(ts, "wb") as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding="utf-8", xml_declaration=False)
    return done, total


def main() -> int:
    for language in LANGUAGES:
        ts = lupdate(language)
        table_file = TABLES / f"{language}.toml"
        table = tomllib.loads(table_file.read_text(encoding="utf-8")) if table_file.exists() \
            else {}
        done, total = fill(ts, table)
        print(f"{ts.name}: {done}/{total} translated")
    build_translations(force=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
