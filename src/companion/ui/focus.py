"""Focus and toggles that can always be seen, and icons that grow with the text.

The platform styles mark keyboard focus on buttons, boxes and line edits, but
not on multi-line text, read-only text or an empty list: there, the only sign
is a thin caret, or nothing at all. This style, a thin layer over the desktop's
own, draws a 2-pixel frame in the highlight colour around any framed scroll
area that has keyboard focus.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QAbstractScrollArea, QProxyStyle, QStyle, QStyleOption, QWidget

FRAME = 2  # pixels
_BUTTON_PANELS = (
    QStyle.PrimitiveElement.PE_PanelButtonTool,
    QStyle.PrimitiveElement.PE_PanelButtonCommand,
)
_TEXT_SIZED = {  # metric -> size as a share of the line height
    QStyle.PixelMetric.PM_ButtonIconSize: 0.9,
    QStyle.PixelMetric.PM_SmallIconSize: 0.9,
    QStyle.PixelMetric.PM_IndicatorWidth: 0.75,
    QStyle.PixelMetric.PM_IndicatorHeight: 0.75,
    QStyle.PixelMetric.PM_ExclusiveIndicatorWidth: 0.75,
    QStyle.PixelMetric.PM_ExclusiveIndicatorHeight: 0.75,
}


class FocusFrameStyle(QProxyStyle):
    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        value = super().pixelMetric(metric, option, widget)
        if metric == QStyle.PixelMetric.PM_DefaultFrameWidth and isinstance(
            widget, QAbstractScrollArea
        ):
            return max(value, FRAME)  # room for the whole focus frame beside the content
        if metric in _TEXT_SIZED and widget is not None:
            # Icons and tick boxes beside text grow with the text size setting.
            return max(value, round(widget.fontMetrics().height() * _TEXT_SIZED[metric]))
        return value

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element in _BUTTON_PANELS and option.state & QStyle.StateFlag.State_On:
            draw_checked_bar(painter, option.rect, option.palette)
        if (
            element == QStyle.PrimitiveElement.PE_Frame
            and isinstance(widget, QAbstractScrollArea)
            and option.state & QStyle.StateFlag.State_HasFocus
        ):
            draw_focus_frame(painter, option.rect, option.palette)


def draw_checked_bar(painter: QPainter, rect: QRect, palette: QPalette) -> None:
    """A bar along the bottom of a pressed-in toggle (a chosen mood or period): the
    desktop's own sunken look is too faint in dark themes to tell which is on."""
    height = max(3, rect.height() // 12)
    bar = QRect(rect.left() + 3, rect.bottom() - height - 1, rect.width() - 6, height)
    painter.fillRect(bar, palette.color(QPalette.ColorRole.Highlight))


def draw_focus_frame(painter: QPainter, rect: QRect, palette: QPalette) -> None:
    painter.save()
    pen = QPen(palette.color(QPalette.ColorRole.Highlight), FRAME)
    pen.setJoinStyle(pen.joinStyle().MiterJoin)
    painter.setPen(pen)
    painter.setBrush(painter.brush().color().fromRgb(0, 0, 0, 0))
    half = FRAME // 2
    painter.drawRect(rect.adjusted(half, half, -half, -half))
    painter.restore()
