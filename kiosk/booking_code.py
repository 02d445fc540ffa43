"""Booking codes: eight characters from an alphabet without look-alikes, shown as XXXX-XXXX.

Guests type them on an on-screen keyboard, read them off a phone or a printout: case,
spaces and hyphens must not matter, and a one-character slip is suggested, not accepted.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable

# No 0/O, 1/I/L: they are misread from printouts and phone screens.
ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
LENGTH = 8
_SEPARATORS = " -_./\t\u00a0\u2010\u2011\u2012\u2013\u2014"


def normalise(text: str) -> str:
    """'  aura-2345 ' -> 'AURA2345'. Does not validate."""
    return "".join(c for c in text if c not in _SEPARATORS).upper()


def is_well_formed(code: str) -> bool:
    """True for a normalised code of the right length and alphabet."""
    return len(code) == LENGTH and all(c in ALPHABET for c in code)


def display(code: str) -> str:
    """'AURA2345' -> 'AURA-2345' (how the code is printed in confirmations)."""
    return f"{code[:4]}-{code[4:]}" if len(code) == LENGTH else code


def generate() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))


def one_edit_apart(a: str, b: str) -> bool:
    """True when b is a from one substitution, insertion, deletion or swap of neighbours."""
    if a == b:
        return False
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la == lb:
        diffs = [i for i in range(la) if a[i] != b[i]]
        if len(diffs) == 1:
            return True
        return (len(diffs) == 2 and diffs[1] == diffs[0] + 1
                and a[diffs[0]] == b[diffs[1]] and a[diffs[1]] == b[diffs[0]])
    short, long_ = (a, b) if la < lb else (b, a)
    i = 0
    while i < len(short) and short[i] == long_[i]:
        i += 1
    return short[i:] == long_[i + 1:]


def suggestions(typed: str, known: Iterable[str]) -> list[str]:
    """Known codes one edit away from what was typed (normalised on both sides)."""
    typed = normalise(typed)
    return sorted({k for k in known if one_edit_apart(typed, k)})
