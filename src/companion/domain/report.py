"""What goes into a progress report for a clinician: data only, chosen by the user."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from companion.domain.journal import Entry
from companion.domain.trackers import Tracker


@dataclass(frozen=True)
class ReportData:
    first: date
    last: date
    mood: list[tuple[date, float]]  # daily mean mood
    trackers: list[tuple[Tracker, list[tuple[date, float]]]]
    win_days: list[date]
    wins: list[tuple[date, str]]  # (day, title) of each win; "" when untitled
    milestones: list[tuple[date, str]]  # (day, what was reached)
    entries: list[Entry] = field(default_factory=list)  # only those the user chose
    strategies: list[tuple[str, int, float]] = field(default_factory=list)  # title, uses, drop
    days_with_entries: int = 0


def validate_range(first: date, last: date, today: date) -> None:
    from companion.domain.journal import EntryError

    if first > last:
        raise EntryError("The report's first day comes after its last day. Swap them.")
    if first > today:
        raise EntryError("The report cannot start in the future.")
