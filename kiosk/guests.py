"""Guests: one row per person, so a returning guest's registration card prefills.

A guest is recognised by e-mail, else by name and date of birth. Recognition errs on
the side of a new row: a duplicate guest only costs a prefill, while merging two people
would show one guest another's passport details.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Final

from kiosk.db import Tx
from kiosk.text import name_key

# Details a guest row keeps besides the name; filled when empty, never blanked.
DETAIL_FIELDS: Final = (
    "email",
    "phone",
    "date_of_birth",
    "nationality",
    "address",
    "city",
    "postal_code",
    "country",
    "document_number",
    "document_country",
    "floor_preference",
)


def _clean(value: Any) -> Any:
    """None for empty input, ISO text for dates, stripped text otherwise."""
    if value is None:
        return None
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return value


def _now_iso(tx: Tx) -> str:
    # Tx carries the store's injectable clock; it has no public accessor (yet).
    return tx.now_iso()


def _same_first_name(a: str, b: str) -> bool:
    return name_key(a) == name_key(b)


def _find(tx: Tx, first_name: str, last_key: str, email: str | None,
          date_of_birth: str | None) -> int | None:
    if email is not None:
        # The same address with another first name is usually a family member who
        # booked with the shared mailbox: not the same person.
        for row in tx.all(
            "SELECT id, first_name FROM guests WHERE lower(email) = lower(?) ORDER BY id",
            (email,),
        ):
            if _same_first_name(row["first_name"], first_name):
                return int(row["id"])
    weak: int | None = None
    for row in tx.all(
        "SELECT id, first_name, email, date_of_birth FROM guests WHERE last_name_key = ?"
        " ORDER BY id",
        (last_key,),
    ):
        if not _same_first_name(row["first_name"], first_name):
            continue
        known_dob = row["date_of_birth"]
        if date_of_birth is not None and known_dob is not None:
            if known_dob == date_of_birth:
                return int(row["id"])
            continue
        # Name alone matches: accept unless two known e-mail addresses say otherwise.
        if email is not None and row["email"] and row["email"].lower() != email.lower():
            continue
        if weak is None:
            weak = int(row["id"])
    return weak


def find_or_create_guest(tx: Tx, *, first_name: str, last_name: str, email: str | None = None,
                         date_of_birth: str | date | None = None, **details: Any) -> int:
    """The id of the guest with these details, creating the row when nobody matches.

    Recognised by e-mail (case-insensitive, same first name) else by last name key, first
    name and date of birth when both sides know it. Empty details of a known guest are
    filled in; known details are never replaced, and never blanked.
    ``details`` takes the other columns of ``DETAIL_FIELDS`` (phone, nationality, ...).
    """
    unknown = set(details) - set(DETAIL_FIELDS)
    if unknown:
        raise TypeError(f"unknown guest detail(s): {', '.join(sorted(unknown))}")
    first = first_name.strip()
    last = last_name.strip()
    if not first or not last:
        raise ValueError("a guest needs a first and a last name")
    values: dict[str, Any] = {k: _clean(v) for k, v in details.items()}
    values["email"] = _clean(email)
    values["date_of_birth"] = _clean(date_of_birth)
    last_key = name_key(last)

    guest_id = _find(tx, first, last_key, values["email"], values["date_of_birth"])
    if guest_id is None:
        present = {k: v for k, v in values.items() if v is not None}
        columns = ["first_name", "last_name", "last_name_key", "created_at", *present]
        cur = tx.execute(
            f"INSERT INTO guests ({', '.join(columns)})"
            f" VALUES ({', '.join('?' for _ in columns)})",
            (first, last, last_key, _now_iso(tx), *present.values()),
        )
        assert cur.lastrowid is not None
        return cur.lastrowid

    current = tx.one(f"SELECT {', '.join(DETAIL_FIELDS)} FROM guests WHERE id = ?", (guest_id,))
    assert current is not None
    fill = {k: v for k, v in values.items()
            if v is not None and current[k] in (None, "")}
    if fill:
        tx.execute(
            f"UPDATE guests SET {', '.join(f'{k} = ?' for k in fill)} WHERE id = ?",
            (*fill.values(), guest_id),
        )
    return guest_id
