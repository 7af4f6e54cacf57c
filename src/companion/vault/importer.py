"""Writing an import into the vault: new records only, all in one transaction."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import sqlcipher3

from companion.domain.journal import EntryDraft
from companion.vault.db import Database
from companion.vault.journal import JournalRepository

IMPORT_CACHE_KIB = -131_072  # negative: KiB, so 128 MiB

# The tables an import may write to, with the record kind each one holds.
TABLES = {
    "trackers": "trackers",
    "templates": "templates",
    "milestones": "milestones",
    "strategies": "strategies",
    "strategy_uses": "strategy_uses",
    "safety_plan": "safety_plan_items",
    "resources": "resources",
    "notes": "knowledge_notes",
    "groups": "groups",
    "members": "group_members",
    "sessions": "group_sessions",
    "entries": "entries",
}


class ImportConflict(Exception):
    """The records break a rule of the vault (say, one id used for two pictures)."""


@dataclass(frozen=True)
class ImportedEntry:
    id: str
    draft: EntryDraft
    created_at: str
    updated_at: str
    pictures: Sequence[tuple[str, str, str, bytes]] = ()  # (id, name, mime, data)


@dataclass
class Batch:
    """Rows ready to insert: kind -> rows of column -> value, plus entries and agendas."""

    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    entries: list[ImportedEntry] = field(default_factory=list)
    agendas: dict[str, list[tuple[str, int]]] = field(default_factory=dict)  # session id -> items


class ImportRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def existing_ids(self, kind: str) -> set[str]:
        """Every id the vault has for this kind, deleted ones too: a deleted record
        is not brought back by importing an old export."""
        return {row[0] for row in self._db.execute(f"SELECT id FROM {TABLES[kind]}")}  # noqa: S608 - fixed names

    def apply(self, batch: Batch, now: str) -> None:
        """All or nothing: on any error the transaction rolls back."""
        # A larger page cache for the one big transaction: the full-text index of
        # 100,000 entries rewrites far more pages than the default cache holds.
        before = self._db.scalar("PRAGMA cache_size")
        self._db.execute(f"PRAGMA cache_size = {IMPORT_CACHE_KIB}")
        try:
            self._apply(batch, now)
        except sqlcipher3.IntegrityError as exc:
            raise ImportConflict(str(exc)) from exc
        finally:
            self._db.execute(f"PRAGMA cache_size = {int(before)}")

    def _apply(self, batch: Batch, now: str) -> None:
        with self._db.transaction() as conn:
            for kind, rows in batch.rows.items():
                table = TABLES[kind]
                for row in rows:
                    columns = list(row)
                    if kind != "strategy_uses":
                        columns += ["created_at", "updated_at"]
                    values = [*row.values(), *([now, now] if kind != "strategy_uses" else [])]
                    conn.execute(
                        f"INSERT INTO {table} ({', '.join(columns)})"  # noqa: S608 - fixed names
                        f" VALUES ({', '.join('?' * len(columns))})",
                        values,
                    )
            for session_id, items in batch.agendas.items():
                conn.executemany(
                    "INSERT INTO agenda_items (id, session_id, position, title, minutes)"
                    " VALUES (?, ?, ?, ?, ?)",
                    [
                        (str(uuid.uuid4()), session_id, i, title, minutes)
                        for i, (title, minutes) in enumerate(items)
                    ],
                )
            with JournalRepository.bulk_index(conn, len(batch.entries)):
                JournalRepository.insert_rows(
                    conn, ((e.id, e.draft, e.created_at, e.updated_at) for e in batch.entries)
                )
            for entry in batch.entries:
                if not entry.pictures:
                    continue
                conn.executemany(
                    "INSERT INTO attachments (id, entry_id, name, mime, size, data, created_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [
                        (pid, entry.id, name, mime, len(data), data, entry.created_at)
                        for pid, name, mime, data in entry.pictures
                    ],
                )
