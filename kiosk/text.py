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


# ICAO 9303 transliteration of Latin letters for the machine-readable zone (Doc 9303-3 §6).
_ICAO = str.maketrans({"Ä": "AE", "ä": "ae", "Ö": "OE", "ö": "oe", "Ü": "UE", "ü": "ue",
                       "Å": "AA", "å": "aa", "Æ": "AE", "æ": "ae", "Ø": "OE", "ø": "oe",
                       "ß": "ss", "Ĳ": "IJ", "ĳ": "ij", "Þ": "TH", "þ": "th"})


def mrz_name_keys(name: str) -> set[str]:
    """Keys a stored name can have in a passport's MRZ: 'Müller' may be MUELLER or MULLER,
    'Åström' AASTROEM or ASTROM (states choose between the ICAO and the plain form)."""
    return {name_key(name), fold(unidecode(name.translate(_ICAO)))} - {""}
