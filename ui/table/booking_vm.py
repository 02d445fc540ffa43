"""Booking a viewing of the open home: exposed to QML as ``booking``.

Steps: ``slots`` (the free times from :func:`open_slots`), ``details`` (name and phone,
typed on the on-screen keyboard), ``done`` (the reference and a QR code that puts the
viewing in the phone's calendar). The name and phone go to the database for the agent and
leave the screen with the sheet; the QR code holds the time, the address and the
reference only.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.clock import Clock
from kiosk.db import Store
from kiosk.listings.storage import get_listing
from kiosk.listings.viewings import SlotPast, SlotTaken, ViewingSlot, book_viewing, open_slots
from ui.bindable import Bindable, RowsModel, readonly
from ui.table import labels
from ui.table.qr import TableQrProvider
from ui.table.reader import Reader

log = logging.getLogger(__name__)


def calendar_entry(slot: ViewingSlot, address: str, reference: str, title: str) -> str:
    """An iCalendar event (phones offer to add it when they scan it)."""
    def utc(text: str) -> str:
        return datetime.fromisoformat(text).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    return "\r\n".join(("BEGIN:VEVENT", f"SUMMARY:{title}", f"DTSTART:{utc(slot.starts_at)}",
                        f"DTEND:{utc(slot.ends_at)}", f"LOCATION:{address}",
                        f"DESCRIPTION:{reference}", "END:VEVENT"))


class BookingViewModel(Bindable):
    stepChanged = Signal()
    chosenTextChanged = Signal()
    nameChanged = Signal()
    phoneChanged = Signal()
    errorChanged = Signal()
    referenceChanged = Signal()
    qrSourceChanged = Signal()
    busyChanged = Signal()
    booked = Signal(str)

    def __init__(self, store: Store, reader: Reader, clock: Clock, qr: TableQrProvider,
                 language: Callable[[], str], wake: Callable[[], None] = lambda: None,
                 parent: QObject | None = None) -> None:
        super().__init__({"step": "", "chosenText": "", "name": "", "phone": "", "error": "",
                          "reference": "", "qrSource": "", "busy": False}, parent)
        self._store, self._reader, self._clock, self._qr = store, reader, clock, qr
        self._language, self._wake = language, wake
        self._slots: list[ViewingSlot] = []
        self._chosen: ViewingSlot | None = None
        self._listing_id = ""
        self._address = ""
        self._rows = RowsModel(("slotId", "day", "time", "chosen"), self)
        self._task: asyncio.Future[Any] | None = None

    step = readonly(str, "step", stepChanged)
    chosenText = readonly(str, "chosenText", chosenTextChanged)
    name = readonly(str, "name", nameChanged)
    phone = readonly(str, "phone", phoneChanged)
    error = readonly(str, "error", errorChanged)
    reference = readonly(str, "reference", referenceChanged)
    qrSource = readonly(str, "qrSource", qrSourceChanged)
    busy = readonly(bool, "busy", busyChanged)
    slots = Property(QObject, lambda self: self._rows, constant=True)

    @Slot(str)
    def open(self, listing_id: str) -> None:
        """Show the free viewing times of a home."""
        self._listing_id = listing_id
        self._chosen = None
        self._set_many(step="slots", error="", reference="", qrSource="", chosenText="")
        self._task = asyncio.ensure_future(self._load())

    async def _load(self) -> None:
        now = self._clock.now()
        listing_id = self._listing_id

        def read(conn: Any) -> tuple[list[ViewingSlot], str]:
            listing = get_listing(conn, listing_id)
            address = "" if listing is None else f"{listing.address}, {listing.municipality}"
            return open_slots(conn, listing_id, now), address
        self._set("busy", True)
        try:
            self._slots, self._address = await self._reader.run(read)
        finally:
            self._set("busy", False)
        self.relabel()

    async def idle(self) -> None:
        if self._task is not None:
            await asyncio.gather(self._task, return_exceptions=True)

    @Slot(int)
    def choose(self, slot_id: int) -> None:
        found = [s for s in self._slots if s.id == slot_id]
        if found:
            self._chosen = found[0]
            self._set_many(step="details", error="")
            self.relabel()

    @Slot()
    def back(self) -> None:
        self._set_many(step="slots", error="")

    @Slot(str)
    def setName(self, text: str) -> None:
        self._set("name", text.strip()[:80])

    @Slot(str)
    def setPhone(self, text: str) -> None:
        self._set("phone", text.strip()[:30])

    @Slot()
    def confirm(self) -> None:
        """Book the chosen time for the name and phone given."""
        slot = self._chosen
        if slot is None:
            return
        name, phone = self._values["name"], self._values["phone"]
        if not name or sum(c.isdigit() for c in phone) < 5:
            self._set("error", labels.tr(labels.NOTICES["contact_missing"]))
            return
        try:
            reference = book_viewing(self._store, slot.id, name=name, phone=phone,
                                     language=self._language())
        except (SlotTaken, SlotPast) as exc:
            key = "slot_taken" if isinstance(exc, SlotTaken) else "slot_past"
            self._chosen = None
            self._set_many(step="slots", error=labels.tr(labels.NOTICES[key]))
            self._task = asyncio.ensure_future(self._load())
            return
        except Exception:  # the customer gets a way forward; the log gets the detail
            log.exception("viewing booking failed")
            self._set("error", labels.tr(labels.NOTICES["booking_failed"]))
            return
        self._wake()
        title = labels.tr(labels.VIEWING) + f": {self._address}"
        entry = calendar_entry(slot, self._address, reference, title)
        # The contact details leave the screen now that the agent has them.
        self._set_many(step="done", reference=reference, name="", phone="",
                       qrSource=self._qr.source_for(entry, "booking"), error="")
        self.booked.emit(reference)

    @Slot()
    def close(self) -> None:
        self._qr.forget("booking")
        self._slots, self._chosen = [], None
        self._rows.clear()
        self._set_many(step="", name="", phone="", error="", reference="", qrSource="",
                       chosenText="")

    def relabel(self) -> None:
        lang = self._language()
        chosen = self._chosen.id if self._chosen else None
        rows = []
        for s in self._slots:
            start, end = datetime.fromisoformat(s.starts_at), datetime.fromisoformat(s.ends_at)
            rows.append({"slotId": s.id, "day": labels.weekday_date(start, lang),
                         "time": f"{labels.clock(start, lang)}–{labels.clock(end, lang)}",
                         "chosen": s.id == chosen})
        self._rows.replace(rows)
        if self._chosen is not None:
            start = datetime.fromisoformat(self._chosen.starts_at)
            end = datetime.fromisoformat(self._chosen.ends_at)
            self._set("chosenText", f"{labels.long_date(start, lang)}, "
                                    f"{labels.clock(start, lang)}–{labels.clock(end, lang)}")
