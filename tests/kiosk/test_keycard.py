"""Every verdict of the key verifier, and garbage never crashes it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from kiosk import keycard
from kiosk.keycard import KeyCredential, Verdict

KEY = b"k" * 32
UID = bytes.fromhex("04a1b2c3d4e5f6")
NOW = datetime(2026, 11, 25, 16, 0, tzinfo=UTC)


def cred(**kw: object) -> KeyCredential:
    base = dict(uid=UID, booking_code="AURA2345", generation=2, card_number=1,
                valid_from=NOW - timedelta(hours=1), valid_until=NOW + timedelta(days=2),
                site="HEL01", rooms=("312",))
    base.update(kw)
    return KeyCredential(**base)  # type: ignore[arg-type]


def check(data: bytes, uid: bytes = UID, now: datetime = NOW, gen: int | None = 2) -> Verdict:
    return keycard.verify(uid, data, KEY, now=now, site="HEL01",
                          current_generation=lambda _b: gen).verdict


def test_valid_round_trip() -> None:
    data = keycard.encode(cred(), KEY)
    result = keycard.verify(UID, data, KEY, now=NOW, site="HEL01")
    assert result.verdict == Verdict.VALID
    assert result.credential is not None and result.credential.rooms == ("312",)
    assert len(data) < 100  # fits an NTAG213 with room to spare


def test_blank_and_foreign() -> None:
    assert check(b"") == Verdict.BLANK
    assert check(b"\x00" * 48) == Verdict.BLANK
    assert check(b"\x03\x10\xd1\x01\x0cU\x04example.com\xfe") == Verdict.FOREIGN


def test_every_single_byte_change_is_tampered_or_foreign() -> None:
    data = keycard.encode(cred(), KEY)
    for i in range(len(data)):
        changed = bytearray(data)
        changed[i] ^= 0x01
        assert check(bytes(changed)) in (Verdict.TAMPERED, Verdict.FOREIGN), i


def test_copied_card() -> None:
    data = keycard.encode(cred(), KEY)
    assert check(data, uid=bytes.fromhex("04ffffffffffff")) == Verdict.COPIED


def test_time_window_and_generation() -> None:
    data = keycard.encode(cred(), KEY)
    assert check(data, now=NOW + timedelta(days=3)) == Verdict.EXPIRED
    assert check(data, now=NOW - timedelta(hours=2)) == Verdict.NOT_YET_VALID
    assert check(data, gen=3) == Verdict.SUPERSEDED


def test_other_site_key_is_tampered() -> None:
    data = keycard.encode(cred(), b"x" * 32)
    assert check(data) == Verdict.TAMPERED


@given(st.binary(max_size=200))
def test_garbage_never_crashes(data: bytes) -> None:
    assert isinstance(check(data), Verdict)
