"""A month calendar that shows each day's mood by colour, fill and a word in its tooltip."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QDate, QRect, QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QCalendarWidget, QWidget

from companion.domain.journal import Mood
from companion.ui.widgets.dates import to_date
from companion.ui.widgets.mood import mood_word, paint_mood_mark

Summaries = dict[date, tuple[float | None, bool]]


class MoodCalendar(QCalendarWidget):
    def __init__(
        self, load: Callable[[date, date], Summaries], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._load = load
        self._days: Summaries = {}
        self.setGridVisible(False)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setAccessibleName(self.tr("Calendar of moods; choose a day to see its entries"))
        today = date.today()
        self.setMaximumDate(QDate(today.year, today.month, today.day))
        self.currentPageChanged.connect(lambda _y, _m: self.reload())

    def reload(self) -> None:
        first = date(self.yearShown(), self.monthShown(), 1)
        # The grid shows a few days of the months around this one.
        self._days = self._load(first - timedelta(days=7), first + timedelta(days=45))
        self.updateCells()

    def clear_days(self) -> None:
        self._days = {}
        self.updateCells()

    def paintCell(self, painter: QPainter, rect: QRect, qdate: QDate | object) -> None:
        super().paintCell(painter, rect, qdate)  # type: ignore[arg-type]
        if not isinstance(qdate, QDate):
            return
        summary = self._days.get(to_date(qdate))
        if summary is None:
            return
        mood, win = summary
        size = max(6.0, rect.height() / 4)
        mark = QRectF(rect.left() + 3, rect.bottom() - size - 2, size, size)
        if mood is not None:
            paint_mood_mark(painter, mark, Mood(round(mood)))
        if win:
            painter.save()
            painter.drawText(
                QRectF(rect.right() - size - 4, rect.bottom() - size - 4, size + 2, size + 2),
                Qt.AlignmentFlag.AlignCenter,
                "★",
            )
            painter.restore()

    def describe(self, day: date) -> str:
        """The words for a day, for its tooltip and for screen readers."""
        summary = self._days.get(day)
        if summary is None:
            return self.tr("No entry")
        mood, win = summary
        parts = [mood_word(Mood(round(mood))) if mood is not None else self.tr("Written")]
        if win:
            parts.append(self.tr("a small win"))
        return ", ".join(parts)
