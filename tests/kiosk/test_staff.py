"""Staff accounts: hashed secrets, lock-out, sessions that expire, CSRF, staff cards."""

from __future__ import annotations

import asyncio
import logging

import pytest

from kiosk.assisted import Proof, Tool, may_open, pin_still_needed
from kiosk.clock import FakeClock
from kiosk.config import DevicesSection
from kiosk.db import Store
from kiosk.ports import Card
from kiosk.staff import (
    MAX_FAILURES,
    AccountLocked,
    AuthFailed,
    Role,
    SessionInvalid,
    StaffDirectory,
    StaffSessions,
    badge_hash,
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


# -- staff cards (badges) ---------------------------------------------------------------------
SITE_KEY = b"test-site-key-0123456789abcdef"
ANNA_CARD = bytes.fromhex("04A1B2C3D4E5F6")
OTHER_CARD = bytes.fromhex("04112233445566")


def test_badge_is_stored_as_an_hmac_never_the_uid(store: Store, staff: StaffDirectory) -> None:
    assert not staff.has_badge("anna")
    staff.enrol_badge("anna", ANNA_CARD, SITE_KEY)
    stored = store.read().one("SELECT badge_hash FROM staff WHERE username = 'anna'")
    assert stored is not None
    digest = stored["badge_hash"]
    assert digest == badge_hash(ANNA_CARD, SITE_KEY) and len(digest) == 64
    assert digest != ANNA_CARD.hex() and ANNA_CARD.hex() not in digest.lower()
    assert badge_hash(ANNA_CARD, b"another-site-key-0123456789") != digest   # per site
    assert staff.has_badge("anna") and staff.badge_holders() == {"anna"}
    assert staff.authenticate_badge(ANNA_CARD, SITE_KEY).username == "anna"
    # Nothing else written holds the UID either (the outbox event names only the account).
    dump = "\n".join(store.conn.iterdump()).lower()
    assert ANNA_CARD.hex() not in dump


def test_unknown_card_and_card_under_another_site_key_are_refused(
        staff: StaffDirectory, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="kiosk.staff")
    staff.enrol_badge("anna", ANNA_CARD, SITE_KEY)
    with pytest.raises(AuthFailed):
        staff.authenticate_badge(OTHER_CARD, SITE_KEY)
    with pytest.raises(AuthFailed):
        staff.authenticate_badge(ANNA_CARD, b"another-site-key-0123456789")
    with pytest.raises(AuthFailed):
        staff.authenticate_badge(b"", SITE_KEY)        # a card the reader could not use
    assert "unknown staff card refused" in caplog.text
    assert OTHER_CARD.hex() not in caplog.text.lower()


def test_a_card_enrolled_to_someone_else_is_refused(staff: StaffDirectory) -> None:
    staff.add("bob", "Bob", Role.STAFF, "1357")
    staff.enrol_badge("anna", ANNA_CARD, SITE_KEY)
    with pytest.raises(ValueError, match="another staff member"):
        staff.enrol_badge("bob", ANNA_CARD, SITE_KEY)
    assert not staff.has_badge("bob")
    staff.enrol_badge("anna", ANNA_CARD, SITE_KEY)     # the same card again: no change
    staff.enrol_badge("anna", OTHER_CARD, SITE_KEY)    # a new card replaces the old one
    with pytest.raises(AuthFailed):
        staff.authenticate_badge(ANNA_CARD, SITE_KEY)
    staff.enrol_badge("bob", ANNA_CARD, SITE_KEY)      # now free
    assert staff.authenticate_badge(ANNA_CARD, SITE_KEY).username == "bob"
    with pytest.raises(ValueError, match="4, 7 or 10 bytes"):
        staff.enrol_badge("anna", b"\x01\x02", SITE_KEY)
    with pytest.raises(KeyError):
        staff.enrol_badge("nobody", OTHER_CARD, SITE_KEY)


def test_removed_badge_no_longer_signs_in(staff: StaffDirectory) -> None:
    staff.enrol_badge("anna", ANNA_CARD, SITE_KEY)
    assert staff.remove_badge("anna") is True
    assert staff.remove_badge("anna") is False
    with pytest.raises(AuthFailed):
        staff.authenticate_badge(ANNA_CARD, SITE_KEY)
    with pytest.raises(KeyError):
        staff.remove_badge("nobody")


def test_disabled_account_badge_is_refused(staff: StaffDirectory) -> None:
    staff.enrol_badge("anna", ANNA_CARD, SITE_KEY)
    staff.disable("anna")
    with pytest.raises(AuthFailed):
        staff.authenticate_badge(ANNA_CARD, SITE_KEY)
    with pytest.raises(ValueError, match="disabled"):
        staff.enrol_badge("anna", OTHER_CARD, SITE_KEY)


def test_locked_account_badge_is_refused_and_does_not_reset_pin_failures(
        store: Store, staff: StaffDirectory, clock: FakeClock) -> None:
    staff.enrol_badge("anna", ANNA_CARD, SITE_KEY)
    for _ in range(MAX_FAILURES - 1):
        with pytest.raises(AuthFailed):
            staff.authenticate("anna", "0000")
    # The card still works, but does not wipe the wrong PINs counted so far...
    assert staff.authenticate_badge(ANNA_CARD, SITE_KEY).username == "anna"
    with pytest.raises(AccountLocked):
        staff.authenticate("anna", "0000")             # ...so the next wrong PIN locks
    with pytest.raises(AccountLocked):
        staff.authenticate_badge(ANNA_CARD, SITE_KEY)
    clock.advance(16 * 60)
    assert staff.authenticate_badge(ANNA_CARD, SITE_KEY).username == "anna"


def test_a_badge_opens_assisted_mode_but_diagnostics_also_needs_the_pin(
        staff: StaffDirectory) -> None:
    anna = staff.get("anna")
    tero = staff.add("tero", "Tero", Role.TECHNICIAN, "1357")
    mia = staff.add("mia", "Mia", Role.DUTY_MANAGER, "9753")
    card, pin, both = {Proof.BADGE}, {Proof.PIN}, {Proof.BADGE, Proof.PIN}
    assert may_open(anna, Tool.ASSIST, card) and may_open(mia, Tool.ASSIST, card)
    assert not may_open(tero, Tool.ASSIST, both)                   # the role still rules
    assert not may_open(tero, Tool.DIAGNOSTICS, card)
    assert not may_open(mia, Tool.DIAGNOSTICS, card)
    assert may_open(tero, Tool.DIAGNOSTICS, both) and may_open(mia, Tool.DIAGNOSTICS, both)
    assert may_open(tero, Tool.DIAGNOSTICS, pin)                   # ID and PIN, as before
    assert not may_open(anna, Tool.DIAGNOSTICS, both)
    assert not may_open(anna, Tool.ASSIST, set())
    assert pin_still_needed(tero, card) and pin_still_needed(mia, card)
    assert not pin_still_needed(tero, both) and not pin_still_needed(anna, card)


# -- the staff card reader --------------------------------------------------------------------
class ScriptedEncoder:
    """What the NFC driver's read() returns, poll by poll."""

    def __init__(self, script: list[object]) -> None:
        self.script = script

    async def read(self) -> Card | None:
        step = self.script.pop(0) if self.script else None
        if isinstance(step, Exception):
            raise step
        return Card(step, b"") if isinstance(step, bytes) else None


def test_nfc_reader_reports_each_presentation_once() -> None:
    from devices.nfc.badge import NfcBadgeReader
    from devices.nfc.errors import DeviceGone, ForeignCard

    script: list[object] = [None, ANNA_CARD, ANNA_CARD, ANNA_CARD, None, ANNA_CARD,
                            OTHER_CARD, ForeignCard("type 4"), ForeignCard("type 4"),
                            DeviceGone("unplugged"), ForeignCard("type 4"), None, None]
    reader = NfcBadgeReader(ScriptedEncoder(script), poll_s=0.001,  # type: ignore[arg-type]
                            error_pause_s=0.001)

    async def taps(n: int) -> list[bytes]:
        return [await asyncio.wait_for(reader.next_badge(), 5) for _ in range(n)]
    # Lying on the reader is one tap; lifted and put back is another; a card of another
    # kind is reported as b"" (unknown); after the reader was lost, the card counts again.
    assert asyncio.run(taps(5)) == [ANNA_CARD, ANNA_CARD, OTHER_CARD, b"", b""]
    assert script == [None, None]


def test_the_staff_reader_is_a_device_of_its_own() -> None:
    from devices import open_devices
    from devices.sim.badge import SimBadgeReader

    devices = open_devices(DevicesSection())
    assert isinstance(devices.staff_reader, SimBadgeReader)

    async def tap() -> bytes:
        devices.staff_reader.feed(ANNA_CARD)   # type: ignore[attr-defined]
        return await devices.staff_reader.next_badge()
    assert asyncio.run(tap()) == ANNA_CARD
    with pytest.raises(ValueError, match="reader of their own"):
        open_devices(DevicesSection(key_encoder="usb:072f:2200", staff_reader="usb:072f:2200"))
    with pytest.raises(ValueError, match=r"devices\.staff_reader = 'usb:nope'"):
        open_devices(DevicesSection(staff_reader="usb:nope"))
