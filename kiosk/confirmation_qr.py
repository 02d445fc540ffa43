"""The QR code in the confirmation e-mail: which booking, at which hotel.

Two forms are read:

* ``LOBBY1:BK:<site>:<code>`` — what our own e-mails carry (compact: a small, robust QR);
* ``https://<host>/<...>/checkin?b=<code>&s=<site>`` — a link, as hotels put in e-mails.

Scanners in keyboard mode may change case and add a line end; both are tolerated. Anything
else (another URL, a Wi-Fi code, a boarding pass) raises UnreadableQrCode with a staff
detail that says what it looked like, never what it contained.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final
from urllib.parse import parse_qs, urlsplit

from kiosk import booking_code
from kiosk.errors import UnreadableQrCode

PREFIX: Final = "LOBBY"
VERSION: Final = 1
KIND_BOOKING: Final = "BK"
_SITE = re.compile(r"[A-Z0-9][A-Z0-9_-]{0,31}")
_MAX_PAYLOAD: Final = 2048  # longer than any link we print; stops work on junk early


@dataclass(frozen=True)
class BookingRef:
    """A booking as a QR code names it: site id (upper case) and normalised code."""

    site: str
    code: str


def make_payload(site: str, code: str) -> str:
    """The text for the confirmation e-mail's QR code: 'LOBBY1:BK:HEL01:AURA2345'.

    Raises ValueError for a malformed site or booking code (a bug in the caller).
    """
    site_n, code_n = site.strip().upper(), booking_code.normalise(code)
    if not _SITE.fullmatch(site_n):
        raise ValueError("site id must be 1-32 of A-Z, 0-9, '-', '_'")
    if not booking_code.is_well_formed(code_n):
        raise ValueError("not a well-formed booking code")
    return f"{PREFIX}{VERSION}:{KIND_BOOKING}:{site_n}:{code_n}"


def parse_payload(text: str) -> BookingRef:
    """The booking a scanned QR code names. The site is not checked against this kiosk's:
    the caller decides whether another hotel's booking is an error.

    Raises UnreadableQrCode, and nothing else, for anything that is not our code or link.
    """
    if not isinstance(text, str):
        raise UnreadableQrCode(detail="scanner sent no text")
    cleaned = text.strip().lstrip("\ufeff")
    if not cleaned:
        raise UnreadableQrCode(detail="empty QR code")
    if len(cleaned) > _MAX_PAYLOAD:
        raise UnreadableQrCode(detail="QR code too long to be ours")
    upper = cleaned.upper()
    if upper.startswith(PREFIX):
        return _parse_native(upper)
    if upper.startswith(("HTTPS://", "HTTP://")):
        return _parse_link(cleaned)
    raise UnreadableQrCode(detail=_what_it_looks_like(upper))


def _parse_native(upper: str) -> BookingRef:
    head, _, rest = upper.partition(":")
    if head != f"{PREFIX}{VERSION}":
        version = head[len(PREFIX):]
        if version.isdigit():
            raise UnreadableQrCode(detail=f"Lobby QR code of unsupported version {version}")
        raise UnreadableQrCode(detail="not a Lobby QR code")
    parts = rest.split(":")
    if len(parts) != 3 or parts[0] != KIND_BOOKING:
        raise UnreadableQrCode(detail="Lobby QR code, but not a booking")
    return _ref(parts[1], parts[2])


def _parse_link(text: str) -> BookingRef:
    try:
        url = urlsplit(text)
        # strict_parsing rejects junk such as 'b' without '='; duplicates are refused below.
        query = parse_qs(url.query, keep_blank_values=True, strict_parsing=bool(url.query))
    except ValueError:
        raise UnreadableQrCode(detail="link is malformed") from None
    segments = [s for s in url.path.split("/") if s]
    if not url.netloc or not segments or segments[-1].lower() != "checkin":
        raise UnreadableQrCode(detail="a link, but not a check-in link")
    codes, sites = query.get("b", []), query.get("s", [])
    if len(codes) != 1 or len(sites) != 1:
        raise UnreadableQrCode(detail="check-in link without one booking and one site")
    return _ref(sites[0], codes[0])


def _ref(site: str, code: str) -> BookingRef:
    site_n = site.strip().upper()
    if not _SITE.fullmatch(site_n):
        raise UnreadableQrCode(detail="site id in the QR code is malformed")
    code_n = booking_code.normalise(code)
    if not booking_code.is_well_formed(code_n):
        raise UnreadableQrCode(detail="booking code in the QR code is malformed")
    return BookingRef(site=site_n, code=code_n)


def _what_it_looks_like(upper: str) -> str:
    """A staff hint for codes guests commonly hold up by mistake."""
    if upper.startswith("WIFI:"):
        return "a Wi-Fi QR code, not a booking"
    if re.match(r"M[1-4]", upper) and len(upper) >= 60:
        return "a boarding pass, not a booking"
    if upper.startswith(("BEGIN:VCARD", "MECARD:")):
        return "a contact card, not a booking"
    if upper.startswith("BEGIN:VEVENT") or upper.startswith("BEGIN:VCALENDAR"):
        return "a calendar entry, not a booking"
    if upper.startswith(("MAILTO:", "TEL:", "SMS:", "GEO:")):
        return "a contact or place link, not a booking"
    if upper.startswith("HC1:"):
        return "a health certificate, not a booking"
    if booking_code.is_well_formed(booking_code.normalise(upper)):
        return "a bare booking code without the hotel: type it in instead"
    return "not a Lobby QR code"
