"""Progress that does not punish: consistency, streaks, days-since, averages.

All pure functions over calendar days. A "day" is always the user's local
calendar date of the entry, so month and week boundaries follow where the user
lives, not UTC.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from itertools import pairwise


def local_day(utc_iso: str, tz: tzinfo) -> date:
    """The user's calendar day for a UTC timestamp like 2026-01-01T02:00:00.000Z."""
    moment = datetime.fromisoformat(utc_iso.replace("Z", "+00:00"))
    return moment.astimezone(tz).date()


def consistency(days: Iterable[date], today: date, window: int = 30) -> int:
    """How many of the last `window` days (today included) have an entry."""
    start = today - timedelta(days=window - 1)
    return len({d for d in days if start <= d <= today})


def longest_streak(days: Iterable[date]) -> int:
    """The longest run of consecutive days with an entry."""
    ordered = sorted(set(days))
    best = run = 0
    previous: date | None = None
    for day in ordered:
        run = run + 1 if previous is not None and day - previous == timedelta(days=1) else 1
        best = max(best, run)
        previous = day
    return best


@dataclass(frozen=True)
class Period:
    start: date
    end: date | None  # None: still going

    def days(self, today: date) -> int:
        return ((self.end or today) - self.start).days


@dataclass(frozen=True)
class DaysSince:
    """A "days since" counter with its history: a lapse starts a new period, never erases one."""

    label: str
    start: date
    lapses: tuple[date, ...] = ()

    def periods(self) -> list[Period]:
        starts = [self.start, *sorted(d for d in self.lapses if d >= self.start)]
        out = [Period(s, e) for s, e in pairwise(starts)]
        out.append(Period(starts[-1], None))
        return out

    def current(self, today: date) -> int:
        return self.periods()[-1].days(today)

    def longest(self, today: date) -> int:
        return max(p.days(today) for p in self.periods())

    def with_lapse(self, day: date) -> DaysSince:
        return DaysSince(self.label, self.start, tuple(sorted({*self.lapses, day})))


def rolling_average(
    points: Sequence[tuple[date, float]], window_days: int = 7
) -> list[tuple[date, float]]:
    """For each day with values, the mean of all values in the `window_days` ending that day."""
    by_day: dict[date, list[float]] = defaultdict(list)
    for day, value in points:
        by_day[day].append(value)
    days = sorted(by_day)
    out: list[tuple[date, float]] = []
    total = 0.0
    count = 0
    left = 0
    for day in days:
        total += sum(by_day[day])
        count += len(by_day[day])
        while days[left] <= day - timedelta(days=window_days):
            total -= sum(by_day[days[left]])
            count -= len(by_day[days[left]])
            left += 1
        out.append((day, total / count))
    return out


def monthly_averages(points: Iterable[tuple[date, float]]) -> list[tuple[date, float, int]]:
    """(first day of month, mean, number of values), oldest month first."""
    sums: dict[date, list[float]] = defaultdict(lambda: [0.0, 0])
    for day, value in points:
        bucket = sums[day.replace(day=1)]
        bucket[0] += value
        bucket[1] += 1
    return [(month, s / n, int(n)) for month, (s, n) in sorted(sums.items())]


def week_start(day: date) -> date:
    """Monday of the ISO week holding `day`."""
    return day - timedelta(days=day.weekday())


def wins_per_week(win_days: Iterable[date], first: date, last: date) -> list[tuple[date, int]]:
    """Wins counted per ISO week from `first` to `last`, weeks without wins included as 0."""
    counts: dict[date, int] = defaultdict(int)
    for day in win_days:
        if first <= day <= last:
            counts[week_start(day)] += 1
    out = []
    week = week_start(first)
    while week <= last:
        out.append((week, counts.get(week, 0)))
        week += timedelta(days=7)
    return out


# Days worth celebrating on a "days since" counter.
THRESHOLDS = (1, 3, 7, 14, 30, 60, 90, 180, 365, 500, 730, 1000, 1095, 1461, 1826, 3652)


def next_threshold(days: int) -> int | None:
    """The next day count to look forward to, or None past the last one."""
    return next((t for t in THRESHOLDS if t > days), None)


def reached_thresholds(days: int) -> list[int]:
    return [t for t in THRESHOLDS if t <= days]
