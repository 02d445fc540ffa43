"""Writing and reading listings: the row, its texts and media, and both search indexes.

Every write keeps ``listings``, ``listings_fts``, ``listings_rtree`` and ``listings_facts``
(whose rows a trigger deletes with the listing's) in step inside the caller's transaction.
A listing keeps its row number for life (an update never deletes and re-inserts it), so
viewing slots and shortlists that point at it survive re-imports.
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from typing import Any, Literal

from kiosk.db import Store, Tx
from kiosk.listings import rtree
from kiosk.listings.districts import place_names
from kiosk.listings.model import (
    MEDIA_KINDS,
    Agent,
    Listing,
    ListingText,
    PropertyType,
    features_from_mask,
    utc_timestamp,
)
from kiosk.text import fold

Source = Store | Tx | sqlite3.Connection
Outcome = Literal["created", "updated", "unchanged"]

_COLUMNS = ("type", "price_eur", "debt_free_price_eur", "living_area_m2", "plot_area_m2",
            "rooms", "year_built", "energy_class", "features", "lat", "lon", "title", "address",
            "postal_code", "district", "municipality", "language", "agent_id")


def connection(source: Source) -> sqlite3.Connection:
    """The SQLite connection behind a store, a transaction or a connection."""
    return source if isinstance(source, sqlite3.Connection) else source.conn


def normalised(listing: Listing) -> Listing:
    """The listing as it will be stored: coordinates and area on the index's grid."""
    area = listing.living_area_m2
    plot = listing.plot_area_m2
    return replace(
        listing,
        lat=rtree.on_grid(listing.lat, rtree.COORDINATE_SCALE),
        lon=rtree.on_grid(listing.lon, rtree.COORDINATE_SCALE),
        living_area_m2=None if area is None else rtree.on_grid(area, rtree.AREA_SCALE),
        plot_area_m2=None if plot is None else rtree.on_grid(plot, rtree.AREA_SCALE),
        debt_free_price_eur=(None if listing.debt_free_price_eur == listing.price_eur
                             else listing.debt_free_price_eur),
        listed_at=None if listing.listed_at is None else utc_timestamp(listing.listed_at),
    )


def upsert_listing(tx: Tx, listing: Listing) -> Outcome:
    """Create the listing, or update the one with its id; 'unchanged' when identical.

    A listing without ``listed_at`` is published now (first import) or keeps the time
    it was first published (re-import).
    """
    listing = normalised(listing)
    current = tx.one("SELECT * FROM listings WHERE id = ?", (listing.id,))
    if current is not None and listing.listed_at is None:
        listing = replace(listing, listed_at=current["listed_at"])
    elif listing.listed_at is None:
        listing = replace(listing, listed_at=utc_timestamp(tx.now_iso()))
    if listing.agent is not None:
        _upsert_agent(tx, listing.agent)
    values = _row(listing)
    stamp = tx.now_iso()
    if current is None:
        cur = tx.execute(
            f"INSERT INTO listings (id, search_key, listed_at, updated_at, {', '.join(_COLUMNS)})"
            f" VALUES (?, 0, ?, ?, {', '.join('?' * len(_COLUMNS))})",
            (listing.id, listing.listed_at, stamp, *values))
        num = int(cur.lastrowid or 0)
        _index(tx, num, listing)
        return "created"
    num = int(current["num"])
    if _load(tx.conn, current) == listing:
        return "unchanged"
    tx.execute("DELETE FROM listings_rtree WHERE key = ?", (current["search_key"],))
    tx.execute("DELETE FROM listings_fts WHERE rowid = ?", (num,))
    tx.execute("DELETE FROM listing_texts WHERE num = ?", (num,))
    tx.execute("DELETE FROM listing_media WHERE num = ?", (num,))
    tx.execute(
        f"UPDATE listings SET listed_at = ?, updated_at = ?,"
        f" {', '.join(f'{c} = ?' for c in _COLUMNS)} WHERE num = ?",
        (listing.listed_at, stamp, *values, num))
    _index(tx, num, listing)
    return "updated"


def delete_listing(tx: Tx, listing_id: str) -> bool:
    """Remove a listing (sold or withdrawn) with its texts, media, slots and index rows.

    Raises sqlite3.IntegrityError when a viewing is booked on it: those customers are
    told first, by a person.
    """
    current = tx.one("SELECT num, search_key FROM listings WHERE id = ?", (listing_id,))
    if current is None:
        return False
    tx.execute("DELETE FROM listings_rtree WHERE key = ?", (current["search_key"],))
    tx.execute("DELETE FROM listings_fts WHERE rowid = ?", (current["num"],))
    tx.execute("DELETE FROM listings WHERE num = ?", (current["num"],))
    return True


def get_listing(source: Source, listing_id: str) -> Listing | None:
    """The listing with this id, with its texts, media and agent; None if there is none."""
    conn = connection(source)
    cur = conn.execute("SELECT * FROM listings WHERE id = ?", (listing_id,))
    row = cur.fetchone()
    if row is None:
        return None
    return _load(conn, dict(zip([c[0] for c in cur.description], row, strict=True)))


def listing_num(source: Source, listing_id: str) -> int | None:
    """The row number of a listing (what viewing slots and shortlists refer to)."""
    row = connection(source).execute("SELECT num FROM listings WHERE id = ?",
                                     (listing_id,)).fetchone()
    return None if row is None else int(row[0])


def fts_columns(listing: Listing) -> tuple[str, str, str, str]:
    """What the full-text index holds for a listing, folded as queries are: every title,
    every description, the address with its postal code, and the place names."""
    texts = [ListingText(listing.title, listing.description), *listing.translations.values()]
    return (fold(" ".join(t.title for t in texts)),
            fold(" ".join(t.description for t in texts)),
            fold(f"{listing.address} {listing.postal_code}"),
            fold(" ".join(place_names(listing.district, listing.municipality))))


def _row(listing: Listing) -> tuple[Any, ...]:
    values = {
        "type": listing.type.value, "price_eur": listing.price_eur,
        "debt_free_price_eur": listing.debt_free_price_eur,
        "living_area_m2": listing.living_area_m2, "plot_area_m2": listing.plot_area_m2,
        "rooms": listing.rooms, "year_built": listing.year_built,
        "energy_class": listing.energy_class, "features": listing.features_mask,
        "lat": listing.lat, "lon": listing.lon, "title": listing.title,
        "address": listing.address, "postal_code": listing.postal_code,
        "district": listing.district, "municipality": listing.municipality,
        "language": listing.language,
        "agent_id": None if listing.agent is None else listing.agent.id,
    }
    return tuple(values[c] for c in _COLUMNS)


def _index(tx: Tx, num: int, listing: Listing) -> None:
    """Texts, media, the full-text row and the R*Tree row of a stored listing."""
    row = rtree.rtree_row(num, listing)
    tx.execute("UPDATE listings SET search_key = ? WHERE num = ?", (row[0], num))
    tx.execute("INSERT INTO listings_rtree VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", row)
    key, lat, _, lon, _, price, _, area, _, day, _ = row
    tx.execute("INSERT OR REPLACE INTO listings_facts (num, lat, lon, price, area, day, key)"
               " VALUES (?, ?, ?, ?, ?, ?, ?)", (num, lat, lon, price, area, day, key))
    tx.execute("INSERT INTO listings_fts (rowid, title, description, address, district)"
               " VALUES (?, ?, ?, ?, ?)", (num, *fts_columns(listing)))
    texts = [("", listing.title, listing.description)]
    texts += [(lang, t.title, t.description) for lang, t in listing.translations.items()]
    tx.conn.executemany("INSERT INTO listing_texts (num, language, title, description)"
                        " VALUES (?, ?, ?, ?)", [(num, *t) for t in texts])
    media = [(kind, paths) for kind, paths in zip(
        MEDIA_KINDS, (listing.photos, listing.floor_plans, listing.panoramas), strict=True)]
    tx.conn.executemany(
        "INSERT INTO listing_media (num, kind, position, path) VALUES (?, ?, ?, ?)",
        [(num, kind, position, path) for kind, paths in media
         for position, path in enumerate(paths, start=1)])


def _upsert_agent(tx: Tx, agent: Agent) -> None:
    tx.execute(
        "INSERT INTO listing_agents (id, name, phone, email, office) VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT (id) DO UPDATE SET name = excluded.name, phone = excluded.phone,"
        " email = excluded.email, office = excluded.office",
        (agent.id, agent.name, agent.phone, agent.email, agent.office))


def _load(conn: sqlite3.Connection, row: dict[str, Any]) -> Listing:
    num = row["num"]
    description = ""
    translations: dict[str, ListingText] = {}
    for language, title, text in conn.execute(
            "SELECT language, title, description FROM listing_texts WHERE num = ?"
            " ORDER BY language", (num,)):
        if language == "":
            description = text
        else:
            translations[language] = ListingText(title, text)
    media: dict[str, list[str]] = {kind: [] for kind in MEDIA_KINDS}
    for kind, path in conn.execute("SELECT kind, path FROM listing_media WHERE num = ?"
                                   " ORDER BY kind, position", (num,)):
        media[kind].append(path)
    agent = None
    if row["agent_id"] is not None:
        a = conn.execute("SELECT id, name, phone, email, office FROM listing_agents"
                         " WHERE id = ?", (row["agent_id"],)).fetchone()
        agent = Agent(*a) if a else None
    return Listing(
        id=row["id"], title=row["title"], type=PropertyType(row["type"]),
        price_eur=row["price_eur"], lat=row["lat"], lon=row["lon"], address=row["address"],
        district=row["district"], description=description,
        living_area_m2=row["living_area_m2"], rooms=row["rooms"],
        year_built=row["year_built"], energy_class=row["energy_class"],
        municipality=row["municipality"], postal_code=row["postal_code"],
        debt_free_price_eur=row["debt_free_price_eur"], plot_area_m2=row["plot_area_m2"],
        features=features_from_mask(row["features"]), photos=tuple(media["photo"]),
        floor_plans=tuple(media["floor_plan"]), panoramas=tuple(media["panorama"]),
        language=row["language"], translations=translations, agent=agent,
        listed_at=row["listed_at"],
    )
