"""Finishing a delete: the text of a deleted record leaves the file for good.

A delete first only sets the `deleted_at` tombstone, so it can be undone for a
few seconds. After that, `purge` empties every field that holds what the user
wrote and removes what hangs off the record (tag links, tracker values,
pictures, a draft, sync conflict copies). The tombstone row itself stays, with
its id and times: sync needs them to tell other devices about the delete, and
a tombstone is exported without data anyway (exchange/sync.py). Text columns
become '' and optional ones NULL, so every NOT NULL and CHECK still holds.

Three things make the purged text physically gone rather than just unlinked:
`PRAGMA secure_delete = ON` on the connection (vault/db.py) zeroes freed cells
and pages before they are encrypted; the full-text indexes use FTS5's
secure-delete option, so a removed row's tokens are taken out of the index
pages instead of being masked; and a TRUNCATE checkpoint afterwards empties
the WAL, whose older frames still hold the pages as they were.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from companion.vault.db import Database

# What a record of each kind holds that the user wrote, and what it is emptied to.
# Kinds without free text (mentoring pairs) need nothing; columns sync or the
# schema need to stay meaningful (ids, days, categories, times) are kept.
FIELDS: dict[str, dict[str, str | None]] = {
    "entries": {"title": "", "body": "", "tags_text": "", "mood": None, "win": "0"},
    "attachments": {"name": "", "data": "x''", "size": "0"},
    "trackers": {"name": "", "unit": ""},
    "templates": {"name": "", "body": ""},
    "milestones": {"label": ""},
    "strategies": {
        "title": "",
        "steps": "",
        "when_helps": "",
        "tags_text": "",
        "source_group": "",
        "source_member": "",
    },
    "strategy_uses": {"note": ""},
    "safety_plan_items": {"text": "", "contact": ""},
    "resources": {
        "name": "",
        "contact": "",
        "notes": "",
        "cost": "",
        "recommended_by": "",
        "experience": "",
        "tags_text": "",
        "rating": None,
    },
    "knowledge_notes": {"title": "", "topic": "", "body": "", "source": "", "questions": ""},
    "groups": {
        "name": "",
        "focus": "",
        "schedule": "",
        "place": "",
        "facilitators": "",
        "agreements": "",
        "resources": "",
        "crisis_lines": "",
    },
    "group_members": {"alias": "", "contact_note": ""},
    "group_sessions": {"topic": "", "follow_ups": "", "private_notes": ""},
    "shared_items": {"title": "", "body": ""},
    "handout_templates": {"name": ""},
}

# Rows that hang off a purged record and only repeat or extend its content.
CHILDREN: dict[str, tuple[str, ...]] = {
    "entries": (
        "DELETE FROM entry_tags WHERE entry_seq IN (SELECT seq FROM entries WHERE id IN ({ids}))",
        "DELETE FROM tracker_values"
        " WHERE entry_seq IN (SELECT seq FROM entries WHERE id IN ({ids}))",
        "UPDATE attachments SET name = '', data = x'', size = 0,"
        " deleted_at = coalesce(deleted_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))"
        " WHERE entry_id IN ({ids})",
        # An editor's unsaved text for it (migration 0001 names the slot "entry:<uuid>").
        "DELETE FROM drafts WHERE slot IN ({slots})",
    ),
    "trackers": ("DELETE FROM tracker_values WHERE tracker_id IN ({ids})",),
    "milestones": (
        "DELETE FROM milestone_lapses WHERE milestone_id IN ({ids})",
        "DELETE FROM milestone_celebrations WHERE milestone_id IN ({ids})",
    ),
    "group_sessions": (
        "DELETE FROM agenda_items WHERE session_id IN ({ids})",
        "DELETE FROM attendance WHERE session_id IN ({ids})",
    ),
}

FTS_TABLES = ("entries_fts", "notes_fts")
CHUNK = 500


@dataclass(frozen=True)
class Purged:
    """Ids whose text was removed, by kind."""

    ids: dict[str, frozenset[str]]

    @property
    def count(self) -> int:
        return sum(len(v) for v in self.ids.values())


def _has_text(fields: dict[str, str | None]) -> str:
    """SQL true while a tombstone still holds something to purge."""
    tests = []
    for column, empty in fields.items():
        if empty is None:
            tests.append(f"{column} IS NOT NULL")
        elif empty == "x''":
            tests.append(f"length({column}) > 0")
        elif empty == "":
            tests.append(f"{column} <> ''")
    return " OR ".join(tests)


def _assignments(fields: dict[str, str | None]) -> str:
    out = []
    for column, empty in fields.items():
        value = "NULL" if empty is None else ("''" if empty == "" else empty)
        out.append(f"{column} = {value}")
    return ", ".join(out)


def use_secure_fts(db: Database) -> None:
    """Turn on FTS5 secure-delete (SQLite >= 3.42), stored in each index's config,
    so a deleted row's tokens are removed from the index pages, not only masked.
    Index pages written before it was on are merged once, to drop old tokens."""
    for table in FTS_TABLES:
        on = db.scalar(f"SELECT v FROM {table}_config WHERE k = 'secure-delete'")  # noqa: S608
        if on == 1:
            continue
        with db.transaction() as conn:
            conn.execute(f"INSERT INTO {table} ({table}, rank) VALUES ('secure-delete', 1)")  # noqa: S608
            conn.execute(f"INSERT INTO {table} ({table}) VALUES ('optimize')")  # noqa: S608


@contextmanager
def fts_in_bulk(conn: Any, table: str) -> Iterator[None]:
    """Around many writes to an index inside the caller's transaction (a big import or
    sync). Secure-delete costs about 25 ms a row at 10,000 entries (50 at 100,000);
    masking instead, then one merge that drops what was masked, costs a fraction of
    that for a batch (bench/purge.py), and leaves no deleted token behind either."""
    row = conn.execute(
        f"SELECT v FROM {table}_config WHERE k = 'secure-delete'"  # noqa: S608 - fixed names
    ).fetchone()
    secure = row is not None and row[0] == 1
    if secure:
        conn.execute(f"INSERT INTO {table} ({table}, rank) VALUES ('secure-delete', 0)")  # noqa: S608
    yield
    if secure:
        conn.execute(f"INSERT INTO {table} ({table}) VALUES ('optimize')")  # noqa: S608
        conn.execute(f"INSERT INTO {table} ({table}, rank) VALUES ('secure-delete', 1)")  # noqa: S608


def purge(db: Database, deleted_before: str | None = None) -> Purged:
    """Empty the tombstones deleted before `deleted_before` (an ISO UTC time as the
    repositories write it), or all of them (None). Then checkpoint, so the WAL holds
    no page as it was. Safe to repeat: a purged tombstone is not touched again."""
    found: dict[str, frozenset[str]] = {}
    with db.transaction() as conn:
        for table, fields in FIELDS.items():
            ids = _expired(conn, table, fields, deleted_before)
            if not ids:
                continue
            found[table] = frozenset(ids)
            for part in _chunks(ids):
                _purge_part(conn, table, fields, part)
        if "entries" in found:
            # Tags only the purged entries used would still name them.
            conn.execute("DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM entry_tags)")
    if found:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return Purged(found)


def _expired(
    conn: Any, table: str, fields: dict[str, str | None], deleted_before: str | None
) -> list[str]:
    sql = f"SELECT id FROM {table} WHERE deleted_at IS NOT NULL AND ({_has_text(fields)})"  # noqa: S608
    if table == "entries":
        sql = sql.replace("FROM entries", "FROM entries INDEXED BY entries_tombstones")
    if deleted_before is None:
        return [r[0] for r in conn.execute(sql)]
    return [r[0] for r in conn.execute(sql + " AND deleted_at < ?", (deleted_before,))]


def _purge_part(conn: Any, table: str, fields: dict[str, str | None], ids: list[str]) -> None:
    marks = ", ".join("?" * len(ids))
    for statement in CHILDREN.get(table, ()):
        if "{slots}" in statement:
            conn.execute(statement.format(slots=marks), [f"entry:{i}" for i in ids])
        else:
            conn.execute(statement.format(ids=marks), ids)
    conn.execute(
        f"UPDATE {table} SET {_assignments(fields)} WHERE id IN ({marks})",  # noqa: S608
        ids,
    )
    # Copies of a field kept aside by a sync conflict hold the text too.
    conn.execute(
        f"DELETE FROM sync_conflicts WHERE kind = ? AND record_id IN ({marks})",  # noqa: S608
        (table, *ids),
    )


def empty(conn: Any, table: str, ids: list[str]) -> None:
    """Empty these records now, inside the caller's transaction, before their
    tombstone is written (a delete that arrived from another device has no undo
    here). Emptied first, the row never grows with its text still in it: a row
    that grows can make SQLite rebuild its page, and a rebuilt page may keep an
    old copy of the row in its unused space, where secure_delete does not reach."""
    fields = FIELDS.get(table)
    if fields is None or not ids:
        return
    for part in _chunks(ids):
        _purge_part(conn, table, fields, part)


def _chunks(ids: list[str]) -> list[list[str]]:
    return [ids[i : i + CHUNK] for i in range(0, len(ids), CHUNK)]
