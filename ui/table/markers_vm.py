"""The tokens on the table as panels: exposed to QML as ``markers``.

Frames from the TUIO client go to the :class:`~kiosk.tuio.MarkerBoard`; each token
known to the config gets a row: where it lies (pixels), where its panel opens and which
way it turns (toward the nearest table edge), what it filters and its current value.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.tuio.markers import (
    ROTATION,
    FilterKind,
    MarkerBoard,
    PlacedMarker,
    facing_edge,
    panel_centre,
)
from kiosk.tuio.protocol import TuioFrame
from ui.bindable import Bindable, RowsModel, readonly
from ui.table import labels

# Layout pixels (1920×1080 layout): the panel as its reader sees it, and its distance
# from the token's centre.
PANEL: Final = (460.0, 220.0)
PANEL_GAP: Final = 90.0

_ROLES: Final = ("session", "fiducial", "x", "y", "panelX", "panelY", "rotation", "edge",
                 "label", "valueText", "fraction", "dial", "feature")


class MarkersViewModel(Bindable):
    presentChanged = Signal()
    summaryChanged = Signal()
    changed = Signal()              # a token came, went or changed its value

    def __init__(self, board: MarkerBoard, language: Callable[[], str],
                 parent: QObject | None = None) -> None:
        super().__init__({"present": False, "summary": ""}, parent)
        self.board = board
        self._language = language
        self._surface = (1920.0, 1080.0)
        self._rows = RowsModel(_ROLES, self)
        self._filters: tuple[Any, ...] = ()
        self.on_activity: Callable[[], None] = lambda: None

    present = readonly(bool, "present", presentChanged)
    summary = readonly(str, "summary", summaryChanged)
    model = Property(QObject, lambda self: self._rows, constant=True)
    panelWidth = Property(float, lambda self: PANEL[0], constant=True)
    panelHeight = Property(float, lambda self: PANEL[1], constant=True)

    @Slot(float, float)
    def setSurface(self, width: float, height: float) -> None:
        """The window's size in layout pixels (the table surface TUIO positions span)."""
        if width > 0 and height > 0 and (width, height) != self._surface:
            self._surface = (width, height)
            self.refresh()

    def on_frame(self, frame: TuioFrame) -> None:
        """A frame from the TUIO client (on the event loop)."""
        if self.board.apply(frame):
            self.on_activity()
            self.refresh()

    def clear(self) -> None:
        if self.board.clear():
            self.refresh()

    def refresh(self) -> None:
        """Rows and the summary from the board (also after a language switch)."""
        width, height = self._surface
        aspect = width / height
        rows = []
        for marker in self.board.markers():
            edge = facing_edge(marker.x, marker.y, aspect)
            mx, my = marker.x * width, marker.y * height
            px, py = panel_centre((mx, my), edge, PANEL, self._surface, PANEL_GAP)
            rows.append({
                "session": marker.session_id, "fiducial": marker.spec.fiducial,
                "x": mx, "y": my, "panelX": px, "panelY": py,
                "rotation": float(ROTATION[edge]), "edge": edge.value,
                "label": self.label(marker), "valueText": self.value_text(marker),
                "fraction": marker.fraction, "dial": marker.dial is not None,
                "feature": marker.spec.filter == FilterKind.FEATURE})
        self._rows.replace(rows)
        filters = tuple((m.spec.fiducial, m.value) for m in self.board.markers())
        self._set_many(present=bool(rows),
                       summary=" · ".join(f"{r['label']} {r['valueText']}".strip()
                                          if not r["feature"] else r["valueText"]
                                          for r in rows))
        if filters != self._filters:
            self._filters = filters
            self.changed.emit()

    def label(self, marker: PlacedMarker) -> str:
        return labels.tr(labels.FILTER_NAMES[marker.spec.filter.value])

    def value_text(self, marker: PlacedMarker) -> str:
        language = self._language()
        kind, value = marker.spec.filter, marker.value
        if kind == FilterKind.FEATURE:
            return labels.feature_name(marker.spec.feature)
        if kind == FilterKind.TYPE:
            return labels.type_name(str(value))
        if kind in (FilterKind.MAX_PRICE, FilterKind.MIN_PRICE):
            return labels.price(float(value), language)
        if kind in (FilterKind.MIN_AREA, FilterKind.MAX_AREA):
            return labels.area(float(value), language)
        return labels.number(float(value), language)

