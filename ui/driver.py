"""A guest's finger for the tour and the tests: find a control by ``objectName`` and tap
it with a real mouse event, type into a field, draw on the signature pad.

Taps go through the window like a touch would (event filter, input handling, the QML
handlers), so a screen that cannot be used by hand cannot be used here either.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QPoint, QPointF, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtQuick import QQuickItem, QQuickWindow
from PySide6.QtTest import QTest

T = TypeVar("T")


class ControlNotFound(LookupError):
    pass


def visible_items(root: QQuickItem) -> Iterator[QQuickItem]:
    """Every item under ``root`` that is really shown (itself and all its parents visible)."""
    if not root.isVisible() or root.opacity() == 0:
        return
    yield root
    for child in root.childItems():
        yield from visible_items(child)


class Finger:
    def __init__(self, window: QQuickWindow) -> None:
        self.window = window

    def find(self, name: str) -> QQuickItem:
        """The visible item called ``name`` (the last one: overlays come last)."""
        found = [i for i in visible_items(self.window.contentItem()) if i.objectName() == name]
        if not found:
            raise ControlNotFound(f"no visible control named {name!r}")
        return found[-1]

    def exists(self, name: str) -> bool:
        try:
            self.find(name)
        except ControlNotFound:
            return False
        return True

    def centre(self, item: QQuickItem) -> QPoint:
        return item.mapToScene(QPointF(item.width() / 2, item.height() / 2)).toPoint()

    def tap(self, name: str) -> None:
        item = self.find(name)
        if not item.isEnabled():
            raise ControlNotFound(f"control {name!r} is disabled")
        QTest.mouseClick(self.window, Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.NoModifier, self.centre(item))

    def type_into(self, name: str, text: str) -> None:
        """Type into a KioskTextField as the on-screen keyboard would (focus, then keys)."""
        field = self.find(name + "Input")
        field.forceActiveFocus()
        field.setProperty("text", "")
        # The on-screen keyboard commits text through the input method: do the same.
        event = QInputMethodEvent()
        event.setCommitString(text)
        QCoreApplication.sendEvent(field, event)

    def draw(self, name: str, strokes: Iterable[Iterable[tuple[float, float]]]) -> None:
        """Draw lines on an item (the signature pad), in its own pixels."""
        item = self.find(name)
        left = Qt.MouseButton.LeftButton
        none = Qt.KeyboardModifier.NoModifier
        for stroke in strokes:
            points = [item.mapToScene(QPointF(x, y)).toPoint() for x, y in stroke]
            QTest.mousePress(self.window, left, none, points[0])
            for point in points[1:]:
                QTest.mouseMove(self.window, point)
            QTest.mouseRelease(self.window, left, none, points[-1])


async def outside_task(fn: Callable[..., T], *args: object) -> T:
    """Run ``fn`` from the event loop but outside the calling task. QTest's events process
    Qt's queue, which would step other asyncio tasks inside ours ("Cannot enter into
    task"); from a plain loop callback they may."""
    loop = asyncio.get_running_loop()
    done: asyncio.Future[T] = loop.create_future()

    def run() -> None:
        try:
            done.set_result(fn(*args))
        except BaseException as exc:  # handed to the awaiting task
            done.set_exception(exc)
    loop.call_soon(run)
    return await done
