"""The guest's language: translations, layout direction, fonts and keyboard per language.

Switching installs the language's ``QTranslator`` and calls ``engine.retranslate()``: every
``qsTr()`` binding re-evaluates in place, so the current screen, what the guest typed and the
flow's progress all stay. Python-made texts follow through :attr:`LanguageViewModel.changed`.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Property, QCoreApplication, QObject, QTranslator, Signal, Slot
from PySide6.QtQml import QQmlEngine

from ui.bindable import Bindable, RowsModel, readonly

log = logging.getLogger(__name__)

I18N_DIR = Path(__file__).resolve().parent.parent / "assets" / "i18n"

# Each language is offered in its own name: a guest looks for the word they can read.
LANGUAGES: tuple[tuple[str, str], ...] = (
    ("en", "English"), ("fi", "Suomi"), ("sv", "Svenska"), ("et", "Eesti"), ("hu", "Magyar"),
    ("de", "Deutsch"), ("zh", "中文"), ("ja", "日本語"), ("ko", "한국어"),
)
RIGHT_TO_LEFT = frozenset({"ar", "he", "fa", "ur"})

# Han characters differ between Chinese, Japanese and Korean typography: pick the matching
# Noto CJK face. Its Latin letters are narrow enough for long Finnish and German words.
FONTS: dict[str, str] = {"zh": "Noto Sans CJK SC", "ja": "Noto Sans CJK JP",
                         "ko": "Noto Sans CJK KR"}
DEFAULT_FONT = "Noto Sans CJK JP"

# The on-screen keyboard's layout. Names, codes and plates are typed in Latin letters, so
# Chinese, Japanese and Korean guests get the English layout (they can switch on the keyboard).
KEYBOARD_LOCALES: dict[str, str] = {"en": "en_GB", "fi": "fi_FI", "sv": "sv_SE", "et": "et_EE",
                                    "hu": "hu_HU", "de": "de_DE"}


class LanguageViewModel(Bindable):
    """Exposed to QML as ``language``."""

    currentChanged = Signal()
    currentNameChanged = Signal()
    rightToLeftChanged = Signal()
    fontFamilyChanged = Signal()
    keyboardLocaleChanged = Signal()
    changed = Signal(str)  # for the other view-models: re-make their translated texts

    def __init__(self, default_language: str, i18n_dir: Path = I18N_DIR,
                 parent: QObject | None = None) -> None:
        super().__init__({"current": "en", "currentName": "English", "rightToLeft": False,
                          "fontFamily": DEFAULT_FONT, "keyboardLocale": "en_GB"}, parent)
        self.default_language = default_language
        self._i18n_dir = i18n_dir
        self._engine: QQmlEngine | None = None
        self._translator: QTranslator | None = None
        self._languages = RowsModel(("code", "nativeName"), self)
        self._languages.replace({"code": c, "nativeName": n} for c, n in LANGUAGES)
        self._apply(default_language)

    current = readonly(str, "current", currentChanged)
    currentName = readonly(str, "currentName", currentNameChanged)
    rightToLeft = readonly(bool, "rightToLeft", rightToLeftChanged)
    fontFamily = readonly(str, "fontFamily", fontFamilyChanged)
    keyboardLocale = readonly(str, "keyboardLocale", keyboardLocaleChanged)
    languages = Property(QObject, lambda self: self._languages, constant=True)

    def attach(self, engine: QQmlEngine) -> None:
        """The engine whose ``qsTr`` bindings follow the language."""
        self._engine = engine

    @Slot(str)
    def choose(self, code: str) -> None:
        """The guest tapped a language; works on every screen, mid-flow."""
        if code not in dict(LANGUAGES) or code == self._values["current"]:
            return
        self._apply(code)
        if self._engine is not None:
            self._engine.retranslate()
        self.changed.emit(code)

    def detach(self) -> None:
        """The app is closing: take our translator off the application."""
        app = QCoreApplication.instance()
        if self._translator is not None and app is not None:
            app.removeTranslator(self._translator)
        self._translator = None
        self._engine = None

    def reset(self) -> None:
        """The next guest starts in the kiosk's default language."""
        self.choose(self.default_language)

    def _apply(self, code: str) -> None:
        app = QCoreApplication.instance()
        if self._translator is not None and app is not None:
            app.removeTranslator(self._translator)
            self._translator = None
        qm = self._i18n_dir / f"lobby_{code}.qm"
        # English is the source language, but its file holds the plural forms ("1 night",
        # "2 nights"); a string missing in another language falls back to the source.
        if app is not None:
            translator = QTranslator(self)
            if translator.load(str(qm)):
                app.installTranslator(translator)
                self._translator = translator
            else:
                log.warning("no translations for %s (%s missing or unreadable)", code, qm.name)
        self._set_many(current=code, currentName=dict(LANGUAGES)[code],
                       rightToLeft=code in RIGHT_TO_LEFT,
                       fontFamily=FONTS.get(code, DEFAULT_FONT),
                       keyboardLocale=KEYBOARD_LOCALES.get(code, "en_GB"))
