"""Small building blocks shared by the view-models: change-only properties and a list model.

View-models expose only ``Property(notify=...)``, ``Signal`` and ``Slot``; a property's
signal fires only when its value really changes (QML re-evaluates every binding on it).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    Property,
    QAbstractListModel,
    QByteArray,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)


def readonly(type_: type | str, name: str, notify: Signal) -> Property:
    """A read-only Qt property backed by ``self._values[name]``."""
    return Property(type_, lambda self: self._values[name], notify=notify)


class Bindable(QObject):
    """A QObject whose properties live in one dict; ``_set`` emits ``<name>Changed`` on change."""

    def __init__(self, defaults: Mapping[str, Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._defaults = dict(defaults)
        self._values: dict[str, Any] = dict(defaults)

    def _set(self, name: str, value: Any) -> None:
        if self._values[name] != value or type(self._values[name]) is not type(value):
            self._values[name] = value
            getattr(self, f"{name}Changed").emit()

    def _set_many(self, **values: Any) -> None:
        for name, value in values.items():
            self._set(name, value)

    def _reset_values(self) -> None:
        """Back to the defaults: drops whatever the last guest left in these properties."""
        for name, value in self._defaults.items():
            self._set(name, value)


Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractListModel):
    """A list of plain rows (dicts) for QML; each key is a role of the same name."""

    countChanged = Signal()

    def __init__(self, roles: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._roles = {Qt.ItemDataRole.UserRole + 1 + i: name for i, name in enumerate(roles)}
        self._rows: list[dict[str, Any]] = []

    def roleNames(self) -> dict[int, QByteArray]:
        return {role: QByteArray(name.encode()) for role, name in self._roles.items()}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        name = self._roles.get(role)
        return None if name is None else self._rows[index.row()].get(name)

    def replace(self, rows: Iterable[Mapping[str, Any]]) -> None:
        """New content; when only values changed (same length), rows update in place so a
        language switch does not rebuild the delegates (and lose what the guest typed)."""
        new = [dict(r) for r in rows]
        if new == self._rows:
            return
        if len(new) == len(self._rows) and new:
            self._rows = new
            self.dataChanged.emit(self.index(0), self.index(len(new) - 1))
            return
        self.beginResetModel()
        self._rows = new
        self.endResetModel()
        self.countChanged.emit()

    def update_row(self, row: int, **values: Any) -> None:
        """Change some values of one row; only that row's delegates re-evaluate."""
        current = self._rows[row]
        changed = {k: v for k, v in values.items() if current.get(k) != v}
        if not changed:
            return
        current.update(changed)
        roles = [r for r, name in self._roles.items() if name in changed]
        self.dataChanged.emit(self.index(row), self.index(row), roles)

    def rows(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self._rows]

    def clear(self) -> None:
        self.replace([])

    count = Property(int, lambda self: len(self._rows), notify=countChanged)

    @Slot(int, str, result="QVariant")
    def get(self, row: int, role: str) -> Any:
        """One value, for QML code outside a delegate."""
        return self._rows[row].get(role) if 0 <= row < len(self._rows) else None
