"""The agenda as an editable table: title and minutes, with start times shown."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from companion.dates import time_text
from companion.domain.groups import AgendaItem, parse_minutes
from companion.domain.journal import EntryError

Index = QModelIndex | QPersistentModelIndex


class AgendaModel(QAbstractTableModel):
    problem = Signal(str)  # an inline sentence when an edit is refused
    edited = Signal()

    COLUMNS = 3  # start time, title, minutes

    def __init__(self) -> None:
        super().__init__()
        self._items: list[AgendaItem] = []
        self._start = datetime(2000, 1, 1, 19, 0)

    def set_items(self, items: list[AgendaItem], start: datetime) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._start = start
        self.endResetModel()

    def items(self) -> list[AgendaItem]:
        return list(self._items)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Starts"), self.tr("Item"), self.tr("Minutes"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if index.column() == 0:
                offset = sum(i.minutes for i in self._items[: index.row()])
                return time_text((self._start + timedelta(minutes=offset)).time())
            return item.title if index.column() == 1 else item.minutes
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() > 0 else flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or index.column() == 0:
            return False
        item = self._items[index.row()]
        try:
            if index.column() == 1:
                title = " ".join(str(value).split())
                if not title:
                    raise EntryError("Each agenda item needs a title.")
                item = AgendaItem(title[:200], item.minutes)
            else:
                item = AgendaItem(item.title, parse_minutes(value))
        except EntryError as exc:
            self.problem.emit(exc.user_message)
            return False
        self._items[index.row()] = item
        # Start times below this row move too.
        self.dataChanged.emit(self.index(index.row(), 0), self.index(len(self._items) - 1, 2))
        self.edited.emit()
        return True

    def add(self, title: str, minutes: int) -> None:
        row = len(self._items)
        self.beginInsertRows(QModelIndex(), row, row)
        self._items.append(AgendaItem(title, minutes))
        self.endInsertRows()
        self.edited.emit()

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._items):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._items[row]
            self.endRemoveRows()
            if self._items:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._items) - 1, 0))
            self.edited.emit()

    def move(self, row: int, delta: int) -> int:
        target = row + delta
        if not (0 <= row < len(self._items) and 0 <= target < len(self._items)):
            return row
        self.beginResetModel()
        self._items[row], self._items[target] = self._items[target], self._items[row]
        self.endResetModel()
        self.edited.emit()
        return target
