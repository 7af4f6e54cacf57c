"""The unlocked window's body: a sidebar of sections and the page for each."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QStackedWidget, QWidget

from companion.services.access import Services
from companion.ui.pages import VaultPage


class Shell(QWidget):
    def __init__(self, pages: list[tuple[str, QWidget]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sidebar = QListWidget(self)
        self.sidebar.setAccessibleName(self.tr("Sections"))
        self.sidebar.setSpacing(3)
        self.sidebar.setFrameShape(QListWidget.Shape.NoFrame)
        font = self.sidebar.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.sidebar.setFont(font)
        self.stack = QStackedWidget(self)
        self.pages: list[QWidget] = []
        for index, (title, page) in enumerate(pages):
            item = QListWidgetItem(title, self.sidebar)
            item.setToolTip(
                self.tr("%1 (Ctrl+%2)").replace("%1", title).replace("%2", str(index + 1))
            )
            self.stack.addWidget(page)
            self.pages.append(page)
            shortcut = QShortcut(QKeySequence(f"Ctrl+{index + 1}"), self)
            shortcut.activated.connect(lambda i=index: self.show_page(i))
        # Wide enough for the longest section name at any font size.
        widest = max(self.sidebar.fontMetrics().horizontalAdvance(t) for t, _ in pages)
        self.sidebar.setFixedWidth(widest + 4 * self.sidebar.fontMetrics().averageCharWidth())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.sidebar.currentRowChanged.connect(self._row_changed)
        self.sidebar.setCurrentRow(0)
        self.setTabOrder(self.sidebar, self.stack)

    def show_page(self, index: int) -> None:
        self.sidebar.setCurrentRow(index)

    def _row_changed(self, row: int) -> None:
        if row < 0:
            return
        current = self.stack.currentWidget()
        if current is not None and current is not self.pages[row]:
            _as_page(current).save_drafts()
        self.stack.setCurrentIndex(row)

    def current_page(self) -> QWidget:
        return self.pages[self.stack.currentIndex()]

    def attach(self, services: Services) -> None:
        for page in self.pages:
            _as_page(page).attach(services)
        self.sidebar.setCurrentRow(0)
        self.sidebar.setFocus(Qt.FocusReason.OtherFocusReason)

    def save_drafts(self) -> None:
        for page in self.pages:
            _as_page(page).save_drafts()

    def detach(self) -> None:
        for page in self.pages:
            _as_page(page).detach()


def _as_page(widget: QWidget) -> VaultPage:
    return widget  # type: ignore[return-value]
