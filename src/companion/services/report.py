"""Gathering a progress report: charts' data, wins and milestones for a date range.

Journal text is left out unless the user picks entries to include.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from companion.domain.journal import EntryError
from companion.domain.report import ReportData, validate_range
from companion.services.toolbox import ToolboxService
from companion.vault.journal import JournalRepository, TimelineFilter
from companion.vault.milestones import MilestoneRepository
from companion.vault.trackers import TrackerRepository


class ReportService:
    def __init__(
        self,
        journal: JournalRepository,
        trackers: TrackerRepository,
        milestones: MilestoneRepository,
        toolbox: ToolboxService | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        self._journal = journal
        self._trackers = trackers
        self._milestones = milestones
        self._toolbox = toolbox
        self._today = today

    def gather(self, first: date, last: date, entry_ids: Sequence[str] = ()) -> ReportData:
        validate_range(first, last, self._today())
        last = min(last, self._today())
        mood = [(d, mean) for d, mean, _ in self._journal.mood_by_day(first, last)]
        trackers = [(t, self._trackers.points(t.id, first, last)) for t in self._trackers.all()]
        win_seqs = self._journal.timeline_seqs(
            TimelineFilter(since=first, until=last, wins_only=True)
        )
        wins: list[tuple[date, str]] = []
        for start in range(0, len(win_seqs), 200):
            page = self._journal.rows(win_seqs[start : start + 200])
            # Titles only: a body's first line is journal text, private unless chosen.
            wins += [
                (page[s].day, page[s].title) for s in win_seqs[start : start + 200] if s in page
            ]
        wins.sort()
        milestones = [
            (m.reached_day, m.label)
            for m in self._milestones.all()
            if m.reached_day is not None and first <= m.reached_day <= last
        ]
        entries = []
        for entry_id in entry_ids:
            entry = self._journal.get(entry_id)
            if entry is None:
                raise EntryError("One of the chosen entries no longer exists. Choose again.")
            entries.append(entry)
        entries.sort(key=lambda e: e.day)
        return ReportData(
            first=first,
            last=last,
            mood=mood,
            trackers=trackers,
            win_days=self._journal.win_days(first, last),
            wins=wins,
            milestones=milestones,
            entries=entries,
            days_with_entries=len(self._journal.entry_days(first, last)),
            strategies=[
                (r.strategy.title, r.ranked.uses, r.ranked.mean_drop)
                for r in (self._toolbox.used_between(first, last) if self._toolbox else [])
            ],
        )
