"""View-model rules that hold without the QML: change-only signals, formatting, privacy."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Signal

from kiosk.checkin import FieldSpec
from ui import formatting, messages
from ui.bindable import Bindable, RowsModel, readonly
from ui.booking_vm import masked_code
from ui.registration_vm import RegistrationViewModel, country_code


class Counter(Bindable):
    nameChanged = Signal()
    name = readonly(str, "name", nameChanged)

    def __init__(self) -> None:
        super().__init__({"name": ""})


def test_properties_signal_only_on_change(qapp) -> None:
    vm = Counter()
    seen: list[int] = []
    vm.nameChanged.connect(lambda: seen.append(1))
    vm._set("name", "Aino")
    vm._set("name", "Aino")
    assert seen == [1]
    vm._reset_values()
    assert vm.name == "" and seen == [1, 1]


def test_rows_update_in_place_when_only_values_change(qapp) -> None:
    model = RowsModel(("a",))
    resets: list[int] = []
    changes: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    model.dataChanged.connect(lambda *_: changes.append(1))
    model.replace([{"a": 1}, {"a": 2}])
    model.replace([{"a": 1}, {"a": 3}])     # same length: an in-place change, no reset
    model.replace([{"a": 1}, {"a": 3}])     # nothing new: nothing emitted
    assert resets == [1] and changes == [1]
    model.update_row(0, a=1)
    assert changes == [1]


def test_money_and_dates_follow_the_language() -> None:
    assert formatting.money(15000, "EUR", "fi") == "150,00\xa0€"
    assert formatting.money(15000, "EUR", "en") == "€150.00"
    assert "marraskuuta" in formatting.long_date(date(2026, 11, 25), "fi")
    assert formatting.clock_time("15:00", "fi") == "15.00"


def test_messages_never_show_the_staff_detail(qapp) -> None:
    text = messages.guest_message("card_jammed", {}, "en")
    assert "colleague" in text
    assert messages.guest_message("no_such_id", {}, "en") == \
        messages.guest_message("unexpected", {}, "en")


def test_minutes_are_rounded_honestly() -> None:
    assert messages.rounded_minutes(96) == 100         # "about": up, never down
    assert messages.rounded_minutes(7) == 7
    assert messages.rounded_minutes(0) == 1


def test_candidate_codes_are_masked() -> None:
    assert masked_code("JARV2345") == "JA••-••45"


def test_country_names_become_codes() -> None:
    assert country_code("Austria", "en") == "AUT"
    assert country_code("Itävalta", "fi") == "AUT"
    assert country_code("aut", "de") == "AUT"
    assert country_code("Atlantis", "en") == "Atlantis"


def test_registration_keeps_typed_values_and_drops_them_on_clear(qapp) -> None:
    vm = RegistrationViewModel()
    specs = [FieldSpec("last_name", True), FieldSpec("date_of_birth", True),
             FieldSpec("nationality", True), FieldSpec("arrival", True, editable=False)]
    vm.load(specs, {"last_name": "Gruber", "date_of_birth": "1986-04-17",
                    "nationality": "AUT", "arrival": "2026-11-25"}, "en")
    rows = {r["name"]: r for r in vm.fields.rows()}
    assert rows["date_of_birth"]["value"] == "17.04.1986"
    assert rows["nationality"]["hint"] == "Austria"
    assert rows["arrival"]["editable"] is False
    vm.show_errors({"last_name": "required", "signature": "signature_missing"})
    assert vm.hasErrors and vm.signatureError
    vm.setValue("last_name", "Gruber-Huber")
    assert {r["name"]: r for r in vm.fields.rows()}["last_name"]["error"] == ""
    assert vm.values()["last_name"] == "Gruber-Huber"
    vm.clear()
    assert vm.fields.count == 0 and vm.values() == {} and not vm.signatureError


def test_view_models_are_plain_qobjects(qapp) -> None:
    assert issubclass(Bindable, QObject)
