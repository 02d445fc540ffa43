"""Saved homes, the comparison of up to three, and the list sent to a phone: ``shortlist``.

The shortlist is made on the first save (anonymous: its random id is all that links it
to the customer) and leaves with the QR code; the next customer starts a new one.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any, Final

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.db import Store
from kiosk.listings.model import Listing
from kiosk.listings.query import ListingSummary
from kiosk.listings.shortlists import create_shortlist, remove_listing, save_listing, shortlist
from kiosk.listings.storage import get_listing
from ui.bindable import Bindable, RowsModel, readonly
from ui.table import labels
from ui.table.listing_vm import key_facts
from ui.table.map_vm import facts_line, headline, media_url
from ui.table.qr import TableQrProvider
from ui.table.reader import Reader

MAX_COMPARE: Final = 3


class ShortlistViewModel(Bindable):
    countChanged = Signal()
    savedIdsChanged = Signal()
    compareIdsChanged = Signal()
    isOpenChanged = Signal()
    compareOpenChanged = Signal()
    qrSourceChanged = Signal()
    linkChanged = Signal()
    noticeChanged = Signal()

    def __init__(self, store: Store, reader: Reader, qr: TableQrProvider, url_template: str,
                 language: Callable[[], str], wake: Callable[[], None] = lambda: None,
                 parent: QObject | None = None) -> None:
        super().__init__({"count": 0, "savedIds": [], "compareIds": [], "isOpen": False,
                          "compareOpen": False, "qrSource": "", "link": "", "notice": ""},
                         parent)
        self._store, self._reader, self._qr = store, reader, qr
        self._template, self._language, self._wake = url_template, language, wake
        self.shortlist_id: str | None = None
        self._items = RowsModel(("listingId", "headline", "priceText", "facts", "photo",
                                 "comparing"), self)
        self._columns = RowsModel(("listingId", "headline", "photo", "values"), self)
        self._rows = RowsModel(("label",), self)
        self._compared: list[Listing] = []
        self._summaries: list[ListingSummary] = []
        self._task: asyncio.Future[Any] | None = None

    count = readonly(int, "count", countChanged)
    savedIds = readonly("QVariantList", "savedIds", savedIdsChanged)
    compareIds = readonly("QVariantList", "compareIds", compareIdsChanged)
    isOpen = readonly(bool, "isOpen", isOpenChanged)
    compareOpen = readonly(bool, "compareOpen", compareOpenChanged)
    qrSource = readonly(str, "qrSource", qrSourceChanged)
    link = readonly(str, "link", linkChanged)
    notice = readonly(str, "notice", noticeChanged)
    items = Property(QObject, lambda self: self._items, constant=True)
    columns = Property(QObject, lambda self: self._columns, constant=True)
    compareLabels = Property(QObject, lambda self: self._rows, constant=True)

    # -- saving ------------------------------------------------------------------------
    @Slot(str)
    def toggle(self, listing_id: str) -> None:
        """Save a home, or take it off the list when it is there."""
        was_saved = listing_id in self._values["savedIds"]
        with self._store.transaction() as tx:
            if self.shortlist_id is None:
                self.shortlist_id = create_shortlist(tx)
            if was_saved:
                remove_listing(tx, self.shortlist_id, listing_id)
            else:
                save_listing(tx, self.shortlist_id, listing_id)
        if was_saved:      # a home off the list is out of the comparison too
            self._set("compareIds", [i for i in self._values["compareIds"] if i != listing_id])
        self._wake()
        self._refresh()

    @Slot(str)
    def toggleCompare(self, listing_id: str) -> None:
        """Add a home to the comparison (saving it too) or take it out; at most three."""
        ids = list(self._values["compareIds"])
        if listing_id in ids:
            ids.remove(listing_id)
        elif len(ids) >= MAX_COMPARE:
            self._set("notice", labels.tr(labels.NOTICES["compare_full"]))
            return
        else:
            if listing_id not in self._values["savedIds"]:
                self.toggle(listing_id)
            ids.append(listing_id)
        self._set_many(compareIds=ids, notice="")
        self._refresh()

    # -- sheets ------------------------------------------------------------------------
    @Slot()
    def open(self) -> None:
        """The saved homes, with the QR code that takes them to the customer's phone."""
        if self.shortlist_id is not None:
            link = self._template.format(id=self.shortlist_id)
            self._set_many(link=link, qrSource=self._qr.source_for(link, "shortlist"))
        self._set_many(isOpen=True, compareOpen=False)

    @Slot()
    def openCompare(self) -> None:
        if self._values["compareIds"]:
            self._set_many(compareOpen=True, isOpen=False, notice="")

    @Slot()
    def close(self) -> None:
        self._set_many(isOpen=False, compareOpen=False, notice="")

    def reset(self) -> None:
        """The customer left: a new, empty list for the next one."""
        self.shortlist_id = None
        self._qr.forget("shortlist")
        self._compared = []
        self._summaries = []
        self._set_many(count=0, savedIds=[], compareIds=[], isOpen=False, compareOpen=False,
                       qrSource="", link="", notice="")
        for model in (self._items, self._columns, self._rows):
            model.clear()

    # -- reading -----------------------------------------------------------------------
    def _refresh(self) -> None:
        self._task = asyncio.ensure_future(self._load())

    async def idle(self) -> None:
        if self._task is not None:
            await asyncio.gather(self._task, return_exceptions=True)

    async def _load(self) -> None:
        sid, compare = self.shortlist_id, list(self._values["compareIds"])
        if sid is None:
            return

        def read(conn: Any) -> tuple[list[ListingSummary], list[Listing]]:
            found = [get_listing(conn, i) for i in compare]
            return shortlist(conn, sid), [f for f in found if f is not None]
        summaries, compared = await self._reader.run(read)
        self._summaries = summaries
        self._compared = compared
        self._set_many(count=len(summaries), savedIds=[s.id for s in summaries])
        if self._values["compareOpen"] and not compared:
            self._set("compareOpen", False)
        self.relabel()

    def relabel(self) -> None:
        lang = self._language()
        compare = self._values["compareIds"]
        self._items.replace(
            {"listingId": s.id, "headline": headline(s, lang),
             "priceText": labels.price(s.price_eur, lang),
             "facts": facts_line(s.rooms, s.living_area_m2, lang),
             "photo": media_url(s.photo), "comparing": s.id in compare}
            for s in self._summaries)
        facts = [key_facts(listing, lang) for listing in self._compared]
        names: list[str] = []
        for rows in facts:
            names += [r["label"] for r in rows if r["label"] not in names]
        names.append(labels.tr(labels.FACT_NAMES["district"]))
        names.append(labels.tr(labels.FACT_NAMES["features"]))
        self._rows.replace({"label": n} for n in names)
        columns = []
        for listing, rows in zip(self._compared, facts, strict=True):
            by_label = {r["label"]: r["value"] for r in rows}
            values = [by_label.get(n, "–") for n in names[:-2]]
            values.append(labels.district_name(listing.district, lang))
            values.append(", ".join(labels.feature_name(f) for f in sorted(listing.features))
                          or "–")
            columns.append({"listingId": listing.id,
                            "headline": listing.text(lang).title,
                            "photo": media_url(listing.photos[0] if listing.photos else None),
                            "values": values})
        self._columns.replace(columns)
