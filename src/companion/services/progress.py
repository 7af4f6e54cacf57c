"""Progress use-cases: milestones, celebrations, lapses, and the overview numbers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from companion.domain.changes import Changed
from companion.domain.journal import EntryDraft, EntryError
from companion.domain.milestones import (
    Milestone,
    MilestoneKind,
    MilestoneStatus,
    status,
    validate_label,
)
from companion.domain.progress import consistency, longest_streak, reached_thresholds
from companion.vault.journal import JournalRepository, TimelineFilter, TimelineRow
from companion.vault.milestones import MilestoneRepository
from companion.vault.vault import utc_now

REFLECTION_TAG = "reflection"
MILESTONE_TAG = "milestone"


@dataclass(frozen=True)
class Celebration:
    label: str
    days: int | None  # None for a goal reached


@dataclass(frozen=True)
class Overview:
    consistency_30: int  # days with an entry among the last 30
    longest_streak: int
    milestones: list[MilestoneStatus]
    recent_wins: list[TimelineRow]


class ProgressService:
    def __init__(
        self,
        journal: JournalRepository,
        milestones: MilestoneRepository,
        today: Callable[[], date] = date.today,
        now: Callable[[], str] = utc_now,
    ) -> None:
        self._journal = journal
        self._milestones = milestones
        self._today = today
        self._now = now

    # -- milestones -----------------------------------------------------------------------

    def add_days_since(self, label: str, start: date) -> Milestone:
        if start > self._today():
            raise EntryError("A counter starts today or on an earlier day.")
        return self._milestones.add(
            MilestoneKind.DAYS_SINCE, validate_label(label), self._now(), start_day=start
        )

    def add_goal(self, label: str, target: date) -> Milestone:
        return self._milestones.add(
            MilestoneKind.GOAL, validate_label(label), self._now(), target_day=target
        )

    def remove(self, milestone_id: str) -> Changed:
        self._milestones.remove(milestone_id, self._now())
        return Changed(vault=True)

    def milestones(self) -> list[MilestoneStatus]:
        today = self._today()
        return [status(m, today) for m in self._milestones.all()]

    def record_lapse(self, milestone_id: str, day: date, reflection: str, restart: bool) -> Changed:
        """A lapse is a reflection, not a failure: the words go in the journal, and
        the counter starts a new period only if the user chooses to restart it.
        Earlier periods stay in its history."""
        milestone = self._milestones.get(milestone_id)
        if milestone is None or milestone.kind is not MilestoneKind.DAYS_SINCE:
            raise EntryError("That counter no longer exists.")
        if day > self._today():
            raise EntryError("Choose today or an earlier day.")
        entry_id = None
        changed = Changed(vault=True)
        if reflection.strip():
            entry = self._journal.insert(
                EntryDraft(
                    day=day, title=milestone.label, body=reflection.strip(), tags=(REFLECTION_TAG,)
                ),
                self._now(),
            )
            entry_id = entry.id
            changed = changed | Changed(entries=frozenset({entry.id}))
        if restart:
            self._milestones.add_lapse(milestone_id, day, entry_id, self._now())
        return changed

    def reach_goal(self, milestone_id: str) -> Celebration:
        milestone = self._milestones.get(milestone_id)
        if milestone is None or milestone.kind is not MilestoneKind.GOAL:
            raise EntryError("That goal no longer exists.")
        today = self._today()
        self._milestones.mark_reached(milestone_id, today, self._now())
        self._journal.insert(
            EntryDraft(day=today, title=milestone.label, body="", tags=(MILESTONE_TAG,), win=True),
            self._now(),
        )
        return Celebration(milestone.label, None)

    def celebrate_due(
        self, title: Callable[[str, int], str] = lambda label, days: f"{label}: {days} days"
    ) -> list[Celebration]:
        """Celebrate each counter threshold newly reached, once, as a win in the journal.

        A counter started long ago celebrates only its highest threshold, not every
        one on the way.
        """
        today = self._today()
        out = []
        for milestone in self._milestones.all():
            if milestone.kind is not MilestoneKind.DAYS_SINCE:
                continue
            period = milestone.counter().periods()[-1]
            done = self._milestones.celebrated(milestone.id, period.start)
            due = [t for t in reached_thresholds(period.days(today)) if t not in done]
            if not due:
                continue
            top = max(due)
            entry = self._journal.insert(
                EntryDraft(
                    day=today,
                    title=title(milestone.label, top),
                    body="",
                    tags=(MILESTONE_TAG,),
                    win=True,
                ),
                self._now(),
            )
            for days in due:
                self._milestones.add_celebration(
                    milestone.id, period.start, days, entry.id if days == top else None
                )
            out.append(Celebration(milestone.label, top))
        return out

    # -- the numbers ------------------------------------------------------------------------

    def overview(self, wins: int = 5) -> Overview:
        today = self._today()
        days = self._journal.entry_days()
        win_seqs = self._journal.timeline_seqs(TimelineFilter(wins_only=True))[:wins]
        rows = self._journal.rows(win_seqs)
        return Overview(
            consistency_30=consistency(days, today, 30),
            longest_streak=longest_streak(days),
            milestones=self.milestones(),
            recent_wins=[rows[s] for s in win_seqs if s in rows],
        )
