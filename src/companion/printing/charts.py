"""Drawing charts with QPainter: one drawing for the screen and for PDF reports.

Calm colours, thin lines, a rolling average over the daily points, and labels
with words where the scale has them (mood). Nothing here is red.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPainterPath, QPen

from companion.dates import day_text
from companion.domain.charts import BarChart, LineChart


@dataclass(frozen=True)
class ChartStyle:
    text: QColor
    muted: QColor
    grid: QColor
    points: QColor
    line: QColor
    bars: QColor
    background: QColor | None = None

    @classmethod
    def for_paper(cls) -> ChartStyle:
        return cls(
            text=QColor("#222222"),
            muted=QColor("#666666"),
            grid=QColor("#dddddd"),
            points=QColor("#8fb3a3"),
            line=QColor("#2f6f62"),
            bars=QColor("#7fa7c9"),
            background=QColor("#ffffff"),
        )


def _x_of(day: date, first: date, last: date, left: float, width: float) -> float:
    span = max((last - first).days, 1)
    return left + width * (day - first).days / span


def _begin(painter: QPainter, rect: QRectF, style: ChartStyle, font: QFont) -> QFontMetricsF:
    """Save the painter and set it up; every chart ends with painter.restore()."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(font)
    if style.background is not None:
        painter.fillRect(rect, style.background)
    return QFontMetricsF(font)


def paint_line_chart(
    painter: QPainter,
    rect: QRectF,
    chart: LineChart,
    style: ChartStyle,
    font: QFont,
    empty_text: str,
) -> None:
    metrics = _begin(painter, rect, style, font)
    labels = chart.labels or {
        chart.low: f"{chart.low:g}",
        (chart.low + chart.high) / 2: f"{(chart.low + chart.high) / 2:g}",
        chart.high: f"{chart.high:g}",
    }
    gutter = max(metrics.horizontalAdvance(t) for t in labels.values()) + 8
    plot = QRectF(
        rect.left() + gutter,
        rect.top() + metrics.height() / 2,
        rect.width() - gutter - 4,
        rect.height() - 2 * metrics.height() - 6,
    )

    def y_of(value: float) -> float:
        spread = chart.high - chart.low or 1
        return plot.bottom() - plot.height() * (value - chart.low) / spread

    painter.setPen(QPen(style.grid, 1))
    for value, text in labels.items():
        y = y_of(value)
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(style.muted)
        painter.drawText(
            QRectF(rect.left(), y - metrics.height() / 2, gutter - 6, metrics.height()),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            text,
        )
        painter.setPen(QPen(style.grid, 1))

    if chart.empty or chart.first is None or chart.last is None:
        painter.setPen(style.muted)
        painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, empty_text)
        painter.restore()
        return
    first, last = chart.first, chart.last
    painter.setPen(style.muted)
    for day, align in ((first, Qt.AlignmentFlag.AlignLeft), (last, Qt.AlignmentFlag.AlignRight)):
        painter.drawText(
            QRectF(plot.left(), plot.bottom() + 4, plot.width(), metrics.height()),
            align,
            day_text(day),
        )

    dot = max(2.0, min(4.0, plot.width() / max(len(chart.points), 1) / 2))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(style.points)
    for day, value in chart.points:
        painter.drawEllipse(
            QPointF(_x_of(day, first, last, plot.left(), plot.width()), y_of(value)), dot, dot
        )
    if len(chart.rolling) > 1:
        path = QPainterPath()
        for i, (day, value) in enumerate(chart.rolling):
            point = QPointF(_x_of(day, first, last, plot.left(), plot.width()), y_of(value))
            if i == 0:
                path.moveTo(point)
            else:
                path.lineTo(point)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(style.line, 2.2))
        painter.drawPath(path)
    painter.restore()


def paint_bar_chart(
    painter: QPainter,
    rect: QRectF,
    chart: BarChart,
    style: ChartStyle,
    font: QFont,
    empty_text: str,
) -> None:
    metrics = _begin(painter, rect, style, font)
    top = max((count for _, count in chart.bars), default=0)
    plot = QRectF(
        rect.left() + 4,
        rect.top() + metrics.height() + 2,
        rect.width() - 8,
        rect.height() - 2 * metrics.height() - 8,
    )
    if top == 0:
        painter.setPen(style.muted)
        painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, empty_text)
        painter.restore()
        return
    width = plot.width() / len(chart.bars)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(style.bars)
    for i, (_, count) in enumerate(chart.bars):
        height = plot.height() * count / top
        painter.drawRoundedRect(
            QRectF(
                plot.left() + i * width + width * 0.15, plot.bottom() - height, width * 0.7, height
            ),
            2,
            2,
        )
    painter.setPen(style.muted)
    painter.drawText(
        QRectF(rect.left(), rect.top(), rect.width(), metrics.height()),
        Qt.AlignmentFlag.AlignRight,
        f"{top}",
    )
    painter.drawText(
        QRectF(plot.left(), plot.bottom() + 4, plot.width(), metrics.height()),
        Qt.AlignmentFlag.AlignLeft,
        day_text(chart.bars[0][0]),
    )
    painter.drawText(
        QRectF(plot.left(), plot.bottom() + 4, plot.width(), metrics.height()),
        Qt.AlignmentFlag.AlignRight,
        day_text(chart.bars[-1][0]),
    )
    painter.restore()


def chart_image(
    chart: LineChart | BarChart, width: int, height: int, empty_text: str, scale: float = 2.0
) -> QImage:
    """Render a chart for a printed page, at `scale` times the size for sharp print."""
    image = QImage(int(width * scale), int(height * scale), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.scale(scale, scale)
    font = QFont("DejaVu Sans")
    font.setPointSizeF(8)
    style = ChartStyle.for_paper()
    rect = QRectF(0, 0, width, height)
    if isinstance(chart, LineChart):
        paint_line_chart(painter, rect, chart, style, font, empty_text)
    else:
        paint_bar_chart(painter, rect, chart, style, font, empty_text)
    painter.end()
    return image
