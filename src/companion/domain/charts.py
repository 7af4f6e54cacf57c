"""Chart data: what a chart shows, and its words for screen readers and reports.

Pure data. The drawing (printing/charts.py) is the same on screen and in PDFs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from companion.domain.progress import monthly_averages, rolling_average


class Span(StrEnum):
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"
    ALL = "all"

    def start(self, today: date) -> date | None:
        days = {Span.WEEK: 6, Span.MONTH: 29, Span.YEAR: 364}.get(self)
        return None if days is None else today - timedelta(days=days)

    @property
    def rolling_days(self) -> int:
        """A window that smooths without hiding the shape at this span."""
        return {Span.WEEK: 3, Span.MONTH: 7, Span.YEAR: 14, Span.ALL: 30}[self]


@dataclass(frozen=True)
class LineChart:
    title: str
    points: list[tuple[date, float]]  # one value a day (a daily mean)
    rolling: list[tuple[date, float]]
    low: float  # the y range drawn
    high: float
    first: date | None = None  # the x range drawn
    last: date | None = None
    unit: str = ""
    labels: dict[float, str] = field(default_factory=dict)  # y ticks with words (mood)

    @property
    def empty(self) -> bool:
        return not self.points

    def mean(self) -> float | None:
        if not self.points:
            return None
        return sum(v for _, v in self.points) / len(self.points)

    def monthly(self) -> list[tuple[date, float, int]]:
        return monthly_averages(self.points)


@dataclass(frozen=True)
class BarChart:
    title: str
    bars: list[tuple[date, int]]  # (week start, count)


def line_chart(
    title: str,
    points: list[tuple[date, float]],
    first: date | None,
    last: date,
    low: float,
    high: float,
    rolling_days: int = 7,
    unit: str = "",
    labels: dict[float, str] | None = None,
) -> LineChart:
    """A chart of the points between `first` (None: from the first point) and `last`."""
    shown = [(d, v) for d, v in points if (first is None or d >= first) and d <= last]
    start = first if first is not None else (shown[0][0] if shown else last)
    return LineChart(
        title=title,
        points=shown,
        rolling=rolling_average(shown, rolling_days),
        low=low,
        high=high,
        first=start,
        last=last,
        unit=unit,
        labels=labels or {},
    )


def rolling_days_for(first: date, last: date) -> int:
    """A smoothing window that suits the length of the range."""
    days = (last - first).days
    return 3 if days <= 10 else 7 if days <= 60 else 14 if days <= 400 else 30
