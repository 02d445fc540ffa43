"""Database schema, versioned by ``PRAGMA user_version``.

Each entry of ``MIGRATIONS`` moves the schema one version up. A migration runs in
one transaction with the version bump, so a power cut leaves the old or the new
schema, never half of one.
"""

from __future__ import annotations

import sqlite3
from typing import Final

MIGRATIONS: Final[list[str]] = [
    # 1: the hotel, its bookings, the check-in records and the outbox.
    """
    CREATE TABLE room_types (
        code TEXT PRIMARY KEY,              -- single, double, twin, family, suite
        name TEXT NOT NULL,
        capacity INTEGER NOT NULL,
        rate_cents INTEGER NOT NULL,        -- price per night, for the honest pre-authorisation
        description TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE rooms (
        number TEXT PRIMARY KEY,
        floor INTEGER NOT NULL,
        type_code TEXT NOT NULL REFERENCES room_types(code),
        housekeeping TEXT NOT NULL DEFAULT 'clean'
            CHECK (housekeeping IN ('clean', 'inspected', 'dirty', 'cleaning')),
        occupied INTEGER NOT NULL DEFAULT 0,
        out_of_order INTEGER NOT NULL DEFAULT 0,
        ready_at TEXT,                      -- housekeeping's estimate when a dirty room is ready
        wayfinding TEXT NOT NULL DEFAULT '' -- e.g. 'lift to floor 3, then left'
    );
    CREATE INDEX rooms_by_type ON rooms(type_code, occupied, out_of_order, housekeeping);
    CREATE TABLE guests (
        id INTEGER PRIMARY KEY,
        first_name TEXT NOT NULL,
        last_name TEXT NOT NULL,
        last_name_key TEXT NOT NULL,        -- folded: case and accents removed, for look-up
        email TEXT,
        phone TEXT,
        date_of_birth TEXT,
        nationality TEXT,                   -- ISO 3166-1 alpha-3 as in the MRZ
        address TEXT,
        city TEXT,
        postal_code TEXT,
        country TEXT,                       -- home country, alpha-3
        document_number TEXT,
        document_country TEXT,
        floor_preference INTEGER,
        preferences TEXT NOT NULL DEFAULT '{}',
        created_at TEXT NOT NULL
    );
    CREATE INDEX guests_by_name ON guests(last_name_key);
    CREATE INDEX guests_by_email ON guests(email);
    CREATE TABLE bookings (
        code TEXT PRIMARY KEY,              -- normalised: upper case, no spaces or hyphens
        site TEXT NOT NULL,
        guest_id INTEGER NOT NULL REFERENCES guests(id),
        arrival TEXT NOT NULL,
        departure TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'booked'
            CHECK (status IN ('booked', 'checked_in', 'checked_out', 'cancelled', 'no_show')),
        prepaid INTEGER NOT NULL DEFAULT 0,
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX bookings_by_arrival ON bookings(arrival);
    CREATE INDEX bookings_by_guest ON bookings(guest_id);
    CREATE TABLE booking_rooms (
        id INTEGER PRIMARY KEY,
        booking_code TEXT NOT NULL REFERENCES bookings(code) ON DELETE CASCADE,
        position INTEGER NOT NULL,          -- 1..n, the order of the import file
        room_type TEXT NOT NULL REFERENCES room_types(code),
        adults INTEGER NOT NULL DEFAULT 1,
        children INTEGER NOT NULL DEFAULT 0,
        room TEXT REFERENCES rooms(number),
        UNIQUE (booking_code, position)
    );
    CREATE TABLE registration_cards (
        id INTEGER PRIMARY KEY,
        booking_code TEXT NOT NULL REFERENCES bookings(code),
        guest_id INTEGER NOT NULL REFERENCES guests(id),
        card TEXT NOT NULL,                 -- JSON of the legal fields as signed
        signature_svg TEXT NOT NULL,
        signed_at TEXT NOT NULL
    );
    CREATE TABLE parking_permits (
        id INTEGER PRIMARY KEY,
        booking_code TEXT NOT NULL REFERENCES bookings(code),
        plate TEXT NOT NULL,
        valid_from TEXT NOT NULL,
        valid_until TEXT NOT NULL,
        created_at TEXT NOT NULL,
        UNIQUE (booking_code)
    );
    CREATE TABLE payments (
        reference TEXT PRIMARY KEY,         -- made and stored before the terminal is asked
        booking_code TEXT NOT NULL REFERENCES bookings(code),
        flow_id TEXT NOT NULL,
        amount_cents INTEGER NOT NULL,
        currency TEXT NOT NULL,
        status TEXT NOT NULL
            CHECK (status IN ('requested', 'approved', 'declined', 'timeout', 'cancelled',
                              'released')),
        authorisation TEXT,                 -- the terminal's reference, never a card number
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE key_generations (
        booking_code TEXT PRIMARY KEY REFERENCES bookings(code),
        generation INTEGER NOT NULL
    );
    CREATE TABLE key_cards (
        id INTEGER PRIMARY KEY,
        booking_code TEXT NOT NULL REFERENCES bookings(code),
        room TEXT NOT NULL,
        card_number INTEGER NOT NULL,
        generation INTEGER NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('encoding', 'issued', 'void', 'captured')),
        valid_from TEXT NOT NULL,
        valid_until TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX key_cards_by_booking ON key_cards(booking_code);
    CREATE TABLE flows (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,                 -- checkin, ...
        state TEXT NOT NULL,
        data TEXT NOT NULL DEFAULT '{}',
        version INTEGER NOT NULL,           -- bumped on every transition
        started_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        ended_at TEXT,
        outcome TEXT                        -- completed, cancelled, timed_out, rolled_back, ...
    );
    CREATE INDEX flows_open ON flows(kind, ended_at);
    CREATE TABLE staff_calls (
        id INTEGER PRIMARY KEY,
        kiosk TEXT NOT NULL,
        screen TEXT NOT NULL,
        reason TEXT NOT NULL,
        language TEXT NOT NULL,
        priority TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'requested',
        created_at TEXT NOT NULL
    );
    CREATE TABLE outbox (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        topic TEXT NOT NULL,
        payload TEXT NOT NULL,
        created_at TEXT NOT NULL,
        published_at TEXT
    );
    CREATE INDEX outbox_unpublished ON outbox(published_at) WHERE published_at IS NULL;
    """,
    # 2: staff, their sessions, the staff-call lifecycle and the audit log of assisted mode.
    """
    CREATE TABLE staff (
        id INTEGER PRIMARY KEY,
        username TEXT NOT NULL UNIQUE,
        display_name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('staff', 'duty_manager', 'technician')),
        secret_hash TEXT NOT NULL,          -- scrypt of the PIN or password
        badge_hash TEXT,                    -- HMAC of the staff card's UID, for assisted mode
        on_duty INTEGER NOT NULL DEFAULT 0,
        disabled INTEGER NOT NULL DEFAULT 0,
        failed_attempts INTEGER NOT NULL DEFAULT 0,
        locked_until TEXT,
        created_at TEXT NOT NULL
    );
    CREATE TABLE staff_sessions (
        token_hash TEXT PRIMARY KEY,
        staff_id INTEGER NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
        csrf TEXT NOT NULL,
        created_at TEXT NOT NULL,
        last_seen TEXT NOT NULL,
        expires_at TEXT NOT NULL
    );
    ALTER TABLE staff_calls ADD COLUMN location TEXT NOT NULL DEFAULT '';
    ALTER TABLE staff_calls ADD COLUMN level INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE staff_calls ADD COLUMN staff_id INTEGER REFERENCES staff(id);
    ALTER TABLE staff_calls ADD COLUMN eta_minutes INTEGER;
    ALTER TABLE staff_calls ADD COLUMN offered_at TEXT;
    ALTER TABLE staff_calls ADD COLUMN accepted_at TEXT;
    ALTER TABLE staff_calls ADD COLUMN arrived_at TEXT;
    ALTER TABLE staff_calls ADD COLUMN resolved_at TEXT;
    ALTER TABLE staff_calls ADD COLUMN escalated_at TEXT;
    ALTER TABLE staff_calls ADD COLUMN outcome TEXT;
    ALTER TABLE staff_calls ADD COLUMN updated_at TEXT;
    CREATE INDEX staff_calls_open ON staff_calls(status);
    CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        staff_id INTEGER REFERENCES staff(id),
        kiosk TEXT NOT NULL,
        action TEXT NOT NULL,               -- e.g. assisted.start, room.override, fee.waive
        detail TEXT NOT NULL DEFAULT '{}'   -- JSON; references, never guest data
    );
    """,
    # 3: homes for sale on the smart table: listings, their full-text and R*Tree
    # indexes, viewing slots and bookings, shortlists (kiosk/listings/).
    """
    CREATE TABLE listing_agents (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        phone TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        office TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE listings (
        num INTEGER PRIMARY KEY,            -- row number: the FTS rowid, inside the R*Tree key
        id TEXT NOT NULL UNIQUE,            -- the source's id; imports update by it
        search_key INTEGER NOT NULL,        -- its listings_rtree key (kiosk/listings/rtree.py)
        type TEXT NOT NULL CHECK (type IN ('apartment', 'terraced', 'semi_detached',
                                           'detached', 'plot', 'holiday_home')),
        price_eur INTEGER NOT NULL,         -- asking price
        debt_free_price_eur INTEGER,        -- only where it differs from the asking price
        living_area_m2 REAL,
        plot_area_m2 REAL,
        rooms INTEGER,
        year_built INTEGER,
        energy_class TEXT,
        features INTEGER NOT NULL DEFAULT 0, -- bit set of kiosk/listings/model.py FEATURES
        lat REAL NOT NULL,                  -- multiples of 1e-6 degrees
        lon REAL NOT NULL,
        title TEXT NOT NULL,                -- the source's title; translations in listing_texts
        address TEXT NOT NULL,
        postal_code TEXT NOT NULL DEFAULT '',
        district TEXT NOT NULL,
        municipality TEXT NOT NULL DEFAULT '',
        language TEXT NOT NULL DEFAULT '',  -- of the source's texts; '' when it did not say
        agent_id TEXT REFERENCES listing_agents(id),
        listed_at TEXT NOT NULL,            -- UTC 'YYYY-MM-DDTHH:MM:SSZ'
        updated_at TEXT NOT NULL
    );
    -- One index per sort order: a broad search walks it and stops after one page.
    CREATE INDEX listings_by_price ON listings(price_eur, id);
    CREATE INDEX listings_by_price_desc ON listings(price_eur DESC, id);
    -- Homes without a living area (plots) sort last by area, after these indexes run out.
    CREATE INDEX listings_by_area ON listings(living_area_m2, id)
        WHERE living_area_m2 IS NOT NULL;
    CREATE INDEX listings_by_area_desc ON listings(living_area_m2 DESC, id)
        WHERE living_area_m2 IS NOT NULL;
    CREATE INDEX listings_by_newest ON listings(listed_at DESC, id);
    CREATE TABLE listing_texts (
        num INTEGER NOT NULL REFERENCES listings(num) ON DELETE CASCADE,
        language TEXT NOT NULL,             -- '' is the source's own text
        title TEXT NOT NULL,
        description TEXT NOT NULL,
        PRIMARY KEY (num, language)
    ) WITHOUT ROWID;
    CREATE TABLE listing_media (
        num INTEGER NOT NULL REFERENCES listings(num) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('photo', 'floor_plan', 'panorama')),
        position INTEGER NOT NULL,
        path TEXT NOT NULL,                 -- relative to assets/, or an http(s) URL
        PRIMARY KEY (num, kind, position)
    ) WITHOUT ROWID;
    -- Holds folded text (kiosk.text.fold), the same folding the query gets. Every query
    -- word is one prefix token, so positions are not needed (detail none: a third of the
    -- size); prefix indexes up to 6 letters keep 'hels' as fast as 'helsinki'.
    CREATE VIRTUAL TABLE listings_fts USING fts5(
        title, description, address, district,
        tokenize = "unicode61 remove_diacritics 2", prefix = '1 2 3 4 5 6', detail = none
    );
    -- The indexed words: a longer query word is looked up here and searched as its few
    -- whole words, which FTS5 reads lazily (a prefix it has no index for is merged first).
    CREATE VIRTUAL TABLE listings_fts_terms USING fts5vocab(listings_fts, 'row');
    CREATE VIRTUAL TABLE listings_rtree USING rtree_i32(
        key, lat_min, lat_max, lon_min, lon_max, price_min, price_max,
        area_min, area_max, day_min, day_max
    );
    CREATE TABLE viewing_slots (
        id INTEGER PRIMARY KEY,
        num INTEGER NOT NULL REFERENCES listings(num) ON DELETE CASCADE,
        starts_at TEXT NOT NULL,            -- local time with offset, like the rest
        ends_at TEXT NOT NULL,
        capacity INTEGER NOT NULL DEFAULT 1 CHECK (capacity > 0),  -- parties per slot
        UNIQUE (num, starts_at)
    );
    CREATE TABLE viewing_bookings (
        id INTEGER PRIMARY KEY,
        reference TEXT NOT NULL UNIQUE,     -- what the customer's phone shows
        slot_id INTEGER NOT NULL REFERENCES viewing_slots(id),
        contact_name TEXT NOT NULL,
        contact_phone TEXT NOT NULL DEFAULT '',
        contact_email TEXT NOT NULL DEFAULT '',
        language TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'booked' CHECK (status IN ('booked', 'cancelled')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX viewing_bookings_by_slot ON viewing_bookings(slot_id, status);
    CREATE TABLE shortlists (
        id TEXT PRIMARY KEY,                -- random; the phone link carries it
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE shortlist_items (
        shortlist_id TEXT NOT NULL REFERENCES shortlists(id) ON DELETE CASCADE,
        num INTEGER NOT NULL REFERENCES listings(num) ON DELETE CASCADE,
        added_at TEXT NOT NULL,
        PRIMARY KEY (shortlist_id, num)
    ) WITHOUT ROWID;
    """,
    # 4: the branch bus: how far the MQTT forwarder got in the outbox, and the hub's map of
    # its copies of calls to the kiosks' own ids.
    """
    CREATE TABLE branch_cursors (
        name TEXT PRIMARY KEY,              -- which forwarder: 'mqtt'
        last_id INTEGER NOT NULL            -- the last outbox id the broker acknowledged
    );
    CREATE TABLE branch_calls (
        call_id INTEGER PRIMARY KEY REFERENCES staff_calls(id),  -- the hub's copy
        kiosk TEXT NOT NULL,
        remote_id INTEGER NOT NULL,         -- the call's id on its kiosk
        remote_created_at TEXT NOT NULL,    -- tells a reused id (a wiped kiosk) from the old one
        UNIQUE (kiosk, remote_id, remote_created_at)
    );
    """,
    # 5: the R*Tree's integers by listing number, for searches that the full-text index
    # drives: it lists listing numbers, which the R*Tree (keyed by search key) cannot look
    # up, and the wide listings row costs three times as much per match.
    """
    CREATE TABLE listings_facts (
        num INTEGER PRIMARY KEY,            -- listings.num
        lat INTEGER NOT NULL,               -- as in listings_rtree (kiosk.listings.rtree)
        lon INTEGER NOT NULL,
        price INTEGER NOT NULL,
        area INTEGER NOT NULL,
        day INTEGER NOT NULL,
        key INTEGER NOT NULL                -- the search key: rooms, type, features
    );
    INSERT INTO listings_facts (num, lat, lon, price, area, day, key)
        SELECT key & 4294967295, lat_min, lon_min, price_min, area_min, day_min, key
        FROM listings_rtree;
    CREATE TRIGGER listings_facts_gone AFTER DELETE ON listings BEGIN
        DELETE FROM listings_facts WHERE num = old.num;
    END;
    """,
]

SCHEMA_VERSION: Final = len(MIGRATIONS)


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the schema up to ``SCHEMA_VERSION``; return the version it started from."""
    start = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if start > SCHEMA_VERSION:
        raise RuntimeError(
            f"database schema version {start} is newer than this program ({SCHEMA_VERSION})"
        )
    for version in range(start, SCHEMA_VERSION):
        # executescript would commit on its own; run statement by statement in one transaction.
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _statements(MIGRATIONS[version]):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return start


def _statements(script: str) -> list[str]:
    statements: list[str] = []
    current = ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    if current.strip():
        statements.append(current.strip())
    return statements
