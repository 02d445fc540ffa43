"""The confirmation e-mail's QR code: our payload and hotel links in, everything else out."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from kiosk import booking_code
from kiosk.confirmation_qr import BookingRef, make_payload, parse_payload
from kiosk.errors import UnreadableQrCode


def test_payload_format() -> None:
    assert make_payload("hel01", "aura-2345") == "LOBBY1:BK:HEL01:AURA2345"


@pytest.mark.parametrize("text", [
    "LOBBY1:BK:HEL01:AURA2345",
    "  lobby1:bk:hel01:aura-2345\r\n",        # scanner in keyboard mode, Caps Lock, CR/LF
    "\ufeffLOBBY1:BK:HEL01:AURA 2345",
    "https://hotel.example/checkin?b=AURA-2345&s=HEL01",
    "https://hotel.example/en/checkin/?s=hel01&b=aura2345&utm_source=mail",
    "HTTPS://HOTEL.EXAMPLE/CHECKIN?b=AURA2345&s=HEL01#top",
    "http://hotel.example:8080/checkin?b=AURA2345&s=HEL01",
])
def test_accepted_forms(text: str) -> None:
    assert parse_payload(text) == BookingRef(site="HEL01", code="AURA2345")


@pytest.mark.parametrize(("text", "detail"), [
    ("", "empty"),
    ("   ", "empty"),
    ("WIFI:T:WPA;S:Hotel Guest;P:secret;;", "Wi-Fi"),
    ("M1VIRTANEN/MATTI       EABC123 HELARNAY 0123 329Y012A0001 100", "boarding pass"),
    ("BEGIN:VCARD\nVERSION:3.0\nEND:VCARD", "contact card"),
    ("https://example.com/", "not a check-in link"),
    ("https://example.com/checkout?b=AURA2345&s=HEL01", "not a check-in link"),
    ("https://hotel.example/checkin?b=AURA2345", "one booking and one site"),
    ("https://hotel.example/checkin?b=AURA2345&b=BBBB2345&s=HEL01", "one booking and one site"),
    ("https://hotel.example/checkin?b=AURA2345&s=HEL 01", "site id"),
    ("https://hotel.example/checkin?b=AURA0000&s=HEL01", "booking code"),
    ("https://[::1/checkin?b=AURA2345&s=HEL01", "malformed"),
    ("LOBBY2:BK:HEL01:AURA2345", "unsupported version 2"),
    ("LOBBY1:XX:HEL01:AURA2345", "not a booking"),
    ("LOBBY1:BK:HEL01:AURA2345:EXTRA", "not a booking"),
    ("LOBBY1:BK::AURA2345", "site id"),
    ("LOBBY1:BK:HEL01:AURA234", "booking code"),
    ("LOBBYIST", "not a Lobby QR code"),
    ("AURA-2345", "bare booking code"),
    ("x" * 5000, "too long"),
])
def test_everything_else_is_unreadable(text: str, detail: str) -> None:
    with pytest.raises(UnreadableQrCode) as caught:
        parse_payload(text)
    assert detail in caught.value.detail
    assert caught.value.message_id == "qr_unreadable"
    # The detail describes; it never repeats the booking code.
    assert "AURA" not in str(caught.value)


def test_make_payload_refuses_what_it_could_not_read_back() -> None:
    with pytest.raises(ValueError):
        make_payload("HEL:01", "AURA2345")
    with pytest.raises(ValueError):
        make_payload("HEL01", "AURA1111")


SITES = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcxyz0123456789_-", min_size=1,
                max_size=32).filter(lambda s: s[0] not in "_-")
CODES = st.text(alphabet=booking_code.ALPHABET, min_size=8, max_size=8)


@given(SITES, CODES, st.booleans())
def test_make_then_parse_round_trips(site: str, code: str, as_display: bool) -> None:
    given_code = booking_code.display(code).lower() if as_display else code
    assert parse_payload(make_payload(site, given_code)) == BookingRef(site.upper(), code)


@given(SITES, CODES)
def test_links_round_trip(site: str, code: str) -> None:
    link = f"https://hotel.example/checkin?b={booking_code.display(code)}&s={site}"
    assert parse_payload(link) == BookingRef(site.upper(), code)


@settings(max_examples=500)
@given(st.one_of(
    st.text(),
    st.binary(max_size=200).map(lambda b: b.decode("latin-1")),
    st.text().map(lambda t: "LOBBY1:BK:" + t),
    st.text().map(lambda t: "https://hotel.example/checkin?" + t),
    st.text().map(lambda t: "https://" + t),
))
@example("https://hotel.example/checkin?b=%ZZ&s=%00")
@example("LOBBY1:")
@example("LOBBY")
@example("https://")
@example("\ud800")
def test_random_text_only_ever_raises_unreadable_qr_code(text: str) -> None:
    try:
        ref = parse_payload(text)
    except UnreadableQrCode:
        return
    assert booking_code.is_well_formed(ref.code)
