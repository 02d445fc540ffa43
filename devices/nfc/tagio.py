"""Blocking page I/O on one selected Type 2 tag, through an nfcpy ContactlessFrontend.

Runs on the encoder's worker thread only. nfcpy's tag classes read with a 5 ms timeout and
retry the same command; over the udp link a late answer to the first try is then taken as
the answer to the retry, and the retry's answer as the answer to the *next* command. Here
every command has one generous timeout and, after any failure, the tag is selected again
(which, on every nfcpy driver, drops whatever answer was still in flight) before a retry.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import nfc.clf

from devices.nfc import type2
from devices.nfc.type2 import TagModel

READ, WRITE, GET_VERSION, PWD_AUTH = 0x30, 0xA2, 0x60, 0x1B
ACK = 0x0A
# Seconds to wait for one answer. A real NTAG answers a READ in ~1 ms and a WRITE in ~5 ms;
# waiting longer costs nothing when the tag answers, and spares a re-select when it is slow.
ANSWER_TIMEOUT = 0.1


class CardGone(Exception):
    """The tag stopped answering and cannot be selected again."""


class PageRefused(Exception):
    """The tag answered NAK (page locked, guarded by a password, or out of range)."""

    def __init__(self, command: int, page: int) -> None:
        super().__init__(f"command {command:#04x} refused for page {page}")
        self.page = page


@dataclass
class OperationStats:
    """What one read or write cost: for the bench and for diagnostics."""

    exchanges: int = 0            # commands sent after activation
    pages_read: int = 0
    pages_written: int = 0
    reselects: int = 0
    started: float = field(default_factory=time.perf_counter)
    activation_seconds: float = 0.0   # finding and selecting the card (nfcpy's connect)
    seconds: float = 0.0

    @property
    def bytes_written(self) -> int:
        return self.pages_written * type2.PAGE

    def finish(self) -> OperationStats:
        self.seconds = time.perf_counter() - self.started
        return self


class TagSession:
    """A selected Type 2 tag: READ, WRITE, GET_VERSION and PWD_AUTH with re-selection."""

    def __init__(self, clf: nfc.ContactlessFrontend, uid: bytes, stats: OperationStats) -> None:
        self.clf = clf
        self.uid = uid
        self.stats = stats
        self._password: tuple[bytes, bytes] | None = None  # re-sent after a re-select

    # -- the link -------------------------------------------------------------------------
    def _exchange(self, command: bytes, timeout: float = ANSWER_TIMEOUT) -> bytes:
        self.stats.exchanges += 1
        answer = self.clf.exchange(bytearray(command), timeout)
        if answer is None:
            raise nfc.clf.TimeoutError("no answer")
        return bytes(answer)

    def reselect(self) -> None:
        """Select the same tag again (its UID), or raise CardGone."""
        self.stats.reselects += 1
        target = nfc.clf.RemoteTarget("106A", sel_req=bytearray(self.uid))
        if self.clf.sense(target, iterations=1) is None:
            raise CardGone("the card does not answer any more")
        if self._password is not None and not self._pwd_auth(*self._password):
            raise CardGone("the card no longer accepts its password")

    def _command(self, command: bytes, page: int, timeout: float = ANSWER_TIMEOUT) -> bytes:
        """Send a command; on silence or a garbled frame select the tag again, retry once."""
        for _attempt in range(2):
            try:
                answer = self._exchange(command, timeout)
            except nfc.clf.CommunicationError:
                self.reselect()  # raises CardGone when the tag has left
                continue
            if len(answer) == 1 and answer[0] != ACK:
                # NAK: the tag has gone back to IDLE; select it so the session stays usable.
                self.reselect()
                raise PageRefused(command[0], page)
            return answer
        raise CardGone("the card does not answer")

    # -- commands -------------------------------------------------------------------------
    def read16(self, page: int) -> bytes:
        """Four pages from `page` on (16 bytes)."""
        answer = self._command(bytes([READ, page & 0xFF]), page)
        if len(answer) != 16:
            self.reselect()
            answer = self._command(bytes([READ, page & 0xFF]), page)
            if len(answer) != 16:
                raise CardGone(f"malformed answer to READ {page}")
        self.stats.pages_read += 4
        return answer

    def write(self, page: int, data: bytes) -> None:
        """Write one page (4 bytes); raises PageRefused on NAK, CardGone if it leaves."""
        assert len(data) == 4
        answer = self._command(bytes([WRITE, page & 0xFF]) + data, page)
        if answer != bytes([ACK]):
            raise CardGone(f"malformed answer to WRITE {page}")
        self.stats.pages_written += 1

    def get_version(self) -> bytes | None:
        """GET_VERSION, or None for a tag without it (it then has to be selected again)."""
        try:
            return self._exchange(bytes([GET_VERSION]))
        except nfc.clf.CommunicationError:
            self.reselect()
            return None

    def _pwd_auth(self, pwd: bytes, pack: bytes) -> bool:
        try:
            answer = self._exchange(bytes([PWD_AUTH]) + pwd)
        except nfc.clf.CommunicationError:
            return False
        return answer == pack

    def authenticate(self, pwd: bytes, pack: bytes) -> bool:
        """PWD_AUTH; True when the tag accepts the password and answers the expected PACK.
        A refused password leaves the tag selected again, unauthenticated."""
        if self._pwd_auth(pwd, pack):
            self._password = (pwd, pack)
            return True
        self.reselect()
        return False


def identify(session: TagSession, nfcpy_product: str) -> TagModel | None:
    """The tag's model: from nfcpy's identification when it found one, else from our own
    GET_VERSION (nfcpy waits only 10 ms for it, a slow link falls back to a generic tag).
    None: a Type 2 tag without GET_VERSION, sized by its capability container."""
    if nfcpy_product in type2.BY_NAME:
        return type2.BY_NAME[nfcpy_product]
    version = session.get_version()
    return None if version is None else type2.BY_VERSION.get(version)
