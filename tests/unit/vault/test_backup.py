"""Encrypted backups: a consistent snapshot, restored only into a new folder, checked."""

from __future__ import annotations

import io
import os
import tarfile
from datetime import date, datetime
from pathlib import Path

import pyrage
import pytest

from companion.domain.journal import EntryDraft
from companion.services.access import Services
from companion.vault import backup, vault
from companion.vault.errors import (
    BackupTargetNotEmpty,
    BackupUnreadable,
    WeakFilePassphrase,
    WrongPassphrase,
)
from tests.support import TEST_PASSPHRASE, make_vault

SECRET = "backup words here"


def _vault_with_an_entry(folder: Path) -> tuple[vault.VaultSession, str]:
    session, code = make_vault(folder)
    Services(session).journal.save(None, EntryDraft(day=date(2026, 11, 2), body="SENTINEL-BODY"))
    return session, code


def test_backup_then_restore_opens_with_the_vault_passphrase(tmp_path: Path) -> None:
    session, _ = _vault_with_an_entry(tmp_path / "live")
    target = tmp_path / "b.age"
    backup.write_backup(session, target, SECRET)  # while the vault is open and in use
    session.close()
    data = target.read_bytes()
    assert data.startswith(b"age-encryption.org/v1") and b"SENTINEL" not in data
    assert os.stat(target).st_mode & 0o077 == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.age", "live"]
    backup.restore(target, SECRET, tmp_path / "restored", TEST_PASSPHRASE)
    again = vault.unlock(tmp_path / "restored", TEST_PASSPHRASE)
    try:
        assert again.db.scalar("SELECT body FROM entries") == "SENTINEL-BODY"
        assert again.check() == []
    finally:
        again.close()


def test_restore_also_accepts_the_recovery_code(tmp_path: Path) -> None:
    session, code = _vault_with_an_entry(tmp_path / "live")
    backup.write_backup(session, tmp_path / "b.age", SECRET)
    session.close()
    backup.restore(tmp_path / "b.age", SECRET, tmp_path / "restored", code)
    assert (tmp_path / "restored" / "vault.db").exists()


def test_restore_never_writes_over_a_folder_with_files(tmp_path: Path) -> None:
    session, _ = _vault_with_an_entry(tmp_path / "live")
    backup.write_backup(session, tmp_path / "b.age", SECRET)
    session.close()
    with pytest.raises(BackupTargetNotEmpty):
        backup.restore(tmp_path / "b.age", SECRET, tmp_path / "live", TEST_PASSPHRASE)
    live = vault.unlock(tmp_path / "live", TEST_PASSPHRASE)
    live.close()


def test_wrong_secrets_and_damage_leave_no_folder(tmp_path: Path) -> None:
    session, _ = _vault_with_an_entry(tmp_path / "live")
    source = tmp_path / "b.age"
    backup.write_backup(session, source, SECRET)
    session.close()
    with pytest.raises(BackupUnreadable):
        backup.restore(source, "not the backup passphrase", tmp_path / "r1", TEST_PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        backup.restore(source, SECRET, tmp_path / "r2", "not the vault passphrase")
    damaged = tmp_path / "damaged.age"
    raw = bytearray(source.read_bytes())
    raw[len(raw) // 2] ^= 0xFF
    damaged.write_bytes(bytes(raw))
    with pytest.raises(BackupUnreadable):
        backup.restore(damaged, SECRET, tmp_path / "r3", TEST_PASSPHRASE)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.age", "damaged.age", "live"]


def _age_tar(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as tar:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return pyrage.passphrase.encrypt(buffer.getvalue(), SECRET)


@pytest.mark.parametrize(
    "members",
    [
        {"../keys.json": b"{}", "vault.db": b""},
        {"/etc/keys.json": b"{}", "vault.db": b""},
        {"keys.json": b"{}", "vault.db": b"", "extra": b"x"},
        {"keys.json": b"{}"},
    ],
)
def test_hostile_archives_are_refused(tmp_path: Path, members: dict[str, bytes]) -> None:
    source = tmp_path / "evil.age"
    source.write_bytes(_age_tar(members))
    with pytest.raises(BackupUnreadable):
        backup.restore(source, SECRET, tmp_path / "r", TEST_PASSPHRASE)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["evil.age"]


def test_prune_keeps_the_newest_backups_and_nothing_else_is_touched(tmp_path: Path) -> None:
    names = [backup.backup_name(datetime(2026, 11, day, 9, 0, 0)) for day in range(1, 13)]
    for name in names:
        (tmp_path / name).write_bytes(b"x")
    (tmp_path / "my notes.txt").write_text("keep me")
    gone = backup.prune(tmp_path, keep=10)
    assert [p.name for p in gone] == names[:2]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([*names[2:], "my notes.txt"])


def test_switching_to_a_restored_vault_keeps_the_current_one(tmp_path: Path) -> None:
    session, code = _vault_with_an_entry(tmp_path / "default")
    target = tmp_path / "b.age"
    backup.write_backup(session, target, recipient=session.backup_recipient)
    Services(session).journal.save(None, EntryDraft(day=date(2026, 11, 3), body="after"))
    session.close()
    now = datetime(2026, 11, 26, 9, 30)
    restored = backup.restored_name(tmp_path / "default", now)
    assert restored.name == "default.restored-2026-11-26-093000"
    backup.restore(target, code, restored, TEST_PASSPHRASE)
    aside = backup.switch_to(restored, tmp_path / "default", now)
    assert aside.name == "default.before-restore-2026-11-26-093000"
    for folder, count in ((tmp_path / "default", 1), (aside, 2)):
        again = vault.unlock(folder, TEST_PASSPHRASE)
        try:
            assert again.db.scalar("SELECT count(*) FROM entries") == count
        finally:
            again.close()


def test_a_backup_passphrase_must_be_fit_to_travel_but_old_backups_still_open(
    tmp_path: Path,
) -> None:
    session, _ = _vault_with_an_entry(tmp_path / "vault")
    try:
        with pytest.raises(WeakFilePassphrase) as caught:
            backup.write_backup(session, tmp_path / "weak.age", passphrase="short")
        assert "at least 8 characters" in caught.value.user_message
        assert not (tmp_path / "weak.age").exists()
        strong = tmp_path / "strong.age"
        backup.write_backup(session, strong, passphrase="long enough words")
    finally:
        session.close()
    old = tmp_path / "old.age"  # made before the rule, with a short passphrase
    old.write_bytes(
        pyrage.passphrase.encrypt(
            pyrage.passphrase.decrypt(strong.read_bytes(), "long enough words"), "short"
        )
    )
    backup.restore(old, "short", tmp_path / "restored", TEST_PASSPHRASE)


KILLED_RESTORE = """
import os
from pathlib import Path
from companion.vault import backup
def die(*args, **kwargs):
    os._exit(9)
backup._check = die
backup.restore(Path({source!r}), {secret!r}, Path({target!r}), {vault_secret!r})
"""


def test_a_killed_restore_leaves_nothing_after_the_next_one(tmp_path: Path) -> None:
    from tests.support import python

    session, _ = _vault_with_an_entry(tmp_path / "vault")
    source = tmp_path / "b.age"
    backup.write_backup(session, source, passphrase=SECRET)
    session.close()
    restores = tmp_path / "restores"
    restores.mkdir()
    killed = python(
        KILLED_RESTORE.format(
            source=str(source),
            secret=SECRET,
            target=str(restores / "first"),
            vault_secret=TEST_PASSPHRASE,
        )
    )
    _, err = killed.communicate(timeout=60)
    assert killed.returncode == 9, err
    assert [p.name for p in restores.iterdir() if p.name.startswith(".")]

    backup.restore(source, SECRET, restores / "second", TEST_PASSPHRASE)
    assert [p.name for p in restores.iterdir()] == ["second"]
