from __future__ import annotations

import os
from pathlib import Path

import pytest

from companion.vault import migrations
from companion.vault.db import Database
from companion.vault.errors import VaultTooNew


@pytest.fixture
def db(tmp_path: Path) -> Database:
    database = Database(tmp_path / "m.db", os.urandom(32))
    yield database
    database.close()


def tables(db: Database) -> set[str]:
    return {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def test_files_are_numbered_without_gaps() -> None:
    found = migrations.available()
    assert [m.version for m in found] == list(range(1, len(found) + 1))


def test_0001_from_an_empty_database(db: Database) -> None:
    assert db.user_version == 0
    assert migrations.migrate(db, target=1) == [1]
    assert db.user_version == 1
    assert {"meta", "drafts"} <= tables(db)


@pytest.mark.parametrize("version", range(2, migrations.latest_version() + 1))
def test_each_migration_from_the_version_before(db: Database, version: int) -> None:
    migrations.migrate(db, target=version - 1)
    assert db.user_version == version - 1
    assert migrations.migrate(db, target=version) == [version]
    assert db.user_version == version


def test_migrate_is_idempotent(db: Database) -> None:
    migrations.migrate(db)
    assert migrations.migrate(db) == []


def test_a_failing_migration_leaves_the_old_version(db: Database) -> None:
    migrations.migrate(db)
    before = tables(db)
    bad = migrations.Migration(99, "0099_bad.sql", "CREATE TABLE half (x); SELECT * FROM nowhere;")
    with pytest.raises(Exception, match="nowhere"):
        db.executescript(f"BEGIN IMMEDIATE;\n{bad.sql}\nPRAGMA user_version = 99;\nCOMMIT;")
    assert tables(db) == before
    assert db.user_version == migrations.latest_version()


def test_newer_schema_is_refused(db: Database) -> None:
    db.execute(f"PRAGMA user_version = {migrations.latest_version() + 1}")
    with pytest.raises(VaultTooNew):
        migrations.migrate(db)
