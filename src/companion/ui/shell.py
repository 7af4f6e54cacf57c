"""The unlocked window's body: a sidebar of sections and the page for each.

Pages are built the first time they are shown, so start-up pays only for the
Today page; a page built while the vault is open is attached at once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QStackedWidget, QWidget

from companion.services.access import Services
from companion.ui.icons import icon
from companion.ui.pages import VaultPage

# (title, icon name in resources/icons, page factory)
Section = tuple[str, str, Callable[[], QWidget]]


class Shell(QWidget):
    page_created = Signal(int, QWidget)

    def __init__(self, sections: list[Section], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sidebar = QListWidget(self)
        self.sidebar.setAccessibleName(self.tr("Sections"))
        self.sidebar.setSpacing(3)
        self.sidebar.setFrameShape(QListWidget.Shape.NoFrame)
        self.stack = QStackedWidget(self)
        self._factories = [factory for _, _, factory in sections]
        self._pages: list[QWidget | None] = [None] * len(sections)
        self._services: Services | None = None
        self._titles = [title for title, _, _ in sections]
        self.compact = False  # icons only, when the page needs the room (large text)
        for index, (title, icon_name, _factory) in enumerate(sections):
            item = QListWidgetItem(icon(icon_name), title, self.sidebar)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, title)
            item.setToolTip(
                self.tr("%1 (Ctrl+%2)").replace("%1", title).replace("%2", str(index + 1))
            )
            self.stack.addWidget(QWidget(self.stack))  # stands in until first shown
            shortcut = QShortcut(QKeySequence(f"Ctrl+{index + 1}"), self)
            shortcut.activated.connect(lambda i=index: self.show_page(i))
        self._fit_sidebar()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.sidebar.currentRowChanged.connect(self._row_changed)
        self.setTabOrder(self.sidebar, self.stack)

    def _fit_sidebar(self) -> None:
        """A little larger than body text, icons a little taller than a line, and wide enough for
        the longest section name; again whenever the text size changes."""
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.sidebar.setFont(font)
        metrics = self.sidebar.fontMetrics()
        side = round(metrics.height() * 1.25)
        self.sidebar.setIconSize(QSize(side, side))
        widest = max(metrics.horizontalAdvance(title) for title in self._titles)
        self._full_width = widest + side + 6 * metrics.averageCharWidth()
        self._compact_width = side + 4 * metrics.averageCharWidth()
        self._fit_width()

    def _fit_width(self) -> None:
        """When the page beside it would not fit (large text in a small window), only the
        icons show: the names stay as tooltips and for screen readers."""
        # The stack asks for the room of its widest page built so far.
        needed = self.stack.minimumSizeHint().width()
        compact = self.width() > 0 and self.width() - self._full_width < needed
        if compact != self.compact:
            self.compact = compact
            for row, title in enumerate(self._titles):
                item = self.sidebar.item(row)
                if item is not None:
                    item.setText("" if compact else title)
        self.sidebar.setFixedWidth(self._compact_width if compact else self._full_width)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_sidebar()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_width()

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
            self._fit_width()
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
