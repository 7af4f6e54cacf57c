"""Small settings of one vault that belong inside it (they may be secret)."""

from __future__ import annotations

from companion.vault.db import Database


class MetaRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, key: str, default: str = "") -> str:
        value = self._db.scalar("SELECT value FROM meta WHERE key = ?", (key,))
        return default if value is None else str(value)

    def put(self, values: dict[str, str | None]) -> None:
        with self._db.transaction() as conn:
            for key, value in values.items():
                if value is None:
                    conn.execute("DELETE FROM meta WHERE key = ?", (key,))
                else:
                    conn.execute(
                        "INSERT INTO meta (key, value) VALUES (?, ?)"
                        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                        (key, value),
                    )
