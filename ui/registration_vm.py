"""The legal registration card: prefilled fields the guest checks, and errors per field.

Wraps the card of a :class:`kiosk.checkin.CheckIn` (``registration_fields()`` and
``registration_values()``). What the guest types is kept here until they sign, so a language
switch or a trip back and forth keeps it; it is dropped when the session ends.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk import countries
from kiosk.checkin import FieldSpec
from ui import formatting, messages
from ui.bindable import Bindable, RowsModel, readonly

FIELD_ROLES = ("name", "label", "value", "required", "editable", "error", "hint")
COUNTRY_FIELDS = frozenset({"nationality", "country", "document_country"})
# Stay dates come from the booking; the guest sees them but does not type them.
STAY_FIELDS = frozenset({"arrival", "departure"})
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def country_code(text: str, language: str) -> str:
    """What the guest typed as an alpha-3 code: 'AUT', 'Austria' and 'Itävalta' all give
    'AUT'. Unrecognised text comes back unchanged, for the core to reject kindly."""
    typed = text.strip()
    if not typed or countries.is_known(typed):
        return typed.upper() if typed else ""
    wanted = typed.casefold()
    for locale in (formatting.BABEL_LOCALES.get(language, "en_GB"), "en_GB"):
        for alpha3 in countries.ISO_ALPHA3:
            if countries.country_name(alpha3, locale).casefold() == wanted:
                return alpha3
    return typed


class RegistrationViewModel(Bindable):
    """Exposed to QML as ``checkIn.registration``."""

    signatureErrorChanged = Signal()
    hasErrorsChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__({"signatureError": "", "hasErrors": False}, parent)
        self._specs: tuple[FieldSpec, ...] = ()
        self._typed: dict[str, str] = {}
        self._errors: dict[str, str] = {}
        self._language = "en"
        self._fields = RowsModel(FIELD_ROLES, self)

    signatureError = readonly(str, "signatureError", signatureErrorChanged)
    hasErrors = readonly(bool, "hasErrors", hasErrorsChanged)
    fields = Property(QObject, lambda self: self._fields, constant=True)

    def load(self, specs: Sequence[FieldSpec], values: Mapping[str, str], language: str) -> None:
        """A fresh card for the booking (or the one the guest left when going back).
        A date of birth shows as 17.04.1986, which every guest reads the same way."""
        self._specs = tuple(specs)
        self._typed = {}
        for spec in specs:
            value = str(values.get(spec.name, "") or "")
            iso = _ISO_DATE.fullmatch(value)
            if iso and spec.name not in STAY_FIELDS:
                value = f"{iso[3]}.{iso[2]}.{iso[1]}"
            self._typed[spec.name] = value
        self._errors = {}
        self.relabel(language)

    def values(self) -> dict[str, str]:
        """The card as the core takes it: country names become codes."""
        out = {}
        for name, value in self._typed.items():
            value = value.strip()
            out[name] = country_code(value, self._language) if name in COUNTRY_FIELDS else value
        return out

    @Slot(str, str)
    def setValue(self, name: str, value: str) -> None:
        """The guest typed into a field; its error goes away until the next check."""
        if name not in self._typed or self._typed[name] == value:
            return
        self._typed[name] = value
        self._errors.pop(name, None)
        for row, spec in enumerate(self._specs):
            if spec.name == name:
                self._fields.update_row(row, value=value, error="", hint=self._hint(spec))
        self._set("hasErrors", bool(self._errors))

    def show_errors(self, errors: Mapping[str, str]) -> None:
        """``errors`` maps a field (or ``signature``) to a message id from the core."""
        self._errors = dict(errors)
        self.relabel(self._language)

    def relabel(self, language: str) -> None:
        self._language = language
        self._fields.replace(self._row(spec) for spec in self._specs)
        signature = self._errors.get("signature")
        self._set_many(signatureError=messages.field_message(signature) if signature else "",
                       hasErrors=bool(self._errors))

    def clear(self) -> None:
        self._specs, self._typed, self._errors = (), {}, {}
        self._fields.clear()
        self._reset_values()

    def _row(self, spec: FieldSpec) -> dict[str, object]:
        error = self._errors.get(spec.name)
        value = self._typed.get(spec.name, "")
        if spec.name in STAY_FIELDS and _ISO_DATE.fullmatch(value):
            value = formatting.short_date(date.fromisoformat(value), self._language)
        return {"name": spec.name, "label": messages.field_label(spec.name), "value": value,
                "required": spec.required,
                "editable": spec.editable and spec.name not in STAY_FIELDS,
                "error": messages.field_message(error) if error else "",
                "hint": self._hint(spec)}

    def _hint(self, spec: FieldSpec) -> str:
        """A helping line under the field: a country code's name in the guest's language,
        how to write a date."""
        value = self._typed.get(spec.name, "").strip()
        if spec.name in COUNTRY_FIELDS and value:
            code = country_code(value, self._language)
            if countries.is_known(code):
                locale = formatting.BABEL_LOCALES.get(self._language, "en_GB")
                return countries.country_name(code, locale)
        return messages.field_hint(spec.name)
