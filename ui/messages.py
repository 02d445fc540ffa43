"""What the guest reads when the core reports something: one kind sentence per message id.

The core's errors carry a stable ``message_id`` (and a staff-facing ``detail`` that is never
shown here). Texts are marked with ``QT_TRANSLATE_NOOP`` so ``pyside6-lupdate`` collects them
into ``assets/i18n/*.ts``; they are translated when shown, in the guest's current language.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ui import formatting

CONTEXT = "Messages"

GUEST_MESSAGES: dict[str, str] = {
    "unexpected": QT_TRANSLATE_NOOP(
        "Messages", "Something went wrong on our side. A colleague can help you."),
    "booking_code_invalid": QT_TRANSLATE_NOOP(
        "Messages", "A booking code has eight letters and numbers, like ABCD-2345. "
                    "Please check it and try again."),
    "booking_not_found": QT_TRANSLATE_NOOP(
        "Messages", "We could not find a booking with these details. "
                    "Please check them and try again."),
    "booking_code_suggestion": QT_TRANSLATE_NOOP(
        "Messages", "We could not find that code. Did you mean %1?"),
    "booking_cancelled": QT_TRANSLATE_NOOP(
        "Messages", "This booking has been cancelled. A colleague can help you find a room."),
    "already_checked_in": QT_TRANSLATE_NOOP(
        "Messages", "This booking is already checked in. "
                    "If you need a new key card, a colleague can help."),
    "booking_checked_out": QT_TRANSLATE_NOOP(
        "Messages", "This stay has already ended. A colleague can help you."),
    "arrival_in_future": QT_TRANSLATE_NOOP(
        "Messages", "Your booking starts on %1. "
                    "If your plans have changed, a colleague can help you."),
    "arrival_passed": QT_TRANSLATE_NOOP(
        "Messages", "The arrival date of this booking has passed. A colleague can help you."),
    "too_early": QT_TRANSLATE_NOOP(
        "Messages", "Check-in starts at %1 and your room is not ready yet. "
                    "You are welcome to wait in the lobby."),
    "other_hotel": QT_TRANSLATE_NOOP(
        "Messages", "This booking is for another hotel. A colleague can help you."),
    "document_unreadable": QT_TRANSLATE_NOOP(
        "Messages", "We could not read your passport. Please place it again, "
                    "photo page down, and hold it still."),
    "qr_unreadable": QT_TRANSLATE_NOOP(
        "Messages", "We could not read that QR code. Please hold it under the scanner again."),
    "registration_invalid": QT_TRANSLATE_NOOP(
        "Messages", "Please check the fields marked in red."),
    "no_room_ready": QT_TRANSLATE_NOOP(
        "Messages", "Your room is not ready yet."),
    "plate_invalid": QT_TRANSLATE_NOOP(
        "Messages", "Please check the licence plate. Use only letters, numbers and hyphens."),
    "payment_declined": QT_TRANSLATE_NOOP(
        "Messages", "The card was not accepted. You can try again or use another card."),
    "payment_timeout": QT_TRANSLATE_NOOP(
        "Messages", "The terminal did not see a card. Please try again."),
    "payment_cancelled": QT_TRANSLATE_NOOP(
        "Messages", "The payment was cancelled on the terminal. You can try again."),
    "device_fault": QT_TRANSLATE_NOOP(
        "Messages", "The kiosk could not finish this step. A colleague can help you."),
    "card_jammed": QT_TRANSLATE_NOOP(
        "Messages", "A key card got stuck in the machine. A colleague will give you your keys."),
    "card_box_empty": QT_TRANSLATE_NOOP(
        "Messages", "The kiosk has run out of key cards. A colleague will give you your keys."),
    "key_encoding_failed": QT_TRANSLATE_NOOP(
        "Messages", "We could not make your key card. A colleague will give you your keys."),
    "card_not_taken": QT_TRANSLATE_NOOP(
        "Messages", "The key card was not taken in time, so the kiosk kept it safe. "
                    "You can make your key cards again. A colleague has been told too."),
    "printer_paper_out": QT_TRANSLATE_NOOP(
        "Messages", "The printer has run out of paper. Scan the QR code on the screen to keep "
                    "your details. A colleague has been told."),
    "printer_cover_open": QT_TRANSLATE_NOOP(
        "Messages", "The printer is open and cannot print. Scan the QR code on the screen to "
                    "keep your details. A colleague has been told."),
    "printer_fault": QT_TRANSLATE_NOOP(
        "Messages", "The printer is not working right now. Scan the QR code on the screen to "
                    "keep your details. A colleague has been told."),
    "staff_call_taken": QT_TRANSLATE_NOOP(
        "Messages", "A colleague is already on the way to you."),
    # Seen by staff, in assisted mode and at the staff sign-in.
    "staff_auth_failed": QT_TRANSLATE_NOOP(
        "Messages", "Staff ID or PIN not recognised. Please try again."),
    "staff_account_locked": QT_TRANSLATE_NOOP(
        "Messages", "This account is locked for a while after too many wrong PINs. "
                    "Please ask the duty manager."),
    "staff_not_allowed": QT_TRANSLATE_NOOP(
        "Messages", "This account cannot open the staff tools on this kiosk."),
    "room_not_available": QT_TRANSLATE_NOOP(
        "Messages", "That room is no longer ready. Please pick another one."),
    "reissue_not_checked_in": QT_TRANSLATE_NOOP(
        "Messages", "New key cards can be made only for a booking that is checked in."),
    "reissue_no_room": QT_TRANSLATE_NOOP(
        "Messages", "This booking has no room assigned yet."),
    "assist_step_back_first": QT_TRANSLATE_NOOP(
        "Messages", "Go back to the first step of the check-in to use another booking."),
}

# Messages under one field of the registration card.
FIELD_MESSAGES: dict[str, str] = {
    "required": QT_TRANSLATE_NOOP("Messages", "Please fill this in."),
    "date_invalid": QT_TRANSLATE_NOOP("Messages", "Please write the date as DD.MM.YYYY."),
    "date_in_future": QT_TRANSLATE_NOOP("Messages", "This date cannot be in the future."),
    "too_old": QT_TRANSLATE_NOOP("Messages", "Please check this date."),
    "country_unknown": QT_TRANSLATE_NOOP("Messages", "Please check the country."),
    "document_number_invalid": QT_TRANSLATE_NOOP("Messages", "Please check the document number."),
    "name_invalid": QT_TRANSLATE_NOOP("Messages", "Please check the name."),
    "signature_missing": QT_TRANSLATE_NOOP("Messages", "Please sign in the box."),
    "plate_invalid": QT_TRANSLATE_NOOP("Messages", "Please check the licence plate."),
    "text_invalid": QT_TRANSLATE_NOOP("Messages", "Please check what you typed here."),
    "email_invalid": QT_TRANSLATE_NOOP("Messages", "Please check the e-mail address."),
    "departure_before_arrival": QT_TRANSLATE_NOOP(
        "Messages", "The departure must be after the arrival."),
}

FIELD_HINTS: dict[str, str] = {
    "date_of_birth": QT_TRANSLATE_NOOP("Messages", "DD.MM.YYYY, for example 17.04.1986"),
    "country": QT_TRANSLATE_NOOP("Messages", "Country name or code, for example FIN"),
    "nationality": QT_TRANSLATE_NOOP("Messages", "Country name or code, for example FIN"),
    "document_country": QT_TRANSLATE_NOOP("Messages", "Country name or code, for example FIN"),
}

FIELD_LABELS: dict[str, str] = {
    "first_name": QT_TRANSLATE_NOOP("Messages", "First name"),
    "last_name": QT_TRANSLATE_NOOP("Messages", "Surname"),
    "date_of_birth": QT_TRANSLATE_NOOP("Messages", "Date of birth"),
    "nationality": QT_TRANSLATE_NOOP("Messages", "Nationality"),
    "address": QT_TRANSLATE_NOOP("Messages", "Street address"),
    "city": QT_TRANSLATE_NOOP("Messages", "City"),
    "postal_code": QT_TRANSLATE_NOOP("Messages", "Postcode"),
    "country": QT_TRANSLATE_NOOP("Messages", "Country"),
    "document_number": QT_TRANSLATE_NOOP("Messages", "Passport or ID card number"),
    "document_country": QT_TRANSLATE_NOOP("Messages", "Document issued by"),
    "arrival": QT_TRANSLATE_NOOP("Messages", "Arrival"),
    "departure": QT_TRANSLATE_NOOP("Messages", "Departure"),
    "email": QT_TRANSLATE_NOOP("Messages", "E-mail"),
}


def tr(text: str) -> str:
    """The current translation of a text marked above."""
    return QCoreApplication.translate(CONTEXT, text)


def guest_message(message_id: str, params: Mapping[str, object], language: str) -> str:
    """The guest's sentence for an error, with its values formatted for the language."""
    text = tr(GUEST_MESSAGES.get(message_id, GUEST_MESSAGES["unexpected"]))
    if message_id == "booking_code_suggestion":
        return text.replace("%1", str(params.get("suggestion", "")))
    if message_id == "arrival_in_future":
        arrival = params.get("arrival")
        if isinstance(arrival, str):
            with contextlib.suppress(ValueError):  # else shown as it came, not dropped
                arrival = date.fromisoformat(arrival)
        shown = formatting.long_date(arrival, language) if isinstance(arrival, date) else ""
        return text.replace("%1", shown or str(arrival or ""))
    if message_id == "too_early":
        checkin_from = str(params.get("checkin_from", ""))
        shown = formatting.clock_time(checkin_from, language) if ":" in checkin_from else ""
        return text.replace("%1", shown or checkin_from)
    return text


def field_message(message_id: str) -> str:
    return tr(FIELD_MESSAGES.get(message_id, FIELD_MESSAGES["required"]))


def field_hint(name: str) -> str:
    return tr(FIELD_HINTS[name]) if name in FIELD_HINTS else ""


def field_label(name: str) -> str:
    return tr(FIELD_LABELS.get(name, name))


def rounded_minutes(minutes: int) -> int:
    """Housekeeping's estimate as the guest hears it: "about" rounds up to five minutes
    beyond a quarter hour, never down (the room must be ready when we say)."""
    return max(1, minutes) if minutes <= 15 else -(-minutes // 5) * 5


ROOM_TYPES: dict[str, str] = {
    "single": QT_TRANSLATE_NOOP("Messages", "Single room"),
    "double": QT_TRANSLATE_NOOP("Messages", "Double room"),
    "twin": QT_TRANSLATE_NOOP("Messages", "Twin room"),
    "family": QT_TRANSLATE_NOOP("Messages", "Family room"),
    "suite": QT_TRANSLATE_NOOP("Messages", "Suite"),
}


def room_type_name(code: str | None, fallback: str) -> str:
    """The room type in the guest's language; the hotel's own name for types we do not know."""
    return tr(ROOM_TYPES[code]) if code in ROOM_TYPES else fallback


# What the technician is told after a test on the diagnostics screen. The technical detail
# that follows (a driver's words) is not translated.
DIAGNOSTIC_TEXTS: dict[str, str] = {
    "valid": QT_TRANSLATE_NOOP("Messages", "Valid key card"),
    "foreign": QT_TRANSLATE_NOOP("Messages", "Not a Lobby key card"),
    "blank": QT_TRANSLATE_NOOP("Messages", "Blank card"),
    "tampered": QT_TRANSLATE_NOOP("Messages", "Tampered card: the signature does not match"),
    "copied": QT_TRANSLATE_NOOP("Messages", "Copied card: the key belongs to another card"),
    "expired": QT_TRANSLATE_NOOP("Messages", "Expired key card"),
    "not_yet_valid": QT_TRANSLATE_NOOP("Messages", "Key card not valid yet"),
    "superseded": QT_TRANSLATE_NOOP("Messages", "Old key card: a newer one was made"),
    "wrong_site": QT_TRANSLATE_NOOP("Messages", "Key card of another hotel"),
    "no_card": QT_TRANSLATE_NOOP("Messages", "No card at the key encoder"),
    "dispensed": QT_TRANSLATE_NOOP("Messages", "A blank card was dispensed to the gate."),
    "captured": QT_TRANSLATE_NOOP("Messages", "The card at the gate was pulled into the bin."),
    "printed": QT_TRANSLATE_NOOP("Messages", "Test page printed."),
    "scan_waiting": QT_TRANSLATE_NOOP("Messages", "Hold a code under the scanner now…"),
    "scanned": QT_TRANSLATE_NOOP("Messages", "Scanned: %1"),
    "scan_timeout": QT_TRANSLATE_NOOP("Messages", "No code was scanned."),
    "reconnected": QT_TRANSLATE_NOOP("Messages", "Every device was checked again."),
    "failed": QT_TRANSLATE_NOOP("Messages", "Failed: %1"),
    "exported": QT_TRANSLATE_NOOP("Messages", "Saved: %1"),
    "export_failed": QT_TRANSLATE_NOOP("Messages", "Could not save there: %1"),
}


def diagnostic_text(text_id: str, value: str = "") -> str:
    """A diagnostics result in the current language; ``value`` fills %1."""
    text = tr(DIAGNOSTIC_TEXTS.get(text_id, DIAGNOSTIC_TEXTS["failed"]))
    return text.replace("%1", value)
