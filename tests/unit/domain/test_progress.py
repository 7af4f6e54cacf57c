from __future__ import annotations

from datetime import UTC, date, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from companion.domain import progress

D = date(2026, 3, 10)


def days(*offsets: int) -> list[date]:
    return [D + timedelta(days=o) for o in offsets]


def test_consistency_counts_days_not_entries_within_the_window() -> None:
    entries = days(0, 0, -1, -29, -30, 1)
    assert progress.consistency(entries, today=D, window=30) == 3  # -30 is outside, +1 is future


def test_longest_streak_and_gaps() -> None:
    assert progress.longest_streak([]) == 0
    assert progress.longest_streak(days(0)) == 1
    assert progress.longest_streak(days(0, 1, 2, 4, 5, 2)) == 3


def test_streak_across_a_month_boundary() -> None:
    assert progress.longest_streak([date(2026, 1, 31), date(2026, 2, 1), date(2026, 2, 2)]) == 3


@given(st.sets(st.integers(min_value=0, max_value=400)))
def test_longest_streak_is_bounded_by_the_number_of_days(offsets: set[int]) -> None:
    streak = progress.longest_streak(days(*offsets))
    assert streak <= len(offsets)
    assert (streak == 0) == (not offsets)


def test_days_since_keeps_history_through_a_lapse() -> None:
    counter = progress.DaysSince("Alcohol-free", start=date(2026, 1, 1))
    assert counter.current(date(2026, 4, 5)) == 94
    after = counter.with_lapse(date(2026, 4, 5))
    assert after.current(date(2026, 4, 10)) == 5
    assert after.longest(date(2026, 4, 10)) == 94  # "longest period: 94 days" stays visible
    assert [p.end for p in after.periods()] == [date(2026, 4, 5), None]


def test_days_since_ignores_lapses_before_the_start() -> None:
    counter = progress.DaysSince("x", start=date(2026, 1, 10), lapses=(date(2026, 1, 1),))
    assert len(counter.periods()) == 1


def test_rolling_average_window_in_calendar_days() -> None:
    points = [(date(2026, 1, 1), 1.0), (date(2026, 1, 2), 3.0), (date(2026, 1, 9), 5.0)]
    result = dict(progress.rolling_average(points, window_days=7))
    assert result[date(2026, 1, 1)] == 1.0
    assert result[date(2026, 1, 2)] == 2.0
    assert result[date(2026, 1, 9)] == 5.0  # Jan 2 is 7 days back: outside the window


def test_rolling_average_with_several_values_a_day() -> None:
    points = [(D, 2.0), (D, 4.0)]
    assert progress.rolling_average(points) == [(D, 3.0)]


def test_monthly_averages_group_by_local_month() -> None:
    points = [(date(2026, 1, 31), 2.0), (date(2026, 2, 1), 4.0), (date(2026, 2, 28), 5.0)]
    assert progress.monthly_averages(points) == [
        (date(2026, 1, 1), 2.0, 1),
        (date(2026, 2, 1), 4.5, 2),
    ]


def test_local_day_crosses_month_and_year_boundaries_by_time_zone() -> None:
    stamp = "2026-01-01T02:00:00.000Z"
    assert progress.local_day(stamp, UTC) == date(2026, 1, 1)
    assert progress.local_day(stamp, ZoneInfo("America/New_York")) == date(2025, 12, 31)
    late = "2026-02-28T23:30:00.000Z"
    assert progress.local_day(late, ZoneInfo("Europe/Berlin")) == date(2026, 3, 1)
    assert progress.local_day(late, ZoneInfo("Pacific/Honolulu")) == date(2026, 2, 28)


def test_wins_per_week_includes_empty_weeks() -> None:
    wins = [date(2026, 3, 2), date(2026, 3, 4), date(2026, 3, 18)]
    result = progress.wins_per_week(wins, date(2026, 3, 1), date(2026, 3, 20))
    assert result == [
        (date(2026, 2, 23), 0),
        (date(2026, 3, 2), 2),
        (date(2026, 3, 9), 0),
        (date(2026, 3, 16), 1),
    ]
