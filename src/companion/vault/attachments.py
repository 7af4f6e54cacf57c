"""Repository for images stored inside the vault (never as files on disk)."""

from __future__ import annotations

import uuid

from companion.domain.attachments import Attachment
from companion.vault.db import Database


class AttachmentRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, entry_id: str, name: str, mime: str, data: bytes, now: str) -> Attachment:
        attachment_id = str(uuid.uuid4())
        with self._db.transaction() as conn:
            conn.execute(
                "INSERT INTO attachments (id, entry_id, name, mime, size, data, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (attachment_id, entry_id, name, mime, len(data), data, now),
            )
        return Attachment(attachment_id, entry_id, name, mime, len(data))

    def for_entry(self, entry_id: str) -> list[Attachment]:
        rows = self._db.execute(
            "SELECT id, entry_id, name, mime, size FROM attachments"
            " WHERE entry_id = ? AND deleted_at IS NULL ORDER BY created_at",
            (entry_id,),
        )
        return [Attachment(*r) for r in rows]

    def data(self, attachment_id: str) -> bytes | None:
        value = self._db.scalar(
            "SELECT data FROM attachments WHERE id = ? AND deleted_at IS NULL", (attachment_id,)
        )
        return bytes(value) if value is not None else None

    def remove(self, attachment_id: str, now: str) -> bool:
        with self._db.transaction() as conn:
            # The picture's bytes go at once; the tombstone stays for sync.
            cursor = conn.execute(
                "UPDATE attachments SET deleted_at = ?, data = x'' WHERE id = ?"
                " AND deleted_at IS NULL",
                (now, attachment_id),
            )
        return bool(cursor.rowcount > 0)
