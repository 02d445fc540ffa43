"""After the booking is confirmed: the room(s), the payment hold, the key cards, and the
"you're all set" summary. Wraps the core's :class:`RoomAssignment`, :class:`PaymentQuote`
and :class:`DoneSummary`; every amount, date and time is formatted for the guest's language.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Property, QObject, Signal

from kiosk.checkin import DoneSummary, PaymentQuote, RoomAssignment
from ui import formatting, messages
from ui.bindable import Bindable, RowsModel, readonly
from ui.qr_provider import QrImageProvider

ASSIGNMENT_ROLES = ("room", "floor", "roomTypeName", "wayfinding")


class StayViewModel(Bindable):
    """Exposed to QML as ``checkIn.stay``."""

    noRoomReadyChanged = Signal()
    readyMinutesChanged = Signal()
    amountChanged = Signal()
    roomChargeChanged = Signal()
    incidentalsChanged = Signal()
    prepaidChanged = Signal()
    nightsChanged = Signal()
    maxCardsChanged = Signal()
    cardsChanged = Signal()
    firstNameChanged = Signal()
    departureChanged = Signal()
    checkoutTimeChanged = Signal()
    wifiSsidChanged = Signal()
    wifiPasswordChanged = Signal()
    keysIssuedChanged = Signal()
    parkingPlateChanged = Signal()
    qrSourceChanged = Signal()

    def __init__(self, qr: QrImageProvider, parent: QObject | None = None) -> None:
        super().__init__({
            "noRoomReady": False, "readyMinutes": -1, "amount": "", "roomCharge": "",
            "incidentals": "", "prepaid": False, "nights": 0, "maxCards": 1, "cards": 1,
            "firstName": "", "departure": "", "checkoutTime": "", "wifiSsid": "",
            "wifiPassword": "", "keysIssued": 0, "parkingPlate": "", "qrSource": "",
        }, parent)
        self._qr = qr
        self._assignments: tuple[RoomAssignment, ...] = ()
        self._type_names: dict[str, str] = {}
        self._ready_minutes: int | None = None
        self._quote: PaymentQuote | None = None
        self._done: DoneSummary | None = None
        self._language = "en"
        self._rooms = RowsModel(ASSIGNMENT_ROLES, self)

    noRoomReady = readonly(bool, "noRoomReady", noRoomReadyChanged)
    readyMinutes = readonly(int, "readyMinutes", readyMinutesChanged)  # -1: not known
    amount = readonly(str, "amount", amountChanged)
    roomCharge = readonly(str, "roomCharge", roomChargeChanged)
    incidentals = readonly(str, "incidentals", incidentalsChanged)
    prepaid = readonly(bool, "prepaid", prepaidChanged)
    nights = readonly(int, "nights", nightsChanged)
    maxCards = readonly(int, "maxCards", maxCardsChanged)
    cards = readonly(int, "cards", cardsChanged)
    firstName = readonly(str, "firstName", firstNameChanged)
    departure = readonly(str, "departure", departureChanged)
    checkoutTime = readonly(str, "checkoutTime", checkoutTimeChanged)
    wifiSsid = readonly(str, "wifiSsid", wifiSsidChanged)
    wifiPassword = readonly(str, "wifiPassword", wifiPasswordChanged)
    keysIssued = readonly(int, "keysIssued", keysIssuedChanged)
    parkingPlate = readonly(str, "parkingPlate", parkingPlateChanged)
    qrSource = readonly(str, "qrSource", qrSourceChanged)
    rooms = Property(QObject, lambda self: self._rooms, constant=True)

    # -- room -----------------------------------------------------------------------------
    def show_rooms(self, assignments: Sequence[RoomAssignment],
                   type_names: Mapping[str, str]) -> None:
        """``type_names`` maps the core's room type name to its code, to translate it."""
        self._assignments = tuple(assignments)
        self._type_names = dict(type_names)
        self._ready_minutes = None
        self._set("noRoomReady", False)
        self.relabel(self._language)

    def show_no_room(self, ready_in_minutes: int | None) -> None:
        self._assignments = ()
        self._ready_minutes = ready_in_minutes
        self._set("noRoomReady", True)
        self.relabel(self._language)

    # -- payment and keys -----------------------------------------------------------------
    def show_quote(self, quote: PaymentQuote) -> None:
        self._quote = quote
        self.relabel(self._language)

    def offer_cards(self, max_cards: int, default_cards: int) -> None:
        self._set_many(maxCards=max_cards, cards=max(1, min(default_cards, max_cards)))

    def choose_cards(self, cards: int) -> None:
        self._set("cards", max(1, min(cards, self._values["maxCards"])))

    # -- done -----------------------------------------------------------------------------
    def show_done(self, done: DoneSummary) -> None:
        self._done = done
        self._assignments = done.rooms
        self._set("qrSource", self._qr.source_for(done.qr_text))
        self.relabel(self._language)

    def relabel(self, language: str) -> None:
        self._language = language
        self._rooms.replace(
            {"room": a.room, "floor": a.floor, "wayfinding": a.wayfinding,
             "roomTypeName": messages.room_type_name(self._type_names.get(a.room_type_name),
                                                     a.room_type_name)}
            for a in self._assignments)
        # QML words it with the language's plural rules ("about %n minute(s)").
        minutes = self._ready_minutes
        self._set("readyMinutes", messages.rounded_minutes(minutes)
                  if self._values["noRoomReady"] and minutes is not None else -1)
        q = self._quote
        if q is not None:
            self._set_many(amount=formatting.money(q.amount_cents, q.currency, language),
                           roomCharge=formatting.money(q.room_charge_cents, q.currency, language),
                           incidentals=formatting.money(q.incidentals_cents, q.currency,
                                                        language),
                           prepaid=q.prepaid, nights=q.nights)
        d = self._done
        if d is not None:
            self._set_many(firstName=d.guest_first_name,
                           departure=formatting.long_date(d.departure, language),
                           checkoutTime=formatting.clock_time(d.checkout_until, language),
                           wifiSsid=d.wifi_ssid, wifiPassword=d.wifi_password,
                           keysIssued=d.keys_issued, parkingPlate=d.parking_plate or "")

    def clear(self) -> None:
        self._assignments, self._type_names = (), {}
        self._ready_minutes, self._quote, self._done = None, None, None
        self._qr.forget()
        self._rooms.clear()
        self._reset_values()
