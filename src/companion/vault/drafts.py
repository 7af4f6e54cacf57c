"""Repository for editor drafts (text typed and not yet filed)."""

from __future__ import annotations

from companion.vault.db import Database
from companion.vault.vault import utc_now


class DraftRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, slot: str) -> str | None:
        value = self._db.scalar("SELECT body FROM drafts WHERE slot = ?", (slot,))
        return value if isinstance(value, str) else None

    def put(self, slot: str, body: str) -> None:
        with self._db.transaction() as conn:
            conn.execute(
                "INSERT INTO drafts (slot, body, updated_at) VALUES (?, ?, ?) "
                "ON CONFLICT (slot) DO UPDATE SET body = excluded.body, "
                "updated_at = excluded.updated_at",
                (slot, body, utc_now()),
            )

    def delete(self, slot: str) -> None:
        with self._db.transaction() as conn:
            conn.execute("DELETE FROM drafts WHERE slot = ?", (slot,))
