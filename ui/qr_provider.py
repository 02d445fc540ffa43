"""QR codes for QML, drawn by segno: ``image://qr/<token>``.

The text behind a token (room details) stays in Python and is forgotten when the guest's
session ends; QML never sees it and the image is not cached.
"""

from __future__ import annotations

import io
import secrets

import segno
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtQuick import QQuickImageProvider


class QrImageProvider(QQuickImageProvider):
    PROVIDER_ID = "qr"

    def __init__(self) -> None:
        super().__init__(QQuickImageProvider.ImageType.Image)
        self._texts: dict[str, str] = {}

    def source_for(self, text: str) -> str:
        """An ``image://`` URL that draws ``text``; a fresh token each time."""
        token = secrets.token_hex(8)
        self._texts = {token: text}  # only the current guest's code is kept
        return f"image://{self.PROVIDER_ID}/{token}"

    def forget(self) -> None:
        self._texts.clear()

    def requestImage(self, token: str, size: QSize, requested: QSize) -> QImage:
        return qr_image(self._texts.get(token), size, requested)


def qr_image(text: str | None, size: QSize | None, requested: QSize) -> QImage:
    """The QR code of ``text`` as an image at least as large as requested (a white pixel
    for a forgotten code). Shared by the kiosk's and the table's image providers."""
    if text is None:
        image = QImage(1, 1, QImage.Format.Format_RGB32)
        image.fill(0xFFFFFF)
        return image
    # Error level M and a 4-module quiet zone: phones read it off a glossy screen.
    qr = segno.make(text, error="m")
    edge = max(requested.width(), requested.height(), 0)
    modules = qr.symbol_size(scale=1, border=4)[0]
    scale = max(4, edge // modules) if edge else 10
    buffer = io.BytesIO()
    qr.save(buffer, kind="png", scale=scale, border=4)
    image = QImage.fromData(buffer.getvalue(), "PNG")
    if size is not None:
        size.setWidth(image.width())
        size.setHeight(image.height())
    return image
