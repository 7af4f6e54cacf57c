"""The vault's files never hold plaintext, WAL and shared memory included."""

from __future__ import annotations

import uuid
from pathlib import Path

from companion.vault import vault
from tests.privacy import leaks
from tests.support import TEST_PASSPHRASE, make_vault


def test_sentinel_is_not_in_any_vault_file_while_open_or_after_lock(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    sentinel = f"Sentinel {uuid.uuid4()} written in the vault"
    session, _ = make_vault(folder)
    with session.db.transaction() as conn:
        for i in range(50):
            conn.execute(
                "INSERT INTO drafts (slot, body, updated_at) VALUES (?, ?, 'x')",
                (f"s{i}", f"{sentinel} #{i}"),
            )
    # While open, the WAL and -shm files hold the latest pages: they must be encrypted too.
    assert {p.name for p in folder.iterdir()} >= {"vault.db-wal", "vault.db-shm"}
    assert leaks(sentinel, [folder]) == []
    session.close()
    assert leaks(sentinel, [folder]) == []
    assert leaks(sentinel, [tmp_path]) == []
    reopened = vault.unlock(folder, TEST_PASSPHRASE)
    assert (
        reopened.db.scalar("SELECT count(*) FROM drafts WHERE body LIKE ?", (f"{sentinel}%",)) == 50
    )
    reopened.close()
