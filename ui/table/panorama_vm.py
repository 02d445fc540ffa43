"""The 360° tour: an equirectangular panorama the customer drags around in.

Qt Quick 3D and shader effects draw nothing with the software renderer, so the view is
made of narrow vertical strips of the 2:1 image, each scaled as a rectilinear (pinhole)
camera would show its column: wider and taller toward the sides. The strips wrap around
at 360°, and the pitch stops before the image's top or bottom edge would show.
Exposed to QML as ``panorama``; QML positions each strip from ``yaw``/``pitch``.
"""

from __future__ import annotations

import math
from typing import Final

from PySide6.QtCore import Property, QObject, QSize, QUrl, Signal, Slot
from PySide6.QtGui import QImageReader

from ui.bindable import Bindable, RowsModel, readonly

FOV_DEGREES: Final = 90.0      # horizontal field of view
STRIP_PX: Final = 20           # strip width in layout pixels: narrower is smoother


class PanoramaViewModel(Bindable):
    sourceChanged = Signal()
    yawChanged = Signal()
    pitchChanged = Signal()
    imageWidthChanged = Signal()
    imageHeightChanged = Signal()
    labelChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__({"source": "", "yaw": 0.0, "pitch": 0.0, "imageWidth": 2048.0,
                          "imageHeight": 1024.0, "label": ""}, parent)
        self._strips = RowsModel(("x", "width", "theta", "hscale", "vscale"), self)
        self._view = (0.0, 0.0)
        self._focal = 1.0
        self._pitch_limit = 0.0

    source = readonly(str, "source", sourceChanged)
    yaw = readonly(float, "yaw", yawChanged)
    pitch = readonly(float, "pitch", pitchChanged)
    imageWidth = readonly(float, "imageWidth", imageWidthChanged)
    imageHeight = readonly(float, "imageHeight", imageHeightChanged)
    label = readonly(str, "label", labelChanged)
    strips = Property(QObject, lambda self: self._strips, constant=True)

    def show(self, url: str, label: str = "", yaw: float = 0.0) -> None:
        """Look at this panorama (a ``file:`` URL), facing ``yaw`` degrees."""
        size = QImageReader(QUrl(url).toLocalFile()).size() if url else QSize()
        width = float(size.width()) if size.isValid() else 2048.0
        height = float(size.height()) if size.isValid() else width / 2
        self._set_many(source=url, label=label, imageWidth=width, imageHeight=height,
                       yaw=yaw % 360.0, pitch=0.0)
        self._layout()

    def clear(self) -> None:
        self._set_many(source="", label="", yaw=0.0, pitch=0.0)

    @Slot(float, float)
    def setView(self, width: float, height: float) -> None:
        """The size of the area the tour is drawn in (layout pixels)."""
        if width > 0 and height > 0 and (width, height) != self._view:
            self._view = (width, height)
            self._layout()

    @Slot(float, float)
    def look(self, dx: float, dy: float) -> None:
        """The customer dragged by (dx, dy) pixels: the picture follows the finger."""
        degrees_per_px = math.degrees(1 / self._focal)
        pitch = self._values["pitch"] + dy * degrees_per_px
        self._set_many(yaw=(self._values["yaw"] - dx * degrees_per_px) % 360.0,
                       pitch=max(-self._pitch_limit, min(self._pitch_limit, pitch)))

    @Slot(float)
    def turn(self, degrees: float) -> None:
        """Turn by a button (for those who do not drag)."""
        self._set("yaw", (self._values["yaw"] + degrees) % 360.0)

    def _layout(self) -> None:
        width, height = self._view
        if width <= 0:
            return
        f = (width / 2) / math.tan(math.radians(FOV_DEGREES) / 2)
        k = self._values["imageWidth"] / (2 * math.pi)      # image pixels per radian
        self._focal = f
        # The image's top row must stay above the screen's top: half the vertical view,
        # and a margin for the strips' approximation.
        half_v = math.degrees(math.atan((height / 2) / f))
        self._pitch_limit = max(0.0, 90.0 - half_v - 8.0)
        count = max(1, math.ceil(width / STRIP_PX))
        rows = []
        for i in range(count):
            x0 = i * width / count
            w = width / count
            u = x0 + w / 2 - width / 2                    # the strip's centre, from the middle
            r2 = f * f + u * u
            rows.append({"x": x0, "width": w + 0.5,   # half a pixel over: no seams
                         "theta": math.degrees(math.atan2(u, f)),
                         "hscale": r2 / (f * k), "vscale": math.sqrt(r2) / k})
        self._strips.replace(rows)
        self._set("pitch", max(-self._pitch_limit, min(self._pitch_limit,
                                                      self._values["pitch"])))
