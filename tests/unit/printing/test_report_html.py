"""The report's HTML is a pure function of its data: no Qt application needed."""

from __future__ import annotations

from datetime import date

from companion.domain.journal import Entry, Mood
from companion.domain.report import ReportData
from companion.domain.trackers import Tracker, TrackerKind
from companion.printing.report import ReportText, build_charts, report_html

TEXT = ReportText(
    title="Progress report",
    period="From {first} to {last}",
    prepared="Prepared on {today}.",
    mood="Mood",
    mood_words={1: "Very low", 2: "Low", 3: "Okay", 4: "Good", 5: "Great"},
    average="Average over the period: {value}",
    days_with_entries="Days: {count}",
    month="Month",
    mean="Average",
    count="Days",
    wins_per_week="Small wins per week",
    wins="Small wins",
    untitled_win="A small win",
    no_wins="No wins.",
    milestones="Goals reached",
    strategies="Coping strategies used",
    strategy_line="{title}: used {uses} times, down {drop}",
    entries="Chosen entries",
    no_data="Nothing recorded.",
    not_advice="Not a diagnosis.",
)


def data(entries: list[Entry] | None = None) -> ReportData:
    sleep = Tracker("t1", "Sleep", TrackerKind.NUMBER, unit="h")
    return ReportData(
        first=date(2026, 10, 1),
        last=date(2026, 11, 30),
        mood=[(date(2026, 10, 5), 2.0), (date(2026, 10, 6), 4.0), (date(2026, 11, 2), 5.0)],
        trackers=[(sleep, [(date(2026, 10, 5), 6.0), (date(2026, 11, 2), 8.0)])],
        win_days=[date(2026, 11, 2)],
        wins=[(date(2026, 11, 2), "Called my sister <3"), (date(2026, 11, 3), "")],
        milestones=[(date(2026, 11, 20), "Walk 5 km")],
        entries=entries or [],
        days_with_entries=3,
        strategies=[("Box breathing", 4, 3.25)],
    )


def html(d: ReportData) -> str:
    return report_html(d, build_charts(d, TEXT), TEXT, date(2026, 11, 30))


def test_titles_averages_and_monthly_tables() -> None:
    out = html(data())
    for expected in (
        "Progress report",
        "From Thursday, 1 October 2026 to Monday, 30 November 2026",
        "Mood",
        "Sleep",
        "Small wins per week",
        "Average over the period: 3.7",
        "Average over the period: 7.0 h",
        "October 2026",
        "November 2026",
        "Walk 5 km",
        "Coping strategies used",
        "Box breathing: used 4 times, down 3.2",
    ):
        assert expected in out, expected
    assert "chart:mood" in out and "chart:tracker-0" in out and "chart:wins" in out


def test_text_is_escaped_and_untitled_wins_say_so() -> None:
    out = html(data())
    assert "Called my sister &lt;3" in out
    assert "03/11/2026: A small win" in out


def test_journal_text_only_when_chosen() -> None:
    entry = Entry(
        "e1",
        date(2026, 11, 2),
        "A hard call",
        "The words I wrote that night.",
        Mood.LOW,
        (),
        False,
        "x",
        "x",
    )
    assert "The words I wrote that night." not in html(data())
    chosen = html(data([entry]))
    assert "The words I wrote that night." in chosen
    assert "Chosen entries" in chosen


def test_search_snippet_markup_escapes_user_text() -> None:
    from companion.ui.journal.results import snippet_html
    from companion.vault.journal import MARK_END, MARK_START

    html_out = snippet_html("<Title>", "2026-11-26", f"a {MARK_START}café{MARK_END} & <b>x</b>")
    assert "<b>café</b>" in html_out
    assert "&lt;b&gt;x&lt;/b&gt;" in html_out
    assert "&lt;Title&gt;" in html_out
