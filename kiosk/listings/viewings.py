"""Viewing slots of a home and the customer's booking of one.

A slot holds ``capacity`` parties (1 for a private viewing, more for an open house). A
booking is written in one transaction with its event, which carries references only:
the contact details stay in the database, for the agent, and never reach logs or the bus.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime
from typing import Final

from kiosk.db import Store, Tx
from kiosk.errors import LobbyError, WayForward
from kiosk.listings.storage import Source, connection, listing_num

# No 0/O or 1/I: the customer may read the reference aloud on the phone.
_REFERENCE_ALPHABET: Final = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


class SlotNotFound(LobbyError):
    message_id = "viewing_slot_not_found"
    way_forward = WayForward.RETRY


class SlotTaken(LobbyError):
    """Every place of the slot is booked (another customer was quicker)."""

    message_id = "viewing_slot_full"
    way_forward = WayForward.RETRY


class SlotPast(LobbyError):
    message_id = "viewing_slot_past"
    way_forward = WayForward.RETRY


@dataclass(frozen=True)
class ViewingSlot:
    """A time the home can be seen, and how many places are still free."""

    id: int
    listing_id: str
    starts_at: str          # local ISO 8601 with offset
    ends_at: str
    capacity: int
    free: int


def add_slot(tx: Tx, listing_id: str, starts_at: datetime, ends_at: datetime,
             capacity: int = 1) -> int:
    """Offer a viewing of a listing; its slot id. Times must be aware (local time)."""
    if starts_at.tzinfo is None or ends_at <= starts_at or capacity < 1:
        raise ValueError("a slot needs aware times, an end after its start, capacity >= 1")
    num = listing_num(tx, listing_id)
    if num is None:
        raise SlotNotFound(f"no listing {listing_id!r}")
    cur = tx.execute("INSERT INTO viewing_slots (num, starts_at, ends_at, capacity)"
                     " VALUES (?, ?, ?, ?)", (num, starts_at.isoformat(timespec="minutes"),
                                              ends_at.isoformat(timespec="minutes"), capacity))
    return int(cur.lastrowid or 0)


def open_slots(source: Source, listing_id: str, now: datetime) -> list[ViewingSlot]:
    """The listing's slots that start after ``now`` and still have a free place, in time
    order."""
    rows = connection(source).execute(
        """SELECT s.id, l.id, s.starts_at, s.ends_at, s.capacity,
                  s.capacity - (SELECT count(*) FROM viewing_bookings b
                                WHERE b.slot_id = s.id AND b.status = 'booked')
           FROM viewing_slots s JOIN listings l ON l.num = s.num
           WHERE l.id = ? ORDER BY s.starts_at""", (listing_id,)).fetchall()
    return [ViewingSlot(*row) for row in rows
            if row[5] > 0 and datetime.fromisoformat(row[2]) > now]


def book_viewing(store: Store, slot_id: int, *, name: str, phone: str = "", email: str = "",
                 language: str = "") -> str:
    """Book a place on a slot for the customer; the booking reference (8 characters).

    Raises SlotNotFound, SlotPast or SlotTaken; the check and the booking are one
    transaction, so two customers never get the last place both.
    """
    if not name.strip() or not (phone.strip() or email.strip()):
        raise ValueError("a booking needs a name and a phone number or an e-mail address")
    with store.transaction() as tx:
        slot = tx.one(
            """SELECT s.id, s.num, s.starts_at, s.capacity, l.id AS listing_id,
                      (SELECT count(*) FROM viewing_bookings b
                       WHERE b.slot_id = s.id AND b.status = 'booked') AS taken
               FROM viewing_slots s JOIN listings l ON l.num = s.num WHERE s.id = ?""",
            (slot_id,))
        if slot is None:
            raise SlotNotFound(f"no viewing slot {slot_id}")
        if datetime.fromisoformat(slot["starts_at"]) <= datetime.fromisoformat(tx.now_iso()):
            raise SlotPast(f"slot {slot_id} has begun")
        if slot["taken"] >= slot["capacity"]:
            raise SlotTaken(f"slot {slot_id} is full")
        reference = "".join(secrets.choice(_REFERENCE_ALPHABET) for _ in range(8))
        stamp = tx.now_iso()
        tx.execute(
            "INSERT INTO viewing_bookings (reference, slot_id, contact_name, contact_phone,"
            " contact_email, language, status, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, 'booked', ?, ?)",
            (reference, slot_id, name.strip(), phone.strip(), email.strip(), language, stamp,
             stamp))
        tx.emit("viewing.booked", {"reference": reference, "slot": slot_id,
                                   "listing": slot["listing_id"]})
    return reference


def cancel_viewing(store: Store, reference: str) -> bool:
    """Cancel a booking by its reference; False if there is no such open booking."""
    with store.transaction() as tx:
        cur = tx.execute("UPDATE viewing_bookings SET status = 'cancelled', updated_at = ?"
                         " WHERE reference = ? AND status = 'booked'",
                         (tx.now_iso(), reference.strip().upper()))
        if cur.rowcount:
            tx.emit("viewing.cancelled", {"reference": reference.strip().upper()})
        return cur.rowcount > 0
