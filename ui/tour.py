"""The guided tour: walk every check-in screen headless and save one PNG per screen.

``kiosk tour --out DIR [--lang CODE]`` calls :func:`tour`. It makes a fresh demo database,
builds the real app offscreen at 1920×1080 and taps through the flow like a guest, with
the simulated devices (a QR scan and a passport are fed to them, the card terminal declines
once). Each screen is written as ``NN-name.png`` in the order a guest meets it.
"""

from __future__ import annotations

import asyncio
import os
import tempfile
from datetime import datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

from kiosk.config import LANGUAGES, Config, DevicesSection
from kiosk.db import open_store

# Headless: no display is needed or used.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")

SHOTS = (
    "welcome", "find-booking", "booking-code-typo", "choose-booking", "confirm-details",
    "registration", "parking", "room", "no-room-ready", "payment", "payment-declined",
    "keys", "key-progress", "done", "inactivity-warning", "call-staff", "staff-coming",
    "device-fault", "staff-sign-in", "assisted", "diagnostics",
)
# Colleagues in the tour's own database (never a real one).
STAFF = (("anna", "Anna", "staff", "2468"), ("tero", "Tero", "technician", "1357"))
# What the tour types where the demo guest's card has gaps (as a guest would).
CARD_FILL = {"date_of_birth": "12.03.1985", "nationality": "FIN", "address": "Mannerheimintie 1",
             "postal_code": "00100", "city": "Helsinki", "country": "FIN"}
SIGNATURE = [[(60, 190), (110, 120), (150, 200), (200, 110), (250, 190), (330, 150)],
             [(360, 180), (480, 140)]]


def tour(out_dir: Path, lang: str = "en", config: Config | None = None,
         store_path: Path | None = None) -> list[Path]:
    """Walk the check-in and write one PNG per screen to ``out_dir``; returns the files."""
    import qasync

    from ui.app import _application

    if lang not in LANGUAGES:
        raise ValueError(f"language {lang!r}: expected one of {', '.join(LANGUAGES)}")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    app = _application()
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with tempfile.TemporaryDirectory(prefix="lobby-tour-") as scratch:
        path = Path(store_path) if store_path else Path(scratch) / "tour.db"
        with loop:
            return loop.run_until_complete(_walk(out_dir, lang, config or Config(), path))


async def _walk(out_dir: Path, lang: str, config: Config, store_path: Path) -> list[Path]:
    from PySide6.QtGui import QGuiApplication

    from devices import open_devices
    from kiosk import demo
    from kiosk.clock import FakeClock
    from ui.app import build
    from ui.driver import Finger, outside_task

    tz = ZoneInfo(config.kiosk.timezone)
    clock = FakeClock(datetime.combine(datetime.now(tz).date(), time(15, 30), tz))
    if store_path.exists():
        store_path.unlink()
    store = open_store(store_path, clock)
    demo.load_demo(store, clock.today(), site=config.kiosk.site)
    # Simulators only, whatever the config names: the tour must never charge a real card
    # or dispense real keys. The terminal declines the first card, to show a decline.
    config = config.model_copy(update={
        "devices": DevicesSection(payment="sim:?outcomes=decline",
                                  dispenser="sim:?delay=0.25")})
    from kiosk.staff import Role, StaffDirectory
    directory = StaffDirectory(store)
    members = {u: directory.add(u, name, Role(role), pin) for u, name, role, pin in STAFF}
    pins = {u: pin for u, _, _, pin in STAFF}
    kiosk = build(config, store, open_devices(config.devices), clock,
                  site_key=os.urandom(32), done_after_s=600)
    kiosk.show()
    await kiosk.start(console=False)
    finger = Finger(kiosk.window)
    written: list[Path] = []

    async def settle() -> None:
        for _ in range(3):
            await kiosk.checkin.idle()
            await kiosk.sign_in.idle()
            await kiosk.diagnostics.idle()
            await asyncio.sleep(0.05)

    def snap(name: str) -> None:
        file = out_dir / f"{SHOTS.index(name) + 1:02d}-{name}.png"
        kiosk.window.grabWindow().save(str(file))
        written.append(file)

    async def shot(name: str) -> None:
        await settle()
        snap(name)

    async def until(check: object) -> None:
        for _ in range(200):
            if check():  # type: ignore[operator]
                return
            await asyncio.sleep(0.02)
        raise TimeoutError(f"the tour waited in vain for {check}")

    async def keyboard_away() -> None:
        finger.find("focusSink").forceActiveFocus()
        QGuiApplication.inputMethod().hide()
        await settle()

    async def staff_pin(username: str, digits: str) -> None:
        kiosk.sign_in.open()
        await settle()
        await type_into("staffUserField", username)
        await keyboard_away()
        for digit in digits:
            await tap(f"pin_{digit}")

    async def walk_to_room(code: str) -> None:
        await tap("startCheckInButton")
        await type_into("bookingCodeField", code)
        await tap("findByCodeButton")
        await tap("confirmDetailsButton")
        await registration()
        await tap("signButton")
        await tap("noCarButton")
        await until(lambda: kiosk.checkin.screen == "room" and not kiosk.checkin.busy)

    async def tap(name: str) -> None:
        await outside_task(finger.tap, name)
        await settle()

    async def type_into(name: str, text: str) -> None:
        await outside_task(finger.type_into, name, text)

    async def registration() -> None:
        for name, value in CARD_FILL.items():
            field = f"field_{name}"
            if finger.exists(field) and not finger.find(field).property("text"):
                await type_into(field, value)
        kiosk.window.contentItem().forceActiveFocus()  # the keyboard goes away
        await outside_task(finger.draw, "signaturePad", SIGNATURE)

    try:
        if lang != config.kiosk.default_language:
            kiosk.language.choose(lang)
        await shot("welcome")
        await tap("startCheckInButton")
        await shot("find-booking")
        # A one-letter slip in the code: the kiosk suggests, never guesses silently.
        typo = demo.DEMO_SIMPLE[:-2] + demo.DEMO_SIMPLE[-1] + demo.DEMO_SIMPLE[-2]
        await type_into("bookingCodeField", typo)
        await tap("findByCodeButton")
        await shot("booking-code-typo")
        await tap("dismissErrorButton")
        # Two guests of the same surname arrive today: the guest picks their own booking.
        await tap("method_name")
        surname = _surname(store, demo.DEMO_SAME_NAME_A)
        await type_into("surnameField", surname)
        await tap("findByNameButton")
        await shot("choose-booking")
        await tap(f"candidate_{demo.DEMO_SAME_NAME_A}")
        await shot("confirm-details")
        await tap("confirmDetailsButton")
        await registration()
        await shot("registration")
        await tap("signButton")
        await shot("parking")
        await type_into("plateField", "ABC-123")
        await tap("registerCarButton")
        await shot("room")
        await tap("continueToPaymentButton")
        await shot("payment")
        await tap("payButton")
        await shot("payment-declined")
        await tap("dismissErrorButton")
        await tap("payButton")
        await tap("cards_2")
        await shot("keys")
        # A key card at a time: the guest sees how far it has got.
        await outside_task(finger.tap, "makeKeysButton")
        await until(lambda: kiosk.checkin.keyCard == 2)
        await asyncio.sleep(0.1)
        snap("key-progress")
        await shot("done")
        await tap("finishButton")
        kiosk.language.choose(lang)  # the session's end set the next guest's default

        # Every suite is taken or being cleaned: the honest "not ready yet" screen.
        await tap("startCheckInButton")
        await type_into("bookingCodeField", demo.DEMO_SUITE)
        await tap("findByCodeButton")
        await tap("confirmDetailsButton")
        await registration()
        await tap("signButton")
        await tap("noCarButton")
        await shot("no-room-ready")
        # The guest walks away: the warning, then a tap on "Call staff".
        clock.advance(config.session.inactivity_warning_s + 1)
        kiosk.session.tick()
        await shot("inactivity-warning")
        await tap("stillHereButton")
        await tap("callStaffButton")
        await shot("call-staff")
        await tap("staffCallOkButton")
        # Anna takes the call on her phone: the guest sees who is coming and when.
        call_id = kiosk.staff_call.call_id
        assert call_id is not None
        kiosk.calls.accept(call_id, members["anna"], 1)
        kiosk.waker()
        await until(lambda: kiosk.staff_call.status == "coming")
        await shot("staff-coming")
        kiosk.checkin.end("cancelled")
        kiosk.calls.resolve(call_id, members["anna"])
        kiosk.waker()
        await until(lambda: kiosk.staff_call.status == "")
        kiosk.language.choose(lang)

        # The dispenser jams: a kind word, a way forward, and a colleague already called.
        await walk_to_room(demo.DEMO_FOREIGN)
        await tap("continueToPaymentButton")
        await tap("payButton")
        kiosk.devices.dispenser.inner.jam_every = 1
        await tap("makeKeysButton")
        await tap("staffCallOkButton")
        await shot("device-fault")
        kiosk.devices.dispenser.inner.jam_every = 0
        kiosk.checkin.end("cancelled")
        for call in kiosk.calls.open_calls(config.kiosk.id):
            kiosk.calls.accept(call.id, members["anna"], 1)
            kiosk.calls.resolve(call.id, members["anna"])
        kiosk.waker()
        await until(lambda: kiosk.staff_call.status == "")
        kiosk.language.choose(lang)

        # Anna comes to help: her staff ID and PIN, then the tools over the guest's flow.
        await walk_to_room(demo.DEMO_SIMPLE)
        await staff_pin("anna", pins["anna"][:3])
        await shot("staff-sign-in")
        await tap(f"pin_{pins['anna'][3]}")
        await tap("staffSignInButton")
        await settle()
        await tap("assistRoomsButton")
        await shot("assisted")
        await tap("assistStopButton")
        kiosk.checkin.end("cancelled")
        kiosk.language.choose(lang)

        # A technician: every device, a test card encoded, the log.
        await staff_pin("tero", pins["tero"])
        await tap("staffSignInButton")
        await settle()
        await tap("diagEncodeCard")
        await shot("diagnostics")
        await tap("diagClose")
    finally:
        await kiosk.close()
        store.close()
    return sorted(written)


def _surname(store: object, code: str) -> str:
    row = store.read().one(  # type: ignore[attr-defined]
        "SELECT g.last_name FROM guests g JOIN bookings b ON b.guest_id = g.id WHERE b.code = ?",
        (code,))
    return str(row["last_name"]) if row else ""
