"""Compile the translations: every ``assets/i18n/*.ts`` to a ``.qm`` next to it.

``python -m kiosk.i18n_build`` (the UI also calls it at start). It runs Qt's
``pyside6-lrelease`` from the virtualenv's bin directory as a subprocess, so the core
stays free of Qt imports, and it skips a file whose ``.qm`` is newer than its ``.ts``.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

I18N_DIR = Path(__file__).resolve().parent.parent / "assets" / "i18n"


class TranslationBuildError(RuntimeError):
    """lrelease is missing or rejected a file."""


def find_lrelease() -> Path:
    """``pyside6-lrelease`` beside the running interpreter (the venv), else on PATH."""
    beside = Path(sys.executable).parent / "pyside6-lrelease"
    if beside.exists():
        return beside
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if found is None:
        raise TranslationBuildError(
            "pyside6-lrelease not found beside the Python interpreter or on PATH "
            "(install PySide6-Essentials in this environment)")
    return Path(found)


def stale(ts: Path) -> bool:
    qm = ts.with_suffix(".qm")
    return not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime


def build_translations(i18n_dir: Path = I18N_DIR, *, force: bool = False,
                       quiet: bool = False) -> list[Path]:
    """Compile the stale ``.ts`` files; returns the ``.qm`` files written."""
    todo = [ts for ts in sorted(i18n_dir.glob("*.ts")) if force or stale(ts)]
    if not todo:
        return []
    lrelease = find_lrelease()
    written = []
    for ts in todo:
        qm = ts.with_suffix(".qm")
        result = subprocess.run([str(lrelease), str(ts), "-qm", str(qm)],
                                capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise TranslationBuildError(f"{ts.name}: lrelease failed:\n{result.stderr.strip()}")
        if not quiet:
            # lrelease's own line says how many strings were translated and left out.
            summary = " ".join(result.stdout.split())
            print(f"{qm.name}: {summary}")
        written.append(qm)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kiosk.i18n_build", description=__doc__)
    parser.add_argument("--force", action="store_true", help="compile even if up to date")
    parser.add_argument("--dir", type=Path, default=I18N_DIR, help="folder with the .ts files")
    args = parser.parse_args(argv)
    try:
        written = build_translations(args.dir, force=args.force)
    except TranslationBuildError as exc:
        print(exc, file=sys.stderr)
        return 1
    if not written:
        print("translations up to date")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
