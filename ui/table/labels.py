"""What the table writes about a home: translated names of types, features and filters, and
prices, areas and times formatted for the customer's language with babel (CLDR).

Names are marked with ``QT_TRANSLATE_NOOP`` so ``python -m ui.table.i18n`` collects them
into ``assets/i18n/table_*.ts``; they are translated when shown.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Final

from babel import Locale
from babel.dates import format_date, format_skeleton, format_time
from babel.numbers import format_compact_currency, format_currency, format_decimal
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from kiosk.listings.districts import find_district

CONTEXT: Final = "TableLabels"
# Finland Swedish and British English: day before month, 24-hour clock, euro.
LOCALES: Final[dict[str, str]] = {"fi": "fi_FI", "sv": "sv_FI", "en": "en_GB"}

TYPE_NAMES: Final[dict[str, str]] = {
    "apartment": QT_TRANSLATE_NOOP("TableLabels", "Apartment"),
    "terraced": QT_TRANSLATE_NOOP("TableLabels", "Terraced house"),
    "semi_detached": QT_TRANSLATE_NOOP("TableLabels", "Semi-detached house"),
    "detached": QT_TRANSLATE_NOOP("TableLabels", "Detached house"),
    "plot": QT_TRANSLATE_NOOP("TableLabels", "Plot"),
    "holiday_home": QT_TRANSLATE_NOOP("TableLabels", "Holiday home"),
}
FEATURE_NAMES: Final[dict[str, str]] = {
    "sauna": QT_TRANSLATE_NOOP("TableLabels", "Sauna"),
    "balcony": QT_TRANSLATE_NOOP("TableLabels", "Balcony"),
    "elevator": QT_TRANSLATE_NOOP("TableLabels", "Lift"),
    "garden": QT_TRANSLATE_NOOP("TableLabels", "Garden"),
    "garage": QT_TRANSLATE_NOOP("TableLabels", "Garage"),
    "fireplace": QT_TRANSLATE_NOOP("TableLabels", "Fireplace"),
    "shore": QT_TRANSLATE_NOOP("TableLabels", "Own shore"),
    "sea_view": QT_TRANSLATE_NOOP("TableLabels", "Sea view"),
    "terrace": QT_TRANSLATE_NOOP("TableLabels", "Terrace"),
    "parking": QT_TRANSLATE_NOOP("TableLabels", "Parking space"),
    "storage": QT_TRANSLATE_NOOP("TableLabels", "Storage room"),
    "renovated": QT_TRANSLATE_NOOP("TableLabels", "Renovated"),
    "accessible": QT_TRANSLATE_NOOP("TableLabels", "Step-free access"),
    "pets_allowed": QT_TRANSLATE_NOOP("TableLabels", "Pets allowed"),
    "pool": QT_TRANSLATE_NOOP("TableLabels", "Pool"),
    "glazed_balcony": QT_TRANSLATE_NOOP("TableLabels", "Glazed balcony"),
}
FILTER_NAMES: Final[dict[str, str]] = {
    "max_price": QT_TRANSLATE_NOOP("TableLabels", "Highest price"),
    "min_price": QT_TRANSLATE_NOOP("TableLabels", "Lowest price"),
    "min_rooms": QT_TRANSLATE_NOOP("TableLabels", "Rooms at least"),
    "max_rooms": QT_TRANSLATE_NOOP("TableLabels", "Rooms at most"),
    "min_area": QT_TRANSLATE_NOOP("TableLabels", "Living area at least"),
    "max_area": QT_TRANSLATE_NOOP("TableLabels", "Living area at most"),
    "type": QT_TRANSLATE_NOOP("TableLabels", "Type of home"),
    "feature": QT_TRANSLATE_NOOP("TableLabels", "Must have"),
}
FACT_NAMES: Final[dict[str, str]] = {
    "price": QT_TRANSLATE_NOOP("TableLabels", "Asking price"),
    "debt_free": QT_TRANSLATE_NOOP("TableLabels", "Debt-free price"),
    "type": QT_TRANSLATE_NOOP("TableLabels", "Type"),
    "area": QT_TRANSLATE_NOOP("TableLabels", "Living area"),
    "per_m2": QT_TRANSLATE_NOOP("TableLabels", "Price per m²"),
    "plot": QT_TRANSLATE_NOOP("TableLabels", "Plot area"),
    "rooms": QT_TRANSLATE_NOOP("TableLabels", "Rooms"),
    "year": QT_TRANSLATE_NOOP("TableLabels", "Year built"),
    "energy": QT_TRANSLATE_NOOP("TableLabels", "Energy class"),
    "district": QT_TRANSLATE_NOOP("TableLabels", "District"),
    "features": QT_TRANSLATE_NOOP("TableLabels", "Features"),
}
VIEWING: Final = QT_TRANSLATE_NOOP("TableLabels", "Viewing")
NOTICES: Final[dict[str, str]] = {
    "compare_full": QT_TRANSLATE_NOOP(
        "TableLabels", "Up to three homes can be compared. Take one out first."),
    "slot_taken": QT_TRANSLATE_NOOP(
        "TableLabels", "Someone else just booked that time. Please choose another."),
    "slot_past": QT_TRANSLATE_NOOP(
        "TableLabels", "That time has already begun. Please choose another."),
    "contact_missing": QT_TRANSLATE_NOOP(
        "TableLabels", "Please give your name and a phone number."),
    "booking_failed": QT_TRANSLATE_NOOP(
        "TableLabels", "The viewing could not be booked. An advisor can help you."),
}
ROOM_NAMES: Final[dict[str, str]] = {      # panoramas are named after the room they show
    "living": QT_TRANSLATE_NOOP("TableLabels", "Living room"),
    "kitchen": QT_TRANSLATE_NOOP("TableLabels", "Kitchen"),
    "bedroom": QT_TRANSLATE_NOOP("TableLabels", "Bedroom"),
    "sauna": QT_TRANSLATE_NOOP("TableLabels", "Sauna"),
    "bathroom": QT_TRANSLATE_NOOP("TableLabels", "Bathroom"),
}


def tr(text: str) -> str:
    """``text`` (a source string of this module) in the installed language."""
    return QCoreApplication.translate(CONTEXT, text)


def type_name(code: str) -> str:
    return tr(TYPE_NAMES.get(code, code))


def feature_name(code: str) -> str:
    return tr(FEATURE_NAMES.get(code, code))


def room_name(stem: str) -> str:
    return tr(ROOM_NAMES[stem]) if stem in ROOM_NAMES else stem.replace("_", " ").title()


def locale(language: str) -> Locale:
    return Locale.parse(LOCALES.get(language, "en_GB"))


def price(eur: int | float, language: str) -> str:
    """'349 000 €' / '€349,000': whole euros in the locale's own pattern."""
    loc = locale(language)
    pattern = loc.currency_formats["standard"].pattern.split(";")[0].replace(".00", "")
    return format_currency(Decimal(int(eur)), "EUR", format=pattern, locale=loc,
                           currency_digits=False)


def short_price(eur: int | float, language: str) -> str:
    """'349 t. €' / '€349K': for a pin on the map."""
    return format_compact_currency(int(eur), "EUR", locale=locale(language),
                                   fraction_digits=1 if eur >= 1_000_000 else 0)


def area(m2: float | None, language: str) -> str:
    """'72,5 m²' / '72.5 m²'; '' when unknown."""
    if m2 is None:
        return ""
    return f"{format_decimal(m2, format='#,##0.#', locale=locale(language))} m²"


ROOMS_ONE: Final = QT_TRANSLATE_NOOP("TableLabels", "1 room")
ROOMS_MANY: Final = QT_TRANSLATE_NOOP("TableLabels", "%1 rooms")


def rooms(count: int) -> str:
    """'1 room' / '3 rooms' (Finnish and Swedish plurals also split at one)."""
    return tr(ROOMS_ONE) if count == 1 else tr(ROOMS_MANY).replace("%1", str(count))


def number(value: float, language: str) -> str:
    return format_decimal(value, format="#,##0.#", locale=locale(language))


def weekday_date(moment: datetime, language: str) -> str:
    """'Tue 1 Dec' / 'ti 1.12.': a viewing's day on a slot button."""
    return format_skeleton("MMMEd", moment, locale=locale(language))


def clock(moment: datetime, language: str) -> str:
    """'17.00' (fi) / '17:00'."""
    return format_time(moment, format="short", locale=locale(language))


def long_date(moment: datetime, language: str) -> str:
    return format_date(moment, format="full", locale=locale(language))


def district_name(name: str, language: str) -> str:
    """A district in Swedish for Swedish readers (Töölö -> Tölö), else as stored."""
    if language == "sv":
        known = find_district(name)
        if known is not None:
            return known.name_sv
    return name
