"""Importing reservations from a CSV export: ``kiosk reservations import FILE``.

The file is UTF-8 (a BOM is fine) with exactly this header::

    booking_code,first_name,last_name,email,arrival,departure,room_type,adults,children,room,notes

Rows with the same booking code are one booking with several rooms, in file order. Bad
rows are reported with their physical line number (the header is line 1) and a reason;
good rows are imported in one transaction. Importing again updates, keyed by the
normalised booking code. The file has no status column: new bookings are ``booked`` and
an existing booking's status is never changed; a checked-in booking keeps its arrival,
its guest and its assigned rooms, and a checked-out one is history and stays as it is.
Reasons name fields and codes but never repeat names or e-mail addresses.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Final

from kiosk import booking_code
from kiosk.db import Store, Tx
from kiosk.guests import find_or_create_guest

HEADER: Final = ("booking_code", "first_name", "last_name", "email", "arrival", "departure",
                 "room_type", "adults", "children", "room", "notes")
_REQUIRED: Final = ("booking_code", "first_name", "last_name", "arrival", "departure",
                    "room_type", "adults")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_INTEGER = re.compile(r"[+-]?\d+")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_ACTIVE: Final = ("booked", "checked_in")  # statuses that hold their assigned rooms


@dataclass
class ImportReport:
    """What an import did. ``errors`` are (line number, reason), in line order."""

    created: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list[tuple[int, str]] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {"created": self.created, "updated": self.updated, "unchanged": self.unchanged,
                "errors": [[line, reason] for line, reason in self.errors]}


@dataclass(frozen=True)
class _Row:
    line: int
    code: str
    first_name: str
    last_name: str
    email: str | None
    arrival: date
    departure: date
    room_type: str
    adults: int
    children: int
    room: str | None
    notes: str


@dataclass(frozen=True)
class _Line:
    room_type: str
    adults: int
    children: int
    room: str | None


def import_reservations(store: Store, path: str | Path, site: str) -> ImportReport:
    """Import the reservations CSV at ``path`` into ``site``; see the module docstring."""
    report = ImportReport()
    rows = _read(Path(path).read_bytes(), report)
    with store.transaction() as tx:
        if rows:
            _import(tx, rows, site, report)
        report.errors.sort()
        tx.emit("reservations.imported", {
            "site": site, "rows": len(rows), "created": report.created,
            "updated": report.updated, "unchanged": report.unchanged,
            "errors": len(report.errors),
        })
    return report


def _read(data: bytes, report: ImportReport) -> list[tuple[int, list[str]]]:
    """Data rows with their physical start line; file-level problems go to the report."""
    header_text = ",".join(HEADER)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        report.errors.append((line, "the file is not UTF-8 text; save it as CSV UTF-8"))
        return []
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    rows: list[tuple[int, list[str]]] = []
    start = 1
    try:
        for cells in reader:
            line, start = start, reader.line_num + 1
            if line == 1:
                if [c.strip() for c in cells] != list(HEADER):
                    report.errors.append((1, f"wrong header: expected exactly {header_text}"))
                    return []
                continue
            if any(c.strip() for c in cells):  # blank lines and bare commas are no rows
                rows.append((line, cells))
    except csv.Error as exc:
        report.errors.append((start, f"unreadable CSV ({exc}); this and later lines skipped"))
    if start == 1:
        report.errors.append((1, f"the file is empty: expected the header {header_text}"))
    return rows


def _parse(line: int, cells: list[str], types: dict[str, str],
           rooms: dict[str, str]) -> _Row | list[str]:
    """A checked row, or the reasons it is bad."""
    if len(cells) != len(HEADER):
        return [f"expected {len(HEADER)} columns, found {len(cells)}"]
    value = {name: cell.strip() for name, cell in zip(HEADER, cells, strict=True)}
    problems = [f"{name} is missing" for name in _REQUIRED if not value[name]]
    code = booking_code.normalise(value["booking_code"])
    if code and not booking_code.is_well_formed(code):
        problems.append(f"booking code {value['booking_code']!r} is malformed: expected "
                        f"{booking_code.LENGTH} characters from {booking_code.ALPHABET}")
    email = value["email"] or None
    if email is not None and not _EMAIL.fullmatch(email):
        problems.append("email is not an e-mail address")
    dates: dict[str, date] = {}
    for name in ("arrival", "departure"):
        text = value[name]
        if not text:
            continue
        try:
            if not _DATE.fullmatch(text):
                raise ValueError(text)
            dates[name] = date.fromisoformat(text)
        except ValueError:
            problems.append(f"{name} {text!r} is not a date (YYYY-MM-DD)")
    if len(dates) == 2 and dates["departure"] <= dates["arrival"]:
        problems.append(f"departure {dates['departure']} is not after arrival "
                        f"{dates['arrival']}")
    counts: dict[str, int] = {}
    for name, default in (("adults", None), ("children", 0)):
        text = value[name]
        if not text:
            if default is not None:
                counts[name] = default  # no children column value: none
            continue
        if not _INTEGER.fullmatch(text):
            problems.append(f"{name} {text!r} is not a whole number")
            continue
        counts[name] = int(text)
    if counts.get("adults", 1) < 1:
        problems.append("adults must be at least 1")
    if counts.get("children", 0) < 0:
        problems.append("children cannot be negative")
    room_type = types.get(value["room_type"].casefold())
    if value["room_type"] and room_type is None:
        known = ", ".join(sorted(set(types.values())))
        problems.append(f"unknown room type {value['room_type']!r} (known: {known})")
    room = value["room"] or None
    if room is not None:
        if room not in rooms:
            problems.append(f"unknown room {room!r}")
        elif room_type is not None and rooms[room] != room_type:
            problems.append(f"room {room} is a {rooms[room]} room, not a {room_type} room")
    if problems:
        return problems
    assert room_type is not None
    return _Row(line=line, code=code, first_name=value["first_name"],
                last_name=value["last_name"], email=email, arrival=dates["arrival"],
                departure=dates["departure"], room_type=room_type, adults=counts["adults"],
                children=counts["children"], room=room, notes=value["notes"])


def _import(tx: Tx, raw: list[tuple[int, list[str]]], site: str, report: ImportReport) -> None:
    types: dict[str, str] = {}
    for t in tx.all("SELECT code, name FROM room_types"):
        types[t["name"].strip().casefold()] = t["code"]
        types[t["code"].casefold()] = t["code"]  # a code wins over a name spelt the same
    rooms = {r["number"]: r["type_code"] for r in tx.all("SELECT number, type_code FROM rooms")}

    groups: dict[str, list[_Row]] = {}
    bad_codes: set[str] = set()
    for line, cells in raw:
        parsed = _parse(line, cells, types, rooms)
        if isinstance(parsed, _Row):
            groups.setdefault(parsed.code, []).append(parsed)
            continue
        report.errors.append((line, "; ".join(parsed)))
        code = booking_code.normalise(cells[0]) if cells else ""
        if booking_code.is_well_formed(code):
            bad_codes.add(code)

    claimed: dict[str, list[tuple[date, date, str]]] = {}  # rooms taken by earlier bookings
    for code, rows in groups.items():
        current = tx.one("SELECT code, site, guest_id, arrival, departure, status, notes"
                         " FROM bookings WHERE code = ?", (code,))
        problems = _check_booking(tx, code, rows, current, site, claimed)
        if problems or code in bad_codes:
            # Part of a booking would be worse than none: a room line would go missing.
            reported = {line for line, _ in problems}
            problems += [(r.line, "not imported: another line of this booking has errors")
                         for r in rows if r.line not in reported]
            report.errors.extend(problems)
            continue
        _write(tx, rows, current, site, report)


def _check_booking(tx: Tx, code: str, rows: list[_Row], current: dict[str, Any] | None,
                   site: str, claimed: dict[str, list[tuple[date, date, str]]],
                   ) -> list[tuple[int, str]]:
    """Problems of a booking as a whole: consistent lines, its site, no double-booked room."""
    first = rows[0]
    problems = []
    for r in rows[1:]:
        differ = [name for name in ("first_name", "last_name", "email", "arrival", "departure")
                  if getattr(r, name) != getattr(first, name)]
        if differ:
            problems.append((r.line, f"{', '.join(differ)} differ from line {first.line} of "
                                     "the same booking code"))
    if current is not None and current["site"] != site:
        problems.append((first.line, f"booking {booking_code.display(code)} belongs to site "
                                     f"{current['site']}, not {site}"))
    if problems:
        return problems
    if current is not None and current["status"] == "checked_out":
        return []  # history is left as it is (see _write)
    seen: set[str] = set()
    for r in rows:
        if r.room is None:
            continue
        if r.room in seen:
            problems.append((r.line, f"room {r.room} appears twice in this booking"))
            continue
        seen.add(r.room)
        clash = tx.one(
            """SELECT 1 FROM booking_rooms br JOIN bookings b ON b.code = br.booking_code
               WHERE br.room = ? AND b.code != ? AND b.status IN (?, ?)
                 AND b.arrival < ? AND b.departure > ?""",
            (r.room, code, *_ACTIVE, r.departure.isoformat(), r.arrival.isoformat()),
        )
        other = next((c for a, d, c in claimed.get(r.room, []) if a < r.departure
                      and d > r.arrival), None)
        if clash or other:
            problems.append((r.line, f"room {r.room} is already assigned to another booking "
                                     "on these dates"))
    if not problems:
        for r in rows:
            if r.room is not None:
                claimed.setdefault(r.room, []).append((r.arrival, r.departure, code))
    return problems


def _write(tx: Tx, rows: list[_Row], current: dict[str, Any] | None, site: str,
           report: ImportReport) -> None:
    first = rows[0]
    code = first.code
    stamp = _now_iso(tx)
    notes = "; ".join(dict.fromkeys(r.notes for r in rows if r.notes))
    lines = {p: _Line(r.room_type, r.adults, r.children, r.room)
             for p, r in enumerate(rows, start=1)}

    if current is None:
        guest_id = find_or_create_guest(tx, first_name=first.first_name,
                                        last_name=first.last_name, email=first.email)
        tx.execute(
            "INSERT INTO bookings (code, site, guest_id, arrival, departure, status, prepaid,"
            " notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'booked', 0, ?, ?, ?)",
            (code, site, guest_id, first.arrival.isoformat(), first.departure.isoformat(),
             notes, stamp, stamp),
        )
        _replace_lines(tx, code, lines)
        report.created += 1
        return

    status = current["status"]
    if status == "checked_out":
        report.unchanged += 1  # history: what was stayed is not rewritten by an export
        return
    old_lines = {r["position"]: _Line(r["room_type"], r["adults"], r["children"], r["room"])
                 for r in tx.all("SELECT position, room_type, adults, children, room"
                                 " FROM booking_rooms WHERE booking_code = ?", (code,))}
    if status == "checked_in":
        # The guest is in the house with keys to these rooms: keep every assigned line.
        guest_id, arrival = current["guest_id"], current["arrival"]
        lines.update({p: line for p, line in old_lines.items() if line.room is not None})
    else:
        guest_id = find_or_create_guest(tx, first_name=first.first_name,
                                        last_name=first.last_name, email=first.email)
        arrival = first.arrival.isoformat()
    new = (guest_id, arrival, first.departure.isoformat(), notes)
    old = (current["guest_id"], current["arrival"], current["departure"], current["notes"])
    if new == old and lines == old_lines:
        report.unchanged += 1
        return
    tx.execute(
        "UPDATE bookings SET guest_id = ?, arrival = ?, departure = ?, notes = ?,"
        " updated_at = ? WHERE code = ?",
        (*new, stamp, code),
    )
    if lines != old_lines:
        _replace_lines(tx, code, lines)
    report.updated += 1


def _replace_lines(tx: Tx, code: str, lines: dict[int, _Line]) -> None:
    tx.execute("DELETE FROM booking_rooms WHERE booking_code = ?", (code,))
    tx.conn.executemany(
        "INSERT INTO booking_rooms (booking_code, position, room_type, adults, children, room)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [(code, p, ln.room_type, ln.adults, ln.children, ln.room)
         for p, ln in sorted(lines.items())],
    )


def _now_iso(tx: Tx) -> str:
    # Tx carries the store's injectable clock; it has no public accessor (yet).
    return tx.now_iso()
