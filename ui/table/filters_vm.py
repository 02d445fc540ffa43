"""The on-screen filter chips: exposed to QML as ``filters``.

Price, rooms, area, type, features and words, set by touch when no token lies on the
table. The search is the chips narrowed by the tokens (:meth:`MarkerBoard.narrow`), so a
token placed on the table adds to what the chips say and lifting it gives it back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.listings.model import FEATURES, PropertyType
from kiosk.listings.query import SearchQuery
from ui.bindable import Bindable, RowsModel, readonly
from ui.table import labels
from ui.table.markers_vm import MarkersViewModel

PRICES: Final = (150_000, 200_000, 250_000, 300_000, 400_000, 500_000, 750_000, 1_000_000,
                 1_500_000)
ROOMS: Final = (1, 2, 3, 4, 5)
AREAS: Final = (30, 40, 50, 60, 80, 100, 120, 150)
# The features offered as chips: what buyers here ask for most, in that order.
CHIP_FEATURES: Final = ("sauna", "balcony", "elevator", "garden", "sea_view", "shore",
                        "parking", "fireplace", "renovated", "accessible", "pets_allowed",
                        "glazed_balcony")
CHIPS: Final = ("price", "rooms", "area", "type", "features", "text")
assert set(CHIP_FEATURES) <= set(FEATURES)


class FiltersViewModel(Bindable):
    priceTextChanged = Signal()
    roomsTextChanged = Signal()
    areaTextChanged = Signal()
    typeTextChanged = Signal()
    featuresTextChanged = Signal()
    textChanged = Signal()
    openChipChanged = Signal()
    activeCountChanged = Signal()
    changed = Signal()             # the search changed (chips or tokens)

    def __init__(self, markers: MarkersViewModel, language: Callable[[], str],
                 parent: QObject | None = None) -> None:
        super().__init__({"priceText": "", "roomsText": "", "areaText": "", "typeText": "",
                          "featuresText": "", "text": "", "openChip": "", "activeCount": 0},
                         parent)
        self.markers = markers
        self._language = language
        self._max_price: int | None = None
        self._min_rooms: int | None = None
        self._min_area: int | None = None
        self._types: set[str] = set()
        self._features: set[str] = set()
        self._prices = RowsModel(("value", "label", "on"), self)
        self._rooms = RowsModel(("value", "label", "on"), self)
        self._areas = RowsModel(("value", "label", "on"), self)
        self._type_rows = RowsModel(("code", "label", "on"), self)
        self._feature_rows = RowsModel(("code", "label", "on"), self)
        markers.changed.connect(self.changed)
        self.relabel()

    priceText = readonly(str, "priceText", priceTextChanged)
    roomsText = readonly(str, "roomsText", roomsTextChanged)
    areaText = readonly(str, "areaText", areaTextChanged)
    typeText = readonly(str, "typeText", typeTextChanged)
    featuresText = readonly(str, "featuresText", featuresTextChanged)
    text = readonly(str, "text", textChanged)
    openChip = readonly(str, "openChip", openChipChanged)
    activeCount = readonly(int, "activeCount", activeCountChanged)
    prices = Property(QObject, lambda self: self._prices, constant=True)
    rooms = Property(QObject, lambda self: self._rooms, constant=True)
    areas = Property(QObject, lambda self: self._areas, constant=True)
    types = Property(QObject, lambda self: self._type_rows, constant=True)
    features = Property(QObject, lambda self: self._feature_rows, constant=True)

    def query(self) -> SearchQuery:
        """What the customer asked for: the chips, narrowed by the tokens."""
        chips = SearchQuery(text=self._values["text"], max_price=self._max_price,
                            min_rooms=self._min_rooms, min_area=self._min_area,
                            types=frozenset(PropertyType(t) for t in self._types),
                            features=frozenset(self._features))
        return self.markers.board.narrow(chips)

    # -- intents ------------------------------------------------------------------------
    @Slot(str)
    def open(self, chip: str) -> None:
        """Open a chip's editor (a second tap closes it)."""
        self._set("openChip", "" if chip == self._values["openChip"] or chip not in CHIPS
                  else chip)

    @Slot()
    def close(self) -> None:
        self._set("openChip", "")

    @Slot(int)
    def setMaxPrice(self, eur: int) -> None:
        self._max_price = eur if eur > 0 else None
        self._update()

    @Slot(int)
    def setMinRooms(self, rooms: int) -> None:
        self._min_rooms = rooms if rooms > 0 else None
        self._update()

    @Slot(int)
    def setMinArea(self, m2: int) -> None:
        self._min_area = m2 if m2 > 0 else None
        self._update()

    @Slot(str)
    def toggleType(self, code: str) -> None:
        if code in {t.value for t in PropertyType}:
            self._types ^= {code}
            self._update()

    @Slot(str)
    def toggleFeature(self, code: str) -> None:
        if code in FEATURES:
            self._features ^= {code}
            self._update()

    @Slot(str)
    def setText(self, words: str) -> None:
        self._set("text", words.strip()[:80])
        self._update()

    @Slot(str)
    def clear(self, chip: str) -> None:
        """Take one chip's filter away."""
        if chip == "price":
            self._max_price = None
        elif chip == "rooms":
            self._min_rooms = None
        elif chip == "area":
            self._min_area = None
        elif chip == "type":
            self._types.clear()
        elif chip == "features":
            self._features.clear()
        elif chip == "text":
            self._set("text", "")
        self._update()

    @Slot()
    def clearAll(self) -> None:
        """The next customer starts with no filters."""
        self._max_price = self._min_rooms = self._min_area = None
        self._types.clear()
        self._features.clear()
        self._set_many(text="", openChip="")
        self._update()

    # -- state -> properties -----------------------------------------------------------
    def relabel(self) -> None:
        """Every text in the customer's language (after a switch too)."""
        lang = self._language()
        self._prices.replace({"value": p, "label": labels.price(p, lang),
                              "on": p == self._max_price} for p in PRICES)
        self._rooms.replace({"value": r, "label": f"{r}+" if r == ROOMS[-1] else str(r),
                             "on": r == self._min_rooms} for r in ROOMS)
        self._areas.replace({"value": a, "label": labels.area(a, lang),
                             "on": a == self._min_area} for a in AREAS)
        self._type_rows.replace({"code": t.value, "label": labels.type_name(t.value),
                                 "on": t.value in self._types} for t in PropertyType)
        self._feature_rows.replace({"code": f, "label": labels.feature_name(f),
                                    "on": f in self._features} for f in CHIP_FEATURES)
        names = [labels.type_name(t.value) for t in PropertyType if t.value in self._types]
        features = [labels.feature_name(f) for f in CHIP_FEATURES if f in self._features]
        features += [labels.feature_name(f) for f in sorted(self._features)
                     if f not in CHIP_FEATURES]
        self._set_many(
            priceText="" if self._max_price is None else labels.price(self._max_price, lang),
            roomsText="" if self._min_rooms is None else f"{self._min_rooms}+",
            areaText="" if self._min_area is None else labels.area(self._min_area, lang),
            typeText=", ".join(names), featuresText=", ".join(features),
            activeCount=sum(bool(v) for v in (self._max_price, self._min_rooms,
                                               self._min_area, self._types, self._features,
                                               self._values["text"])))

    def _update(self) -> None:
        self.relabel()
        self.changed.emit()
