"""The machine-readable zone of a passport or ID card, as a document reader sends it.

ICAO 9303 formats: TD3 (passports, 2 × 44), TD1 (ID cards, 3 × 30) and TD2 (2 × 36).
Every check digit is verified with the ``mrz`` library; any fault is an
:class:`~kiosk.errors.UnreadableDocument` whose detail names the field, never its content
(the MRZ is personal data).
"""

from __future__ import annotations

import string
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Final

from mrz.base.functions import hash_string
from mrz.checker.td1 import TD1CodeChecker
from mrz.checker.td2 import TD2CodeChecker
from mrz.checker.td3 import TD3CodeChecker

from kiosk.countries import is_known, normalise_mrz_country
from kiosk.errors import UnreadableDocument


@dataclass(frozen=True)
class _Layout:
    name: str
    lines: int
    width: int
    sex_at: tuple[int, int]        # (line, column): X is replaced before mrz sees it
    checker: Any


_LAYOUTS: Final = {
    88: _Layout("TD3", 2, 44, (1, 20), TD3CodeChecker),
    90: _Layout("TD1", 3, 30, (1, 7), TD1CodeChecker),
    72: _Layout("TD2", 2, 36, (1, 20), TD2CodeChecker),
}
_ALLOWED_IN: Final = frozenset(string.ascii_letters + string.digits + "<" + string.whitespace)
_MAX_INPUT: Final = 400  # three TD1 lines with generous CR/LF and padding

# mrz's report names -> what staff read. Country codes are judged by kiosk.countries
# (mrz's own table lacks DEU, XXC, XPO and others), so those entries are absent.
_REASONS: Final = {
    "document number hash": "check digit of document number wrong",
    "birth date hash": "check digit of date of birth wrong",
    "expiry date hash": "check digit of expiry date wrong",
    "optional data hash": "check digit of optional data wrong",
    "final hash": "composite check digit wrong",
    "document type format": "document type is not a passport or ID card",
    "identifier": "name field malformed",
    "document number format": "document number field malformed",
    "valid genre format": "sex field invalid",
    "birth date": "date of birth invalid",
    "expiry date": "expiry date invalid",
    "optional data format": "optional data malformed",
    "optional data 2 format": "optional data malformed",
}


@dataclass(frozen=True)
class TravelDocument:
    """What the MRZ says. Personal fields stay out of ``repr`` so logs cannot leak them."""

    document_type: str                     # 'P', 'PD', 'I', 'ID', 'AC', ...
    issuing_country: str                   # alpha-3 ('DEU', not the MRZ's 'D')
    document_number: str = field(repr=False)
    surname: str = field(repr=False)
    given_names: str = field(repr=False)   # '' when the document has only one name
    nationality: str = field(repr=False)   # alpha-3, or an ICAO code such as 'XXA'
    date_of_birth: date = field(repr=False)
    sex: str = field(repr=False)           # 'M', 'F' or 'X' (unspecified, '<' in the MRZ)
    expiry_date: date = field(repr=False)
    optional_data: str = field(repr=False)  # may hold a national identity number

    def is_expired(self, on: date) -> bool:
        """True when the document is no longer valid on that day (valid through expiry)."""
        return self.expiry_date < on


def parse_mrz(text: str, *, today: date | None = None) -> TravelDocument:
    """Parse and verify what a document reader sent.

    Tolerates surrounding whitespace, CR/LF, lower case and lines run together. ``today``
    (pass ``clock.today()``) resolves two-digit birth years: a birth date is never in the
    future. An expired document parses; ask :meth:`TravelDocument.is_expired`.

    Raises UnreadableDocument, and nothing else, for any input that is not a valid MRZ.
    """
    today = today or date.today()
    try:
        return _parse(text, today)
    except UnreadableDocument:
        raise
    except Exception as exc:  # a bug or a library surprise must not crash the session
        # The cause's message could quote the MRZ: name only its type, and drop the chain.
        raise UnreadableDocument(detail=f"unexpected {type(exc).__name__}") from None


def _parse(text: str, today: date) -> TravelDocument:
    if not isinstance(text, str) or not text.strip():
        raise UnreadableDocument(detail="no MRZ text")
    if len(text) > _MAX_INPUT:
        raise UnreadableDocument(detail="text too long for an MRZ")
    if not set(text) <= _ALLOWED_IN:
        raise UnreadableDocument(detail="characters not allowed in an MRZ")
    pieces = text.upper().split()
    blob = "".join(pieces)
    layout = _LAYOUTS.get(len(blob))
    if layout is None:
        raise UnreadableDocument(
            detail=f"wrong length: {len(blob)} characters, not 88, 90 or 72")
    # A reader that separates lines must separate them where the format does; otherwise a
    # dropped and an added character could cancel out.
    if len(pieces) > 1 and [len(p) for p in pieces] != [layout.width] * layout.lines:
        raise UnreadableDocument(detail=f"line lengths do not match {layout.name}")
    lines = [blob[i:i + layout.width] for i in range(0, len(blob), layout.width)]
    kind = lines[0][0]
    if kind == "V":
        raise UnreadableDocument(detail="a visa, not a passport or ID card")
    # Checked here, not only by mrz: its precheck raises on a zone without any letter.
    if kind not in ("P" if layout.name == "TD3" else "IAC"):
        raise UnreadableDocument(detail="document type is not a passport or ID card")

    fields = _fields(layout, lines)
    _verify_with_mrz(layout, lines, fields)
    return _document(fields, today)


def _fields(layout: _Layout, lines: list[str]) -> dict[str, str]:
    """Slice the raw fields (ICAO 9303 Parts 4-6)."""
    first, second = lines[0], lines[1]
    if layout.name == "TD1":
        return {
            "type": first[0:2], "country": first[2:5], "number": first[5:14],
            "number_check": first[14], "optional": first[15:30],
            "birth": second[0:6], "sex": second[7], "expiry": second[8:14],
            "nationality": second[15:18], "optional_2": second[18:29], "name": lines[2],
        }
    optional_end = 42 if layout.name == "TD3" else 35
    return {
        "type": first[0:2], "country": first[2:5], "name": first[5:],
        "number": second[0:9], "number_check": second[9], "nationality": second[10:13],
        "birth": second[13:19], "sex": second[20], "expiry": second[21:27],
        "optional": second[28:optional_end], "optional_2": "",
    }


def _verify_with_mrz(layout: _Layout, lines: list[str], fields: dict[str, str]) -> None:
    reasons: list[str] = []
    overflow = _long_document_number(layout, fields)
    if overflow is not None:
        number, check, rest = overflow
        if not check.isdigit() or hash_string(number) != check:
            reasons.append("check digit of document number wrong")
        fields["number"], fields["optional"] = number, rest

    # mrz rejects sex 'X' although ICAO 9303 allows it; no check digit covers the sex.
    row, col = layout.sex_at
    checked = list(lines)
    if checked[row][col] == "X":
        checked[row] = checked[row][:col] + "<" + checked[row][col + 1:]
    checker = layout.checker("\n".join(checked))
    for description, ok in checker.report.fields:
        if ok or (overflow is not None and description == "document number hash"):
            continue
        reason = _REASONS.get(description)
        if reason is None:
            continue
        if description in ("birth date", "expiry date") and any(
                "expiry date before" in e for e in checker.report.errors):
            reason = "expiry date before date of birth"
        if reason not in reasons:
            reasons.append(reason)
    for key, label in (("country", "issuing country"), ("nationality", "nationality")):
        if not is_known(normalise_mrz_country(fields[key])):
            reasons.append(f"{label} code unknown")
    if reasons:
        raise UnreadableDocument(detail="; ".join(reasons))


def _long_document_number(layout: _Layout,
                          fields: dict[str, str]) -> tuple[str, str, str] | None:
    """ICAO 9303 long document numbers (TD1/TD2): a '<' in the check digit position says
    the number goes on in the optional data, followed by its check digit.
    Returns (number, check digit, rest of the optional data), or None."""
    if layout.name == "TD3" or fields["number_check"] != "<":
        return None
    tail = fields["optional"].split("<", 1)[0]
    if len(tail) < 2:
        return None
    return fields["number"] + tail[:-1], tail[-1], fields["optional"][len(tail):]


def _document(fields: dict[str, str], today: date) -> TravelDocument:
    birth = _birth_date(fields["birth"], today)
    expiry = _expiry_date(fields["expiry"], today)
    if birth is None:
        raise UnreadableDocument(detail="date of birth invalid")
    if expiry is None:
        raise UnreadableDocument(detail="expiry date invalid")
    if expiry <= birth:
        raise UnreadableDocument(detail="expiry date before date of birth")
    primary, _, secondary = fields["name"].rstrip("<").partition("<<")
    optional = " ".join(part for part in (_unfill(fields["optional"]),
                                          _unfill(fields["optional_2"])) if part)
    sex = fields["sex"]
    return TravelDocument(
        document_type=fields["type"].replace("<", ""),
        issuing_country=normalise_mrz_country(fields["country"]),
        document_number=fields["number"].strip("<"),
        surname=_unfill(primary),
        given_names=_unfill(secondary),
        nationality=normalise_mrz_country(fields["nationality"]),
        date_of_birth=birth,
        sex=sex if sex in ("M", "F") else "X",
        expiry_date=expiry,
        optional_data=optional,
    )


def _unfill(value: str) -> str:
    """'ANNA<MARIA<<<' -> 'ANNA MARIA'."""
    return " ".join(value.replace("<", " ").split())


def _yymmdd(value: str) -> tuple[int, int, int] | None:
    if len(value) != 6 or not value.isdigit():
        return None  # e.g. '<<' for an unknown day: not accepted for a registration card
    return int(value[0:2]), int(value[2:4]), int(value[4:6])


def _birth_date(value: str, today: date) -> date | None:
    """Two-digit year: the latest century that does not put the birth in the future."""
    parts = _yymmdd(value)
    if parts is None:
        return None
    yy, mm, dd = parts
    for century in (2000, 1900):
        try:
            candidate = date(century + yy, mm, dd)
        except ValueError:
            continue
        if candidate <= today:
            return candidate
    return None


def _expiry_date(value: str, today: date) -> date | None:
    """Two-digit year: at most 20 years ahead (passports run 10, some ID cards 15)."""
    parts = _yymmdd(value)
    if parts is None:
        return None
    yy, mm, dd = parts
    year = 2000 + yy if 2000 + yy <= today.year + 20 else 1900 + yy
    try:
        return date(year, mm, dd)
    except ValueError:
        return None
