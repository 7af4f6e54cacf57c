"""Repository for the resources directory and knowledge notes."""

from __future__ import annotations

import uuid
from typing import Any

from companion.domain.resources import Note, Resource, ResourceKind
from companion.domain.search import to_fts_query
from companion.vault.db import Database
from companion.vault.journal import MARK_END, MARK_START

TAG_SEPARATOR = "\n"
_RESOURCE_COLUMNS = (
    "id, kind, name, contact, notes, cost, recommended_by, rating, experience, tags_text"
)


def _resource(r: Any) -> Resource:
    return Resource(
        r[0],
        ResourceKind(r[1]),
        r[2],
        r[3],
        r[4],
        r[5],
        r[6],
        r[7],
        r[8],
        tuple(t for t in r[9].split(TAG_SEPARATOR) if t),
    )


class ResourceRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- resources --------------------------------------------------------------------

    def save(self, resource: Resource, now: str) -> Resource:
        resource_id = resource.id or str(uuid.uuid4())
        values = (
            resource.kind.value,
            resource.name,
            resource.contact,
            resource.notes,
            resource.cost,
            resource.recommended_by,
            resource.rating,
            resource.experience,
            TAG_SEPARATOR.join(resource.tags),
        )
        with self._db.transaction() as conn:
            if resource.id:
                conn.execute(
                    "UPDATE resources SET kind = ?, name = ?, contact = ?, notes = ?, cost = ?,"
                    " recommended_by = ?, rating = ?, experience = ?, tags_text = ?,"
                    " updated_at = ?, version = version + 1 WHERE id = ?",
                    (*values, now, resource_id),
                )
            else:
                conn.execute(
                    "INSERT INTO resources (kind, name, contact, notes, cost, recommended_by,"
                    " rating, experience, tags_text, id, created_at, updated_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (*values, resource_id, now, now),
                )
        found = self.get(resource_id)
        assert found is not None
        return found

    def get(self, resource_id: str) -> Resource | None:
        rows = self._db.execute(
            f"SELECT {_RESOURCE_COLUMNS} FROM resources WHERE id = ?"  # noqa: S608
            " AND deleted_at IS NULL",
            (resource_id,),
        )
        return _resource(rows[0]) if rows else None

    def find(
        self, kind: ResourceKind | None = None, tag: str | None = None, query: str = ""
    ) -> list[Resource]:
        where, params = ["deleted_at IS NULL"], []
        if kind is not None:
            where.append("kind = ?")
            params.append(kind.value)
        if tag:
            where.append("(? || tags_text || ?) LIKE ?")
            params += [TAG_SEPARATOR, TAG_SEPARATOR, f"%{TAG_SEPARATOR}{tag}{TAG_SEPARATOR}%"]
        for word in query.split():
            where.append("(name || ' ' || notes || ' ' || experience || ' ' || tags_text) LIKE ?")
            params.append(f"%{word}%")
        rows = self._db.execute(
            f"SELECT {_RESOURCE_COLUMNS} FROM resources WHERE "  # noqa: S608
            + " AND ".join(where)
            + " ORDER BY name COLLATE NOCASE",
            params,
        )
        return [_resource(r) for r in rows]

    def remove(self, resource_id: str, now: str) -> None:
        with self._db.transaction() as conn:
            conn.execute(
                "UPDATE resources SET deleted_at = ?, updated_at = ?, version = version + 1"
                " WHERE id = ?",
                (now, now, resource_id),
            )

    # -- knowledge notes -------------------------------------------------------------------

    def save_note(self, note: Note, now: str) -> Note:
        note_id = note.id or str(uuid.uuid4())
        values = (note.title, note.topic, note.body, note.source, note.questions, note.resource_id)
        with self._db.transaction() as conn:
            if note.id:
                conn.execute(
                    "UPDATE knowledge_notes SET title = ?, topic = ?, body = ?, source = ?,"
                    " questions = ?, resource_id = ?, updated_at = ?, version = version + 1"
                    " WHERE id = ?",
                    (*values, now, note_id),
                )
            else:
                conn.execute(
                    "INSERT INTO knowledge_notes (title, topic, body, source, questions,"
                    " resource_id, id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (*values, note_id, now, now),
                )
        found = self.note(note_id)
        assert found is not None
        return found

    def note(self, note_id: str) -> Note | None:
        rows = self._db.execute(
            "SELECT id, title, topic, body, source, questions, resource_id FROM knowledge_notes"
            " WHERE id = ? AND deleted_at IS NULL",
            (note_id,),
        )
        return Note(*rows[0]) if rows else None

    def notes(self) -> list[Note]:
        rows = self._db.execute(
            "SELECT id, title, topic, body, source, questions, resource_id FROM knowledge_notes"
            " WHERE deleted_at IS NULL ORDER BY title COLLATE NOCASE"
        )
        return [Note(*r) for r in rows]

    def remove_note(self, note_id: str, now: str) -> None:
        with self._db.transaction() as conn:
            conn.execute(
                "UPDATE knowledge_notes SET deleted_at = ?, updated_at = ?, version = version + 1"
                " WHERE id = ?",
                (now, now, note_id),
            )

    def search_notes(
        self, query: str, limit: int = 20, as_you_type: bool = False
    ) -> list[tuple[str, str, str]]:
        """(id, title, snippet) of matching notes, best first; any text is a valid query."""
        match = to_fts_query(query, as_you_type)
        if match is None:
            return []
        rows = self._db.execute(
            "SELECT n.id, n.title, snippet(notes_fts, -1, ?, ?, '…', 16) FROM notes_fts"
            " JOIN knowledge_notes n ON n.seq = notes_fts.rowid WHERE notes_fts MATCH ?"
            " ORDER BY rank LIMIT ?",
            (MARK_START, MARK_END, match, limit),
        )
        return [(r[0], r[1], r[2]) for r in rows]
