"""Repository for milestones, their lapses and celebrations."""

from __future__ import annotations

import uuid
from datetime import date

from companion.domain.milestones import Milestone, MilestoneKind
from companion.vault.db import Database


def _day(value: object) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) else None


class MilestoneRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add(
        self,
        kind: MilestoneKind,
        label: str,
        now: str,
        start_day: date | None = None,
        target_day: date | None = None,
    ) -> Milestone:
        milestone_id = str(uuid.uuid4())
        with self._db.transaction() as conn:
            conn.execute(
                "INSERT INTO milestones (id, kind, label, start_day, target_day, created_at,"
                " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    milestone_id,
                    kind.value,
                    label,
                    start_day.isoformat() if start_day else None,
                    target_day.isoformat() if target_day else None,
                    now,
                    now,
                ),
            )
        found = self.get(milestone_id)
        assert found is not None
        return found

    def get(self, milestone_id: str) -> Milestone | None:
        return next((m for m in self.all() if m.id == milestone_id), None)

    def all(self) -> list[Milestone]:
        lapses: dict[str, list[date]] = {}
        for mid, day in self._db.execute(
            "SELECT milestone_id, day FROM milestone_lapses ORDER BY day"
        ):
            lapses.setdefault(mid, []).append(date.fromisoformat(day))
        rows = self._db.execute(
            "SELECT id, kind, label, start_day, target_day, reached_day FROM milestones"
            " WHERE deleted_at IS NULL ORDER BY created_at"
        )
        return [
            Milestone(
                id=r[0],
                kind=MilestoneKind(r[1]),
                label=r[2],
                start_day=_day(r[3]),
                target_day=_day(r[4]),
                reached_day=_day(r[5]),
                lapses=tuple(lapses.get(r[0], ())),
            )
            for r in rows
        ]

    def add_lapse(self, milestone_id: str, day: date, entry_id: str | None, now: str) -> None:
        with self._db.transaction() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO milestone_lapses (milestone_id, day, entry_id)"
                " VALUES (?, ?, ?)",
                (milestone_id, day.isoformat(), entry_id),
            )
            conn.execute(
                "UPDATE milestones SET updated_at = ?, version = version + 1 WHERE id = ?",
                (now, milestone_id),
            )

    def mark_reached(self, milestone_id: str, day: date | None, now: str) -> None:
        with self._db.transaction() as conn:
            conn.execute(
                "UPDATE milestones SET reached_day = ?, updated_at = ?, version = version + 1"
                " WHERE id = ?",
                (day.isoformat() if day else None, now, milestone_id),
            )

    def remove(self, milestone_id: str, now: str) -> None:
        with self._db.transaction() as conn:
            conn.execute(
                "UPDATE milestones SET deleted_at = ?, updated_at = ?, version = version + 1"
                " WHERE id = ?",
                (now, now, milestone_id),
            )

    def celebrated(self, milestone_id: str, period_start: date) -> set[int]:
        return {
            r[0]
            for r in self._db.execute(
                "SELECT days FROM milestone_celebrations WHERE milestone_id = ?"
                " AND period_start = ?",
                (milestone_id, period_start.isoformat()),
            )
        }

    def add_celebration(
        self, milestone_id: str, period_start: date, days: int, entry_id: str | None
    ) -> None:
        with self._db.transaction() as conn:
            conn.execute(
                "INSERT OR IGNORE INTO milestone_celebrations"
                " (milestone_id, period_start, days, entry_id) VALUES (?, ?, ?, ?)",
                (milestone_id, period_start.isoformat(), days, entry_id),
            )
