"""Staff at the kiosk, for the UI tests: accounts, the long press, the PIN pad."""

from __future__ import annotations

import asyncio

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from kiosk.staff import Role, StaffDirectory, StaffMember

PINS = {"anna": "2468", "tero": "1357", "mia": "9753"}


def add_staff(store) -> dict[str, StaffMember]:
    directory = StaffDirectory(store)
    return {"anna": directory.add("anna", "Anna", Role.STAFF, PINS["anna"]),
            "tero": directory.add("tero", "Tero", Role.TECHNICIAN, PINS["tero"]),
            "mia": directory.add("mia", "Mia", Role.DUTY_MANAGER, PINS["mia"])}


def long_press_hotel_name(guest) -> None:
    """Hold a finger on the hotel's name, as staff do to open the sign-in."""
    finger = guest.finger
    point = finger.centre(finger.find("staffEntry"))
    guest.do(QTest.mousePress, guest.kiosk.window, Qt.MouseButton.LeftButton,
             Qt.KeyboardModifier.NoModifier, point)
    guest.run(asyncio.sleep(1.8))
    guest.do(QTest.mouseRelease, guest.kiosk.window, Qt.MouseButton.LeftButton,
             Qt.KeyboardModifier.NoModifier, point)
    guest.settle()


def sign_in(guest, username: str, pin: str | None = None) -> None:
    """Staff ID on the keyboard, the PIN on the pad, then Sign in; waits for the check."""
    if not guest.kiosk.sign_in.visible:
        guest.call(guest.kiosk.sign_in.open)
    guest.type("staffUserField", username)
    put_keyboard_away(guest)
    for digit in PINS[username] if pin is None else pin:
        guest.tap(f"pin_{digit}")
    guest.tap("staffSignInButton")
    guest.run(guest.kiosk.sign_in.idle())
    guest.settle()


def put_keyboard_away(guest) -> None:
    """As the keyboard's own hide key does: the focus leaves the field, the keyboard goes."""
    guest.do(guest.finger.find("focusSink").forceActiveFocus)
    guest.do(QGuiApplication.inputMethod().hide)
    guest.settle()
