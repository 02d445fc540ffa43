"""The registration card: which fields, prefilled from where, validated how; the signature;
and the country table it leans on."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk import countries
from kiosk.errors import RegistrationInvalid
from kiosk.registration import (
    FIELD_NAMES,
    RegistrationCard,
    field_specs,
    prefill,
    signature_is_plausible,
    signature_svg,
    validate,
)
from kiosk.travel_document import TravelDocument

TODAY = date(2026, 11, 25)

VALID = {
    "first_name": "Aino", "last_name": "Virtanen", "date_of_birth": "1985-04-12",
    "nationality": "FIN", "document_number": "", "document_country": "",
    "address": "Mannerheimintie 1 A 3", "postal_code": "00100", "city": "Helsinki",
    "country": "FIN", "email": "aino@example.fi",
    "arrival": "2026-11-25", "departure": "2026-11-27",
}
FOREIGN = {**VALID, "nationality": "usa", "country": "USA", "document_number": "5340 12345",
           "document_country": "USA", "postal_code": "", "email": ""}

PASSPORT = TravelDocument(
    document_type="P", issuing_country="DEU", document_number="C01X00T47",
    surname="MUELLER", given_names="JUERGEN HANS", nationality="DEU",
    date_of_birth=date(1964, 8, 12), sex="M", expiry_date=date(2030, 1, 1), optional_data="")


def errors_of(values: dict[str, str]) -> dict[str, str]:
    with pytest.raises(RegistrationInvalid) as caught:
        validate(values, TODAY)
    errors = caught.value.params["errors"]
    assert isinstance(errors, dict)
    return errors


# -- field specs -----------------------------------------------------------------------

def test_document_fields_are_required_only_for_non_nordic_guests() -> None:
    def required(nationality: str | None) -> set[str]:
        return {f.name for f in field_specs(nationality) if f.required}

    for nordic in ("FIN", "swe", "NOR", "DNK", "ISL", "ALA"):
        assert not {"document_number", "document_country"} & required(nordic)
    for other in ("DEU", "USA", "XXA", None, "", "???"):
        assert {"document_number", "document_country"} <= required(other)


def test_every_field_is_shown_and_stay_dates_are_read_only() -> None:
    specs = field_specs("FIN")
    assert [f.name for f in specs] == list(FIELD_NAMES)
    read_only = {f.name for f in specs if not f.editable}
    assert read_only == {"arrival", "departure"}
    assert {f.name for f in specs if not f.required} == {
        "first_name", "postal_code", "email", "document_number", "document_country"}


# -- prefill -----------------------------------------------------------------------------

BOOKING = {"first_name": "Jürgen", "last_name": "Müller", "email": "j@example.de",
           "arrival": date(2026, 11, 25), "departure": "2026-11-28", "address": None}
EARLIER = {"date_of_birth": "1964-08-12", "nationality": "DEU", "address": "Hauptstr. 5",
           "city": "München", "postal_code": "80331", "country": "DEU",
           "document_number": "OLD123456", "document_country": "DEU", "arrival": "2020-01-01"}


def test_prefill_without_sources_gives_every_field_empty() -> None:
    assert prefill({}, None, None) == {name: "" for name in FIELD_NAMES}


def test_prefill_document_wins_then_earlier_stay_then_booking() -> None:
    values = prefill(BOOKING, EARLIER, PASSPORT)
    assert values["document_number"] == "C01X00T47"        # the passport, not the old one
    assert values["nationality"] == "DEU"
    assert values["date_of_birth"] == "1964-08-12"
    assert values["address"] == "Hauptstr. 5"              # the earlier stay
    assert values["email"] == "j@example.de"               # the booking
    assert values["arrival"] == "2026-11-25"               # dates only from the booking
    assert values["departure"] == "2026-11-28"
    assert values["last_name"] == "Müller"                  # same name as MUELLER, nicer
    assert values["first_name"] == "Juergen Hans"           # the passport has more names


def test_prefill_takes_the_passport_name_when_the_booking_names_someone_else() -> None:
    values = prefill({"first_name": "Maria", "last_name": "Schmidt"}, None, PASSPORT)
    assert (values["first_name"], values["last_name"]) == ("Juergen Hans", "Mueller")


@pytest.mark.parametrize(("booked", "mrz"), [
    ("Müller", "MUELLER"), ("Müller", "MULLER"), ("Åström", "AASTROEM"),
    ("Åström", "ASTROM"), ("O'Brien", "OBRIEN"), ("Jean-Luc", "JEAN LUC"), ("王", "WANG"),
])
def test_booking_spelling_is_kept_for_the_same_name(booked: str, mrz: str) -> None:
    doc = TravelDocument("P", "FIN", "X1234567", mrz, "", "FIN", date(1980, 1, 1), "F",
                         date(2030, 1, 1), "")
    assert prefill({"last_name": booked}, None, doc)["last_name"] == booked


def test_prefill_without_document_uses_the_earlier_stay() -> None:
    values = prefill(BOOKING, EARLIER, None)
    assert values["document_number"] == "OLD123456"
    assert (values["first_name"], values["last_name"]) == ("Jürgen", "Müller")


def test_prefill_collects_no_document_data_from_nordic_guests() -> None:
    finnish = TravelDocument("P", "FIN", "XP1234567", "VIRTANEN", "AINO", "FIN",
                             date(1985, 4, 12), "F", date(2030, 1, 1), "")
    values = prefill({}, {"document_number": "AB12345", "document_country": "FIN"}, finnish)
    assert values["document_number"] == values["document_country"] == ""
    assert values["country"] == "FIN"      # home country guessed from nationality


def test_home_country_is_not_guessed_from_stateless() -> None:
    doc = TravelDocument("P", "DEU", "X1234567", "DOE", "JANE", "XXA", date(1980, 1, 1), "F",
                         date(2030, 1, 1), "")
    assert prefill({}, None, doc)["country"] == ""


# -- validate ------------------------------------------------------------------------------

def test_valid_nordic_card() -> None:
    card = validate(VALID, TODAY)
    assert card == RegistrationCard(
        first_name="Aino", last_name="Virtanen", date_of_birth=date(1985, 4, 12),
        nationality="FIN", address="Mannerheimintie 1 A 3", city="Helsinki",
        postal_code="00100", country="FIN", document_number="", document_country="",
        arrival=date(2026, 11, 25), departure=date(2026, 11, 27), email="aino@example.fi")
    assert card.as_dict()["date_of_birth"] == "1985-04-12"
    assert "Virtanen" not in repr(card) and "Mannerheimintie" not in repr(card)


def test_valid_foreign_card_normalises_codes_and_document_number() -> None:
    card = validate({**FOREIGN, "date_of_birth": "12.4.1985", "country": "gbn"}, TODAY)
    assert card.nationality == "USA" and card.country == "GBR"
    assert card.document_number == "534012345"
    assert card.date_of_birth == date(1985, 4, 12)


def test_foreign_guest_must_give_document() -> None:
    errors = errors_of({**FOREIGN, "document_number": " ", "document_country": ""})
    assert errors == {"document_number": "required", "document_country": "required"}


def test_unknown_nationality_cannot_escape_the_document_fields() -> None:
    errors = errors_of({**VALID, "nationality": "FINLAND"})
    assert errors == {"nationality": "country_unknown", "document_number": "required",
                      "document_country": "required"}


def test_nordic_guest_may_still_give_a_document() -> None:
    card = validate({**VALID, "document_number": "xp1234567", "document_country": "fin"}, TODAY)
    assert (card.document_number, card.document_country) == ("XP1234567", "FIN")


@pytest.mark.parametrize("name", [
    "O'Brien", "Jean-Luc", "王", "عبد الله", "Ana María", "J. R. R.", "Åström", "Nguyễn",
    "Zoë", "Ólafsdóttir", "Д'Артаньян", "محمد\u200cرضا", "Smith\u2019s", "Łukasz",
])
def test_names_of_any_script_are_fine(name: str) -> None:
    card = validate({**VALID, "first_name": name, "last_name": name}, TODAY)
    assert card.last_name == name


@pytest.mark.parametrize("name", [
    "R2D2", "Anna\x00", "Tab\tbed", "Bob\u202e", "@nna", "Smith, Jr", "---", "...", "x" * 101,
    "٣ahmed",
])
def test_names_with_digits_symbols_or_controls_are_not(name: str) -> None:
    assert errors_of({**VALID, "last_name": name}) == {"last_name": "name_invalid"}


def test_whitespace_is_trimmed_and_collapsed() -> None:
    card = validate({**VALID, "last_name": "  van   der  Berg ", "city": " Helsinki\n"}, TODAY)
    assert (card.last_name, card.city) == ("van der Berg", "Helsinki")


def test_single_name_guests_can_register() -> None:
    assert validate({**VALID, "first_name": ""}, TODAY).first_name == ""


@pytest.mark.parametrize(("typed", "expected"), [
    ("1985-04-12", date(1985, 4, 12)), ("12.04.1985", date(1985, 4, 12)),
    ("2.3.1985", date(1985, 3, 2)), (" 1985-04-12 ", date(1985, 4, 12)),
    ("25.11.2026", TODAY), ("25.11.1906", date(1906, 11, 25)),
])
def test_dates_in_iso_and_finnish_form(typed: str, expected: date) -> None:
    assert validate({**VALID, "date_of_birth": typed}, TODAY).date_of_birth == expected


@pytest.mark.parametrize(("typed", "message_id"), [
    ("", "required"), ("31.02.1980", "date_invalid"), ("1980-13-01", "date_invalid"),
    ("12/04/1985", "date_invalid"), ("85-04-12", "date_invalid"), ("1985-4-12", "date_invalid"),
    ("tomorrow", "date_invalid"), ("１９８５-０４-１２", "date_invalid"),
    ("26.11.2026", "date_in_future"), ("24.11.1906", "too_old"), ("0001-01-01", "too_old"),
])
def test_bad_dates_of_birth(typed: str, message_id: str) -> None:
    assert errors_of({**VALID, "date_of_birth": typed}) == {"date_of_birth": message_id}


def test_stay_dates_are_checked_too() -> None:
    assert errors_of({**VALID, "departure": "2026-11-25"}) == {
        "departure": "departure_before_arrival"}
    assert errors_of({**VALID, "arrival": "", "departure": "x"}) == {
        "arrival": "required", "departure": "date_invalid"}


def test_address_postcode_and_email() -> None:
    assert errors_of({**VALID, "address": "", "city": ""}) == {
        "address": "required", "city": "required"}
    assert errors_of({**VALID, "address": "Street\x07 1"}) == {"address": "text_invalid"}
    assert errors_of({**VALID, "postal_code": "00100#"}) == {"postal_code": "text_invalid"}
    assert validate({**VALID, "postal_code": "sw1a 1aa"}, TODAY).postal_code == "SW1A 1AA"
    for bad in ("aino", "aino@", "@example.fi", "aino@example", "a b@example.fi",
                "a@@example.fi", "a@example..fi"):
        assert errors_of({**VALID, "email": bad}) == {"email": "email_invalid"}, bad
    assert validate({**VALID, "email": "äiti+hotel@esimerkki.fi"}, TODAY).email


def test_every_fault_is_reported_at_once_without_values_in_the_detail() -> None:
    values = {**FOREIGN, "last_name": "", "date_of_birth": "31.02.1980", "country": "XXZ",
              "document_number": "AB#1", "email": "secret-mail"}
    with pytest.raises(RegistrationInvalid) as caught:
        validate(values, TODAY)
    assert caught.value.params["errors"] == {
        "last_name": "required", "date_of_birth": "date_invalid", "country": "country_unknown",
        "document_number": "document_number_invalid", "email": "email_invalid"}
    assert caught.value.message_id == "registration_invalid"
    assert "secret" not in str(caught.value) and "AB#1" not in str(caught.value)


@pytest.mark.parametrize("number", ["1234", "A" * 21, "AB-12345", "ÄB12345"])
def test_document_number_shape(number: str) -> None:
    assert errors_of({**FOREIGN, "document_number": number}) == {
        "document_number": "document_number_invalid"}


MESSAGE_IDS = {"required", "name_invalid", "date_invalid", "date_in_future", "too_old",
               "country_unknown", "document_number_invalid", "text_invalid",
               "email_invalid", "departure_before_arrival"}


@settings(max_examples=300)
@given(st.dictionaries(st.sampled_from(FIELD_NAMES), st.text(max_size=40)),
       st.dates(date(1900, 1, 1), date(2100, 1, 1)))
def test_validate_raises_only_registration_invalid(values: dict[str, str], today: date) -> None:
    try:
        card = validate({**VALID, **values}, today)
    except RegistrationInvalid as error:
        errors = error.params["errors"]
        assert isinstance(errors, dict) and errors
        assert set(errors) <= set(FIELD_NAMES) and set(errors.values()) <= MESSAGE_IDS
        return
    assert card.date_of_birth <= today


@settings(max_examples=100)
@given(st.dictionaries(st.text(max_size=15), st.one_of(st.none(), st.integers(), st.text())))
def test_validate_tolerates_odd_mappings(values: dict[str, object]) -> None:
    with pytest.raises(RegistrationInvalid):
        validate(values, TODAY)


@given(st.dictionaries(st.sampled_from(FIELD_NAMES), st.one_of(st.none(), st.text())),
       st.one_of(st.none(), st.dictionaries(st.sampled_from(FIELD_NAMES), st.text())))
def test_prefill_always_gives_every_field_as_text(booking: dict[str, object],
                                                  earlier: dict[str, object] | None) -> None:
    values = prefill(booking, earlier, None)
    assert set(values) == set(FIELD_NAMES) and all(isinstance(v, str) for v in values.values())


# -- signature -------------------------------------------------------------------------------

def test_signature_svg_is_compact_and_rounded() -> None:
    svg = signature_svg([[(10.04, 20.0), (30.26, 40.5)], [(50.0, 60.0)], []], 400, 150)
    assert svg.startswith('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 150"')
    assert re.findall(r'<path d="([^"]*)"/>', svg) == ["M10 20 30.3 40.5", "M50 60 50 60"]
    assert svg.endswith("</svg>")


def test_signature_svg_keeps_points_on_the_pad_and_drops_nonsense() -> None:
    svg = signature_svg([[(-5.0, 200.0), (float("nan"), 1.0), (1.0, 2.0)]], 400, 150)
    assert re.findall(r'<path d="([^"]*)"/>', svg) == ["M0 150 1 2"]
    with pytest.raises(ValueError):
        signature_svg([], 0, 150)


def test_signature_plausibility() -> None:
    assert not signature_is_plausible([])
    assert not signature_is_plausible([[]])
    assert not signature_is_plausible([[(1.0, 1.0)]])                       # a tap
    assert not signature_is_plausible([[(1.0, 1.0), (2.0, 2.0), (3.0, 1.0)]])  # a smudge
    assert signature_is_plausible([[(10.0, 10.0), (60.0, 40.0), (120.0, 20.0)]])
    assert signature_is_plausible([[(10.0, 10.0), (12.0, 10.0)], [(40.0, 12.0)]])


@given(st.lists(st.lists(st.tuples(st.floats(), st.floats()), max_size=10), max_size=5),
       st.floats(1, 5000), st.floats(1, 5000))
def test_signature_svg_never_fails_on_odd_points(strokes: list[list[tuple[float, float]]],
                                                 width: float, height: float) -> None:
    svg = signature_svg(strokes, width, height)
    assert "nan" not in svg and "inf" not in svg and "e+" not in svg
    assert svg.count("<path") <= len(strokes)
    signature_is_plausible(strokes)


# -- countries ---------------------------------------------------------------------------------

def test_country_table() -> None:
    assert len(countries.ISO_ALPHA3) == 249
    assert countries.alpha2("fin") == "FI" and countries.alpha2("XXA") is None
    assert countries.is_known("ala") and countries.is_known("XXA") and countries.is_known("UNO")
    assert not countries.is_known("XYZ") and not countries.is_known("D")
    assert {"FIN", "SWE", "NOR", "DNK", "ISL"} == countries.NORDIC
    assert countries.is_nordic("ALA") and not countries.is_nordic("EST")


@pytest.mark.parametrize(("code", "alpha3"), [
    ("D", "DEU"), ("D<<", "DEU"), ("GBD", "GBR"), ("GBN", "GBR"), ("GBO", "GBR"),
    ("GBP", "GBR"), ("GBS", "GBR"), ("fin", "FIN"), ("XXA", "XXA"), ("UNO", "UNO"),
])
def test_mrz_country_codes(code: str, alpha3: str) -> None:
    assert countries.normalise_mrz_country(code) == alpha3


def test_country_names_are_localised() -> None:
    assert countries.country_name("FIN", "fi") == "Suomi"
    assert countries.country_name("fin", "sv-FI") == "Finland"
    assert countries.country_name("DEU", "de_AT") == "Deutschland"
    assert countries.country_name("UNO", "fi") == "Yhdistyneet kansakunnat"
    assert countries.country_name("XXA", "fi") == "Stateless person"   # no CLDR name
    assert countries.country_name("FIN", "no-such-locale") == "Finland"
    assert countries.country_name("QQQ", "en") == "QQQ"


def test_every_iso_country_has_a_name_in_finnish_and_english() -> None:
    for code in countries.ISO_ALPHA3:
        assert countries.country_name(code, "fi") != code
        assert countries.country_name(code, "en") != code
