"""Repository for strategies, their uses, hidden starters and the safety plan."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from companion.domain.toolbox import Category, SourceKind, Strategy, StrategyDraft, UseStats
from companion.vault.db import Database

TAG_SEPARATOR = "\n"


@dataclass(frozen=True)
class Use:
    id: str
    strategy_id: str
    used_at: str
    before: int
    after: int
    note: str


@dataclass(frozen=True)
class PlanItem:
    id: str
    step: int
    position: int
    text: str
    contact: str
    strategy_id: str | None


def _strategy(r: Any) -> Strategy:
    return Strategy(
        id=r[0],
        title=r[1],
        category=Category(r[2]),
        steps=r[3],
        when_helps=r[4],
        tags=tuple(t for t in r[5].split(TAG_SEPARATOR) if t),
        source=SourceKind(r[6]),
        source_group=r[7],
        source_member=r[8],
        starter_key=r[9],
    )


_COLUMNS = (
    "id, title, category, steps, when_helps, tags_text, source_kind, source_group,"
    " source_member, starter_key"
)


class ToolboxRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- strategies -------------------------------------------------------------------

    def add(self, draft: StrategyDraft, now: str) -> Strategy:
        strategy_id = str(uuid.uuid4())
        with self._db.transaction() as conn:
            conn.execute(
                "INSERT INTO strategies (id, title, steps, category, when_helps, tags_text,"
                " source_kind, source_group, source_member, starter_key, created_at,"
                " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    strategy_id,
                    draft.title,
                    draft.steps,
                    draft.category.value,
                    draft.when_helps,
                    TAG_SEPARATOR.join(draft.tags),
                    draft.source.value,
                    draft.source_group,
                    draft.source_member,
                    draft.starter_key,
                    now,
                    now,
                ),
            )
        found = self.get(strategy_id)
        assert found is not None
        return found

    def update(self, strategy_id: str, draft: StrategyDraft, now: str) -> Strategy | None:
        with self._db.transaction() as conn:
            cursor = conn.execute(
                "UPDATE strategies SET title = ?, steps = ?, category = ?, when_helps = ?,"
                " tags_text = ?, source_kind = ?, source_group = ?, source_member = ?,"
                " updated_at = ?, version = version + 1 WHERE id = ? AND deleted_at IS NULL",
                (
                    draft.title,
                    draft.steps,
                    draft.category.value,
                    draft.when_helps,
                    TAG_SEPARATOR.join(draft.tags),
                    draft.source.value,
                    draft.source_group,
                    draft.source_member,
                    now,
                    strategy_id,
                ),
            )
        return self.get(strategy_id) if cursor.rowcount else None

    def get(self, strategy_id: str) -> Strategy | None:
        rows = self._db.execute(
            f"SELECT {_COLUMNS} FROM strategies WHERE id = ? AND deleted_at IS NULL",  # noqa: S608
            (strategy_id,),
        )
        return _strategy(rows[0]) if rows else None

    def all(self) -> list[Strategy]:
        rows = self._db.execute(
            f"SELECT {_COLUMNS} FROM strategies WHERE deleted_at IS NULL"  # noqa: S608
            " ORDER BY title COLLATE NOCASE"
        )
        return [_strategy(r) for r in rows]

    def remove(self, strategy_id: str, now: str) -> bool:
        with self._db.transaction() as conn:
            cursor = conn.execute(
                "UPDATE strategies SET deleted_at = ?, updated_at = ?, version = version + 1"
                " WHERE id = ? AND deleted_at IS NULL",
                (now, now, strategy_id),
            )
        return bool(cursor.rowcount > 0)

    def hidden_starters(self) -> set[str]:
        return {r[0] for r in self._db.execute("SELECT key FROM starter_hidden")}

    def hide_starter(self, key: str, hidden: bool, now: str) -> None:
        with self._db.transaction() as conn:
            if hidden:
                conn.execute(
                    "INSERT OR IGNORE INTO starter_hidden (key, hidden_at) VALUES (?, ?)",
                    (key, now),
                )
            else:
                conn.execute("DELETE FROM starter_hidden WHERE key = ?", (key,))

    # -- uses ------------------------------------------------------------------------

    def add_use(self, strategy_id: str, before: int, after: int, note: str, now: str) -> Use:
        use_id = str(uuid.uuid4())
        with self._db.transaction() as conn:
            conn.execute(
                "INSERT INTO strategy_uses (id, strategy_id, used_at, before, after, note)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (use_id, strategy_id, now, before, after, note),
            )
        return Use(use_id, strategy_id, now, before, after, note)

    def add_uses(self, uses: list[tuple[str, int, int, str, str]]) -> None:
        """(strategy id, before, after, note, used_at) in one transaction."""
        with self._db.transaction() as conn:
            conn.executemany(
                "INSERT INTO strategy_uses (id, strategy_id, used_at, before, after, note)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                [(str(uuid.uuid4()), sid, at, b, a, n) for sid, b, a, n, at in uses],
            )

    def uses_of(self, strategy_id: str, limit: int = 50) -> list[Use]:
        rows = self._db.execute(
            "SELECT id, strategy_id, used_at, before, after, note FROM strategy_uses"
            " WHERE strategy_id = ? AND deleted_at IS NULL ORDER BY used_at DESC LIMIT ?",
            (strategy_id, limit),
        )
        return [Use(*r) for r in rows]

    def stats(self, since: str | None = None, until: str | None = None) -> list[UseStats]:
        """Uses per strategy; `since`/`until` (ISO timestamps) narrow it to a period."""
        if since is None and until is None:
            rows = self._db.execute(
                "SELECT strategy_id, count(*), sum(before - after) FROM strategy_uses"
                " INDEXED BY strategy_uses_ranking WHERE deleted_at IS NULL GROUP BY strategy_id"
            )
        else:
            rows = self._db.execute(
                "SELECT strategy_id, count(*), sum(before - after) FROM strategy_uses"
                " WHERE deleted_at IS NULL AND used_at >= ? AND used_at < ?"
                " GROUP BY strategy_id",
                (since or "", until or "9999"),
            )
        return [UseStats(r[0], int(r[1]), int(r[2])) for r in rows]

    # -- safety plan ----------------------------------------------------------------------

    def plan(self) -> list[PlanItem]:
        rows = self._db.execute(
            "SELECT id, step, position, text, contact, strategy_id FROM safety_plan_items"
            " WHERE deleted_at IS NULL ORDER BY step, position, created_at"
        )
        return [PlanItem(*r) for r in rows]

    def add_plan_item(
        self, step: int, text: str, contact: str, strategy_id: str | None, now: str
    ) -> PlanItem:
        item_id = str(uuid.uuid4())
        with self._db.transaction() as conn:
            position = conn.execute(
                "SELECT coalesce(max(position), -1) + 1 FROM safety_plan_items WHERE step = ?",
                (step,),
            ).fetchone()[0]
            conn.execute(
                "INSERT INTO safety_plan_items (id, step, position, text, contact, strategy_id,"
                " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (item_id, step, position, text, contact, strategy_id, now, now),
            )
        return PlanItem(item_id, step, position, text, contact, strategy_id)

    def update_plan_item(self, item_id: str, text: str, contact: str, now: str) -> None:
        with self._db.transaction() as conn:
            conn.execute(
                "UPDATE safety_plan_items SET text = ?, contact = ?, updated_at = ?,"
                " version = version + 1 WHERE id = ?",
                (text, contact, now, item_id),
            )

    def remove_plan_item(self, item_id: str, now: str) -> None:
        with self._db.transaction() as conn:
            conn.execute(
                "UPDATE safety_plan_items SET deleted_at = ?, updated_at = ?,"
                " version = version + 1 WHERE id = ?",
                (now, now, item_id),
            )

    def set_meta(self, key: str, value: str) -> None:
        with self._db.transaction() as conn:
            conn.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE"
                " SET value = excluded.value",
                (key, value),
            )

    def meta(self, key: str) -> str | None:
        value = self._db.scalar("SELECT value FROM meta WHERE key = ?", (key,))
        return value if isinstance(value, str) else None
