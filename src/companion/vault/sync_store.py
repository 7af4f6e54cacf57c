"""The vault's side of sync: records read and written as plain dicts, the dirty
set the triggers keep (migration 0007), and what this device knows of each
record (its last version, for merging).

Every synced table is one kind, named after the table. A record's data is its
columns, except the local ones (the `seq` rowid, the optimistic `version`, the
tombstone column) and `private_notes`, which never leaves the device it was
written on. Child rows travel inside their parent as lists.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Iterable, Iterator, Sequence
from contextlib import nullcontext
from dataclasses import dataclass
from typing import Any

from companion.domain.sync import DELETED, Version
from companion.vault import purge
from companion.vault.db import Database
from companion.vault.journal import JournalRepository, nocase

LOCAL_COLUMNS = frozenset({"seq", "version", "deleted_at", "private_notes"})
BLOB_COLUMNS = frozenset({("attachments", "data")})
CHUNK = 500
FTS_INDEXES = {"entries": "entries_fts", "knowledge_notes": "notes_fts"}
FTS_BULK_MIN = 100  # rows: a merge of the index (seconds at 100,000) beats row by row


@dataclass(frozen=True)
class Child:
    table: str
    parent_column: str
    order: str


@dataclass(frozen=True)
class Kind:
    table: str
    key: str = "id"
    tombstone: bool = True  # False: a deletion removes the row
    children: tuple[Child, ...] = ()


# In the order records are written, parents before what points to them.
KINDS: tuple[Kind, ...] = (
    Kind("trackers"),
    Kind("templates"),
    Kind(
        "milestones",
        children=(
            Child("milestone_lapses", "milestone_id", "day"),
            Child("milestone_celebrations", "milestone_id", "period_start, days"),
        ),
    ),
    Kind("strategies"),
    Kind("starter_hidden", key="key", tombstone=False),
    Kind("strategy_uses"),
    Kind("safety_plan_items"),
    Kind("resources"),
    Kind("knowledge_notes"),
    Kind("groups"),
    Kind("group_members"),
    Kind(
        "group_sessions",
        children=(
            Child("agenda_items", "session_id", "position, id"),
            Child("attendance", "session_id", "member_id"),
        ),
    ),
    Kind("shared_items"),
    Kind("mentoring_pairs"),
    Kind("mentoring_checkins", tombstone=False),
    Kind("handout_templates"),
    Kind("entries"),
    Kind("attachments"),
)
BY_NAME = {kind.table: kind for kind in KINDS}
ORDER = {kind.table: i for i, kind in enumerate(KINDS)}


@dataclass(frozen=True)
class Current:
    """A record as the vault holds it now."""

    data: dict[str, Any]
    deleted: bool


def digest(data: dict[str, Any]) -> dict[str, str]:
    """A short hash per field, enough to see which fields a local edit changed."""
    return {
        name: hashlib.blake2b(repr(value).encode("utf-8"), digest_size=6).hexdigest()
        for name, value in data.items()
    }


def _chunks(ids: Sequence[str]) -> Iterator[Sequence[str]]:
    for i in range(0, len(ids), CHUNK):
        yield ids[i : i + CHUNK]


class SyncStore:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._columns: dict[str, list[str]] = {}
        self._versioned_kinds: set[str] | None = None

    # -- state --------------------------------------------------------------------------

    def get(self, key: str, default: str | None = None) -> str | None:
        value = self._db.scalar("SELECT value FROM sync_state WHERE key = ?", (key,))
        return default if value is None else str(value)

    def put(self, values: dict[str, str | None], conn: Any = None) -> None:
        rows = [(k, v) for k, v in values.items() if v is not None]
        gone = [(k,) for k, v in values.items() if v is None]

        def write(c: Any) -> None:
            c.executemany(
                "INSERT INTO sync_state (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                rows,
            )
            c.executemany("DELETE FROM sync_state WHERE key = ?", gone)

        if conn is not None:
            write(conn)
        else:
            with self._db.transaction() as c:
                write(c)

    def forget_everything(self) -> None:
        """Leave sync: the folder key, the device's place and the record versions go."""
        with self._db.transaction() as conn:
            conn.execute("DELETE FROM sync_state")
            conn.execute("DELETE FROM sync_records")
            conn.execute("DELETE FROM sync_conflicts")

    # -- reading records ----------------------------------------------------------------

    def columns(self, kind: str) -> list[str]:
        if kind not in self._columns:
            info = self._db.execute(f"PRAGMA table_info({kind})")
            key = BY_NAME[kind].key
            self._columns[kind] = [r[1] for r in info if r[1] not in LOCAL_COLUMNS and r[1] != key]
        return self._columns[kind]

    def _table_columns(self, table: str) -> list[str]:
        key = f"table:{table}"  # all columns, apart from the kinds' synced ones
        if key not in self._columns:
            self._columns[key] = [r[1] for r in self._db.execute(f"PRAGMA table_info({table})")]
        return self._columns[key]

    def dirty(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for kind, record_id in self._db.execute("SELECT kind, id FROM sync_dirty"):
            out.setdefault(kind, []).append(record_id)
        return out

    def dirty_count(self) -> int:
        return int(self._db.scalar("SELECT count(*) FROM sync_dirty"))

    def read(self, kind: str, ids: Sequence[str] | None = None) -> dict[str, Current]:
        """The records of a kind (all of them, or these ids). An id with no row is
        reported deleted."""
        spec = BY_NAME[kind]
        columns = self.columns(kind)
        tomb = ", deleted_at IS NOT NULL" if spec.tombstone else ", 0"
        select = f"SELECT {spec.key}, {', '.join(columns)}{tomb} FROM {kind}"  # noqa: S608
        rows = self._select_in(select, spec.key, ids)
        out: dict[str, Current] = {}
        for row in rows:
            data = dict(zip(columns, row[1:-1], strict=True))
            for name in columns:
                if (kind, name) in BLOB_COLUMNS and data[name] is not None:
                    data[name] = base64.b64encode(data[name]).decode("ascii")
            out[row[0]] = Current(data, bool(row[-1]))
        self._add_children(kind, out, ids)
        for missing in set(ids or ()) - set(out):
            out[missing] = Current({}, True)
        return out

    def _add_children(self, kind: str, out: dict[str, Current], ids: Sequence[str] | None) -> None:
        spec = BY_NAME[kind]
        if kind == "entries":
            for data in (c.data for c in out.values()):
                data["trackers"] = {}
            for entry_id, tracker_id, value in self._child_rows(
                "SELECT e.id, tv.tracker_id, tv.value FROM tracker_values tv"
                " JOIN entries e ON e.seq = tv.entry_seq",
                "e.id",
                ids,
            ):
                if entry_id in out:
                    out[entry_id].data["trackers"][tracker_id] = value
        for child in spec.children:
            for data in (c.data for c in out.values()):
                data[child.table] = []
            for row in self._child_rows(
                f"SELECT * FROM {child.table}",  # noqa: S608 - fixed names
                child.parent_column,
                ids,
                child.order,
                records=True,
            ):
                parent = row.pop(child.parent_column)
                if parent in out:
                    out[parent].data[child.table].append(row)

    def _child_rows(
        self,
        sql: str,
        column: str,
        ids: Sequence[str] | None,
        order: str = "",
        records: bool = False,
    ) -> list[Any]:
        tail = f" ORDER BY {column}, {order}" if order else ""
        return self._select_in(sql, column, ids, tail=tail, records=records)

    def _select_in(
        self,
        sql: str,
        column: str,
        ids: Sequence[str] | None,
        params: Sequence[Any] = (),
        tail: str = "",
        records: bool = False,
    ) -> list[Any]:
        """`sql` for every row (ids None) or for these ids, asked in chunks so a
        long list stays under SQLite's limit on parameters."""
        run = self._db.records if records else self._db.execute
        if ids is None:
            return list(run(sql + tail, params))
        joiner = " AND " if " WHERE " in sql.upper() else " WHERE "
        rows: list[Any] = []
        for part in _chunks(ids):
            marks = ", ".join("?" * len(part))
            rows += run(f"{sql}{joiner}{column} IN ({marks}){tail}", (*params, *part))
        return rows

    # -- what this device knows ---------------------------------------------------------

    def versions(
        self, kind: str, ids: Sequence[str] | None = None
    ) -> dict[str, tuple[Version, dict[str, str]]]:
        """What this device last wrote or merged: the version (without its data,
        which is in the table) and the digest of each field then."""
        select = (
            "SELECT id, hash, clocks, history, deleted, digest FROM sync_records WHERE kind = ?"
        )
        rows = self._select_in(select, "id", ids, (kind,))
        return {
            r[0]: (
                Version({}, json.loads(r[2]), tuple(json.loads(r[3])), bool(r[4]), r[1]),
                json.loads(r[5]),
            )
            for r in rows
        }

    @staticmethod
    def remember(conn: Any, kind: str, versions: Iterable[tuple[str, Version]]) -> None:
        conn.executemany(
            "INSERT INTO sync_records (kind, id, hash, clocks, history, deleted, digest)"
            " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (kind, id) DO UPDATE SET"
            " hash = excluded.hash, clocks = excluded.clocks, history = excluded.history,"
            " deleted = excluded.deleted, digest = excluded.digest",
            [
                (
                    kind,
                    record_id,
                    v.hash,
                    json.dumps(v.clocks, separators=(",", ":")),
                    json.dumps(list(v.history), separators=(",", ":")),
                    int(v.deleted),
                    json.dumps(digest(v.data), separators=(",", ":")),
                )
                for record_id, v in versions
            ],
        )

    # -- writing what other devices wrote ----------------------------------------------

    def write(
        self, conn: Any, kind: str, record_id: str, data: dict[str, Any], deleted: bool, now: str
    ) -> None:
        """One record as merged, inside the caller's applying transaction."""
        self.write_many(conn, kind, [(record_id, data, deleted)], now)

    def write_many(
        self, conn: Any, kind: str, records: Sequence[tuple[str, dict[str, Any], bool]], now: str
    ) -> None:
        """Records of one kind as merged, inside the caller's applying transaction.
        Rows are written in bulk: at 100,000 entries, one statement per row would
        cost more than the full-text index does."""
        index = FTS_INDEXES.get(kind)
        if index is not None and len(records) >= FTS_BULK_MIN:
            # The index's secure delete costs tens of milliseconds a row; for many
            # rows, one merge afterwards is cheaper and leaves no deleted word either.
            with purge.fts_in_bulk(conn, index):
                self._write_many(conn, kind, records, now)
        else:
            self._write_many(conn, kind, records, now)

    def _write_many(
        self, conn: Any, kind: str, records: Sequence[tuple[str, dict[str, Any], bool]], now: str
    ) -> None:
        spec = BY_NAME[kind]
        live = []
        tombstones = [i for i, data, deleted in records if deleted and not data]
        if spec.tombstone:
            purge.empty(conn, kind, tombstones)  # no undo here for a delete from elsewhere
        for record_id, data, deleted in records:
            if deleted and not spec.tombstone:
                conn.execute(f"DELETE FROM {kind} WHERE {spec.key} = ?", (record_id,))  # noqa: S608
            elif deleted and not data:
                conn.execute(
                    f"UPDATE {kind} SET deleted_at = coalesce(deleted_at, ?)"  # noqa: S608
                    f" WHERE {spec.key} = ?",
                    (now, record_id),
                )
            else:
                live.append((record_id, data, deleted))
        # Rows of different shapes (an older app's records) go in separate statements.
        shapes: dict[tuple[str, ...], list[tuple[str, dict[str, Any], bool]]] = {}
        for record in live:
            shape = tuple(c for c in self.columns(kind) if c in record[1])
            shapes.setdefault(shape, []).append(record)
        with JournalRepository.bulk_index(conn, len(live)) if kind == "entries" else nullcontext():
            for shape, group in shapes.items():
                self._upsert(conn, kind, list(shape), group, now)
        if kind == "entries":
            self._entry_links(conn, live)
        for child in spec.children:
            conn.executemany(
                f"DELETE FROM {child.table} WHERE {child.parent_column} = ?",  # noqa: S608
                [(record_id,) for record_id, _, _ in live],
            )
            known = set(self._table_columns(child.table)) - {child.parent_column}
            for record_id, data, _ in live:
                for full in data.get(child.table, []):
                    row = {k: v for k, v in full.items() if k in known}  # a newer app's extras
                    names = [child.parent_column, *row]
                    conn.execute(
                        f"INSERT INTO {child.table} ({', '.join(names)})"  # noqa: S608
                        f" VALUES ({', '.join('?' * len(names))})",
                        (record_id, *row.values()),
                    )

    def _upsert(
        self,
        conn: Any,
        kind: str,
        columns: list[str],
        records: list[tuple[str, dict[str, Any], bool]],
        now: str,
    ) -> None:
        spec = BY_NAME[kind]
        blobs = [(kind, c) in BLOB_COLUMNS for c in columns]
        rows = []
        for record_id, data, deleted in records:
            values = [
                base64.b64decode(data[c]) if blob and data[c] is not None else data[c]
                for c, blob in zip(columns, blobs, strict=True)
            ]
            if spec.tombstone:
                values.append(now if deleted else None)
            rows.append((record_id, *values))
        names = [*columns, "deleted_at"] if spec.tombstone else list(columns)
        updates = [f"{c} = excluded.{c}" for c in columns]
        if spec.tombstone:
            # Never brings a deletion's time forward: the first one stays.
            updates.append(
                "deleted_at = CASE WHEN excluded.deleted_at IS NULL THEN NULL"
                " ELSE coalesce(deleted_at, excluded.deleted_at) END"
            )
        if kind in self._versioned():
            updates.append("version = version + 1")
        conn.executemany(
            f"INSERT INTO {kind} ({spec.key}, {', '.join(names)})"  # noqa: S608 - fixed names
            f" VALUES ({', '.join('?' * (len(names) + 1))})"
            f" ON CONFLICT ({spec.key}) DO UPDATE SET {', '.join(updates)}",
            rows,
        )

    def _versioned(self) -> set[str]:
        """Kinds with an optimistic `version`: a merged write bumps it, so an editor
        holding the old one saves its text as a new entry instead of overwriting."""
        if self._versioned_kinds is None:
            self._versioned_kinds = {
                k.table
                for k in KINDS
                if any(r[1] == "version" for r in self._db.execute(f"PRAGMA table_info({k.table})"))
            }
        return self._versioned_kinds

    @staticmethod
    def _entry_links(conn: Any, records: Sequence[tuple[str, dict[str, Any], bool]]) -> None:
        """Tags and tracker values of entries just written, each tag looked up once."""
        if not records:
            return
        seqs: dict[str, int] = {}
        ids = [record_id for record_id, _, _ in records]
        for part in _chunks(ids):
            seqs.update(
                conn.execute(
                    f"SELECT id, seq FROM entries WHERE id IN ({', '.join('?' * len(part))})",  # noqa: S608
                    part,
                ).fetchall()
            )
        conn.executemany("DELETE FROM entry_tags WHERE entry_seq = ?", [(seqs[i],) for i in ids])
        conn.executemany(
            "DELETE FROM tracker_values WHERE entry_seq = ?", [(seqs[i],) for i in ids]
        )
        tags = {
            record_id: [t for t in str(data.get("tags_text") or "").split("\n") if t]
            for record_id, data, _ in records
        }
        names = sorted({name for found in tags.values() for name in found})
        if names:
            conn.executemany(
                "INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO NOTHING",
                [(name,) for name in names],
            )
            tag_ids = {
                nocase(name): tag_id for name, tag_id in conn.execute("SELECT name, id FROM tags")
            }
            conn.executemany(
                "INSERT OR IGNORE INTO entry_tags (tag_id, entry_seq) VALUES (?, ?)",
                [
                    (tag_ids[nocase(name)], seqs[record_id])
                    for record_id, found in tags.items()
                    for name in found
                ],
            )
        trackers = {row[0] for row in conn.execute("SELECT id FROM trackers")}
        conn.executemany(
            "INSERT INTO tracker_values (entry_seq, tracker_id, value) VALUES (?, ?, ?)",
            [
                (seqs[record_id], tracker, value)
                for record_id, data, _ in records
                for tracker, value in (data.get("trackers") or {}).items()
                if tracker in trackers
            ],
        )

    # -- conflicts ----------------------------------------------------------------------

    @staticmethod
    def add_conflict(
        conn: Any, kind: str, record_id: str, field: str, theirs: str, mine: str, now: str
    ) -> None:
        conn.execute(
            "INSERT INTO sync_conflicts (kind, record_id, field, theirs, mine, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (kind, record_id, field, theirs, mine, now),
        )

    @staticmethod
    def clear_conflicts(conn: Any, kind: str, record_id: str) -> None:
        conn.execute(
            "DELETE FROM sync_conflicts WHERE kind = ? AND record_id = ?", (kind, record_id)
        )

    def conflicts(self) -> list[dict[str, Any]]:
        return self._db.records(
            "SELECT id, kind, record_id, field, theirs, mine, created_at FROM sync_conflicts"
            " ORDER BY id"
        )

    def record_name(self, kind: str, record_id: str, field: str | None) -> str:
        """A few words a person knows the record by: its `field` (a name or title)."""
        spec = BY_NAME[kind]
        if kind == "entries":
            row = self._db.execute("SELECT title FROM entries WHERE id = ?", (record_id,))
            return str(row[0][0])[:80] if row else ""
        if field is None or field not in self.columns(kind):
            return ""
        row = self._db.execute(
            f"SELECT {field} FROM {kind} WHERE {spec.key} = ?",  # noqa: S608 - checked names
            (record_id,),
        )
        return str(row[0][0] or "")[:80] if row else ""

    def resolve_conflict(self, conflict_id: int, keep: str, new_id: str, now: str) -> None:
        rows = self._db.execute(
            "SELECT kind, record_id, field, theirs, mine FROM sync_conflicts WHERE id = ?",
            (conflict_id,),
        )
        if not rows:
            return
        kind, record_id, name, theirs, mine = rows[0]
        key = BY_NAME[kind].key
        if name == DELETED:
            chosen = {"mine": mine, "theirs": theirs}.get(keep)
            self._resolve_delete(conflict_id, kind, record_id, chosen == "", now)
            return
        if name not in self.columns(kind):
            raise ValueError(f"unknown field {name}")
        with self._db.transaction() as conn:
            current = conn.execute(
                f"SELECT {name} FROM {kind} WHERE {key} = ?",  # noqa: S608 - checked names
                (record_id,),
            ).fetchone()
            current = current[0] if current else ""
            text = mine if keep == "mine" else theirs
            if keep == "both":
                text = current
                other = theirs if current == mine else mine
                if kind == "entries" and name == "body":
                    conn.execute(
                        "INSERT INTO entries (id, day, title, body, mood, win, tags_text,"
                        " created_at, updated_at) SELECT ?, day, title, ?, mood, win, tags_text,"
                        " ?, ? FROM entries WHERE id = ?",
                        (new_id, other, now, now, record_id),
                    )
                    tags = conn.execute(
                        "SELECT tags_text FROM entries WHERE id = ?", (new_id,)
                    ).fetchone()[0]
                    self._entry_links(conn, [(new_id, {"tags_text": tags}, False)])
                elif "\n" in current or "\n" in other:
                    text = f"{current}\n\n{other}"
                else:
                    text = f"{current} / {other}"  # a title or a name stays one line
            if text != current:
                extra = ", updated_at = ?" if "updated_at" in self.columns(kind) else ""
                extra += ", version = version + 1" if kind in self._versioned() else ""
                conn.execute(
                    f"UPDATE {kind} SET {name} = ?{extra} WHERE {key} = ?",  # noqa: S608
                    (text, now, record_id) if "updated_at" in extra else (text, record_id),
                )
            conn.execute("DELETE FROM sync_conflicts WHERE id = ?", (conflict_id,))
            conn.execute(
                "INSERT OR IGNORE INTO sync_dirty (kind, id) VALUES (?, ?)", (kind, record_id)
            )

    def _resolve_delete(
        self, conflict_id: int, kind: str, record_id: str, delete: bool, now: str
    ) -> None:
        """One side deleted the record while the other edited it; the edit was kept.
        Choosing the deleting side ("" in the conflict) deletes it after all."""
        spec = BY_NAME[kind]
        with self._db.transaction() as conn:
            if delete and spec.tombstone:
                extra = ", version = version + 1" if kind in self._versioned() else ""
                conn.execute(
                    f"UPDATE {kind} SET deleted_at = coalesce(deleted_at, ?){extra}"  # noqa: S608
                    f" WHERE {spec.key} = ?",
                    (now, record_id),
                )
            elif delete:
                conn.execute(f"DELETE FROM {kind} WHERE {spec.key} = ?", (record_id,))  # noqa: S608
            conn.execute("DELETE FROM sync_conflicts WHERE id = ?", (conflict_id,))

    @staticmethod
    def mark_all_dirty(conn: Any) -> None:
        for kind in KINDS:
            conn.execute(
                f"INSERT OR IGNORE INTO sync_dirty (kind, id)"  # noqa: S608 - fixed names
                f" SELECT '{kind.table}', {kind.key} FROM {kind.table}"
            )

    @staticmethod
    def drop_orphans(conn: Any, kinds: Iterable[str]) -> list[str]:
        """Rows of these kinds (and their child rows) whose parent is missing (say, it
        was removed for good elsewhere) are left out, and forgotten, so they apply
        when they come again. Returns their kinds. Only the tables written are
        checked: checking all of them costs a second at 100,000 entries."""
        tables = [t for k in kinds for t in (k, *(c.table for c in BY_NAME[k].children))]
        found = [
            row for t in tables for row in conn.execute(f"PRAGMA foreign_key_check({t})").fetchall()
        ]
        dropped = []
        for table, rowid, _parent, _fk in found:
            if table in BY_NAME:
                sql = f"SELECT {BY_NAME[table].key} FROM {table} WHERE rowid = ?"  # noqa: S608
                (record_id,) = conn.execute(sql, (rowid,)).fetchone()
                conn.execute(
                    "DELETE FROM sync_records WHERE kind = ? AND id = ?", (table, record_id)
                )
                dropped.append(table)
            conn.execute(f"DELETE FROM {table} WHERE rowid = ?", (rowid,))  # noqa: S608
        return dropped
