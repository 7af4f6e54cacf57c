"""Repository for tracker definitions and their values over time."""

from __future__ import annotations

import uuid
from datetime import date

from companion.domain.trackers import Tracker, TrackerKind
from companion.vault.db import Database


class TrackerRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add(
        self,
        name: str,
        kind: TrackerKind,
        now: str,
        min_value: float | None = None,
        max_value: float | None = None,
        unit: str = "",
    ) -> Tracker:
        tracker_id = str(uuid.uuid4())
        with self._db.transaction() as conn:
            position = conn.execute(
                "SELECT coalesce(max(position), -1) + 1 FROM trackers"
            ).fetchone()[0]
            conn.execute(
                "INSERT INTO trackers (id, name, kind, min_value, max_value, unit, position,"
                " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    tracker_id,
                    name.strip(),
                    kind.value,
                    min_value,
                    max_value,
                    unit,
                    position,
                    now,
                    now,
                ),
            )
        return Tracker(tracker_id, name.strip(), kind, min_value, max_value, unit, position)

    def all(self) -> list[Tracker]:
        rows = self._db.execute(
            "SELECT id, name, kind, min_value, max_value, unit, position FROM trackers"
            " WHERE deleted_at IS NULL ORDER BY position"
        )
        return [Tracker(r[0], r[1], TrackerKind(r[2]), r[3], r[4], r[5], r[6]) for r in rows]

    def remove(self, tracker_id: str, now: str) -> bool:
        """Hide the tracker; its past values stay with their entries."""
        with self._db.transaction() as conn:
            cursor = conn.execute(
                "UPDATE trackers SET deleted_at = ?, updated_at = ?, version = version + 1"
                " WHERE id = ? AND deleted_at IS NULL",
                (now, now, tracker_id),
            )
        return bool(cursor.rowcount > 0)

    def points(
        self, tracker_id: str, since: date | None = None, until: date | None = None
    ) -> list[tuple[date, float]]:
        rows = self._db.execute(
            "SELECT e.day, v.value FROM tracker_values v JOIN entries e ON e.seq = v.entry_seq"
            " WHERE v.tracker_id = ? AND e.deleted_at IS NULL AND e.day >= ? AND e.day <= ?"
            " ORDER BY e.day",
            (tracker_id, (since or date.min).isoformat(), (until or date.max).isoformat()),
        )
        return [(date.fromisoformat(r[0]), float(r[1])) for r in rows]
