"""The ``KeyEncoder`` port on an nfcpy reader (PN533, ACR122U, RC-S380, or the udp link
to the card simulator).

nfcpy blocks: every call to it runs on one worker thread owned by the encoder, never on
the asyncio/Qt thread, and each operation is bounded by a timeout. The reader is opened on
first use and again after it was lost, so a kiosk starts without its reader and recovers
when it is plugged back in.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

import nfc
import nfc.clf
import nfc.tag.tt2

from devices.nfc import type2
from devices.nfc.errors import (
    CardError,
    CardLocked,
    CardTorn,
    DeviceError,
    DeviceGone,
    DeviceTimeout,
    ForeignCard,
    NoCard,
)
from devices.nfc.keytag import NfcCard, is_protected, read_content, write_key
from devices.nfc.tagio import CardGone, OperationStats, PageRefused, TagSession, identify
from devices.nfc.type2 import TagModel
from kiosk import keycard
from kiosk.ports import Card, DeviceStatus, Health

log = logging.getLogger("devices.nfc")
T = TypeVar("T")

# nfcpy's debug lines name card UIDs; the kiosk's journal must not.
if logging.getLogger("nfc").level == logging.NOTSET:
    logging.getLogger("nfc").setLevel(logging.INFO)


class NfcKeyEncoder:
    """Reads and writes key cards on an nfcpy reader. Only Type A (106 kbps) is polled:
    every key card is a Type 2 tag, and polling Type B/F costs a second per empty poll on
    the udp link."""

    driver = "nfcpy"

    def __init__(self, path: str, *, site_key: bytes | None = None, card_wait: float = 1.0,
                 timeout: float = 10.0) -> None:
        self.path = path
        self.card_wait = card_wait      # how long read/write look for a card
        self.timeout = timeout          # bound on one whole operation
        self._site_key = site_key
        self._clf: nfc.ContactlessFrontend | None = None
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="nfc-encoder")
        self.health = Health.OK
        self.detail = "not opened yet"
        self.last_operation: OperationStats | None = None
        self.counters: dict[str, int] = {"reads": 0, "writes": 0, "card_errors": 0,
                                         "retries": 0}

    def use_site_key(self, site_key: bytes) -> None:
        """The key from which each card's password is derived (keycard.card_password)."""
        self._site_key = site_key

    # -- the port -------------------------------------------------------------------------
    async def read(self) -> Card | None:
        """The card at the encoder, or None when there is none. Raises ForeignCard for a
        card that is not a Type 2 tag with a 7-byte UID (it cannot be a key)."""
        self.counters["reads"] += 1
        return await self._run("read", self._read_blocking)

    async def write(self, data: bytes) -> Card:
        """Write the credential, write-protect the card, read it back; returns what the card
        holds after the write. Raises a CardError (a KeyEncodingFailed) for a bad card."""
        self.counters["writes"] += 1
        return await self._run("write", lambda: self._write_blocking(data))

    # -- for the supervisor and `kiosk doctor` ----------------------------------------------
    async def probe(self) -> DeviceStatus:
        """Open the reader if needed (so an unplugged reader comes back by itself) and
        check that it still answers; reports trouble as a status, never raises."""
        with contextlib.suppress(DeviceError):  # the health says what went wrong
            await self._run("health check", self._probe_blocking)
        return DeviceStatus("key_encoder", "key_encoder", self.driver, self.health,
                            self.detail or f"ready on {self.path}")

    def device_info(self) -> dict[str, str]:
        return {"model": str(self._clf) if self._clf is not None else "not open",
                "port": self.path}

    async def close(self) -> None:
        """Release the reader once the running operation is done; the worker thread ends."""
        with contextlib.suppress(RuntimeError):  # already closed
            await asyncio.get_running_loop().run_in_executor(self._executor, self._release)
        self._executor.shutdown(wait=False)

    async def _run(self, what: str, blocking: Callable[[], T]) -> T:
        loop = asyncio.get_running_loop()
        try:
            result = await asyncio.wait_for(loop.run_in_executor(self._executor, blocking),
                                            self.timeout)
        except TimeoutError:
            self._set_health(Health.DEGRADED, f"{what} took longer than {self.timeout:g} s")
            raise DeviceTimeout(f"NFC {what} took longer than {self.timeout:g} s") from None
        except DeviceGone as exc:
            self._set_health(Health.OFFLINE, exc.detail)
            raise
        except CardError:
            self.counters["card_errors"] += 1
            self._set_health(Health.OK, "")  # the reader did its job; the card is bad
            raise
        except DeviceError as exc:
            self._set_health(Health.DEGRADED, exc.detail)
            raise
        self._set_health(Health.OK, "")
        return result

    def _set_health(self, health: Health, detail: str) -> None:
        if health != self.health:
            level = logging.INFO if health == Health.OK else logging.WARNING
            log.log(level, "NFC key encoder is %s", health,
                    extra={"device": "key_encoder", "health": str(health), "detail": detail})
        self.health, self.detail = health, detail

    # -- on the worker thread -------------------------------------------------------------
    def _finished(self, stats: OperationStats) -> None:
        self.last_operation = stats.finish()
        self.counters["retries"] += stats.reselects

    def _frontend(self) -> nfc.ContactlessFrontend:
        if self._clf is None:
            try:
                self._clf = nfc.ContactlessFrontend(self.path)
            except (OSError, ValueError) as exc:  # ENODEV, EACCES, EBUSY; a bad path
                raise DeviceGone(f"cannot open the NFC reader at {self.path}: {exc}") from None
        return self._clf

    def _probe_blocking(self) -> None:
        try:
            # Switching the field off is a real exchange with the reader's chip (nothing on
            # the udp link): an unplugged reader fails here. Every operation starts with it.
            self._frontend().device.mute()
        except OSError as exc:
            raise self._lost(exc) from None

    def _release(self) -> None:
        if self._clf is not None:
            self._clf.close()
            self._clf = None

    def _lost(self, exc: BaseException) -> DeviceGone:
        if self._clf is not None:
            with contextlib.suppress(OSError):
                self._clf.close()
            self._clf = None
        return DeviceGone(f"the NFC reader at {self.path} stopped answering: {exc}")

    def _activate(self, stats: OperationStats) -> tuple[TagSession, TagModel] | None:
        """Find a card and select it; None when no card comes within card_wait."""
        clf = self._frontend()
        deadline = time.monotonic() + self.card_wait
        options: dict[str, Any] = {
            "targets": ["106A"], "iterations": 1, "interval": 0.0, "beep-on-connect": False,
            # False: connect() returns the tag at once instead of waiting for its removal.
            "on-connect": lambda tag: False,
        }
        try:
            tag = clf.connect(rdwr=options, terminate=lambda: time.monotonic() > deadline)
        except OSError as exc:
            raise self._lost(exc) from None
        except Exception as exc:
            # nfcpy's activation of an unknown card trusts what the card says (a short ATS
            # raises IndexError): whatever it is, it is not a key card.
            raise ForeignCard(f"the card did not activate as a known tag ({exc!r})") from None
        stats.activation_seconds = time.perf_counter() - stats.started
        if tag is False:
            raise self._lost(OSError("connect failed"))
        if tag is None:
            return None
        if not isinstance(tag, nfc.tag.tt2.Type2Tag):
            raise ForeignCard(f"a {tag.type} card, not a Type 2 tag: it cannot hold a key")
        uid = bytes(tag.identifier)
        if len(uid) != 7:
            raise ForeignCard(f"a Type 2 tag with a {len(uid)}-byte UID cannot hold a key")
        session = TagSession(clf, uid, stats)
        try:
            model = identify(session, type(tag).__name__)
            if model is None:
                model = type2.generic_model(session.read16(0)[12:16])
        except CardGone:
            return None  # it left the field as it was being selected
        except PageRefused:
            raise ForeignCard("the card refuses to be read") from None
        return session, model

    def _read_blocking(self) -> NfcCard | None:
        stats = OperationStats()
        try:
            active = self._activate(stats)
            if active is None:
                return None
            session, model = active
            content = read_content(session, model)
            protected, _cfg = is_protected(session, model)
        except CardGone:
            return None  # it left the field while being read: there is no card now
        except PageRefused:
            raise ForeignCard("the card's pages are read-protected by another system") from None
        except OSError as exc:
            raise self._lost(exc) from None
        finally:
            self._finished(stats)
        log.info("card read", extra={"device": "key_encoder", "kind": model.name,
                                     "outcome": content.content,
                                     "duration_ms": round(stats.seconds * 1000, 1)})
        return NfcCard(session.uid, content.data, model.name, content.content, protected)

    def _write_blocking(self, data: bytes) -> NfcCard:
        if self._site_key is None:
            # Fail closed: a card written without its password could be overwritten by
            # anyone. The composition root passes the site key (use_site_key).
            raise DeviceError("the NFC key encoder has no site key to derive card passwords")
        stats = OperationStats()
        try:
            active = self._activate(stats)
            if active is None:
                raise NoCard("no card at the encoder")
            session, model = active
            try:
                write_key(session, model, data, keycard.card_password(self._site_key,
                                                                      session.uid))
            except CardGone:
                raise CardTorn(f"the card left the field after {stats.pages_written} page "
                               "writes; it holds no key") from None
            except PageRefused as exc:
                raise CardLocked(f"{model.name}: page {exc.page} refused the write") from None
            try:
                content = read_content(session, model)
                protected, _cfg = is_protected(session, model)
            except (CardGone, PageRefused):
                raise CardTorn("the card left the field before it was read back") from None
        except OSError as exc:
            raise self._lost(exc) from None
        finally:
            self._finished(stats)
        if model.has_password and not protected:
            raise CardError(f"{model.name}: the password protection did not take")
        log.info("key card written", extra={
            "device": "key_encoder", "kind": model.name, "outcome": content.content,
            "count": stats.pages_written, "duration_ms": round(stats.seconds * 1000, 1)})
        return NfcCard(session.uid, content.data, model.name, content.content, protected)
