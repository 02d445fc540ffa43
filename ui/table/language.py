"""The table's language (Finnish, Swedish, English): exposed to QML as ``tableLanguage``.

Switching installs ``assets/i18n/table_<code>.qm`` and re-translates every ``qsTr`` in
place; the view-models re-make their texts on :attr:`changed`. Nothing the customer did
is lost: filters, the open home and the shortlist stay.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Final

from PySide6.QtCore import (
    Property,
    QCoreApplication,
    QLocale,
    QObject,
    QTranslator,
    Signal,
    Slot,
)
from PySide6.QtQml import QQmlEngine

from ui.bindable import Bindable, RowsModel, readonly

log = logging.getLogger(__name__)
I18N_DIR: Final = Path(__file__).resolve().parents[2] / "assets" / "i18n"
NATIVE: Final = {"fi": "Suomi", "sv": "Svenska", "en": "English"}
KEYBOARD: Final = {"fi": "fi_FI", "sv": "sv_SE", "en": "en_GB"}
# Qt's own formatting (%Ln in a plural) as babel formats the rest.
LOCALES: Final = {"fi": "fi_FI", "sv": "sv_FI", "en": "en_GB"}


class TableLanguage(Bindable):
    currentChanged = Signal()
    keyboardLocaleChanged = Signal()
    changed = Signal(str)

    def __init__(self, languages: tuple[str, ...], default: str,
                 i18n_dir: Path = I18N_DIR, parent: QObject | None = None) -> None:
        super().__init__({"current": "", "keyboardLocale": "en_GB"}, parent)
        self.default = default
        self._dir = i18n_dir
        self._previous_locale = QLocale()
        self._engine: QQmlEngine | None = None
        self._translator: QTranslator | None = None
        self._rows = RowsModel(("code", "name"), self)
        self._rows.replace({"code": c, "name": NATIVE[c]} for c in languages)
        self._codes = languages
        self._apply(default)

    current = readonly(str, "current", currentChanged)
    keyboardLocale = readonly(str, "keyboardLocale", keyboardLocaleChanged)
    languages = Property(QObject, lambda self: self._rows, constant=True)

    def attach(self, engine: QQmlEngine) -> None:
        self._engine = engine

    @Slot(str)
    def choose(self, code: str) -> None:
        if code not in self._codes or code == self._values["current"]:
            return
        self._apply(code)
        if self._engine is not None:
            self._engine.retranslate()
        self.changed.emit(code)

    def reset(self) -> None:
        self.choose(self.default)

    def detach(self) -> None:
        app = QCoreApplication.instance()
        if self._translator is not None and app is not None:
            app.removeTranslator(self._translator)
        self._translator = None
        self._engine = None
        QLocale.setDefault(self._previous_locale)

    def _apply(self, code: str) -> None:
        app = QCoreApplication.instance()
        if self._translator is not None and app is not None:
            app.removeTranslator(self._translator)
            self._translator = None
        translator = QTranslator(self)
        if app is not None and translator.load(str(self._dir / f"table_{code}.qm")):
            app.installTranslator(translator)
            self._translator = translator
        elif code != "en":
            log.warning("no table translations for %s", code)
        QLocale.setDefault(QLocale(LOCALES.get(code, "en_GB")))
        self._set_many(current=code, keyboardLocale=KEYBOARD.get(code, "en_GB"))
