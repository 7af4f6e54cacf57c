from __future__ import annotations

from datetime import timedelta

import pytest

from companion.domain.journal import EntryDraft, EntryError
from companion.services.journal import JournalService
from companion.services.progress import ProgressService
from companion.vault.journal import TimelineFilter
from tests.unit.services.conftest import TODAY, clock


def test_counter_celebrates_each_threshold_once_as_a_win(
    progress: ProgressService, journal: JournalService
) -> None:
    progress.add_days_since("Alcohol-free", TODAY - timedelta(days=6))
    assert progress.celebrate_due() != []  # 1 and 3 days: only the highest is announced
    assert progress.celebrate_due() == []
    clock["today"] = TODAY + timedelta(days=1)  # day 7
    [celebration] = progress.celebrate_due()
    assert celebration.days == 7
    assert celebration.label == "Alcohol-free"
    wins = journal.timeline(TimelineFilter(wins_only=True))
    assert len(wins) == 2
    assert journal.get_by_seq(wins[0]).title == "Alcohol-free: 7 days"  # type: ignore[union-attr]
    assert progress.celebrate_due() == []


def test_an_old_counter_celebrates_only_its_highest_threshold(progress: ProgressService) -> None:
    progress.add_days_since("Smoke-free", TODAY - timedelta(days=100))
    assert [c.days for c in progress.celebrate_due()] == [90]


def test_lapse_is_a_reflection_and_keeps_the_history(
    progress: ProgressService, journal: JournalService
) -> None:
    counter = progress.add_days_since("No self-harm", TODAY - timedelta(days=94))
    changed = progress.record_lapse(
        counter.id, TODAY, "A hard night. I called Jo after.", restart=True
    )
    assert changed.entries
    [status] = progress.milestones()
    assert status.current_days == 0
    assert status.longest_days == 94  # "longest period: 94 days" stays
    reflection = journal.get(next(iter(changed.entries)))
    assert reflection is not None
    assert "reflection" in reflection.tags
    assert not reflection.win


def test_lapse_without_restart_only_writes_the_reflection(progress: ProgressService) -> None:
    counter = progress.add_days_since("Gambling-free", TODAY - timedelta(days=10))
    progress.record_lapse(counter.id, TODAY, "Close call, but I stopped.", restart=False)
    [status] = progress.milestones()
    assert status.current_days == 10


def test_goals_and_reaching_them(progress: ProgressService, journal: JournalService) -> None:
    goal = progress.add_goal("Walk 5 km", TODAY + timedelta(days=14))
    [status] = progress.milestones()
    assert status.days_to_target == 14
    celebration = progress.reach_goal(goal.id)
    assert celebration.label == "Walk 5 km"
    assert len(journal.timeline(TimelineFilter(wins_only=True))) == 1


def test_bad_milestones_are_refused(progress: ProgressService) -> None:
    with pytest.raises(EntryError):
        progress.add_days_since("  ", TODAY)
    with pytest.raises(EntryError, match="today or on an earlier"):
        progress.add_days_since("Later", TODAY + timedelta(days=1))


def test_overview_numbers(progress: ProgressService, journal: JournalService) -> None:
    for days_ago in (0, 1, 2, 5, 40):
        journal.save(
            None, EntryDraft(day=TODAY - timedelta(days=days_ago), body="x", win=days_ago == 5)
        )
    overview = progress.overview()
    assert overview.consistency_30 == 4
    assert overview.longest_streak == 3
    assert [w.day for w in overview.recent_wins] == [TODAY - timedelta(days=5)]
