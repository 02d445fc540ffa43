"""Licence plates as guests type them, for the parking permit.

Plates of many countries are accepted: 2-10 letters and digits (Latin A-Z plus Å Ä Ö Ü,
as Finnish, Swedish and German plates use), in groups separated by a space or a hyphen.
Two forms come out: the *display* form the guest sees and the permit shows ('ABC-123',
'M AB 1234'), and the *compact* form that cameras and look-ups compare ('ABC123').
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

from kiosk.errors import LobbyError, WayForward


class PlateInvalid(LobbyError):
    message_id = "plate_invalid"
    way_forward = WayForward.RETRY


_LETTERS: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖÜ")
_DIGITS: Final = frozenset("0123456789")
_HYPHENS: Final = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2212")
MIN_LENGTH: Final = 2
MAX_LENGTH: Final = 10
_MAX_INPUT: Final = 40
# Finnish plates: 1-3 letters and 1-3 digits, written with a hyphen (ABC-123).
_FINNISH = re.compile(r"([A-ZÅÄÖ]{1,3})([0-9]{1,3})")


def normalise_plate(text: str) -> str:
    """The compact form for comparing: 'abc-123 ' -> 'ABC123'. Does not validate."""
    folded = unicodedata.normalize("NFKC", text).upper()
    return "".join(c for c in folded if not (c.isspace() or c in _HYPHENS))


def validate_plate(text: str) -> str:
    """Check a typed plate and return its display form: 'abc123' -> 'ABC-123',
    'm-ab 1234' -> 'M-AB 1234' (the guest's grouping is kept; one separator per gap).

    Raises PlateInvalid (message id 'plate_invalid') for empty input, only separators,
    symbols, or fewer than 2 / more than 10 letters and digits.
    """
    if not isinstance(text, str):
        raise PlateInvalid("plate is not text")
    if len(text) > _MAX_INPUT:
        raise PlateInvalid("plate too long")
    cleaned = unicodedata.normalize("NFKC", text).strip()
    groups: list[str] = []
    gaps: list[str] = []
    current: list[str] = []
    gap = ""
    for char in cleaned:
        if char.isspace() or char in _HYPHENS:
            gap = "-" if (char in _HYPHENS or gap == "-") else " "
            continue
        upper = char.upper()
        if upper not in _LETTERS and upper not in _DIGITS:
            raise PlateInvalid("plate has a character that is not a letter or digit")
        if gap and current:
            groups.append("".join(current))
            gaps.append(gap)
            current = []
        gap = ""
        current.append(upper)
    if current:
        groups.append("".join(current))
    length = sum(len(g) for g in groups)
    if length == 0:
        raise PlateInvalid("plate is empty")
    if not MIN_LENGTH <= length <= MAX_LENGTH:
        raise PlateInvalid(f"plate has {length} letters and digits, not {MIN_LENGTH}-{MAX_LENGTH}")
    if len(groups) == 1:
        finnish = _FINNISH.fullmatch(groups[0])
        if finnish:
            return f"{finnish.group(1)}-{finnish.group(2)}"
    display = groups[0]
    for separator, group in zip(gaps, groups[1:], strict=True):
        display += separator + group
    return display
