"""Shared fixtures: one card simulator process per test module, reached through nfcpy's
udp link exactly as the kiosk reaches a reader; each test puts the card it needs there."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from devices.nfc import NfcKeyEncoder, open_key_encoder
from devices.nfc.card_sim import RunningSim, running_card_sim
from kiosk import keycard

SITE_KEY = b"site-key-for-the-nfc-tests-0123456789"
UID_A = bytes.fromhex("04a1b2c3d4e5f6")
UID_B = bytes.fromhex("04112233445566")
NOW = datetime.now(UTC).replace(second=0, microsecond=0)


def credential(uid: bytes, *, key: bytes = SITE_KEY, booking: str = "AURA2345",
               generation: int = 1, rooms: tuple[str, ...] = ("312",)) -> bytes:
    """A credential valid from an hour ago for two days."""
    return keycard.encode(keycard.KeyCredential(
        uid=uid, booking_code=booking, generation=generation, card_number=1,
        valid_from=NOW - timedelta(hours=1), valid_until=NOW + timedelta(days=2),
        site="HEL01", rooms=rooms), key)


def verdict(uid: bytes, data: bytes) -> keycard.Verdict:
    return keycard.verify(uid, data, SITE_KEY, now=NOW, site="HEL01").verdict


@pytest.fixture(scope="module")
def sim() -> Iterator[RunningSim]:
    with running_card_sim("none") as running:
        yield running


@pytest.fixture
def encoder(sim: RunningSim) -> Iterator[NfcKeyEncoder]:
    enc = open_key_encoder(sim.radio_url, site_key=SITE_KEY)
    yield enc
    asyncio.run(enc.close())
