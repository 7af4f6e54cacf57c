"""The timeline model: every matching entry's seq up front, row data a page at a time.

Holding only integers keeps 100,000 rows cheap; `rowCount` is known at once, so
the view never needs fetchMore (which re-lays out every row after each fetch).
Row data comes from the vault in pages of PAGE rows and is kept in a small
cache, dropped whenever the vault says those entries changed.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from companion.domain.changes import Changed
from companion.vault.journal import TimelineRow

PAGE = 100
CACHE_PAGES = 20

RowRole = Qt.ItemDataRole.UserRole + 1
IdRole = Qt.ItemDataRole.UserRole + 2
SeqRole = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex


class TimelineModel(QAbstractListModel):
    def __init__(
        self,
        load_seqs: Callable[[], list[int]],
        load_rows: Callable[[Sequence[int]], dict[int, TimelineRow]],
        describe: Callable[[TimelineRow], str],
    ) -> None:
        super().__init__()
        self._load_seqs = load_seqs
        self._load_rows = load_rows
        self._describe = describe  # the accessible text of a row
        self._seqs: list[int] = []
        self._pages: OrderedDict[int, dict[int, TimelineRow]] = OrderedDict()

    # -- loading ----------------------------------------------------------------------

    def reload(self) -> None:
        self.beginResetModel()
        self._pages.clear()
        self._seqs = self._load_seqs()
        self.endResetModel()

    def clear(self) -> None:
        """Drop everything (on lock)."""
        self.beginResetModel()
        self._seqs = []
        self._pages.clear()
        self.endResetModel()

    def apply(self, changed: Changed) -> None:
        """Follow a change: a new or removed entry reloads the ids, an edit repaints its row."""
        if not changed.entries:
            return
        seqs = self._load_seqs()
        if seqs != self._seqs:
            self.reload()
            return
        self._pages.clear()
        if self._seqs:
            self.dataChanged.emit(self.index(0), self.index(len(self._seqs) - 1))

    def _row(self, row: int) -> TimelineRow | None:
        page_no = row // PAGE
        page = self._pages.get(page_no)
        if page is None:
            seqs = self._seqs[page_no * PAGE : (page_no + 1) * PAGE]
            page = self._load_rows(seqs)
            self._pages[page_no] = page
            while len(self._pages) > CACHE_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        return page.get(self._seqs[row])

    # -- Qt model -----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._seqs)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._seqs):
            return None
        if role == SeqRole:
            return self._seqs[index.row()]
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,
            RowRole,
            IdRole,
        ):
            return None
        row = self._row(index.row())
        if row is None:
            return None
        if role == RowRole:
            return row
        if role == IdRole:
            return row.id
        if role == Qt.ItemDataRole.DisplayRole:
            return row.headline
        return self._describe(row)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # -- look-ups ---------------------------------------------------------------------------

    def row_of_seq(self, seq: int) -> int | None:
        try:
            return self._seqs.index(seq)
        except ValueError:
            return None

    def seqs(self) -> list[int]:
        return list(self._seqs)
