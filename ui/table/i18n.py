"""The table's translations: ``python -m ui.table.i18n``.

1. ``pyside6-lupdate`` collects every ``qsTr()`` under ``ui/table/qml`` and every marked
   string in ``ui/table/*.py`` into ``assets/i18n/table_<lang>.ts`` (fi, sv, en).
2. The tables in ``ui/table/translations/<lang>.toml`` (source text -> translation; a
   list of forms for ``%n`` plurals) are filled in and marked finished.
3. ``kiosk.i18n_build`` compiles the ``.qm`` files (the app also does at start).

Prints per language how many strings are translated; ``--check`` exits 1 when any is
missing (a test runs it).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Final

from kiosk.i18n_build import I18N_DIR, build_translations
from ui.i18n_update import fill

TABLE_DIR: Final = Path(__file__).resolve().parent
LANGUAGES: Final = ("en", "fi", "sv")
TABLES: Final = TABLE_DIR / "translations"


def sources() -> list[Path]:
    return [TABLE_DIR / "qml", *sorted(TABLE_DIR.glob("*.py"))]


def ts_file(language: str) -> Path:
    return I18N_DIR / f"table_{language}.ts"


def lupdate(language: str, ts: Path | None = None) -> Path:
    """Collect the strings into ``ts`` (the language's file in assets/i18n by default)."""
    ts = ts or ts_file(language)
    tool = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([str(tool), "-silent", "-locations", "none", "-no-obsolete",
                    "-source-language", "en", "-target-language", language,
                    *[str(p) for p in sources()], "-ts", str(ts)], check=True)
    return ts


def table(language: str) -> dict[str, str | list[str]]:
    file = TABLES / f"{language}.toml"
    return tomllib.loads(file.read_text(encoding="utf-8")) if file.exists() else {}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ui.table.i18n", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="exit 1 if anything is missing")
    args = parser.parse_args(argv)
    complete = True
    for language in LANGUAGES:
        ts = lupdate(language)
        done, total = fill(ts, table(language))
        complete &= done == total
        print(f"{ts.name}: {done}/{total} translated")
    build_translations(force=True, quiet=True)
    return 0 if complete or not args.check else 1


if __name__ == "__main__":
    raise SystemExit(main())
