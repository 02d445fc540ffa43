"""Staff accounts: who may accept calls, unlock assisted mode or open diagnostics.

PINs and passwords are stored only as scrypt hashes (memory-hard, in the standard
library). Repeated failures lock the account for a while; sessions expire.

A staff card (badge) is stored only as an HMAC of its UID under the site key
(:func:`badge_hash`): the UID itself is never kept, and a copy of the database does not
tell which cards to clone. What a card alone may open is :mod:`kiosk.assisted`'s rule.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Protocol

from kiosk.db import Store, Tx
from kiosk.errors import LobbyError

# scrypt cost: 16 MiB and ~50 ms per check here; slow enough to make guessing expensive.
_N, _R, _P = 2**14, 8, 1
MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=15)
SESSION_IDLE = timedelta(minutes=30)
SESSION_MAX = timedelta(hours=12)
BADGE_CONTEXT = b"lobby-staff-badge"   # domain separation: this HMAC is for badges only
BADGE_UID_LENGTHS = (4, 7, 10)         # ISO/IEC 14443-3 single, double and triple UIDs

log = logging.getLogger("kiosk.staff")


class Role(StrEnum):
    STAFF = "staff"
    DUTY_MANAGER = "duty_manager"
    TECHNICIAN = "technician"


class AuthFailed(LobbyError):
    message_id = "staff_auth_failed"


class AccountLocked(LobbyError):
    message_id = "staff_account_locked"


class SessionInvalid(LobbyError):
    message_id = "staff_session_invalid"


@dataclass(frozen=True)
class StaffMember:
    id: int
    username: str
    display_name: str
    role: Role
    on_duty: bool
    disabled: bool


class BadgeReader(Protocol):
    """The port of the staff card reader (``[devices] staff_reader``)."""

    async def next_badge(self) -> bytes:
        """The UID of the next card presented, once per presentation. ``b""`` for a card
        the reader saw but whose UID it could not use (a card of another kind)."""
        ...


def badge_hash(uid: bytes, site_key: bytes) -> str:
    """What is stored for a staff card: HMAC-SHA-256(site key, context + UID), in hex."""
    return hmac.new(site_key, BADGE_CONTEXT + uid, hashlib.sha256).hexdigest()


def hash_secret(secret: str, salt: bytes | None = None) -> str:
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.scrypt(secret.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return f"scrypt${_N}${_R}${_P}${salt.hex()}${digest.hex()}"


def check_secret(secret: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    candidate = hashlib.scrypt(secret.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r),
                               p=int(p), dklen=len(bytes.fromhex(digest)))
    return hmac.compare_digest(candidate.hex(), digest)


def validate_secret(secret: str) -> None:
    """A PIN of at least 4 digits, or a password of at least 8 characters."""
    if secret.isdigit() and len(secret) >= 4:
        return
    if len(secret) >= 8:
        return
    raise ValueError("use a PIN of at least 4 digits or a password of at least 8 characters")


def _member(row: dict[str, object]) -> StaffMember:
    return StaffMember(int(str(row["id"])), str(row["username"]), str(row["display_name"]),
                       Role(str(row["role"])), bool(row["on_duty"]), bool(row["disabled"]))


class StaffDirectory:
    def __init__(self, store: Store) -> None:
        self.store = store

    def add(self, username: str, display_name: str, role: Role, secret: str) -> StaffMember:
        validate_secret(secret)
        username = username.strip().lower()
        if not username or not username.replace(".", "").replace("-", "").isalnum():
            raise ValueError("a username is letters, digits, dots and hyphens")
        with self.store.transaction() as tx:
            if tx.one("SELECT id FROM staff WHERE username = ?", (username,)):
                raise ValueError(f"staff member {username!r} exists already")
            tx.execute(
                "INSERT INTO staff (username, display_name, role, secret_hash, created_at)"
                " VALUES (?, ?, ?, ?, ?)",
                (username, display_name.strip() or username, role.value, hash_secret(secret),
                 tx.now_iso()))
            tx.emit("staff.added", {"id": username, "kind": role.value})
        return self.get(username)

    def get(self, username: str) -> StaffMember:
        row = self.store.read().one("SELECT * FROM staff WHERE username = ?",
                                    (username.strip().lower(),))
        if row is None:
            raise KeyError(username)
        return _member(row)

    def by_id(self, staff_id: int) -> StaffMember:
        row = self.store.read().one("SELECT * FROM staff WHERE id = ?", (staff_id,))
        if row is None:
            raise KeyError(staff_id)
        return _member(row)

    def members(self) -> list[StaffMember]:
        return [_member(r) for r in self.store.read().all("SELECT * FROM staff ORDER BY username")]

    def disable(self, username: str) -> None:
        self._set(username, "disabled", 1)
        with self.store.transaction() as tx:
            tx.execute("DELETE FROM staff_sessions WHERE staff_id = (SELECT id FROM staff"
                       " WHERE username = ?)", (username.strip().lower(),))

    def set_on_duty(self, username: str, on_duty: bool) -> None:
        self._set(username, "on_duty", int(on_duty))

    def _set(self, username: str, column: str, value: int) -> None:
        with self.store.transaction() as tx:
            cur = tx.execute(f"UPDATE staff SET {column} = ? WHERE username = ?",
                             (value, username.strip().lower()))
            if cur.rowcount != 1:
                raise KeyError(username)
            tx.emit(f"staff.{column}", {"id": username, "status": value})

    def has_badge(self, username: str) -> bool:
        row = self.store.read().one("SELECT badge_hash FROM staff WHERE username = ?",
                                    (username.strip().lower(),))
        if row is None:
            raise KeyError(username)
        return bool(row["badge_hash"])

    def badge_holders(self) -> set[str]:
        """Usernames with a staff card enrolled (``kiosk staff list``)."""
        rows = self.store.read().all("SELECT username FROM staff WHERE badge_hash IS NOT NULL")
        return {str(r["username"]) for r in rows}

    def enrol_badge(self, username: str, uid: bytes, site_key: bytes) -> StaffMember:
        """Make the card with this UID the member's staff card (replacing an earlier one).
        Raises KeyError for an unknown member, ValueError for a disabled account, a UID
        that is not one a card can have, or a card enrolled to someone else already."""
        if len(uid) not in BADGE_UID_LENGTHS:
            raise ValueError(f"a card UID is 4, 7 or 10 bytes, not {len(uid)}")
        digest = badge_hash(uid, site_key)
        with self.store.transaction() as tx:   # BEGIN IMMEDIATE: two enrolments cannot race
            row = tx.one("SELECT id, disabled FROM staff WHERE username = ?",
                         (username.strip().lower(),))
            if row is None:
                raise KeyError(username)
            if row["disabled"]:
                raise ValueError("this account is disabled; enable it before giving it a card")
            other = tx.one("SELECT id FROM staff WHERE badge_hash = ? AND id != ?",
                           (digest, row["id"]))
            if other is not None:
                # Two holders of one card would make the audit log's "who" a guess.
                raise ValueError("this card is already enrolled to another staff member; "
                                 "remove it there first")
            tx.execute("UPDATE staff SET badge_hash = ? WHERE id = ?", (digest, row["id"]))
            tx.emit("staff.badge_enrolled", {"id": username.strip().lower()})
        return self.get(username)

    def remove_badge(self, username: str) -> bool:
        """Forget the member's staff card (lost, or handed back); False if there was none."""
        with self.store.transaction() as tx:
            row = tx.one("SELECT id, badge_hash FROM staff WHERE username = ?",
                         (username.strip().lower(),))
            if row is None:
                raise KeyError(username)
            if not row["badge_hash"]:
                return False
            tx.execute("UPDATE staff SET badge_hash = NULL WHERE id = ?", (row["id"],))
            tx.emit("staff.badge_removed", {"id": username.strip().lower()})
        return True

    def authenticate_badge(self, uid: bytes, site_key: bytes) -> StaffMember:
        """The member whose staff card this is. Raises AuthFailed for an unknown card or a
        disabled account, AccountLocked while the account is locked after wrong PINs.

        A card is refused without counting: a card is not guessed like a PIN, and an
        unknown card must not lock anyone out. A card never clears the PIN failures either,
        or tapping it between guesses would give unlimited PIN tries for diagnostics."""
        row = self.store.read().one("SELECT * FROM staff WHERE badge_hash = ?",
                                    (badge_hash(uid, site_key),)) if uid else None
        if row is None:
            log.info("unknown staff card refused")   # never the UID: it would make a clone
            raise AuthFailed("unknown staff card")
        if row["disabled"]:
            log.info("staff card of a disabled account refused", extra={"staff_id": row["id"]})
            raise AuthFailed("unknown or disabled account")
        locked_until = row["locked_until"]
        if locked_until and datetime.fromisoformat(locked_until) > self.store.clock.now():
            raise AccountLocked(f"locked until {locked_until}")
        return _member(row)

    def on_duty(self, role: Role | None = None) -> list[StaffMember]:
        rows = self.store.read().all(
            "SELECT * FROM staff WHERE on_duty = 1 AND disabled = 0 ORDER BY username")
        return [m for m in map(_member, rows) if role is None or m.role == role]

    def authenticate(self, username: str, secret: str) -> StaffMember:
        """Check a PIN or password; count failures and lock the account after too many."""
        now = self.store.clock.now()
        row = self.store.read().one("SELECT * FROM staff WHERE username = ?",
                                    (username.strip().lower(),))
        if row is None or row["disabled"]:
            # Same cost as a real check, so timing does not tell which usernames exist.
            check_secret(secret, hash_secret("x"))
            raise AuthFailed("unknown or disabled account")
        locked_until = row["locked_until"]
        if locked_until and datetime.fromisoformat(locked_until) > now:
            raise AccountLocked(f"locked until {locked_until}")
        if not check_secret(secret, row["secret_hash"]):
            with self.store.transaction() as tx:
                failures = int(row["failed_attempts"]) + 1
                lock = (now + LOCKOUT).isoformat() if failures >= MAX_FAILURES else None
                tx.execute("UPDATE staff SET failed_attempts = ?, locked_until = ? WHERE id = ?",
                           (0 if lock else failures, lock, row["id"]))
                tx.emit("staff.auth_failed", {"id": row["id"], "attempts": failures})
            if lock:
                raise AccountLocked("too many failed attempts")
            raise AuthFailed("wrong PIN or password")
        with self.store.transaction() as tx:
            tx.execute("UPDATE staff SET failed_attempts = 0, locked_until = NULL WHERE id = ?",
                       (row["id"],))
        return _member(row)


class StaffSessions:
    """Sessions for the staff console: a random token (stored hashed) and a CSRF token."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def create(self, member: StaffMember) -> tuple[str, str]:
        token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(24)
        now = self.store.clock.now()
        with self.store.transaction() as tx:
            tx.execute("INSERT INTO staff_sessions (token_hash, staff_id, csrf, created_at,"
                       " last_seen, expires_at) VALUES (?, ?, ?, ?, ?, ?)",
                       (_token_hash(token), member.id, csrf, now.isoformat(), now.isoformat(),
                        (now + SESSION_MAX).isoformat()))
        return token, csrf

    def check(self, token: str, csrf: str | None = None) -> StaffMember:
        """The member behind a session token; with ``csrf``, also check the CSRF token."""
        now = self.store.clock.now()
        with self.store.transaction() as tx:
            row = tx.one("SELECT s.*, st.disabled FROM staff_sessions s JOIN staff st ON"
                         " st.id = s.staff_id WHERE s.token_hash = ?", (_token_hash(token),))
            if row is None:
                raise SessionInvalid("no such session")
            expired = (datetime.fromisoformat(row["expires_at"]) <= now or
                       datetime.fromisoformat(row["last_seen"]) + SESSION_IDLE <= now)
            if expired or row["disabled"]:
                _end(tx, token)
                raise SessionInvalid("session expired")
            if csrf is not None and not hmac.compare_digest(csrf, row["csrf"]):
                raise SessionInvalid("CSRF token missing or wrong")
            tx.execute("UPDATE staff_sessions SET last_seen = ? WHERE token_hash = ?",
                       (now.isoformat(), _token_hash(token)))
            staff_id = int(row["staff_id"])
        return StaffDirectory(self.store).by_id(staff_id)

    def csrf(self, token: str) -> str:
        row = self.store.read().one("SELECT csrf FROM staff_sessions WHERE token_hash = ?",
                                    (_token_hash(token),))
        if row is None:
            raise SessionInvalid("no such session")
        return str(row["csrf"])

    def end(self, token: str) -> None:
        with self.store.transaction() as tx:
            _end(tx, token)


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _end(tx: Tx, token: str) -> None:
    tx.execute("DELETE FROM staff_sessions WHERE token_hash = ?", (_token_hash(token),))
