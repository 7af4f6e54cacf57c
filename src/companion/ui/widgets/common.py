"""Small building blocks shared by the pages: headings, notices, busy bars."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

# One spacing scale for every page (px at 100%).
SPACE_S = 6
SPACE_M = 12
SPACE_L = 24


def heading(text: str, level: int = 1, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * (1.6 if level == 1 else 1.25))
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label


def paragraph(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class Notice(QLabel):
    """An inline message: an error in plain words, or a calm confirmation."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAccessibleName(self.tr("Message"))
        self.hide()

    def show_error(self, text: str) -> None:
        self.setProperty("kind", "error")
        self.setStyleSheet(
            "color: palette(bright-text); background: #9b2c2c; padding: 6px; border-radius: 4px;"
        )
        self._show(text)

    def show_info(self, text: str) -> None:
        self.setProperty("kind", "info")
        self.setStyleSheet("padding: 6px; border-radius: 4px; background: palette(alternate-base);")
        self._show(text)

    def _show(self, text: str) -> None:
        self.setText(text)
        self.setAccessibleDescription(text)
        self.show()

    def clear_message(self) -> None:
        self.setText("")
        self.hide()


def card(parent: QWidget, title: str) -> tuple[QFrame, QVBoxLayout]:
    """A framed section with a heading; returns the frame and its layout."""
    frame = QFrame(parent)
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    layout = QVBoxLayout(frame)
    layout.setSpacing(SPACE_M)
    layout.addWidget(heading(title, level=2, parent=frame))
    return frame, layout


def field_block(label: QLabel, *widgets: QWidget) -> QVBoxLayout:
    """A label kept close to its field, so the pair reads as one."""
    block = QVBoxLayout()
    block.setSpacing(SPACE_S // 2)
    block.addWidget(label)
    for widget in widgets:
        block.addWidget(widget)
    return block


def busy_bar(parent: QWidget | None = None) -> QProgressBar:
    bar = QProgressBar(parent)
    bar.setRange(0, 0)  # indeterminate
    bar.setTextVisible(False)
    bar.setMaximumHeight(6)
    bar.setAccessibleName(QCoreApplication.translate("busy_bar", "Working"))
    bar.hide()
    return bar


def centered_column(parent: QWidget, max_chars: int = 80) -> QVBoxLayout:
    """A column about `max_chars` characters wide in the middle of `parent`.

    Measured in characters, not pixels, so it widens with a larger font size.
    """
    max_width = parent.fontMetrics().averageCharWidth() * max_chars
    outer = QVBoxLayout(parent)
    outer.setContentsMargins(SPACE_L, SPACE_L, SPACE_L, SPACE_L)
    outer.addStretch(1)
    row = QHBoxLayout()
    row.addStretch(1)
    column = QWidget(parent)
    column.setMaximumWidth(max_width)
    column.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    inner = QVBoxLayout(column)
    inner.setContentsMargins(0, 0, 0, 0)
    inner.setSpacing(SPACE_M)
    row.addWidget(column, 100)
    row.addStretch(1)
    outer.addLayout(row)
    outer.addStretch(2)
    return inner


class Columns(QWidget):
    """Cards in two columns when there is room, one column when not (a narrow
    window, large text). Tab order is the order the cards were made in: the
    first column, then the second, as they read. One grid, not nested box
    layouts: a nested box layout keeps a stale height when a wrapped label in it
    grows, and the card's text would be cut off."""

    def __init__(self, parent: QWidget | None = None, min_chars: int = 48) -> None:
        super().__init__(parent)
        self._min_chars = min_chars
        self._first: list[QWidget] = []
        self._second: list[QWidget] = []
        self._two: bool | None = None
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(SPACE_L)

    def add(self, widget: QWidget, second: bool = False) -> None:
        (self._second if second else self._first).append(widget)
        self._arrange(self._wants_two(self.width()), force=True)

    def set_widgets(self, first: list[QWidget], second: list[QWidget]) -> None:
        """Lay out these cards instead (e.g. after a chart was added or removed)."""
        self._first, self._second = list(first), list(second)
        self._arrange(self._wants_two(self.width()), force=True)

    def _wants_two(self, width: int) -> bool:
        return width >= 2 * self._min_chars * self.fontMetrics().averageCharWidth()

    def _arrange(self, two: bool, force: bool = False) -> None:
        if two == self._two and not force:
            return
        self._two = two
        while self._grid.count():
            self._grid.takeAt(0)
        for row in range(self._grid.rowCount()):
            self._grid.setRowStretch(row, 0)
        for row, widget in enumerate(self._first):
            self._grid.addWidget(widget, row, 0)
        for row, widget in enumerate(self._second):
            if two:
                self._grid.addWidget(widget, row, 1)
            else:
                self._grid.addWidget(widget, len(self._first) + row, 0)
        self._grid.setColumnStretch(0, 1)
        self._grid.setColumnStretch(1, 1 if two else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange(self._wants_two(event.size().width()))
        super().resizeEvent(event)
