"""Every control on every screen is big enough to hit and low enough to reach."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtQuick import QQuickItem

from kiosk import demo
from ui.driver import visible_items

MIN_TARGET = 60      # px on the 1920×1080 stage (the theme aims for 80 and more)
REACH_TOP = 340      # Theme.reachTop: nothing to touch above this line
TOUCH_KINDS = ("Button", "MouseArea", "TextField")
# Staff only, on purpose out of a guest's way: the long press on the hotel's name that
# opens the staff sign-in. Staff stand beside the kiosk; no guest needs it.
STAFF_ONLY = frozenset({"staffEntry"})


def in_keyboard(item: QQuickItem) -> bool:
    while item is not None:
        if item.objectName() == "keyboard":
            return True
        item = item.parentItem()
    return False


def touch_targets(window) -> list[tuple[str, QQuickItem]]:
    targets = []
    for item in visible_items(window.contentItem()):
        kind = item.metaObject().className()
        if not any(k in kind for k in TOUCH_KINDS) or "ScrollBar" in kind:
            continue
        if in_keyboard(item):            # Qt's own keyboard, sized by its style
            continue
        if item.objectName() in STAFF_ONLY:
            continue
        if (item.width() >= 1900 and item.height() >= 1000) or item.objectName() == "backdrop":
            continue                     # a dialog's backdrop, not a target
        targets.append((item.objectName() or kind, item))
    return targets


def check_screen(guest, problems: list[str]) -> None:
    guest.settle()
    targets = touch_targets(guest.kiosk.window)
    assert targets, f"no touch targets on {guest.screen}"
    for name, item in targets:
        top_left = item.mapToScene(QPointF(0, 0))
        bottom_right = item.mapToScene(QPointF(item.width(), item.height()))
        width, height = bottom_right.x() - top_left.x(), bottom_right.y() - top_left.y()
        where = f"{guest.screen}: {name}"
        if height < MIN_TARGET or width < MIN_TARGET:
            problems.append(f"{where} is {width:.0f}×{height:.0f} px")
        if top_left.y() < REACH_TOP:
            problems.append(f"{where} starts at y={top_left.y():.0f}, above the reach line")


def test_every_screen_has_big_reachable_targets(make_guest, clock) -> None:
    guest = make_guest(payment="sim:?outcomes=decline")
    problems: list[str] = []
    check_screen(guest, problems)                                   # welcome
    guest.tap("startCheckInButton")
    for method in ("code", "name", "qr", "passport"):
        guest.tap(f"method_{method}")
        check_screen(guest, problems)                               # find booking
    guest.tap("method_code")
    guest.call(guest.vm.findByCode, demo.DEMO_SIMPLE[:-1] + "Z")
    check_screen(guest, problems)                                   # error banner
    guest.tap("dismissErrorButton")
    guest.tap("languageButton")
    check_screen(guest, problems)                                   # language chooser
    guest.tap("language_fi")
    guest.call(guest.vm.findByCode, demo.DEMO_SIMPLE)
    check_screen(guest, problems)                                   # confirm details
    guest.tap("confirmDetailsButton")
    check_screen(guest, problems)                                   # registration
    guest.sign_card()
    check_screen(guest, problems)                                   # parking
    guest.tap("noCarButton")
    guest.wait_for_screen("room")
    check_screen(guest, problems)                                   # room
    guest.tap("continueToPaymentButton")
    check_screen(guest, problems)                                   # payment
    guest.tap("payButton")
    check_screen(guest, problems)                                   # declined
    guest.tap("dismissErrorButton")
    guest.tap("payButton")
    guest.wait_for_screen("keys")
    check_screen(guest, problems)                                   # keys
    clock.advance(46)
    guest.call(guest.kiosk.session.tick)
    check_screen(guest, problems)                                   # inactivity warning
    guest.tap("stillHereButton")
    guest.tap("callStaffButton")
    check_screen(guest, problems)                                   # staff call confirmation
    guest.tap("staffCallOkButton")
    guest.tap("makeKeysButton")
    guest.wait_for_screen("done")
    check_screen(guest, problems)                                   # done
    assert not problems, "\n".join(problems)


def test_no_room_and_choose_booking_screens(guest) -> None:
    problems: list[str] = []
    guest.tap("startCheckInButton")
    guest.tap("method_name")
    row = guest.store.read().one(
        "SELECT g.last_name FROM guests g JOIN bookings b ON b.guest_id = g.id WHERE b.code = ?",
        (demo.DEMO_SAME_NAME_A,))
    guest.type("surnameField", row["last_name"])
    guest.tap("findByNameButton")
    check_screen(guest, problems)                                   # choose booking
    guest.tap("backButton")
    guest.call(guest.vm.findByCode, demo.DEMO_SUITE)
    guest.tap("confirmDetailsButton")
    guest.sign_card()
    guest.tap("noCarButton")
    check_screen(guest, problems)                                   # no room ready
    assert not problems, "\n".join(problems)


def test_staff_screens_have_big_reachable_targets(guest, tmp_path, monkeypatch) -> None:
    from kiosk import diagnostics
    from tests.ui.staff_helpers import add_staff, put_keyboard_away, sign_in

    monkeypatch.setattr(diagnostics, "export_targets", lambda **_: [tmp_path / "a", tmp_path / "b"])
    add_staff(guest.store)
    problems: list[str] = []
    guest.tap("startCheckInButton")
    guest.call(guest.vm.findByCode, demo.DEMO_SIMPLE)
    guest.tap("confirmDetailsButton")
    guest.sign_card()
    guest.tap("noCarButton")
    guest.wait_for_screen("room")
    guest.call(guest.kiosk.sign_in.open)
    check_screen(guest, problems)                                   # staff sign-in
    sign_in(guest, "mia")
    check_screen(guest, problems)                                   # duty manager's choice
    guest.tap("chooseAssistButton")
    check_screen(guest, problems)                                   # assisted: the tools
    guest.tap("assistRoomsButton")
    check_screen(guest, problems)                                   # another room
    guest.tap("assistSearchButton")
    guest.type("assistSearchField", "jarv")
    put_keyboard_away(guest)
    guest.tap("assistSearchGo")
    assert guest.kiosk.assisted.results.count >= 2
    check_screen(guest, problems)                                   # search results
    guest.call(guest.kiosk.assisted.chooseReissue, demo.DEMO_CHECKED_IN)
    check_screen(guest, problems)                                   # new keys: how many
    guest.tap("assistStopButton")
    sign_in(guest, "tero")
    check_screen(guest, problems)                                   # diagnostics
    guest.tap("diagExport")
    check_screen(guest, problems)                                   # where to save
    assert not problems, "\n".join(problems)
