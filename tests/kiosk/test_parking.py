"""Licence plates: many countries' formats in, a display and a compact form out."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from kiosk.errors import LobbyError, WayForward
from kiosk.parking import PlateInvalid, normalise_plate, validate_plate


@pytest.mark.parametrize(("typed", "display"), [
    ("ABC-123", "ABC-123"),          # Finland
    ("abc123", "ABC-123"),
    (" abc 123 ", "ABC 123"),        # the guest's own grouping is kept
    ("ÅÖ-12", "ÅÖ-12"),
    ("XY-1", "XY-1"),
    ("M-AB 1234", "M-AB 1234"),      # Germany
    ("MÜ-AB 12", "MÜ-AB 12"),
    ("B 123 ABC", "B 123 ABC"),
    ("AB 12 CDE", "AB 12 CDE"),      # United Kingdom
    ("AB-123-CD", "AB-123-CD"),      # France
    ("EL 12345", "EL 12345"),        # Norway
    ("7ABC123", "7ABC123"),          # California
    ("AB  -  123", "AB-123"),        # one gap, however it was typed
    ("ab\u2013123", "AB-123"),      # an en dash from a phone keyboard
    ("\uff21\uff22\uff23\uff11", "ABC-1"),  # full-width letters from an IME
    ("ABBA", "ABBA"),                # letters only: personalised plates exist
    ("12", "12"),
])
def test_accepted(typed: str, display: str) -> None:
    assert validate_plate(typed) == display


@pytest.mark.parametrize("typed", [
    "", "   ", "-", " - - ", "A", "ABCDEFGHIJK", "ABC_123", "ABC.123", "ABC/123", "AB€12",
    "ABç123", "ØRE123", "ABß1", "AB\x00123", "١٢٣٤", "ABC-123!", "x" * 100,
])
def test_rejected(typed: str) -> None:
    with pytest.raises(PlateInvalid) as caught:
        validate_plate(typed)
    assert caught.value.message_id == "plate_invalid"
    assert caught.value.way_forward is WayForward.RETRY
    assert isinstance(caught.value, LobbyError)


def test_compact_form_compares_what_cameras_read() -> None:
    assert normalise_plate("abc-123") == normalise_plate("ABC 123") == "ABC123"
    assert normalise_plate(validate_plate("m-ab 1234")) == "MAB1234"


@settings(max_examples=500)
@given(st.one_of(
    st.text(max_size=50),
    st.text(alphabet="ABCabc019ÅäöÜ -\u2011_.", max_size=16),
))
@example("\ud800")
@example("ǅ1")
def test_random_text_only_ever_raises_plate_invalid(text: str) -> None:
    try:
        display = validate_plate(text)
    except PlateInvalid:
        return
    compact = normalise_plate(display)
    assert 2 <= len(compact) <= 10
    assert compact.isalnum()
    assert validate_plate(display) == display                 # stable
    assert normalise_plate(text) == compact                   # same plate, whatever form
