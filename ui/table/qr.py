"""QR codes for the table: ``image://tableqr/<token>``, drawn by segno.

Several can be on screen at once (the booking's and the shortlist's), so each purpose
keeps its own token; the text behind it stays in Python and is forgotten when the
customer leaves.
"""

from __future__ import annotations

import io
import secrets

import segno
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtQuick import QQuickImageProvider


class TableQrProvider(QQuickImageProvider):
    PROVIDER_ID = "tableqr"

    def __init__(self) -> None:
        super().__init__(QQuickImageProvider.ImageType.Image)
        self._texts: dict[str, str] = {}       # token -> text
        self._tokens: dict[str, str] = {}      # purpose -> its current token

    def source_for(self, text: str, purpose: str) -> str:
        """An ``image://`` URL drawing ``text``; replaces the purpose's previous code."""
        self.forget(purpose)
        token = secrets.token_hex(8)
        self._texts[token] = text
        self._tokens[purpose] = token
        return f"image://{self.PROVIDER_ID}/{token}"

    def text_of(self, source: str) -> str | None:
        """What a source URL encodes (tests and the tour check the codes)."""
        return self._texts.get(source.rsplit("/", 1)[-1])

    def forget(self, purpose: str | None = None) -> None:
        if purpose is None:
            self._texts.clear()
            self._tokens.clear()
            return
        token = self._tokens.pop(purpose, None)
        if token is not None:
            self._texts.pop(token, None)

    def requestImage(self, token: str, size: QSize, requested: QSize) -> QImage:
        text = self._texts.get(token)
        if text is None:
            image = QImage(1, 1, QImage.Format.Format_RGB32)
            image.fill(0xFFFFFF)
            return image
        # Error level M, a 4-module quiet zone: phones read it off a glossy table top.
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
