"""QR codes for the table: ``image://tableqr/<token>``, drawn by segno.

Several can be on screen at once (the booking's and the shortlist's), so each purpose
keeps its own token; the text behind it stays in Python and is forgotten when the
customer leaves.
"""

from __future__ import annotations

import secrets

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtQuick import QQuickImageProvider

from ui.qr_provider import qr_image


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
        return qr_image(self._texts.get(token), size, requested)
