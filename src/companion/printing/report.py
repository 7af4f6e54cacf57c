"""The progress report for a clinician: HTML from data (pure), then charts and PDF.

`report_html` is a pure function of the data and the translated words; charts
appear as `chart:` image names that `report_document` fills with drawings made
by printing/charts.py, the same drawing the Progress page shows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from html import escape

from PySide6.QtGui import QImage, QTextDocument

from companion.dates import day_text, month_text
from companion.domain.charts import BarChart, LineChart, line_chart, rolling_days_for
from companion.domain.journal import Mood
from companion.domain.progress import monthly_averages, wins_per_week
from companion.domain.report import ReportData
from companion.printing.charts import chart_image
from companion.printing.render import document_from_html

CHART_W, CHART_H = 520, 180


@dataclass(frozen=True)
class ReportText:
    """Every word of the report, translated by the caller."""

    title: str
    period: str  # "From {first} to {last}"
    prepared: str  # "Prepared with Companion on {today}. It holds only what you chose."
    mood: str
    mood_words: dict[int, str]
    average: str  # "Average: {value}"
    days_with_entries: str  # "Days with an entry: {count}"
    month: str
    mean: str
    count: str
    wins_per_week: str
    wins: str
    untitled_win: str
    no_wins: str
    milestones: str
    strategies: str
    strategy_line: str  # "{title}: used {uses} times, distress down {drop} on average"
    entries: str
    no_data: str
    not_advice: str


@dataclass(frozen=True)
class ReportCharts:
    mood: LineChart
    trackers: list[LineChart]
    wins: BarChart


def build_charts(data: ReportData, text: ReportText) -> ReportCharts:
    window = rolling_days_for(data.first, data.last)
    labels = {float(m): text.mood_words[int(m)] for m in (Mood.VERY_LOW, Mood.OKAY, Mood.GREAT)}
    mood = line_chart(text.mood, data.mood, data.first, data.last, 1, 5, window, labels=labels)
    trackers = []
    for tracker, points in data.trackers:
        values = [v for _, v in points]
        low = tracker.min_value if tracker.min_value is not None else min(values, default=0.0)
        high = tracker.max_value if tracker.max_value is not None else max(values, default=1.0)
        if high <= low:
            high = low + 1
        trackers.append(
            line_chart(
                tracker.name,
                points,
                data.first,
                data.last,
                min(low, 0.0) if tracker.min_value is None else low,
                high,
                window,
                unit=tracker.unit,
            )
        )
    wins = BarChart(text.wins_per_week, wins_per_week(data.win_days, data.first, data.last))
    return ReportCharts(mood, trackers, wins)


def _number(value: float) -> str:
    return f"{value:.1f}"


def _monthly_table(chart: LineChart, text: ReportText) -> str:
    rows = monthly_averages(chart.points)
    if not rows:
        return f"<p>{escape(text.no_data)}</p>"
    body = "".join(
        f"<tr><td>{escape(month_text(month))}</td><td align='right'>{_number(mean)}</td>"
        f"<td align='right'>{count}</td></tr>"
        for month, mean, count in rows
    )
    return (
        "<table cellspacing='0' cellpadding='3' border='1' style='border-collapse: collapse;'>"
        f"<tr><th align='left'>{escape(text.month)}</th><th>{escape(text.mean)}</th>"
        f"<th>{escape(text.count)}</th></tr>{body}</table>"
    )


def _chart_section(name: str, chart: LineChart, text: ReportText) -> str:
    mean = chart.mean()
    unit = f" {escape(chart.unit)}" if chart.unit else ""
    summary = (
        text.average.replace("{value}", _number(mean) + unit) if mean is not None else text.no_data
    )
    return (
        f"<div style='page-break-inside: avoid;'><h2>{escape(chart.title)}</h2>"
        f"<p><img src='chart:{name}' width='{CHART_W}' height='{CHART_H}'></p>"
        f"<p>{escape(summary)}</p>{_monthly_table(chart, text)}</div>"
    )


def report_html(
    data: ReportData, charts: ReportCharts, text: ReportText, today: date, large_print: bool = False
) -> str:
    base = 13 if large_print else 10
    parts = [
        "<!DOCTYPE html><html><head><meta charset='utf-8'>",
        f"<title>{escape(text.title)}</title></head>",
        f"<body style='font-size: {base}pt;'>",
        f"<h1>{escape(text.title)}</h1>",
        "<p>"
        + escape(
            text.period.replace("{first}", day_text(data.first, long=True)).replace(
                "{last}", day_text(data.last, long=True)
            )
        )
        + "</p>",
        "<p>" + escape(text.prepared.replace("{today}", day_text(today, long=True))) + "</p>",
        "<p>"
        + escape(text.days_with_entries.replace("{count}", str(data.days_with_entries)))
        + "</p>",
        _chart_section("mood", charts.mood, text),
    ]
    for i, chart in enumerate(charts.trackers):
        parts.append(_chart_section(f"tracker-{i}", chart, text))
    parts.append(
        f"<div style='page-break-inside: avoid;'><h2>{escape(text.wins_per_week)}</h2>"
        f"<p><img src='chart:wins' width='{CHART_W}' height='{CHART_H // 2 + 20}'></p></div>"
    )
    parts.append(f"<h2>{escape(text.wins)}</h2>")
    if data.wins:
        parts.append(
            "<ul>"
            + "".join(
                f"<li>{escape(day_text(day))}: {escape(title or text.untitled_win)}</li>"
                for day, title in data.wins
            )
            + "</ul>"
        )
    else:
        parts.append(f"<p>{escape(text.no_wins)}</p>")
    if data.milestones:
        parts.append(
            f"<h2>{escape(text.milestones)}</h2><ul>"
            + "".join(
                f"<li>{escape(day_text(day))}: {escape(label)}</li>"
                for day, label in data.milestones
            )
            + "</ul>"
        )
    if data.strategies:
        parts.append(
            f"<h2>{escape(text.strategies)}</h2><ul>"
            + "".join(
                "<li>"
                + escape(
                    text.strategy_line.replace("{title}", title)
                    .replace("{uses}", str(uses))
                    .replace("{drop}", f"{drop:.1f}")
                )
                + "</li>"
                for title, uses, drop in data.strategies
            )
            + "</ul>"
        )
    if data.entries:
        parts.append(f"<h2>{escape(text.entries)}</h2>")
        for entry in data.entries:
            title = f" — {escape(entry.title)}" if entry.title else ""
            body = "<br>".join(escape(line) for line in entry.body.splitlines())
            day = escape(day_text(entry.day, long=True))
            parts.append(
                f"<div style='page-break-inside: avoid;'><h3>{day}{title}</h3><p>{body}</p></div>"
            )
    parts.append(f"<p style='color: #555555;'>{escape(text.not_advice)}</p></body></html>")
    return "".join(parts)


def report_images(charts: ReportCharts, empty_text: str) -> dict[str, QImage]:
    images = {"chart:mood": chart_image(charts.mood, CHART_W, CHART_H, empty_text)}
    for i, chart in enumerate(charts.trackers):
        images[f"chart:tracker-{i}"] = chart_image(chart, CHART_W, CHART_H, empty_text)
    images["chart:wins"] = chart_image(charts.wins, CHART_W, CHART_H // 2 + 20, empty_text)
    return images


def report_document(
    data: ReportData, text: ReportText, today: date, large_print: bool = False
) -> QTextDocument:
    """The report ready to preview, print or save as PDF."""
    charts = build_charts(data, text)
    html = report_html(data, charts, text, today, large_print)
    return document_from_html(html, text.title, report_images(charts, text.no_data))
