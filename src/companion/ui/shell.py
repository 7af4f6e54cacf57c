"""The unlocked window's body: a sidebar of sections and the page for each.

Pages are built the first time they are shown, so start-up pays only for the
Today page; a page built while the vault is open is attached at once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QStackedWidget, QWidget

from companion.services.access import Services
from companion.ui.pages import VaultPage

Section = tuple[str, Callable[[], QWidget]]


class Shell(QWidget):
    page_created = Signal(int, QWidget)

    def __init__(self, sections: list[Section], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sidebar = QListWidget(self)
        self.sidebar.setAccessibleName(self.tr("Sections"))
        self.sidebar.setSpacing(3)
        self.sidebar.setFrameShape(QListWidget.Shape.NoFrame)
        font = self.sidebar.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.sidebar.setFont(font)
        self.stack = QStackedWidget(self)
        self._factories = [factory for _, factory in sections]
        self._pages: list[QWidget | None] = [None] * len(sections)
        self._services: Services | None = None
        for index, (title, _factory) in enumerate(sections):
            item = QListWidgetItem(title, self.sidebar)
            item.setToolTip(
                self.tr("%1 (Ctrl+%2)").replace("%1", title).replace("%2", str(index + 1))
            )
            self.stack.addWidget(QWidget(self.stack))  # stands in until first shown
            shortcut = QShortcut(QKeySequence(f"Ctrl+{index + 1}"), self)
            shortcut.activated.connect(lambda i=index: self.show_page(i))
        # Wide enough for the longest section name at any font size.
        widest = max(self.sidebar.fontMetrics().horizontalAdvance(t) for t, _ in sections)
        self.sidebar.setFixedWidth(widest + 4 * self.sidebar.fontMetrics().averageCharWidth())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.sidebar.currentRowChanged.connect(self._row_changed)
        self.setTabOrder(self.sidebar, self.stack)

    @property
    def pages(self) -> list[QWidget]:
        """Every page, built now if it was not yet."""
        return [self.page(i) for i in range(len(self._pages))]

    def page(self, index: int) -> QWidget:
        page = self._pages[index]
        if page is None:
            page = self._factories[index]()
            placeholder = self.stack.widget(index)
            self.stack.insertWidget(index, page)
            if placeholder is not None:
                self.stack.removeWidget(placeholder)
                placeholder.deleteLater()
            self._pages[index] = page
            self.page_created.emit(index, page)
            if self._services is not None:
                _as_page(page).attach(self._services)
        return page

    def _built(self) -> list[QWidget]:
        return [p for p in self._pages if p is not None]

    def show_page(self, index: int) -> None:
        self.sidebar.setCurrentRow(index)

    def _row_changed(self, row: int) -> None:
        if row < 0:
            return
        current = self._pages[self.stack.currentIndex()]
        page = self.page(row)
        if current is not None and current is not page:
            _as_page(current).save_drafts()
        self.stack.setCurrentIndex(row)

    def current_page(self) -> QWidget:
        return self.page(self.stack.currentIndex())

    def attach(self, services: Services) -> None:
        self._services = services
        for page in self._built():
            _as_page(page).attach(services)
        if self.sidebar.currentRow() != 0:
            self.sidebar.setCurrentRow(0)
        else:
            self._row_changed(0)
        self.sidebar.setFocus(Qt.FocusReason.OtherFocusReason)

    def save_drafts(self) -> None:
        for page in self._built():
            _as_page(page).save_drafts()

    def detach(self) -> None:
        for page in self._built():
            _as_page(page).detach()
        self._services = None


def _as_page(widget: QWidget) -> VaultPage:
    return widget  # type: ignore[return-value]
