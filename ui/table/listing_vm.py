"""One home opened from the map or the list: exposed to QML as ``listing``.

Photos (swiped), key facts in the customer's language, the floor plan and the 360° tour
(handed to the :class:`~ui.table.panorama_vm.PanoramaViewModel`).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import PurePosixPath
from typing import Any, Final

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.listings.model import FEATURES, Listing
from kiosk.listings.storage import get_listing
from ui.bindable import Bindable, RowsModel, readonly
from ui.table import labels
from ui.table.map_vm import media_url
from ui.table.panorama_vm import PanoramaViewModel
from ui.table.reader import Reader

TABS: Final = ("photos", "plan", "tour")


class ListingViewModel(Bindable):
    isOpenChanged = Signal()
    listingIdChanged = Signal()
    titleChanged = Signal()
    addressChanged = Signal()
    priceTextChanged = Signal()
    descriptionChanged = Signal()
    agentChanged = Signal()
    tabChanged = Signal()
    photoIndexChanged = Signal()
    opened = Signal(str)

    def __init__(self, reader: Reader, panorama: PanoramaViewModel,
                 language: Callable[[], str], parent: QObject | None = None) -> None:
        super().__init__({"isOpen": False, "listingId": "", "title": "", "address": "",
                          "priceText": "", "description": "", "agent": "", "tab": "photos",
                          "photoIndex": 0}, parent)
        self._reader, self._panorama, self._language = reader, panorama, language
        self.listing: Listing | None = None
        self._facts = RowsModel(("label", "value"), self)
        self._features = RowsModel(("code", "label"), self)
        self._photos = RowsModel(("url",), self)
        self._plans = RowsModel(("url",), self)
        self._tours = RowsModel(("url", "label"), self)
        self._task: asyncio.Future[Any] | None = None
        self._tour_index = 0

    isOpen = readonly(bool, "isOpen", isOpenChanged)
    listingId = readonly(str, "listingId", listingIdChanged)
    title = readonly(str, "title", titleChanged)
    address = readonly(str, "address", addressChanged)
    priceText = readonly(str, "priceText", priceTextChanged)
    description = readonly(str, "description", descriptionChanged)
    agent = readonly(str, "agent", agentChanged)
    tab = readonly(str, "tab", tabChanged)
    photoIndex = readonly(int, "photoIndex", photoIndexChanged)
    facts = Property(QObject, lambda self: self._facts, constant=True)
    features = Property(QObject, lambda self: self._features, constant=True)
    photos = Property(QObject, lambda self: self._photos, constant=True)
    plans = Property(QObject, lambda self: self._plans, constant=True)
    tours = Property(QObject, lambda self: self._tours, constant=True)

    @Slot(str)
    def open(self, listing_id: str) -> None:
        """Show a home (from a pin, a list row, the shortlist or the comparison)."""
        self._task = asyncio.ensure_future(self._open(listing_id))

    async def _open(self, listing_id: str) -> None:
        listing = await self._reader.run(lambda conn: get_listing(conn, listing_id))
        if listing is None:          # sold meanwhile: the list will drop it too
            return
        self.listing = listing
        self._tour_index = 0
        self._set_many(listingId=listing.id, tab="photos", photoIndex=0)
        self.relabel()
        self._set("isOpen", True)
        self.opened.emit(listing.id)

    async def idle(self) -> None:
        if self._task is not None:
            await asyncio.gather(self._task, return_exceptions=True)

    @Slot()
    def close(self) -> None:
        self.listing = None
        self._panorama.clear()
        self._set_many(isOpen=False, listingId="", tab="photos", photoIndex=0)
        for model in (self._facts, self._features, self._photos, self._plans, self._tours):
            model.clear()

    @Slot(str)
    def showTab(self, tab: str) -> None:
        if tab in TABS:
            self._set("tab", tab)
            if tab == "tour":
                self.showTour(self._tour_index)

    @Slot(int)
    def showPhoto(self, index: int) -> None:
        count = self._photos.rowCount()
        if count:
            self._set("photoIndex", max(0, min(index, count - 1)))

    @Slot(int)
    def showTour(self, index: int) -> None:
        rows = self._tours.rows()
        if 0 <= index < len(rows):
            self._tour_index = index
            self._panorama.show(rows[index]["url"], rows[index]["label"])

    def relabel(self) -> None:
        """Every text in the customer's language (after a switch too)."""
        listing = self.listing
        if listing is None:
            return
        lang = self._language()
        text = listing.text(lang)
        place = ", ".join(p for p in (labels.district_name(listing.district, lang),
                                      listing.municipality) if p)
        agent = listing.agent
        self._set_many(title=text.title, description=text.description,
                       address=f"{listing.address}, {place}",
                       priceText=labels.price(listing.price_eur, lang),
                       agent=f"{agent.name}, {agent.office}" if agent else "")
        self._facts.replace(key_facts(listing, lang, with_price=False))  # it heads the sheet
        self._features.replace({"code": f, "label": labels.feature_name(f)}
                               for f in FEATURES if f in listing.features)
        self._photos.replace({"url": media_url(p)} for p in listing.photos)
        self._plans.replace({"url": media_url(p)} for p in listing.floor_plans)
        self._tours.replace({"url": media_url(p),
                             "label": labels.room_name(PurePosixPath(p).stem)}
                            for p in listing.panoramas)
        if self._values["tab"] == "tour":
            rows = self._tours.rows()
            if rows:
                self._panorama._set("label", rows[self._tour_index]["label"])


def _fact(label: str, value: str) -> dict[str, str]:
    return {"label": labels.tr(label), "value": value}


def key_facts(listing: Listing, lang: str, *, with_price: bool = True) -> list[dict[str, str]]:
    """The key facts, in the order a buyer reads them; unknown ones left out."""
    rows = [_fact(labels.FACT_NAMES["price"], labels.price(listing.price_eur, lang))] \
        if with_price else []
    if listing.debt_free_price_eur and listing.debt_free_price_eur != listing.price_eur:
        rows.append(_fact(labels.FACT_NAMES["debt_free"],
                          labels.price(listing.debt_free_price_eur, lang)))
    rows.append(_fact(labels.FACT_NAMES["type"], labels.type_name(listing.type.value)))
    if listing.living_area_m2:
        rows.append(_fact(labels.FACT_NAMES["area"], labels.area(listing.living_area_m2, lang)))
        rows.append(_fact(labels.FACT_NAMES["per_m2"], labels.price(
            round(listing.price_eur / listing.living_area_m2), lang)))
    if listing.plot_area_m2:
        rows.append(_fact(labels.FACT_NAMES["plot"], labels.area(listing.plot_area_m2, lang)))
    if listing.rooms:
        rows.append(_fact(labels.FACT_NAMES["rooms"], str(listing.rooms)))
    if listing.year_built:
        rows.append(_fact(labels.FACT_NAMES["year"], str(listing.year_built)))
    if listing.energy_class:
        rows.append(_fact(labels.FACT_NAMES["energy"], listing.energy_class))
    return rows
