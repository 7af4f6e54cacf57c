"""The app's style: the desktop's own, with what it leaves hard to see made visible.

- Keyboard focus: the platform styles mark it on buttons, boxes and line edits,
  but not on multi-line text, read-only text or an empty list (a thin caret, or
  nothing). Framed scroll areas get a 2-pixel frame in the highlight colour.
- Edges of controls: Fusion draws them a shade darker than the window, which is
  about 2:1 in the light theme and nothing at all on the high-contrast black.
  Fields, buttons, boxes and tick boxes get a 1-pixel edge in the theme's Mid
  colour, which stands out 3:1 (WCAG 1.4.11) in every theme.
- Toggles that are on (a chosen mood or period) get a bar in the highlight
  colour: a sunken look alone is too faint in dark themes.
- Icons and tick boxes grow with the text size setting.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionComplex,
    QWidget,
)

FRAME = 2  # pixels
_PE = QStyle.PrimitiveElement
_BUTTON_PANELS = (_PE.PE_PanelButtonTool, _PE.PE_PanelButtonCommand)
_EDGED = (*_BUTTON_PANELS, _PE.PE_FrameLineEdit, _PE.PE_IndicatorCheckBox)
_EDGED_CONTROLS = (QStyle.ComplexControl.CC_ComboBox, QStyle.ComplexControl.CC_SpinBox)
_TEXT_SIZED = {  # metric -> size as a share of the line height
    QStyle.PixelMetric.PM_ButtonIconSize: 0.9,
    QStyle.PixelMetric.PM_SmallIconSize: 0.9,
    QStyle.PixelMetric.PM_IndicatorWidth: 0.75,
    QStyle.PixelMetric.PM_IndicatorHeight: 0.75,
    QStyle.PixelMetric.PM_ExclusiveIndicatorWidth: 0.75,
    QStyle.PixelMetric.PM_ExclusiveIndicatorHeight: 0.75,
}


class CompanionStyle(QProxyStyle):
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
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        scroll_frame = element == _PE.PE_Frame and isinstance(widget, QAbstractScrollArea)
        if (element in _EDGED or scroll_frame) and not focused:
            draw_edge(painter, option.rect, option.palette)
        if element in _BUTTON_PANELS and option.state & QStyle.StateFlag.State_On:
            draw_checked_bar(painter, option.rect, option.palette)
        if scroll_frame and focused:
            draw_focus_frame(painter, option.rect, option.palette)

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control in _EDGED_CONTROLS and not option.state & QStyle.StateFlag.State_HasFocus:
            frame = getattr(option, "frame", True)
            if frame:
                draw_edge(painter, option.rect, option.palette)


def draw_edge(painter: QPainter, rect: QRect, palette: QPalette) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 2, 2)
    painter.restore()


def draw_checked_bar(painter: QPainter, rect: QRect, palette: QPalette) -> None:
    height = max(3, rect.height() // 12)
    bar = QRect(rect.left() + 3, rect.bottom() - height - 1, rect.width() - 6, height)
    painter.fillRect(bar, palette.color(QPalette.ColorRole.Highlight))


def draw_focus_frame(painter: QPainter, rect: QRect, palette: QPalette) -> None:
    painter.save()
    pen = QPen(palette.color(QPalette.ColorRole.Highlight), FRAME)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    half = FRAME // 2
    painter.drawRect(rect.adjusted(half, half, -half, -half))
    painter.restore()
