"""Dates, money and times for the guest's language, with babel (CLDR), never by hand."""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal

from babel import Locale
from babel.dates import format_date, format_time
from babel.numbers import format_currency

# The kiosk's languages and the CLDR locale that formats for each. Swedish in a Finnish
# hotel is Finland Swedish; English is British (day before month, 24-hour clock).
BABEL_LOCALES: dict[str, str] = {
    "en": "en_GB", "fi": "fi_FI", "sv": "sv_FI", "et": "et_EE", "hu": "hu_HU",
    "de": "de_DE", "zh": "zh_Hans_CN", "ja": "ja_JP", "ko": "ko_KR",
}


def babel_locale(language: str) -> Locale:
    return Locale.parse(BABEL_LOCALES.get(language, "en_GB"))


def long_date(day: date, language: str) -> str:
    """'Wednesday, 25 November 2026' / 'keskiviikko 25. marraskuuta 2026'."""
    return format_date(day, format="full", locale=babel_locale(language))


def short_date(day: date, language: str) -> str:
    """'25 Nov 2026' / '25.11.2026': for lists where space is short."""
    return format_date(day, format="medium", locale=babel_locale(language))


def money(cents: int, currency: str, language: str) -> str:
    """'€150.00' / '150,00 €': cents kept exact through Decimal."""
    return format_currency(Decimal(cents) / 100, currency, locale=babel_locale(language))


def clock_time(hhmm: str, language: str) -> str:
    """'15:00' as the guest reads times ('15.00' in Finnish, '15:00' elsewhere)."""
    hours, minutes = (int(part) for part in hhmm.split(":"))
    return format_time(time(hours, minutes), format="short", locale=babel_locale(language))
