"""Repository for the user's own entry templates."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from companion.vault.db import Database


@dataclass(frozen=True)
class Template:
    id: str
    name: str
    body: str


class TemplateRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, name: str, body: str, now: str) -> Template:
        template_id = str(uuid.uuid4())
        with self._db.transaction() as conn:
            conn.execute(
                "INSERT INTO templates (id, name, body, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?)",
                (template_id, name, body, now, now),
            )
        return Template(template_id, name, body)

    def all(self) -> list[Template]:
        rows = self._db.execute(
            "SELECT id, name, body FROM templates WHERE deleted_at IS NULL"
            " ORDER BY name COLLATE NOCASE"
        )
        return [Template(*r) for r in rows]

    def remove(self, template_id: str, now: str) -> None:
        with self._db.transaction() as conn:
            conn.execute(
                "UPDATE templates SET deleted_at = ?, updated_at = ?, version = version + 1"
                " WHERE id = ?",
                (now, now, template_id),
            )
