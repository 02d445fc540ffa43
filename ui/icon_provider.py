"""Line icons for QML in any colour: ``image://icon/<name>/<rrggbb>``.

The SVGs in ``assets/icons`` are drawn in black on a 48×48 grid; the colour is swapped
when drawn, so one file serves light and dark buttons and the theme stays in one place.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtQuick import QQuickImageProvider
from PySide6.QtSvg import QSvgRenderer

ICON_DIR = Path(__file__).resolve().parent.parent / "assets" / "icons"


class IconImageProvider(QQuickImageProvider):
    PROVIDER_ID = "icon"

    def __init__(self, icon_dir: Path = ICON_DIR) -> None:
        super().__init__(QQuickImageProvider.ImageType.Image)
        self._dir = icon_dir
        self._svg: dict[str, str] = {}

    def requestImage(self, icon_id: str, size: QSize, requested: QSize) -> QImage:
        name, _, colour = icon_id.partition("/")
        edge = max(requested.width(), requested.height(), 48)
        image = QImage(edge, edge, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        svg = self._source(name)
        if svg:
            colour = colour if len(colour) == 6 else "000000"
            renderer = QSvgRenderer(QByteArray(svg.replace("#000000", f"#{colour}").encode()))
            painter = QPainter(image)
            renderer.render(painter)
            painter.end()
        if size is not None:
            size.setWidth(edge)
            size.setHeight(edge)
        return image

    def _source(self, name: str) -> str:
        if name not in self._svg:
            path = self._dir / f"{name}.svg"
            self._svg[name] = path.read_text(encoding="utf-8") if path.exists() else ""
        return self._svg[name]
