"""docs/keycard.md's worked example is what the code computes, byte for byte."""

from __future__ import annotations

import hashlib
import hmac
import re
from datetime import UTC, datetime
from pathlib import Path

import nfc.clf

from devices.nfc import type2
from devices.nfc.emulated_tag import EmulatedTag, State
from devices.nfc.keytag import write_key
from devices.nfc.tagio import OperationStats, TagSession
from kiosk import keycard
from kiosk.keycard import Verdict

DOC = Path(__file__).resolve().parents[3] / "docs" / "keycard.md"


def block(name: str) -> str:
    match = re.search(rf"```text {name}\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)
    assert match, f"no ```text {name} block in {DOC}"
    return match.group(1)


def vectors() -> dict[str, bytes]:
    """`name = hex` lines; a line without `=` continues the previous value."""
    out: dict[str, str] = {}
    last = ""
    for line in block("test-vectors").splitlines():
        if "=" in line:
            last, _, value = (part.strip() for part in line.partition("="))
            out[last] = value
        elif line.strip():
            out[last] += line.strip()
    return {k: bytes.fromhex(v.replace(" ", "")) for k, v in out.items()}


def pages() -> dict[int, bytes]:
    return {int(n): bytes.fromhex(h) for n, h in
            re.findall(r"page\s+(\d+)\s+([0-9a-f]{8})", block("test-pages"))}


KEY = bytes(range(32))
UID = bytes.fromhex("04a1b2c3d4e5f6")
CRED = keycard.KeyCredential(
    uid=UID, booking_code="AURA2345", generation=2, card_number=1,
    valid_from=datetime(2026, 11, 25, 13, 30, tzinfo=UTC),
    valid_until=datetime(2026, 11, 27, 10, 0, tzinfo=UTC), site="HEL01", rooms=("312",))


def test_the_credential_vectors() -> None:
    v = vectors()
    assert (v["site key"], v["uid"]) == (KEY, UID)
    data = keycard.encode(CRED, KEY)
    assert data[:-16] == v["mac input"]
    assert hmac.new(KEY, v["mac input"], hashlib.sha256).digest() == v["hmac-sha-256"]
    assert data[-16:] == v["mac"] == v["hmac-sha-256"][:16]
    assert data == v["credential"]
    assert keycard.to_ndef(data) == v["ndef message"]
    assert keycard.from_ndef(v["ndef message"]) == data
    assert keycard.card_password(KEY, UID) == (v["pwd"], v["pack"])


class DirectLink:
    """An nfcpy ContactlessFrontend stand-in wired straight to an emulated tag."""

    def __init__(self, tag: EmulatedTag) -> None:
        self.tag = tag

    def exchange(self, data: bytearray, timeout: float) -> bytearray:
        answer = self.tag.handle(bytes(data))
        if answer is None:
            raise nfc.clf.TimeoutError("silence")
        return bytearray(answer)

    def sense(self, target: nfc.clf.RemoteTarget, **_options: object) -> object:
        self.tag.rf_off()
        self.tag.state = State.ACTIVE  # selection itself is tested over the udp link
        return target


def test_the_page_map_is_what_the_encoder_leaves_on_an_ntag215() -> None:
    tag = EmulatedTag(UID)
    tag.state = State.ACTIVE
    session = TagSession(DirectLink(tag), UID, OperationStats())
    write_key(session, type2.NTAG215, keycard.encode(CRED, KEY), keycard.card_password(KEY, UID))
    for page_no, expected in pages().items():
        assert bytes(tag.memory[page_no * 4:page_no * 4 + 4]) == expected, page_no
    assert tag.auth0 == 4 and tag.access & 0x87 == 0


def test_the_verdicts_stated_for_the_example() -> None:
    data = keycard.encode(CRED, KEY)

    def check(at: datetime, uid: bytes = UID, gen: int | None = None) -> Verdict:
        return keycard.verify(uid, data, KEY, now=at, site="HEL01",
                              current_generation=lambda _b: gen).verdict

    assert check(datetime(2026, 11, 26, 12, 0, tzinfo=UTC)) == Verdict.VALID
    assert check(datetime(2026, 11, 25, 13, 29, tzinfo=UTC)) == Verdict.NOT_YET_VALID
    assert check(datetime(2026, 11, 27, 10, 0, tzinfo=UTC)) == Verdict.EXPIRED
    assert check(datetime(2026, 11, 26, tzinfo=UTC), uid=bytes.fromhex("04ffffffffffff")) \
        == Verdict.COPIED
    assert check(datetime(2026, 11, 26, tzinfo=UTC), gen=3) == Verdict.SUPERSEDED
    assert keycard.PASSWORD_LABEL.hex().upper() in DOC.read_text(encoding="utf-8")
