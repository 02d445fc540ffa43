"""The technicians' diagnostics screen: every device's health, counters and last errors from
the supervisor, device tests, the live log, and the diagnostics bundle to a USB stick.

Opened after a technician's (or duty manager's) PIN; leaves by itself after
``IDLE_S`` without a touch. Each test is written to the audit log. The work is
:mod:`kiosk.diagnostics`' (Qt-free); this view-model runs it on the loop and shows it.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot

from kiosk import audit, diagnostics
from kiosk.clock import Clock
from kiosk.config import Config
from kiosk.db import Store
from kiosk.staff import StaffMember
from kiosk.supervisor import Supervisor
from ui import messages
from ui.bindable import Bindable, RowsModel, readonly
from ui.session_vm import SessionViewModel

log = logging.getLogger(__name__)

IDLE_S = 120
SCAN_WAIT_S = 30
DEVICE_ROLES = ("name", "kind", "driver", "health", "detail", "since", "deviceModel", "firmware",
                "port", "counters", "lastErrors")
# Counters a technician looks for first; shown as 0 until something happens.
MAIN_COUNTERS = {"dispenser": ("cards_issued", "encode_failures", "retries", "jams",
                               "not_taken", "captured")}


def device_rows(snapshot: list[dict[str, Any]]) -> list[dict[str, Any]]:
    rows = []
    for d in snapshot:
        info: Mapping[str, str] = d.get("info", {})
        counters = {k: 0 for k in MAIN_COUNTERS.get(d["name"], ())}
        counters.update(d.get("counters", {}))
        rows.append({
            "name": d["name"], "kind": d["kind"], "driver": d["driver"],
            "health": d["status"], "detail": d["detail"], "since": _clock(d["since"]),
            "deviceModel": info.get("model", "simulator" if d["driver"] == "sim" else ""),
            "firmware": info.get("firmware", ""), "port": info.get("port", ""),
            "counters": " · ".join(f"{k} {v}" for k, v in counters.items()),
            "lastErrors": "\n".join(f"{_clock(e['time'])} {e['error']}"
                                    for e in reversed(d.get("last_errors", []))),
        })
    return rows


def log_row(line: str) -> dict[str, str]:
    """One JSON log line as the screen shows it: time, level, logger, message, fields."""
    try:
        entry = json.loads(line)
    except ValueError:
        return {"text": line, "level": "info"}
    extra = {k: v for k, v in entry.items()
             if k not in ("time", "level", "logger", "message", "exception")}
    fields = " ".join(f"{k}={v}" for k, v in extra.items())
    text = f"{_clock(str(entry.get('time', '')))} {entry.get('logger', '')}: " \
           f"{entry.get('message', '')} {fields}".strip()
    return {"text": text, "level": str(entry.get("level", "info"))}


def _clock(iso: str) -> str:
    return iso[11:19] if len(iso) >= 19 else iso


class DiagnosticsViewModel(Bindable):
    """Exposed to QML as ``diagnostics``."""

    activeChanged = Signal()
    technicianChanged = Signal()
    busyChanged = Signal()
    resultChanged = Signal()
    resultOkChanged = Signal()
    scanWaitingChanged = Signal()
    exportingChanged = Signal()
    versionsChanged = Signal()
    closed = Signal()

    def __init__(self, *, store: Store, config: Config, devices: Any, supervisor: Supervisor,
                 site_key: bytes, tail: diagnostics.LogTail, clock: Clock,
                 session: SessionViewModel, versions: Mapping[str, str],
                 parent: QObject | None = None) -> None:
        super().__init__({"active": False, "technician": "", "busy": False, "result": "",
                          "resultOk": True, "scanWaiting": False, "exporting": False,
                          "versions": ""}, parent)
        self._store, self._config, self._devices = store, config, devices
        self._supervisor, self._site_key, self._tail = supervisor, site_key, tail
        self._clock, self._session = clock, session
        self._versions = dict(versions)
        self._member: StaffMember | None = None
        self._last_touch = 0.0
        self._log_version = -1
        self._tasks: set[asyncio.Future[Any]] = set()
        self._scan: asyncio.Future[str] | None = None
        self._devices_model = RowsModel(DEVICE_ROLES, self)
        self._log_model = RowsModel(("text", "level"), self)
        self._targets = RowsModel(("path", "stick"), self)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.tick)

    active = readonly(bool, "active", activeChanged)
    technician = readonly(str, "technician", technicianChanged)
    busy = readonly(bool, "busy", busyChanged)
    result = readonly(str, "result", resultChanged)
    resultOk = readonly(bool, "resultOk", resultOkChanged)
    scanWaiting = readonly(bool, "scanWaiting", scanWaitingChanged)
    exporting = readonly(bool, "exporting", exportingChanged)    # choosing where to save
    versions = readonly(str, "versions", versionsChanged)
    devices = Property(QObject, lambda self: self._devices_model, constant=True)
    log = Property(QObject, lambda self: self._log_model, constant=True)
    targets = Property(QObject, lambda self: self._targets, constant=True)

    # -- opening and leaving ------------------------------------------------------------------
    def open(self, member: StaffMember) -> None:
        self._member = member
        self._session.set_paused(True)   # the guest's timer waits; this screen has its own
        self._set_many(active=True, technician=member.display_name, result="", resultOk=True,
                       versions=" · ".join(f"{k} {v}" for k, v in
                                           diagnostics.versions(self._versions).items()
                                           if k != "platform"))
        self._audit("diagnostics.open")
        self.touch()
        self.refresh()
        self._timer.start()

    @Slot()
    def close(self) -> None:
        self._leave("technician")

    def touch(self) -> None:
        self._last_touch = self._clock.monotonic()

    @Slot()
    def tick(self) -> None:
        if not self._values["active"]:
            return
        if self._clock.monotonic() - self._last_touch >= IDLE_S:
            self._leave("timeout")
            return
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        self._devices_model.replace(device_rows(self._supervisor.snapshot()))
        if self._tail.version != self._log_version:
            self._log_version = self._tail.version
            self._log_model.replace(log_row(line) for line in self._tail.lines())

    def _leave(self, reason: str) -> None:
        if not self._values["active"]:
            return
        self._audit("diagnostics.close", reason=reason)
        self._cancel_scan()
        self._timer.stop()
        self._member = None
        self._targets.clear()
        self._reset_values()
        self._session.set_paused(False)
        self.closed.emit()

    async def idle(self) -> None:
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    # -- tests --------------------------------------------------------------------------------
    @Slot()
    def readCard(self) -> None:
        self._run("read_card", "key_encoder", self._read_card)

    @Slot()
    def encodeTestCard(self) -> None:
        self._run("encode_test_card", "key_encoder", self._encode)

    @Slot()
    def dispenseCard(self) -> None:
        async def dispense() -> tuple[str, str]:
            await self._devices.dispenser.to_encoder()
            await self._devices.dispenser.present()
            return "dispensed", ""
        self._run("dispense", "dispenser", dispense)

    @Slot()
    def captureCard(self) -> None:
        async def capture() -> tuple[str, str]:
            await self._devices.dispenser.capture()
            return "captured", ""
        self._run("capture", "dispenser", capture)

    @Slot()
    def printTestPage(self) -> None:
        async def print_page() -> tuple[str, str]:
            await diagnostics.print_test_page(self._devices.printer,
                                              hotel=self._config.hotel.name,
                                              kiosk_id=self._config.kiosk.id, clock=self._clock)
            return "printed", ""
        self._run("print_test", "printer", print_page)

    @Slot()
    def scanTest(self) -> None:
        async def scan() -> tuple[str, str]:
            loop = asyncio.get_running_loop()
            self._scan = loop.create_future()
            self._set("scanWaiting", True)
            self._show("scan_waiting", "", ok=True)
            try:
                code = await asyncio.wait_for(asyncio.shield(self._scan), SCAN_WAIT_S)
            except TimeoutError:
                return "scan_timeout", ""
            finally:
                self._scan = None
                self._set("scanWaiting", False)
            return "scanned", code[:80]
        self._run("scan_test", "scanner", scan)

    def take_scan(self, text: str) -> bool:
        """The scanner read a code: the scan test takes it while it waits (True), otherwise
        it belongs to the guest's check-in (False)."""
        if self._scan is None or self._scan.done():
            return False
        self._scan.set_result(text)
        return True

    @Slot()
    def reconnect(self) -> None:
        async def again() -> tuple[str, str]:
            names = [s.name for s in self._supervisor.statuses()]
            for name in names:
                self._supervisor.poke(name)       # the watchers reopen with fresh backoff
            await asyncio.gather(*(self._supervisor.check(n) for n in names))
            return "reconnected", ""
        self._run("reconnect", "", again)

    # -- the bundle ---------------------------------------------------------------------------
    @Slot()
    def chooseExport(self) -> None:
        """Show where the bundle can go (USB sticks first)."""
        self.touch()
        targets = diagnostics.export_targets()
        self._targets.replace({"path": str(p), "stick": i < len(targets) - 1}
                              for i, p in enumerate(targets))
        self._set("exporting", True)

    @Slot()
    def cancelExport(self) -> None:
        self._set("exporting", False)

    @Slot(str)
    def exportTo(self, folder: str) -> None:
        self._set("exporting", False)

        async def export() -> tuple[str, str]:
            bundle = await asyncio.to_thread(self._write_bundle, Path(folder))
            self._audit("diagnostics.export", file=bundle.path.name)
            return "exported", str(bundle.path)
        self._run("export", "", export, audit_action=False)

    def _write_bundle(self, folder: Path) -> diagnostics.Bundle:
        # A connection of this worker thread's own: the loop's is not shared across threads.
        store = Store(self._store.path, self._clock)
        try:
            return diagnostics.write_bundle(
                folder, config=self._config, store=store, devices=self._supervisor.snapshot(),
                log_lines=self._tail.lines(), versions_info=diagnostics.versions(self._versions),
                now=self._clock.now())
        finally:
            store.close()

    # -- internals ----------------------------------------------------------------------------
    async def _read_card(self) -> tuple[str, str]:
        check = await diagnostics.read_card(self._devices.key_encoder, site_key=self._site_key,
                                            site=self._config.kiosk.site, store=self._store)
        return check.verdict, _card_detail(check)

    async def _encode(self) -> tuple[str, str]:
        check = await diagnostics.encode_test_card(
            self._devices.dispenser, self._devices.key_encoder, site_key=self._site_key,
            site=self._config.kiosk.site, store=self._store, clock=self._clock)
        return check.verdict, _card_detail(check)

    def _run(self, action: str, device: str, work: Callable[[], Awaitable[tuple[str, str]]],
             *, audit_action: bool = True) -> None:
        if self._values["busy"] or not self._values["active"]:
            return
        self.touch()
        self._set("busy", True)

        async def go() -> None:
            try:
                text_id, detail = await work()
                ok = text_id not in ("scan_timeout", "no_card")
                self._show(text_id, detail, ok=ok)
                if audit_action:
                    self._audit(f"diagnostics.{action}", device=device or None,
                                outcome=text_id)
            except Exception as exc:  # a failing device is what a technician came to see
                detail = f"{type(exc).__name__}: {getattr(exc, 'detail', '') or exc}"
                if device:
                    self._supervisor.record_error(device, detail)
                log.warning("diagnostics test failed", extra={"action": action,
                                                              "device": device})
                self._show("export_failed" if action == "export" else "failed", detail,
                           ok=False)
                self._audit(f"diagnostics.{action}", device=device or None, outcome="failed")
            finally:
                self._set("busy", False)
                self.touch()
                self.refresh()
        task = asyncio.ensure_future(go())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _show(self, text_id: str, detail: str, *, ok: bool) -> None:
        if text_id in ("scanned", "failed", "exported", "export_failed"):
            text = messages.diagnostic_text(text_id, detail)
        else:
            text = messages.diagnostic_text(text_id) + (f" — {detail}" if detail else "")
        self._set_many(result=text, resultOk=ok)

    def _cancel_scan(self) -> None:
        if self._scan is not None and not self._scan.done():
            self._scan.cancel()

    def _audit(self, action: str, **refs: Any) -> None:
        member = self._member
        try:
            audit.record(self._store, member.id if member else None, self._config.kiosk.id,
                         action, **{k: v for k, v in refs.items() if v is not None})
        except Exception:  # the audit must not take the screen down; the log keeps it
            log.exception("audit entry could not be written", extra={"action": action})


def _card_detail(check: diagnostics.CardCheck) -> str:
    parts = [check.reason]
    if check.booking:
        parts.append(f"{check.booking} · {', '.join(check.rooms)} · "
                     f"gen {check.generation} · #{check.card_number} · {check.valid_until}")
    return " · ".join(p for p in parts if p)
