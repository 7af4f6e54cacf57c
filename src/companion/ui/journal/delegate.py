"""Paints one timeline row: date, mood mark and word, headline, tags and win star."""

from __future__ import annotations

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from companion.dates import day_text
from companion.ui.models.timeline import RowRole
from companion.ui.widgets.mood import mood_word, paint_mood_mark
from companion.vault.journal import TimelineRow


class TimelineDelegate(QStyledItemDelegate):
    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        line = QFontMetrics(option.font).height()
        return QSize(200, 2 * line + 14)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget
            )
        row = index.data(RowRole)
        if not isinstance(row, TimelineRow):
            return
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text_colour = palette.highlightedText().color() if selected else palette.text().color()
        muted = palette.highlightedText().color() if selected else palette.placeholderText().color()
        rect = option.rect.adjusted(8, 6, -8, -6)
        painter.save()
        painter.setFont(option.font)
        metrics = painter.fontMetrics()
        line = metrics.height()

        # Laid out left to right, then mirrored for right-to-left languages.
        direction = option.direction
        outer = QRect(option.rect)

        def place(r: QRect) -> QRect:
            return QStyle.visualRect(direction, outer, r)

        def align(flag: Qt.AlignmentFlag) -> Qt.AlignmentFlag:
            return Qt.AlignmentFlag(
                QStyle.visualAlignment(direction, flag).value | Qt.AlignmentFlag.AlignVCenter.value
            )

        mark = place(QRect(rect.left(), rect.top() + 2, line - 4, line - 4))
        if row.mood is not None:
            paint_mood_mark(painter, QRectF(mark), row.mood)
        x = rect.left() + line + 4
        day = day_text(row.day)
        top = day if row.mood is None else f"{day} · {mood_word(row.mood)}"
        if row.win:
            top += "  ★"
        painter.setPen(muted)
        width = rect.right() - x
        top = metrics.elidedText(top, Qt.TextElideMode.ElideRight, width)
        first = place(QRect(x, rect.top(), width, line))
        painter.drawText(first, align(Qt.AlignmentFlag.AlignLeft), top)
        room = width - metrics.horizontalAdvance(top) - 2 * metrics.averageCharWidth()
        if row.tags and room > 4 * metrics.averageCharWidth():
            tags = metrics.elidedText(
                "  ".join(f"#{t}" for t in row.tags), Qt.TextElideMode.ElideRight, room
            )
            painter.drawText(first, align(Qt.AlignmentFlag.AlignRight), tags)
        painter.setPen(text_colour)
        headline = (
            row.headline or index.model().tr("(no text)")
            if hasattr(index.model(), "tr")
            else row.headline
        )
        headline = metrics.elidedText(str(headline), Qt.TextElideMode.ElideRight, rect.right() - x)
        second = place(QRect(x, rect.top() + line + 2, rect.right() - x, line))
        painter.drawText(second, align(Qt.AlignmentFlag.AlignLeft), headline)
        painter.restore()
