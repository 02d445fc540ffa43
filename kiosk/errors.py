"""Typed domain errors. Each carries a stable message id that the UI turns into a kind,
translated sentence for the guest, and a detail for staff (never shown to the guest)."""

from __future__ import annotations

from enum import StrEnum


class WayForward(StrEnum):
    RETRY = "retry"          # the guest can try again (re-type, re-scan)
    WAIT = "wait"            # something becomes possible later (room being cleaned, too early)
    CALL_STAFF = "call_staff"


class LobbyError(Exception):
    """Base of every error the guest may see."""

    message_id = "unexpected"
    way_forward = WayForward.CALL_STAFF

    def __init__(self, detail: str = "", **params: object) -> None:
        super().__init__(detail or self.message_id)
        self.detail = detail
        self.params = params  # values for the guest message, e.g. {"suggestion": "AB12CD34"}


class InvalidBookingCode(LobbyError):
    message_id = "booking_code_invalid"
    way_forward = WayForward.RETRY


class BookingNotFound(LobbyError):
    message_id = "booking_not_found"
    way_forward = WayForward.RETRY


class BookingCodeTypo(LobbyError):
    """No exact match, but one booking is one character away: suggest, never accept silently."""

    message_id = "booking_code_suggestion"
    way_forward = WayForward.RETRY


class BookingCancelled(LobbyError):
    message_id = "booking_cancelled"


class AlreadyCheckedIn(LobbyError):
    message_id = "already_checked_in"


class BookingCheckedOut(LobbyError):
    message_id = "booking_checked_out"


class ArrivalInFuture(LobbyError):
    message_id = "arrival_in_future"


class ArrivalPassed(LobbyError):
    message_id = "arrival_passed"


class TooEarly(LobbyError):
    """Arrival is today, but before check-in time and no room is ready yet."""

    message_id = "too_early"
    way_forward = WayForward.WAIT


class OtherHotel(LobbyError):
    message_id = "other_hotel"


class UnreadableDocument(LobbyError):
    message_id = "document_unreadable"
    way_forward = WayForward.RETRY


class UnreadableQrCode(LobbyError):
    message_id = "qr_unreadable"
    way_forward = WayForward.RETRY


class RegistrationInvalid(LobbyError):
    message_id = "registration_invalid"
    way_forward = WayForward.RETRY


class NoRoomReady(LobbyError):
    message_id = "no_room_ready"
    way_forward = WayForward.WAIT


class PaymentDeclined(LobbyError):
    message_id = "payment_declined"
    way_forward = WayForward.RETRY


class PaymentTimeout(LobbyError):
    message_id = "payment_timeout"
    way_forward = WayForward.RETRY


class PaymentCancelled(LobbyError):
    message_id = "payment_cancelled"
    way_forward = WayForward.RETRY


class DeviceFault(LobbyError):
    """A device failed; staff are called with the technical detail."""

    message_id = "device_fault"


class CardJammed(DeviceFault):
    message_id = "card_jammed"


class CardBoxEmpty(DeviceFault):
    message_id = "card_box_empty"


class KeyEncodingFailed(DeviceFault):
    message_id = "key_encoding_failed"


class CardNotTaken(DeviceFault):
    """A key card was left at the gate and pulled back in; it must not open a door."""

    message_id = "card_not_taken"
    way_forward = WayForward.RETRY


class FlowStateError(LobbyError):
    """An intent arrived in a state that does not accept it (a bug or a double tap)."""

    message_id = "unexpected"
