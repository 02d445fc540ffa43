"""QR/barcode scanners and passport MRZ readers on serial lines, with pty simulators.

``devices.open_devices`` hands every non-``sim:`` scanner / document reader URL to
:func:`open_scanner` / :func:`open_document_reader`.
"""

from __future__ import annotations

from devices.scanner.driver import (
    READER_OPTIONS,
    SCANNER_OPTIONS,
    SerialCodeScanner,
    SerialDocumentReader,
)
from devices.transport.url import grammar

__all__ = ["SerialCodeScanner", "SerialDocumentReader", "open_document_reader",
           "open_scanner"]


def open_scanner(url: str) -> SerialCodeScanner:
    """The QR/barcode scanner a config URL names (opened on first read or probe)."""
    _check_scheme("scanner", url, SCANNER_OPTIONS)
    return SerialCodeScanner.from_url(url)


def open_document_reader(url: str) -> SerialDocumentReader:
    """The passport MRZ reader a config URL names (opened on first read or probe)."""
    _check_scheme("document_reader", url, READER_OPTIONS)
    return SerialDocumentReader.from_url(url)


def _check_scheme(kind: str, url: str, options: dict[str, tuple[type, object]]) -> None:
    if url.split(":", 1)[0] != "tty":
        raise ValueError(f"devices.{kind} = {url!r}: expected 'sim:' or "
                         f"{grammar(options).removeprefix('expected ')}")
