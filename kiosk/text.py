"""Text folding for look-ups: a guest on an unfamiliar keyboard still finds their booking."""

from __future__ import annotations

import unicodedata

from unidecode import unidecode

# Letters that NFKD does not split into base + accent.
_SPECIAL = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
                          "ß": "ss", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "þ": "th",
                          "Þ": "TH", "ð": "d", "Ð": "D", "ı": "i"})


def fold(text: str) -> str:
    """Case-, accent- and spacing-insensitive key: 'Åström-Müller ' -> 'astrom muller'."""
    text = text.translate(_SPECIAL)
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    cleaned = "".join(c if c.isalnum() else " " for c in stripped.casefold())
    return " ".join(cleaned.split())


def name_key(text: str) -> str:
    """The look-up key of a name: folded after Latin transliteration, so 'Wang' finds '王'
    and 'Sjostrom' finds 'Sjöström'. Both the stored name and the typed query use it."""
    return fold(unidecode(text.translate(_SPECIAL)))
