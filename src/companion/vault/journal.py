"""Repository for journal entries, their tags and tracker values, and search.

Timeline queries return `seq` numbers (the stable integer key) so a list model
can hold 100,000 of them cheaply and fetch row data a page at a time.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from typing import Any

from companion.domain.journal import Entry, EntryDraft, Mood, first_line
from companion.domain.search import to_fts_query
from companion.vault import purge
from companion.vault.db import Database

# Snippet highlight markers: control characters that never occur in typed text,
# so the UI can escape the snippet and then turn them into its own markup.
MARK_START = "\x02"
MARK_END = "\x03"
TAG_SEPARATOR = "\n"


@dataclass(frozen=True)
class TimelineFilter:
    since: date | None = None
    until: date | None = None
    tag: str | None = None
    mood: Mood | None = None
    wins_only: bool = False


@dataclass(frozen=True)
class TimelineRow:
    seq: int
    id: str
    day: date
    title: str
    first_line: str
    mood: Mood | None
    tags: tuple[str, ...]
    win: bool

    @property
    def headline(self) -> str:
        return self.title or self.first_line


@dataclass(frozen=True)
class SearchHit:
    seq: int
    id: str
    day: date
    title: str
    snippet: str  # with MARK_START / MARK_END around matched words


class UnknownTag(LookupError):
    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.user_message = f'No entry has the tag "{name}" yet.'


def _mood(value: Any) -> Mood | None:
    return Mood(value) if value is not None else None


def _tags(text: str) -> tuple[str, ...]:
    return tuple(t for t in text.split(TAG_SEPARATOR) if t)


def nocase(name: str) -> str:
    """SQLite's NOCASE: only A-Z fold to a-z."""
    return name.translate(_ASCII_LOWER)


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


BULK_INDEX_MIN = 5_000


class JournalRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- writing --------------------------------------------------------------------

    def insert(self, draft: EntryDraft, now: str, entry_id: str | None = None) -> Entry:
        entry_id = entry_id or str(uuid.uuid4())
        with self._db.transaction() as conn:
            self._insert(conn, entry_id, draft, now)
        entry = self.get(entry_id)
        assert entry is not None
        return entry

    def insert_many(self, drafts: Iterable[EntryDraft], now: str) -> int:
        """Insert validated drafts in one transaction (imports, benchmarks). Returns the count."""
        count = 0
        with self._db.transaction() as conn:
            for draft in drafts:
                self._insert(conn, str(uuid.uuid4()), draft, now)
                count += 1
        return count

    def _insert(self, conn: Any, entry_id: str, draft: EntryDraft, now: str) -> None:
        self.insert_row(conn, entry_id, draft, now, now)

    @staticmethod
    @contextmanager
    def bulk_index(conn: Any, new_rows: int) -> Iterator[None]:
        """Around writing many entries at once, inside the caller's transaction.

        When the new entries outnumber those already here (a first sync, a big
        import), the search index is rebuilt once at the end instead of row by
        row: half the time at 100,000 entries. Deleted entries are then taken out
        of the index again, as the row-by-row triggers would have left them."""
        existing = conn.execute("SELECT count(*) FROM entries").fetchone()[0]
        if new_rows < max(BULK_INDEX_MIN, existing):
            yield
            return
        (trigger,) = conn.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'entries_fts_insert'"
        ).fetchone()
        conn.execute("DROP TRIGGER entries_fts_insert")
        with purge.fts_in_bulk(conn, "entries_fts"):
            yield
            conn.execute("INSERT INTO entries_fts (entries_fts) VALUES ('rebuild')")
            conn.execute(
                "INSERT INTO entries_fts (entries_fts, rowid, title, body, tags_text)"
                " SELECT 'delete', seq, title, body, tags_text FROM entries"
                " WHERE deleted_at IS NOT NULL"
            )
        conn.execute(trigger)

    @staticmethod
    def insert_rows(conn: Any, rows: Iterable[tuple[str, EntryDraft, str, str]]) -> None:
        """Many entries (id, draft, created_at, updated_at) inside the caller's
        transaction. Each tag name is looked up once, not once per entry: at
        100,000 entries that halves the time of an import."""
        rows = list(rows)
        names = {name for _, draft, _, _ in rows for name in draft.tags}
        conn.executemany(
            "INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO NOTHING",
            [(name,) for name in sorted(names)],
        )
        # Tag names are unique ignoring ASCII case (COLLATE NOCASE): look them up so too.
        tag_ids = {
            nocase(name): tag_id
            for name, tag_id in (conn.execute("SELECT name, id FROM tags") if names else ())
        }
        for entry_id, draft, created_at, updated_at in rows:
            seq = JournalRepository._insert_entry(conn, entry_id, draft, created_at, updated_at)
            conn.executemany(
                "INSERT OR IGNORE INTO entry_tags (tag_id, entry_seq) VALUES (?, ?)",
                [(tag_ids[nocase(name)], seq) for name in draft.tags],
            )
            conn.executemany(
                "INSERT INTO tracker_values (entry_seq, tracker_id, value) VALUES (?, ?, ?)",
                [(seq, tracker, float(value)) for tracker, value in draft.trackers.items()],
            )

    @classmethod
    def insert_row(
        cls, conn: Any, entry_id: str, draft: EntryDraft, created_at: str, updated_at: str
    ) -> None:
        """One entry with its tags and tracker values, inside the caller's transaction."""
        cls._write_links(
            conn, cls._insert_entry(conn, entry_id, draft, created_at, updated_at), draft
        )

    @staticmethod
    def _insert_entry(
        conn: Any, entry_id: str, draft: EntryDraft, created_at: str, updated_at: str
    ) -> int:
        cursor = conn.execute(
            "INSERT INTO entries (id, day, title, body, mood, win, tags_text, created_at,"
            " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                entry_id,
                draft.day.isoformat(),
                draft.title,
                draft.body,
                draft.mood,
                int(draft.win),
                TAG_SEPARATOR.join(draft.tags),
                created_at,
                updated_at,
            ),
        )
        return int(cursor.lastrowid)

    def update(
        self, entry_id: str, draft: EntryDraft, now: str, expected_version: int | None = None
    ) -> Entry | None:
        """Replace the entry's content. None if it is gone (deleted), or if
        `expected_version` is given and someone else saved it in between."""
        with self._db.transaction() as conn:
            cursor = conn.execute(
                "UPDATE entries SET day = ?, title = ?, body = ?, mood = ?, win = ?,"
                " tags_text = ?, updated_at = ?, version = version + 1"
                " WHERE id = ? AND deleted_at IS NULL AND (? IS NULL OR version = ?)",
                (
                    draft.day.isoformat(),
                    draft.title,
                    draft.body,
                    draft.mood,
                    int(draft.win),
                    TAG_SEPARATOR.join(draft.tags),
                    now,
                    entry_id,
                    expected_version,
                    expected_version,
                ),
            )
            if cursor.rowcount == 0:
                return None
            seq = conn.execute("SELECT seq FROM entries WHERE id = ?", (entry_id,)).fetchone()[0]
            conn.execute("DELETE FROM entry_tags WHERE entry_seq = ?", (seq,))
            conn.execute("DELETE FROM tracker_values WHERE entry_seq = ?", (seq,))
            self._write_links(conn, seq, draft)
        return self.get(entry_id)

    @staticmethod
    def _write_links(conn: Any, seq: int, draft: EntryDraft) -> None:
        for name in draft.tags:
            conn.execute(
                "INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO NOTHING", (name,)
            )
            conn.execute(
                "INSERT OR IGNORE INTO entry_tags (tag_id, entry_seq)"
                " SELECT id, ? FROM tags WHERE name = ?",
                (seq, name),
            )
        conn.executemany(
            "INSERT INTO tracker_values (entry_seq, tracker_id, value) VALUES (?, ?, ?)",
            [(seq, tracker, float(value)) for tracker, value in draft.trackers.items()],
        )

    def soft_delete(self, entry_id: str, now: str) -> bool:
        """Tombstone the entry: it leaves the timeline and the search index at once."""
        with self._db.transaction() as conn:
            cursor = conn.execute(
                "UPDATE entries SET deleted_at = ?, updated_at = ?, version = version + 1"
                " WHERE id = ? AND deleted_at IS NULL",
                (now, now, entry_id),
            )
        return bool(cursor.rowcount > 0)

    def restore(self, entry_id: str, now: str) -> bool:
        """Undo a delete."""
        with self._db.transaction() as conn:
            cursor = conn.execute(
                "UPDATE entries SET deleted_at = NULL, updated_at = ?, version = version + 1"
                " WHERE id = ? AND deleted_at IS NOT NULL",
                (now, entry_id),
            )
        return bool(cursor.rowcount > 0)

    # -- reading one ---------------------------------------------------------------

    def get(self, entry_id: str) -> Entry | None:
        rows = self._db.execute(
            "SELECT id, day, title, body, mood, win, tags_text, created_at, updated_at, version"
            " FROM entries WHERE id = ? AND deleted_at IS NULL",
            (entry_id,),
        )
        if not rows:
            return None
        r = rows[0]
        trackers: dict[str, float] = dict(
            self._db.execute(
                "SELECT v.tracker_id, v.value FROM tracker_values v"
                " JOIN entries e ON e.seq = v.entry_seq WHERE e.id = ?",
                (entry_id,),
            )
        )
        return Entry(
            id=r[0],
            day=date.fromisoformat(r[1]),
            title=r[2],
            body=r[3],
            mood=_mood(r[4]),
            win=bool(r[5]),
            tags=_tags(r[6]),
            created_at=r[7],
            updated_at=r[8],
            version=r[9],
            trackers=trackers,
        )

    def resolve_id(self, prefix: str) -> str | None:
        """The live entry whose id starts with `prefix` (at least 6 characters), if only one."""
        prefix = prefix.strip().lower()
        if len(prefix) < 6 or not all(ch in "0123456789abcdef-" for ch in prefix):
            return None
        rows = self._db.execute(
            "SELECT id FROM entries WHERE id >= ? AND id < ? AND deleted_at IS NULL LIMIT 2",
            (prefix, prefix + "\uffff"),
        )
        return rows[0][0] if len(rows) == 1 else None

    def id_for_seq(self, seq: int) -> str | None:
        value = self._db.scalar("SELECT id FROM entries WHERE seq = ?", (seq,))
        return value if isinstance(value, str) else None

    # -- the timeline -------------------------------------------------------------------

    def tag_id(self, name: str) -> int | None:
        value = self._db.scalar("SELECT id FROM tags WHERE name = ?", (name.strip().lstrip("#"),))
        return int(value) if value is not None else None

    def timeline_seqs(self, flt: TimelineFilter | None = None) -> list[int]:
        """Every live entry matching `flt`, newest first, as seq numbers."""
        flt = flt or TimelineFilter()
        where = ["deleted_at IS NULL"]
        params: list[Any] = []
        if flt.since is not None:
            where.append("day >= ?")
            params.append(flt.since.isoformat())
        if flt.until is not None:
            where.append("day <= ?")
            params.append(flt.until.isoformat())
        if flt.mood is not None:
            where.append("mood = ?")
            params.append(int(flt.mood))
        if flt.wins_only:
            where.append("win = 1")
        if flt.tag is not None:
            tag_id = self.tag_id(flt.tag)
            if tag_id is None:
                raise UnknownTag(flt.tag)
            where.append(
                "EXISTS (SELECT 1 FROM entry_tags WHERE entry_seq = entries.seq AND tag_id = ?)"
            )
            params.append(tag_id)
        sql = (
            "SELECT seq FROM entries INDEXED BY entries_timeline WHERE "  # noqa: S608 - fixed fragments
            + " AND ".join(where)
            + " ORDER BY day DESC, seq DESC"
        )
        return [r[0] for r in self._db.execute(sql, params)]

    def rows(self, seqs: Sequence[int]) -> dict[int, TimelineRow]:
        """Row data for one page of the timeline."""
        if not seqs:
            return {}
        marks = ",".join("?" * len(seqs))
        sql = (
            "SELECT seq, id, day, title, substr(body, 1, 400), mood, tags_text, win"  # noqa: S608
            f" FROM entries WHERE seq IN ({marks})"
        )
        found = self._db.execute(sql, list(seqs))
        return {
            r[0]: TimelineRow(
                seq=r[0],
                id=r[1],
                day=date.fromisoformat(r[2]),
                title=r[3],
                first_line=first_line(r[4]),
                mood=_mood(r[5]),
                tags=_tags(r[6]),
                win=bool(r[7]),
            )
            for r in found
        }

    def newest(self, limit: int) -> list[TimelineRow]:
        seqs = [
            r[0]
            for r in self._db.execute(
                "SELECT seq FROM entries INDEXED BY entries_timeline WHERE deleted_at IS NULL"
                " ORDER BY day DESC, seq DESC LIMIT ?",
                (limit,),
            )
        ]
        found = self.rows(seqs)
        return [found[s] for s in seqs]

    def seqs_on(self, day: date) -> list[int]:
        return [
            r[0]
            for r in self._db.execute(
                "SELECT seq FROM entries WHERE day = ? AND deleted_at IS NULL ORDER BY seq DESC",
                (day.isoformat(),),
            )
        ]

    # -- search -----------------------------------------------------------------------

    def search(self, query: str, limit: int = 50, as_you_type: bool = False) -> list[SearchHit]:
        """Ranked matches with highlighted snippets. Any text is a valid query."""
        match = to_fts_query(query, as_you_type)
        if match is None:
            return []
        rows = self._db.execute(
            "SELECT e.seq, e.id, e.day, e.title,"
            " snippet(entries_fts, -1, ?, ?, '…', 16)"
            " FROM entries_fts JOIN entries e ON e.seq = entries_fts.rowid"
            " WHERE entries_fts MATCH ? ORDER BY rank LIMIT ?",
            (MARK_START, MARK_END, match, limit),
        )
        return [SearchHit(r[0], r[1], date.fromisoformat(r[2]), r[3], r[4]) for r in rows]

    # -- aggregates (covering indexes, no table reads) -------------------------------------

    def tags(self) -> list[tuple[str, int]]:
        """Tags in use on live entries, with how many entries carry each."""
        return [
            (r[0], r[1])
            for r in self._db.execute(
                "SELECT t.name, count(*) FROM tags t JOIN entry_tags et ON et.tag_id = t.id"
                " JOIN entries e ON e.seq = et.entry_seq AND e.deleted_at IS NULL"
                " GROUP BY t.id ORDER BY count(*) DESC, t.name COLLATE NOCASE"
            )
        ]

    def mood_by_day(
        self, since: date | None = None, until: date | None = None
    ) -> list[tuple[date, float, int]]:
        """(day, mean mood, entries with a mood) for each day, oldest first.

        Charts plot days, not entries, so the aggregate runs in SQL over the
        covering index and only one row a day reaches Python.
        """
        rows = self._db.execute(
            "SELECT day, avg(mood), count(mood) FROM entries INDEXED BY entries_day_mood"
            " WHERE deleted_at IS NULL AND mood IS NOT NULL AND day >= ? AND day <= ?"
            " GROUP BY day ORDER BY day",
            ((since or date.min).isoformat(), (until or date.max).isoformat()),
        )
        return [(date.fromisoformat(r[0]), float(r[1]), int(r[2])) for r in rows]

    def day_summaries(self, since: date, until: date) -> dict[date, tuple[float | None, bool]]:
        """Per day: the average mood (or None) and whether there was a win. For calendars."""
        rows = self._db.execute(
            "SELECT day, avg(mood), max(win) FROM entries INDEXED BY entries_day_mood"
            " WHERE deleted_at IS NULL AND day >= ? AND day <= ? GROUP BY day",
            (since.isoformat(), until.isoformat()),
        )
        return {date.fromisoformat(r[0]): (r[1], bool(r[2])) for r in rows}

    def entry_days(self, since: date | None = None, until: date | None = None) -> list[date]:
        """Each day with at least one live entry, oldest first."""
        rows = self._db.execute(
            "SELECT DISTINCT day FROM entries INDEXED BY entries_day_mood"
            " WHERE deleted_at IS NULL AND day >= ? AND day <= ? ORDER BY day",
            ((since or date.min).isoformat(), (until or date.max).isoformat()),
        )
        return [date.fromisoformat(r[0]) for r in rows]

    def win_days(self, since: date | None = None, until: date | None = None) -> list[date]:
        """The day of every win (one per winning entry), oldest first."""
        rows = self._db.execute(
            "SELECT day FROM entries INDEXED BY entries_day_mood"
            " WHERE deleted_at IS NULL AND win = 1 AND day >= ? AND day <= ? ORDER BY day",
            ((since or date.min).isoformat(), (until or date.max).isoformat()),
        )
        return [date.fromisoformat(r[0]) for r in rows]

    def count(self) -> int:
        return int(self._db.scalar("SELECT count(*) FROM entries WHERE deleted_at IS NULL"))
