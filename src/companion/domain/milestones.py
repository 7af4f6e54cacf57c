"""Milestones: counters of days since something, and goals with a target date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from companion.domain.journal import EntryError
from companion.domain.progress import DaysSince, next_threshold


class MilestoneKind(StrEnum):
    DAYS_SINCE = "days_since"
    GOAL = "goal"


@dataclass(frozen=True)
class Milestone:
    id: str
    kind: MilestoneKind
    label: str
    start_day: date | None = None
    target_day: date | None = None
    reached_day: date | None = None
    lapses: tuple[date, ...] = ()

    def counter(self) -> DaysSince:
        assert self.start_day is not None
        return DaysSince(self.label, self.start_day, self.lapses)


@dataclass(frozen=True)
class MilestoneStatus:
    """What the Today and Progress pages say about one milestone."""

    milestone: Milestone
    current_days: int | None = None  # days since: the running period
    longest_days: int | None = None
    next_days: int | None = None  # the next threshold
    days_to_target: int | None = None  # goals: negative once past


def status(milestone: Milestone, today: date) -> MilestoneStatus:
    if milestone.kind is MilestoneKind.DAYS_SINCE:
        counter = milestone.counter()
        current = counter.current(today)
        return MilestoneStatus(
            milestone,
            current_days=current,
            longest_days=counter.longest(today),
            next_days=next_threshold(current),
        )
    assert milestone.target_day is not None
    return MilestoneStatus(milestone, days_to_target=(milestone.target_day - today).days)


def validate_label(label: str) -> str:
    clean = " ".join(label.split())
    if not clean:
        raise EntryError("Give the milestone a name, in your own words.")
    if len(clean) > 80:
        raise EntryError("A milestone name can be up to 80 characters long.")
    return clean
