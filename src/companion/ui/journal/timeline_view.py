"""The timeline view: a one-column table, because it scales where QListView does not.

QListView lays out every row on reset and asks the model for each one (two
Python calls a row): 100,000 entries cost about 400 ms before the first paint.
A table with fixed row heights asks for the row count once and paints only
what is visible: about 40 ms, and scrolling to the end takes a few.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from companion.ui.journal.delegate import TimelineDelegate


class TimelineView(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(TimelineDelegate(self))
        self.horizontalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setTabKeyNavigation(False)
        self._fit_rows()

    def _fit_rows(self) -> None:
        line = self.fontMetrics().height()
        self.verticalHeader().setDefaultSectionSize(2 * line + 14)

    def changeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().changeEvent(event)
        self._fit_rows()
