"""The homes a customer saves at the table, to compare them or take the list along.

A shortlist is anonymous: its random id is all that links it to the customer (the phone
link or QR code carries it), so it holds no personal data.
"""

from __future__ import annotations

import secrets

from kiosk.db import Tx
from kiosk.errors import LobbyError, WayForward
from kiosk.listings.query import ListingSummary
from kiosk.listings.search import _SUMMARY, _summary
from kiosk.listings.storage import Source, connection, listing_num


class ShortlistNotFound(LobbyError):
    message_id = "shortlist_not_found"
    way_forward = WayForward.RETRY


def create_shortlist(tx: Tx) -> str:
    """A new, empty shortlist; its id (URL-safe, unguessable)."""
    shortlist_id = secrets.token_urlsafe(12)
    stamp = tx.now_iso()
    tx.execute("INSERT INTO shortlists (id, created_at, updated_at) VALUES (?, ?, ?)",
               (shortlist_id, stamp, stamp))
    return shortlist_id


def save_listing(tx: Tx, shortlist_id: str, listing_id: str) -> bool:
    """Add a listing to a shortlist; False if it was there already."""
    num = listing_num(tx, listing_id)
    if num is None or tx.one("SELECT 1 AS x FROM shortlists WHERE id = ?",
                             (shortlist_id,)) is None:
        raise ShortlistNotFound(f"no shortlist {shortlist_id!r} or listing {listing_id!r}")
    stamp = tx.now_iso()
    cur = tx.execute("INSERT OR IGNORE INTO shortlist_items (shortlist_id, num, added_at)"
                     " VALUES (?, ?, ?)", (shortlist_id, num, stamp))
    tx.execute("UPDATE shortlists SET updated_at = ? WHERE id = ?", (stamp, shortlist_id))
    return cur.rowcount > 0


def remove_listing(tx: Tx, shortlist_id: str, listing_id: str) -> bool:
    """Take a listing off a shortlist; False if it was not on it."""
    cur = tx.execute("DELETE FROM shortlist_items WHERE shortlist_id = ? AND num ="
                     " (SELECT num FROM listings WHERE id = ?)", (shortlist_id, listing_id))
    return cur.rowcount > 0


def shortlist(source: Source, shortlist_id: str) -> list[ListingSummary]:
    """The saved homes in the order they were saved (to the second; then by id). Sold
    homes drop out by themselves."""
    rows = connection(source).execute(
        f"SELECT {_SUMMARY} FROM shortlist_items i JOIN listings l ON l.num = i.num"
        " WHERE i.shortlist_id = ? ORDER BY i.added_at, l.id", (shortlist_id,))
    return [_summary(row) for row in rows]
