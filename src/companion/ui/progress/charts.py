"""A chart card: the drawing, a sentence that sums it up, and a table as its text twin."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from companion.domain.charts import BarChart, LineChart
from companion.printing.charts import ChartStyle, paint_bar_chart, paint_line_chart
from companion.ui.theme import readable, softened
from companion.ui.widgets.common import heading, paragraph


def screen_style(palette: QPalette) -> ChartStyle:
    text = palette.color(QPalette.ColorRole.Text)
    muted = palette.color(QPalette.ColorRole.PlaceholderText)
    grid = palette.color(QPalette.ColorRole.Mid)
    paper = ChartStyle.for_paper()
    # The paper's colours, made to stand out from this theme's background: the line
    # (the running average) most, the daily points a quieter shade of it, both >= 3:1.
    background = palette.color(QPalette.ColorRole.Window)
    line = readable(paper.line, background, 4.5)
    return ChartStyle(
        text=text,
        muted=muted,
        grid=grid,
        points=softened(line, background, 3.2),
        line=line,
        bars=readable(paper.bars, background),
    )


class ChartView(QWidget):
    def __init__(self, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._chart: LineChart | BarChart | None = None
        self._empty = empty_text
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(400, self.fontMetrics().height() * 9)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.fontMetrics().height() * 7)

    def set_chart(self, chart: LineChart | BarChart) -> None:
        self._chart = chart
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._chart is None:
            return
        painter = QPainter(self)
        rect = QRectF(self.rect())
        style = screen_style(self.palette())
        if isinstance(self._chart, LineChart):
            paint_line_chart(painter, rect, self._chart, style, self.font(), self._empty)
        else:
            paint_bar_chart(painter, rect, self._chart, style, self.font(), self._empty)
        painter.end()


class ChartCard(QFrame):
    """Title, drawing, summary sentence, and 'Show as a table' for screen readers."""

    def __init__(self, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = heading("", level=2, parent=self)
        self.view = ChartView(empty_text, self)
        self.summary = paragraph("", self)
        self.table_button = QPushButton(self.tr("Show as a table"), self)
        self.table_button.setCheckable(True)
        self.table = QTableWidget(self)
        self.table.setColumnCount(2)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.view)
        layout.addWidget(self.summary)
        button_row = QHBoxLayout()
        button_row.addWidget(self.table_button)
        button_row.addStretch(1)
        layout.addLayout(button_row)
        layout.addWidget(self.table)
        layout.addStretch(1)  # beside a taller card, the extra room goes below
        self.table_button.toggled.connect(self._toggle_table)

    def show_chart(
        self,
        chart: LineChart | BarChart,
        summary: str,
        headers: tuple[str, str],
        rows: list[tuple[str, str]],
    ) -> None:
        self.title.setText(chart.title)
        self.view.set_chart(chart)
        self.summary.setText(summary)
        self.view.setAccessibleName(chart.title)
        self.view.setAccessibleDescription(summary)
        self.table_button.setAccessibleName(
            self.tr("Show %1 as a table").replace("%1", chart.title)
        )
        self.table.setAccessibleName(self.tr("%1, as a table").replace("%1", chart.title))
        self.table.setHorizontalHeaderLabels(list(headers))
        self.table.setRowCount(len(rows))
        for i, (a, b) in enumerate(rows):
            self.table.setItem(i, 0, QTableWidgetItem(a))
            self.table.setItem(i, 1, QTableWidgetItem(b))

    def _toggle_table(self, shown: bool) -> None:
        self.table.setVisible(shown)
        self.table_button.setText(
            self.tr("Hide the table") if shown else self.tr("Show as a table")
        )
