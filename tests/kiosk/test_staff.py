"""Staff accounts: hashed secrets, lock-out, sessions that expire, CSRF."""

from __future__ import annotations

import pytest

from kiosk.clock import FakeClock
from kiosk.db import Store
from kiosk.staff import (
    MAX_FAILURES,
    AccountLocked,
    AuthFailed,
    Role,
    SessionInvalid,
    StaffDirectory,
    StaffSessions,
)


@pytest.fixture
def staff(store: Store) -> StaffDirectory:
    d = StaffDirectory(store)
    d.add("anna", "Anna", Role.STAFF, "4821")
    return d


def test_secret_is_stored_hashed(store: Store, staff: StaffDirectory) -> None:
    row = store.read().one("SELECT secret_hash FROM staff WHERE username = 'anna'")
    assert row is not None and "4821" not in row["secret_hash"]
    assert row["secret_hash"].startswith("scrypt$")
    assert staff.authenticate("ANNA", "4821").display_name == "Anna"


def test_weak_secrets_and_duplicates_are_refused(staff: StaffDirectory) -> None:
    with pytest.raises(ValueError, match="at least 4 digits"):
        staff.add("bob", "Bob", Role.STAFF, "12")
    with pytest.raises(ValueError, match="exists already"):
        staff.add("anna", "Anna B", Role.STAFF, "9999")


def test_wrong_pins_lock_out(staff: StaffDirectory, clock: FakeClock) -> None:
    for _ in range(MAX_FAILURES - 1):
        with pytest.raises(AuthFailed):
            staff.authenticate("anna", "0000")
    with pytest.raises(AccountLocked):
        staff.authenticate("anna", "0000")
    # Even the right PIN is refused while locked...
    with pytest.raises(AccountLocked):
        staff.authenticate("anna", "4821")
    clock.advance(16 * 60)
    assert staff.authenticate("anna", "4821").username == "anna"


def test_disabled_account_cannot_log_in(staff: StaffDirectory) -> None:
    staff.disable("anna")
    with pytest.raises(AuthFailed):
        staff.authenticate("anna", "4821")


def test_sessions_expire_and_check_csrf(store: Store, staff: StaffDirectory,
                                        clock: FakeClock) -> None:
    sessions = StaffSessions(store)
    token, csrf = sessions.create(staff.get("anna"))
    assert sessions.check(token, csrf).username == "anna"
    with pytest.raises(SessionInvalid, match="CSRF"):
        sessions.check(token, "forged")
    clock.advance(31 * 60)  # idle longer than allowed
    with pytest.raises(SessionInvalid, match="expired"):
        sessions.check(token)
    with pytest.raises(SessionInvalid):
        sessions.check(token)  # gone for good


def test_disabling_ends_sessions(store: Store, staff: StaffDirectory) -> None:
    sessions = StaffSessions(store)
    token, _ = sessions.create(staff.get("anna"))
    staff.disable("anna")
    with pytest.raises(SessionInvalid):
        sessions.check(token)
