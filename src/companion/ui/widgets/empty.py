"""A friendly sentence in an empty list, instead of a blank box.

The sentence is painted in the list's viewport (not added as a fake row, which
keyboard users would land on) and is the list's accessible description, so a
screen reader says it too.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QAbstractItemView
from shiboken6 import isValid

from companion.ui.icons import glyph


class EmptyHint(QObject):
    def __init__(self, view: QAbstractItemView, text: str, icon: str = "") -> None:
        super().__init__(view)
        self._view = view
        self._icon = icon
        self._text = ""
        model = view.model()
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset):
            signal.connect(self._changed)
        view.viewport().installEventFilter(self)
        self.set_text(text)

    @property
    def text(self) -> str:
        return self._text

    def set_text(self, text: str) -> None:
        """Change the sentence, e.g. "No matches" while a search is typed."""
        self._text = text
        self._changed()

    def is_shown(self) -> bool:
        return self._view.model().rowCount() == 0 and bool(self._text)

    def _changed(self, *_: object) -> None:
        if not isValid(self._view):  # the model empties itself while the view is destroyed
            return
        self._view.setAccessibleDescription(self._text if self.is_shown() else "")
        self._view.viewport().update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.is_shown():
            self._paint()
            return True  # an empty view has nothing else to draw
        return False

    def _paint(self) -> None:
        viewport = self._view.viewport()
        painter = QPainter(viewport)
        margin = viewport.fontMetrics().height()
        area = viewport.rect().adjusted(margin, margin, -margin, -margin)
        top = area.top() + margin
        if self._icon and area.height() > 6 * margin:
            side = 2 * margin
            painter.drawPixmap(area.center().x() - side // 2, top, glyph(self._icon, side))
            top += side + margin // 2
        painter.setPen(viewport.palette().color(QPalette.ColorRole.PlaceholderText))
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        painter.drawText(
            QRect(area.left(), top, area.width(), area.bottom() - top), flags, self._text
        )
        painter.end()
