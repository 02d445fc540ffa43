"""The legal registration card of a hotel guest in Finland, and the signature on it.

Act on Accommodation and Food Service Operations (308/2006) §6-7 and the Ministry decree:
every guest gives surname and first names, date of birth, nationality, home country, and
arrival and expected departure dates; guests who are not citizens of a Nordic country also
give the number and issuing country of their travel document. We also take the home
address (street and city required; a postcode only where the country has one).

Plain dicts go in and out (field name -> text, dates as ISO strings), so the screen and the
tests stay simple. Errors are message ids per field, translated by the UI.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Final

from mrz.base.functions import transliterate
from mrz.generator.dictionaries.latin_based import transliteration as ICAO_LATIN

from kiosk import countries
from kiosk.errors import RegistrationInvalid
from kiosk.text import name_key
from kiosk.travel_document import TravelDocument

if TYPE_CHECKING:
    # kiosk.checkin imports this module; FieldSpec is imported where it is used.
    from kiosk.checkin_models import FieldSpec

# In the order the form shows them.
FIELD_NAMES: Final = (
    "first_name", "last_name", "date_of_birth", "nationality",
    "document_number", "document_country",
    "address", "postal_code", "city", "country", "email",
    "arrival", "departure",
)
_DOCUMENT_FIELDS: Final = ("document_number", "document_country")
_COUNTRY_FIELDS: Final = ("nationality", "country", "document_country")
MAX_AGE_YEARS: Final = 120

# Characters a name may hold besides letters and combining marks of any script.
_NAME_PUNCTUATION: Final = frozenset(" -\u2010\u2011'\u2019\u02bc.")
# Zero-width (non-)joiners are part of correct spelling in Persian and Indic scripts.
_JOINERS: Final = frozenset("\u200c\u200d")
_SPACES = re.compile("[\u0020\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")  # Unicode Zs
_ISO_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_FINNISH_DATE = re.compile(r"([0-9]{1,2})\.([0-9]{1,2})\.([0-9]{4})")
_DOCUMENT_NUMBER = re.compile(r"[A-Z0-9]{5,20}")
_POSTAL_CODE = re.compile(r"[A-Z0-9][A-Z0-9 -]{0,11}")
_EMAIL = re.compile(r"[^@\s]+@[^@\s.]+(\.[^@\s.]+)+")
# Records a field's error and gives '' in place of its value (see validate).
_Fail = Callable[[str, str], str]
_MAX_LENGTH: Final = {"first_name": 100, "last_name": 100, "address": 200, "city": 100,
                      "email": 254}


@dataclass(frozen=True)
class RegistrationCard:
    """The card as signed. Names and numbers stay out of ``repr``: logs must not leak them."""

    first_name: str = field(repr=False)      # '' for a guest with a single name
    last_name: str = field(repr=False)
    date_of_birth: date = field(repr=False)
    nationality: str                         # alpha-3 (or an ICAO code such as 'XXA')
    address: str = field(repr=False)
    city: str = field(repr=False)
    postal_code: str = field(repr=False)     # '' where the country has none
    country: str                             # home country, alpha-3
    document_number: str = field(repr=False)  # '' for Nordic citizens who gave none
    document_country: str
    arrival: date
    departure: date
    email: str = field(default="", repr=False)

    def as_dict(self) -> dict[str, str]:
        """Field name -> text, dates as ISO strings (for storage as JSON)."""
        return {k: v.isoformat() if isinstance(v, date) else v for k, v in asdict(self).items()}


def field_specs(nationality: str | None) -> list[FieldSpec]:
    """The fields the screen shows, in order, with which are required.

    Document fields are always shown (the guest may still change nationality) but are
    required only when the nationality is not Nordic or not known yet. Stay dates come
    from the booking: shown, not editable.
    """
    from kiosk.checkin_models import FieldSpec

    documents_required = not _is_nordic(nationality)
    return [
        FieldSpec("first_name", required=False),  # single-name guests exist (ICAO 9303)
        FieldSpec("last_name", required=True),
        FieldSpec("date_of_birth", required=True),
        FieldSpec("nationality", required=True),
        FieldSpec("document_number", required=documents_required),
        FieldSpec("document_country", required=documents_required),
        FieldSpec("address", required=True),
        FieldSpec("postal_code", required=False),
        FieldSpec("city", required=True),
        FieldSpec("country", required=True),
        FieldSpec("email", required=False),
        FieldSpec("arrival", required=True, editable=False),
        FieldSpec("departure", required=True, editable=False),
    ]


def prefill(booking: Mapping[str, object], earlier: Mapping[str, object] | None,
            document: TravelDocument | None) -> dict[str, str]:
    """Values for the form, one per field ('' when unknown).

    The travel document wins for name, date of birth, nationality and document fields (it
    was read from the passport); then the earlier stay's guest record (address and the
    rest); then the booking. Stay dates come from the booking only. A name the booking
    spells with its accents ('Müller' for MRZ 'MUELLER') keeps that spelling.
    """
    from_booking, from_earlier = _strings(booking), _strings(earlier or {})
    values = {name: from_earlier.get(name) or from_booking.get(name) or ""
              for name in FIELD_NAMES}
    values["arrival"] = from_booking.get("arrival", "")
    values["departure"] = from_booking.get("departure", "")
    if document is not None:
        values["last_name"] = _document_name(document.surname, values["last_name"])
        values["first_name"] = _document_name(document.given_names, values["first_name"])
        values["date_of_birth"] = document.date_of_birth.isoformat()
        values["nationality"] = document.nationality
        values["document_number"] = document.document_number
        values["document_country"] = document.issuing_country
    nationality = _country(values["nationality"])
    if not values["country"] and nationality and countries.alpha2(nationality):
        values["country"] = nationality  # a guess the guest sees and can change
    if _is_nordic(nationality):
        # The law asks Nordic citizens for no document data: do not collect it unasked.
        for name in _DOCUMENT_FIELDS:
            values[name] = ""
    return values


def validate(values: Mapping[str, object], today: date) -> RegistrationCard:
    """Check the form and build the card.

    Raises RegistrationInvalid whose ``params["errors"]`` maps each faulty field to a
    message id: required, name_invalid, date_invalid, date_in_future, too_old,
    country_unknown, document_number_invalid, text_invalid, email_invalid,
    departure_before_arrival. The detail names the fields, never their values.
    """
    raw = {name: _text(values.get(name)) for name in FIELD_NAMES}
    errors: dict[str, str] = {}

    def fail(name: str, message_id: str) -> str:
        errors[name] = message_id
        return ""

    first_name = _check_name("first_name", raw["first_name"], False, fail)
    last_name = _check_name("last_name", raw["last_name"], True, fail)
    birth = _check_date("date_of_birth", raw["date_of_birth"], fail)
    if birth is not None:
        if birth > today:
            birth = None
            fail("date_of_birth", "date_in_future")
        elif birth < _years_before(today, MAX_AGE_YEARS):
            birth = None
            fail("date_of_birth", "too_old")
    country_values = {name: _check_country(name, raw[name], fail) for name in _COUNTRY_FIELDS}
    nationality = country_values["nationality"]
    if not raw["document_country"] and not _is_nordic(nationality):
        fail("document_country", "required")
    document_number = _check_document_number(raw["document_number"],
                                             not _is_nordic(nationality), fail)
    address = _check_text("address", raw["address"], True, fail)
    city = _check_text("city", raw["city"], True, fail)
    postal_code = raw["postal_code"].upper()
    if postal_code and not _POSTAL_CODE.fullmatch(postal_code):
        postal_code = fail("postal_code", "text_invalid")
    email = raw["email"]
    if email and (len(email) > _MAX_LENGTH["email"] or not _EMAIL.fullmatch(email)):
        email = fail("email", "email_invalid")
    arrival = _check_date("arrival", raw["arrival"], fail)
    departure = _check_date("departure", raw["departure"], fail)
    if arrival and departure and departure <= arrival:
        fail("departure", "departure_before_arrival")

    if errors or birth is None or arrival is None or departure is None:
        raise RegistrationInvalid(detail="invalid fields: " + ", ".join(sorted(errors)),
                                  errors=errors)
    return RegistrationCard(
        first_name=first_name, last_name=last_name, date_of_birth=birth,
        nationality=nationality, address=address, city=city, postal_code=postal_code,
        country=country_values["country"], document_number=document_number,
        document_country=country_values["document_country"],
        arrival=arrival, departure=departure, email=email)


# -- the signature ---------------------------------------------------------------------

Stroke = Sequence[tuple[float, float]]


def signature_svg(strokes: Sequence[Stroke], width: float, height: float) -> str:
    """A compact SVG of the signature pad: one ``<path>`` per stroke, coordinates rounded
    to 1 decimal and kept inside the pad. Raises ValueError for a pad without size."""
    if not (_finite(width) and _finite(height) and width > 0 and height > 0):
        raise ValueError("signature pad needs a positive, finite width and height")
    w, h = _number(width), _number(height)
    paths = []
    for stroke in strokes:
        points = [(_number(min(max(x, 0.0), width)), _number(min(max(y, 0.0), height)))
                  for x, y in _points(stroke)]
        if not points:
            continue
        if len(points) == 1:
            points.append(points[0])  # a zero-length line: the round cap draws a dot
        d = "M" + " ".join(f"{x} {y}" for x, y in points)  # pairs after M are line-tos
        paths.append(f'<path d="{d}"/>')
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="{w}" '
            f'height="{h}" fill="none" stroke="#000" stroke-width="2" '
            f'stroke-linecap="round" stroke-linejoin="round">{"".join(paths)}</svg>')


def signature_is_plausible(strokes: Sequence[Stroke], *, min_points: int = 3,
                           min_extent: float = 20.0) -> bool:
    """True when the pad holds something like a signature: at least ``min_points``
    points spanning ``min_extent`` (pad units) in some direction. A tap or an empty pad
    is not a signature."""
    points = [p for stroke in strokes for p in _points(stroke)]
    if len(points) < min_points:
        return False
    xs, ys = [x for x, _ in points], [y for _, y in points]
    return max(max(xs) - min(xs), max(ys) - min(ys)) >= min_extent


# -- helpers -------------------------------------------------------------------------------

def _strings(source: Mapping[str, object]) -> dict[str, str]:
    """Known fields as trimmed text; None and '' are left out so the next source fills in."""
    out = {}
    for name in FIELD_NAMES:
        value = source.get(name)
        text = value.isoformat() if isinstance(value, date) else _text(value)
        if text:
            out[name] = text
    return out


def _text(value: object) -> str:
    if value is None:
        return ""
    text = unicodedata.normalize("NFC", value if isinstance(value, str) else str(value))
    # Runs of spaces become one; tabs and line breaks inside stay, to be judged as
    # control characters.
    return _SPACES.sub(" ", text.strip())


def _country(value: str | None) -> str:
    """An alpha-3 code from what was typed, or '' if it is not one we know."""
    if not value:
        return ""
    code = countries.normalise_mrz_country(value)
    return code if countries.is_known(code) else ""


def _is_nordic(nationality: str | None) -> bool:
    code = _country(nationality)
    return bool(code) and countries.is_nordic(code)


def _document_name(from_document: str, known: str) -> str:
    """The passport's name, but in the booking's spelling when that is the same name."""
    if known and _letters(from_document) in (_letters(transliterate(known, ICAO_LATIN)),
                                             _letters(name_key(known))):
        return known
    return from_document.title()


def _letters(text: str) -> str:
    return "".join(c for c in text.upper() if "A" <= c <= "Z")


def _check_name(name: str, value: str, required: bool, fail: _Fail) -> str:
    if not value:
        return fail(name, "required") if required else ""
    if (len(value) > _MAX_LENGTH[name] or not any(c.isalpha() for c in value)
            or not all(_name_char(c) for c in value)):
        return fail(name, "name_invalid")
    return value


def _name_char(char: str) -> bool:
    return (unicodedata.category(char)[0] in "LM" or char in _NAME_PUNCTUATION
            or char in _JOINERS)


def _check_text(name: str, value: str, required: bool, fail: _Fail) -> str:
    if not value:
        return fail(name, "required") if required else ""
    if len(value) > _MAX_LENGTH[name] or any(
            unicodedata.category(c) in ("Cc", "Cf", "Cs", "Co", "Cn") and c not in _JOINERS
            for c in value):
        return fail(name, "text_invalid")
    return value


def _check_date(name: str, value: str, fail: _Fail) -> date | None:
    if not value:
        fail(name, "required")
        return None
    iso, finnish = _ISO_DATE.fullmatch(value), _FINNISH_DATE.fullmatch(value)
    try:
        if iso:
            return date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        if finnish:
            return date(int(finnish.group(3)), int(finnish.group(2)), int(finnish.group(1)))
    except ValueError:
        pass
    fail(name, "date_invalid")
    return None


def _check_country(name: str, value: str, fail: _Fail) -> str:
    if not value:
        return "" if name == "document_country" else fail(name, "required")
    return _country(value) or fail(name, "country_unknown")


def _check_document_number(value: str, required: bool, fail: _Fail) -> str:
    compact = "".join(value.split()).upper()
    if not compact:
        return fail("document_number", "required") if required else ""
    if not _DOCUMENT_NUMBER.fullmatch(compact):
        return fail("document_number", "document_number_invalid")
    return compact


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _finite(value: object) -> bool:
    return isinstance(value, int | float) and math.isfinite(value)


def _points(stroke: Stroke) -> list[tuple[float, float]]:
    """The stroke's usable points: QML may hand over lists, and NaN from a glitchy pad."""
    out = []
    for point in stroke:
        try:
            x, y = float(point[0]), float(point[1])
        except (TypeError, ValueError, IndexError):
            continue
        if math.isfinite(x) and math.isfinite(y):
            out.append((x, y))
    return out


def _number(value: float) -> str:
    """Rounded to 1 decimal, without a needless '.0': 12.0 -> '12', 3.14 -> '3.1'."""
    text = f"{value:.1f}"
    text = text[:-2] if text.endswith(".0") else text
    return "0" if text == "-0" else text
