"""Line framing of serial QR/barcode scanners and passport (MRZ) readers.

Both send text lines ended by CR, LF or CR LF. A passport reader sends the 2 or 3 MRZ
lines of one document as one block; :class:`MrzAssembler` puts the block back together
by the shapes ICAO 9303 allows (TD1 3x30, TD2 2x36, TD3 2x44).

Like the dispenser's frame parser, these are fed whatever bytes arrived and never
raise on input: over-long lines, binary garbage and partial lines become ``Dropped``
events carrying a reason and a size, never the content (a code or an MRZ is personal).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Final

MAX_LINE: Final = 512
_TERMINATORS: Final = re.compile(rb"[\r\n]")
MRZ_SHAPES: Final = {30: 3, 36: 2, 44: 2}   # line length -> lines per document
_MRZ_LINE: Final = re.compile(r"[A-Z0-9<]+")


@dataclass(frozen=True)
class Line:
    text: str


@dataclass(frozen=True)
class Dropped:
    reason: str   # too long, not text, partial line, not an MRZ line, partial block
    size: int     # bytes (lines for MRZ blocks) dropped


class LineParser:
    """Bytes in, lines out. Empty lines (the LF of a CR LF) are skipped silently."""

    def __init__(self, max_line: int = MAX_LINE) -> None:
        self.max_line = max_line
        self._buf = bytearray()
        self._overflow = 0   # bytes of the current over-long line, already discarded

    @property
    def pending(self) -> int:
        return len(self._buf) + self._overflow

    def feed(self, data: bytes) -> list[Line | Dropped]:
        events: list[Line | Dropped] = []
        start = 0
        for match in _TERMINATORS.finditer(data):
            self._take(data[start:match.start()])
            events += self._end_line()
            start = match.end()
        self._take(data[start:])
        return events

    def flush(self) -> list[Line | Dropped]:
        """The line stayed unfinished (no terminator) for too long: drop it."""
        size = self.pending
        self._buf.clear()
        self._overflow = 0
        return [Dropped("partial line", size)] if size else []

    def _take(self, chunk: bytes) -> None:
        if self._overflow:
            self._overflow += len(chunk)
        elif len(self._buf) + len(chunk) > self.max_line:
            # Keep memory bounded: the line is lost anyway, only its size is kept.
            self._overflow = len(self._buf) + len(chunk)
            self._buf.clear()
        else:
            self._buf += chunk

    def _end_line(self) -> list[Line | Dropped]:
        if self._overflow:
            size, self._overflow = self._overflow, 0
            return [Dropped("too long", size)]
        raw, self._buf = bytes(self._buf), bytearray()
        if not raw:
            return []
        text = _as_text(raw)
        if text is None:
            return [Dropped("not text", len(raw))]
        text = text.strip()
        return [Line(text)] if text else []


def _as_text(raw: bytes) -> str | None:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    # Control characters (other than tab) mean binary noise, not a code's text.
    if any(unicodedata.category(c) == "Cc" and c != "\t" for c in text):
        return None
    return text


class MrzAssembler:
    """Lines of a passport reader in, whole MRZ blocks out ("\\n"-joined)."""

    def __init__(self, gap: float = 1.0) -> None:
        self.gap = gap          # more silence than this between lines ends a block
        self._lines: list[str] = []
        self._last = 0.0

    @property
    def pending(self) -> int:
        return len(self._lines)

    def add(self, text: str, now: float) -> list[str | Dropped]:
        out: list[str | Dropped] = self.expire(now)
        line = text.strip().upper()
        if len(line) not in MRZ_SHAPES or not _MRZ_LINE.fullmatch(line):
            out += self._drop()
            out.append(Dropped("not an MRZ line", 1))
            return out
        if self._lines and len(self._lines[0]) != len(line):
            out += self._drop()
        self._lines.append(line)
        self._last = now
        if len(self._lines) == MRZ_SHAPES[len(line)]:
            block, self._lines = "\n".join(self._lines), []
            out.append(block)
        return out

    def expire(self, now: float) -> list[str | Dropped]:
        """Drop a block whose next line did not come within ``gap``."""
        if self._lines and now - self._last > self.gap:
            return list(self._drop())
        return []

    def _drop(self) -> list[Dropped]:
        if not self._lines:
            return []
        size, self._lines = len(self._lines), []
        return [Dropped("partial block", size)]
