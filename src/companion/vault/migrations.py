"""Schema migrations: numbered SQL files and `PRAGMA user_version`.

`migrations/NNNN_name.sql` moves the schema from version NNNN-1 to NNNN. Each
file runs in one transaction together with the version bump, so a crash leaves
the old version or the new one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources

from companion.vault.db import Database
from companion.vault.errors import VaultTooNew

_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def available() -> list[Migration]:
    folder = resources.files("companion.vault") / "migrations"
    found = []
    for item in folder.iterdir():
        match = _NAME.match(item.name)
        if match:
            found.append(Migration(int(match.group(1)), item.name, item.read_text("utf-8")))
    found.sort(key=lambda m: m.version)
    expected = list(range(1, len(found) + 1))
    if [m.version for m in found] != expected:
        raise RuntimeError(f"migration files are not numbered 1..n: {[m.name for m in found]}")
    return found


def latest_version() -> int:
    return len(available())


def migrate(db: Database, target: int | None = None) -> list[int]:
    """Bring `db` up to `target` (default: the latest). Returns the versions applied."""
    migrations = available()
    target = len(migrations) if target is None else target
    current = db.user_version
    if current > len(migrations):
        raise VaultTooNew(f"schema version {current} > {len(migrations)}")
    applied = []
    for migration in migrations[current:target]:
        db.executescript(
            f"BEGIN IMMEDIATE;\n{migration.sql}\n"
            f"PRAGMA user_version = {migration.version};\nCOMMIT;"
        )
        applied.append(migration.version)
    return applied
