from __future__ import annotations

import json
import os
import stat
import sys
from pathlib import Path

import pytest

from companion.vault import keys, vault
from companion.vault.errors import (
    KeyFileDamaged,
    PassphraseTooWeak,
    VaultDamaged,
    VaultExists,
    VaultInUse,
    VaultLocked,
    VaultNotFound,
    VaultTooNew,
    WrongPassphrase,
    WrongRecoveryCode,
)
from tests.support import TEST_PASSPHRASE, make_vault, python, snapshot, vault_held_elsewhere


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "vaults" / "default"


def fill(session: vault.VaultSession, rows: int = 400) -> None:
    with session.db.transaction() as conn:
        conn.executemany(
            "INSERT INTO drafts (slot, body, updated_at) VALUES (?, ?, ?)",
            [(f"slot-{i}", f"text number {i} " * 20, "2026-01-01") for i in range(rows)],
        )


def test_create_then_unlock_sees_the_data(folder: Path) -> None:
    session, code = make_vault(folder)
    fill(session, 3)
    vault_id = session.vault_id
    session.close()
    assert not session.is_open
    with pytest.raises(VaultLocked):
        _ = session.db

    again = vault.unlock(folder, TEST_PASSPHRASE)
    assert again.vault_id == vault_id
    assert again.db.scalar("SELECT count(*) FROM drafts") == 3
    assert again.check() == []
    again.close()
    assert len(code) == 29 and code.count("-") == 5


def test_passphrase_shorter_than_eight_is_refused(folder: Path) -> None:
    with pytest.raises(PassphraseTooWeak):
        vault.create(folder, "short", keys.FAST_KDF)
    assert not vault.vault_exists(folder)


def test_create_refuses_an_existing_vault(folder: Path) -> None:
    make_vault(folder)[0].close()
    with pytest.raises(VaultExists):
        make_vault(folder)


def test_missing_vault_is_not_found(folder: Path) -> None:
    with pytest.raises(VaultNotFound):
        vault.unlock(folder, TEST_PASSPHRASE)


def test_wrong_passphrase_three_times_changes_no_file(folder: Path) -> None:
    make_vault(folder)[0].close()
    before = snapshot(folder)
    for attempt in ("wrong one", "wrong two!", TEST_PASSPHRASE.upper()):
        with pytest.raises(WrongPassphrase):
            vault.unlock(folder, attempt)
    assert snapshot(folder) == before


def test_recovery_code_unlocks_in_any_case_and_spacing(folder: Path) -> None:
    session, code = make_vault(folder)
    session.close()
    typed = code.lower().replace("-", " ")
    vault.unlock_with_recovery_code(folder, typed).close()
    with pytest.raises(WrongRecoveryCode):
        vault.unlock_with_recovery_code(folder, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF")


def test_wrong_recovery_code_is_a_wrong_passphrase_kind(folder: Path) -> None:
    make_vault(folder)[0].close()
    with pytest.raises(WrongPassphrase):
        vault.unlock_with_recovery_code(folder, "nope")


def test_change_passphrase_old_fails_new_works(folder: Path) -> None:
    session, code = make_vault(folder)
    session.close()
    db_before = (folder / "vault.db").read_bytes()
    session = vault.unlock(folder, TEST_PASSPHRASE)
    session.change_passphrase("a brand new passphrase", keys.FAST_KDF)
    session.close()
    # Re-wrapping only: the database file itself is untouched.
    assert (folder / "vault.db").read_bytes() == db_before
    with pytest.raises(WrongPassphrase):
        vault.unlock(folder, TEST_PASSPHRASE)
    vault.unlock(folder, "a brand new passphrase").close()
    vault.unlock_with_recovery_code(folder, code).close()


def test_recover_sets_a_new_passphrase(folder: Path) -> None:
    session, code = make_vault(folder)
    session.close()
    vault.recover(folder, code, "remembered at last", keys.FAST_KDF).close()
    vault.unlock(folder, "remembered at last").close()
    with pytest.raises(WrongPassphrase):
        vault.unlock(folder, TEST_PASSPHRASE)


def test_reencrypt_changes_the_data_key_and_the_recovery_code(folder: Path) -> None:
    session, old_code = make_vault(folder)
    fill(session, 50)
    old_key = session.data_key()
    with pytest.raises(WrongPassphrase):
        session.reencrypt("not the passphrase", keys.FAST_KDF)
    new_code = session.reencrypt(TEST_PASSPHRASE, keys.FAST_KDF)
    assert session.data_key() != old_key
    assert session.db.scalar("SELECT count(*) FROM drafts") == 50
    session.close()

    with pytest.raises(VaultDamaged):  # the old key no longer opens the file
        vault.unlock_with_key(folder, old_key)
    with pytest.raises(WrongRecoveryCode):
        vault.unlock_with_recovery_code(folder, old_code)
    reopened = vault.unlock_with_recovery_code(folder, new_code)
    assert reopened.check() == []
    reopened.close()
    vault.unlock(folder, TEST_PASSPHRASE).close()


def test_reencrypt_interrupted_after_rekey_still_opens(folder: Path) -> None:
    """Crash between PRAGMA rekey and the final keys.json: the pending slot opens it."""
    session, _ = make_vault(folder)
    fill(session, 20)
    keyfile_path = folder / "keys.json"
    pending_slot = keys.passphrase_slot(
        new_key := os.urandom(32), TEST_PASSPHRASE, session.vault_id, keys.FAST_KDF
    )
    old = keys.KeyFile.load(keyfile_path)
    keys.KeyFile(old.vault_id, old.slots, {keys.PASSPHRASE: pending_slot}).save(keyfile_path)
    session.db.rekey(new_key)
    session.close()  # "crash": keys.json still lists the old key as current

    reopened = vault.unlock(folder, TEST_PASSPHRASE)
    assert reopened.db.scalar("SELECT count(*) FROM drafts") == 20
    assert not reopened.has_recovery_code  # the new code was never shown, so none is kept
    code = reopened.new_recovery_code()
    reopened.close()
    assert keys.KeyFile.load(keyfile_path).pending == {}
    vault.unlock_with_recovery_code(folder, code).close()


def test_reencrypt_interrupted_before_rekey_opens_with_the_old_key(folder: Path) -> None:
    session, code = make_vault(folder)
    keyfile_path = folder / "keys.json"
    old = keys.KeyFile.load(keyfile_path)
    pending = keys.passphrase_slot(os.urandom(32), TEST_PASSPHRASE, old.vault_id, keys.FAST_KDF)
    keys.KeyFile(old.vault_id, old.slots, {keys.PASSPHRASE: pending}).save(keyfile_path)
    session.close()
    vault.unlock(folder, TEST_PASSPHRASE).close()
    assert keys.KeyFile.load(keyfile_path).pending == {}
    vault.unlock_with_recovery_code(folder, code).close()


def _flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))


def test_flipped_byte_in_first_page_is_damage_not_wrong_passphrase(folder: Path) -> None:
    session, _ = make_vault(folder)
    fill(session)
    session.close()
    _flip(folder / "vault.db", 200)
    with pytest.raises(VaultDamaged) as caught:
        vault.unlock(folder, TEST_PASSPHRASE)
    assert not isinstance(caught.value, WrongPassphrase)


def test_flipped_byte_in_a_data_page_is_found_as_damage(folder: Path) -> None:
    session, _ = make_vault(folder)
    fill(session)
    session.close()
    db_path = folder / "vault.db"
    pages = db_path.stat().st_size // 4096
    assert pages > 4
    _flip(db_path, 4096 * (pages - 2) + 1000)

    session = vault.unlock(folder, TEST_PASSPHRASE)  # page 1 is fine, so it opens
    problems = session.check()
    assert problems, "the damaged page must be reported"
    with pytest.raises(VaultDamaged):
        session.db.execute("SELECT body FROM drafts")
    session.close()


@pytest.mark.parametrize(
    "damage",
    [
        lambda p: p.unlink(),
        lambda p: p.write_text("{ not json"),
        lambda p: p.write_bytes(b"\xff\xfe\x00garbage"),
        lambda p: p.write_text(json.dumps({"format": 1})),
        lambda p: p.write_text(p.read_text().replace('"wrapped": "', '"wrapped": "AAAA', 1)),
    ],
    ids=["missing", "truncated", "binary", "no-slots", "edited-slot"],
)
def test_damaged_key_file_gives_a_clear_error(folder: Path, damage: object) -> None:
    make_vault(folder)[0].close()
    damage(folder / "keys.json")  # type: ignore[operator]
    with pytest.raises(KeyFileDamaged) as caught:
        vault.unlock(folder, TEST_PASSPHRASE)
    assert "keys.json" in caught.value.user_message


def test_key_file_from_a_newer_version_is_too_new(folder: Path) -> None:
    make_vault(folder)[0].close()
    path = folder / "keys.json"
    body = json.loads(path.read_text())
    body["format"] = 99
    path.write_text(json.dumps(body))
    with pytest.raises(VaultTooNew):
        vault.unlock(folder, TEST_PASSPHRASE)


def test_missing_database_is_damage(folder: Path) -> None:
    make_vault(folder)[0].close()
    (folder / "vault.db").unlink()
    with pytest.raises(VaultDamaged):
        vault.unlock(folder, TEST_PASSPHRASE)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
def test_files_are_0600_and_folders_0700(folder: Path) -> None:
    session, _ = make_vault(folder)
    fill(session, 10)
    session.change_passphrase("another passphrase", keys.FAST_KDF)
    for path in folder.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    session.close()


def test_a_second_process_gets_vault_in_use_and_a_crash_leaves_no_stale_lock(
    folder: Path,
) -> None:
    make_vault(folder)[0].close()
    with vault_held_elsewhere(folder), pytest.raises(VaultInUse):
        vault.unlock(folder, TEST_PASSPHRASE)
    vault.unlock(folder, TEST_PASSPHRASE).close()


def test_same_process_cannot_open_twice(folder: Path) -> None:
    session, _ = make_vault(folder)
    with pytest.raises(VaultInUse):
        vault.unlock(folder, TEST_PASSPHRASE)
    session.close()


def test_schema_from_a_newer_version_is_too_new(folder: Path) -> None:
    session, _ = make_vault(folder)
    session.db.execute("PRAGMA user_version = 999")
    session.close()
    with pytest.raises(VaultTooNew):
        vault.unlock(folder, TEST_PASSPHRASE)


@pytest.mark.parametrize(
    "size", [0, 100, 4096 + 17], ids=["empty", "cut-in-page-1", "cut-mid-page"]
)
def test_an_empty_or_cut_short_database_is_reported_and_left_alone(folder: Path, size: int) -> None:
    session, code = make_vault(folder)
    fill(session, 50)
    session.close()
    db_path = folder / "vault.db"
    with db_path.open("r+b") as handle:
        handle.truncate(size)
    before = snapshot(folder)
    for attempt in (
        lambda: vault.unlock(folder, TEST_PASSPHRASE),
        lambda: vault.unlock_with_recovery_code(folder, code),
    ):
        with pytest.raises(VaultDamaged) as caught:
            attempt()
        assert not isinstance(caught.value, KeyFileDamaged)
        message = caught.value.user_message
        assert "vault.db" in message and "backup" in message
        assert "keys.json" not in message
    assert snapshot(folder) == before, "nothing may be written into a damaged database"
    assert db_path.stat().st_size == size


KILLED_KEY_WRITE = """
import os
from pathlib import Path
from companion.vault import files, keys, vault
session = vault.unlock(Path({folder!r}), {passphrase!r})
def die(*args, **kwargs):
    os._exit(9)
files.os.replace = die
session.change_passphrase("a different passphrase", keys.FAST_KDF)
"""


def test_a_key_file_write_killed_before_the_rename_leaves_no_temp_file(folder: Path) -> None:
    session, code = make_vault(folder)
    session.close()
    killed = python(KILLED_KEY_WRITE.format(folder=str(folder), passphrase=TEST_PASSPHRASE))
    _, err = killed.communicate(timeout=60)
    assert killed.returncode == 9, err
    assert any(p.name.startswith(".keys.json.tmp-") for p in folder.iterdir())

    vault.unlock(folder, TEST_PASSPHRASE).close()
    vault.unlock_with_recovery_code(folder, code).close()
    assert not [p.name for p in folder.iterdir() if p.name.startswith(".")]


def test_key_changes_from_two_threads_do_not_undo_each_other(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Remember-me runs on the keyring's thread, a passphrase change on the worker."""
    import threading
    import time

    session, _ = make_vault(folder)
    save = keys.KeyFile.save

    def slow_save(self: keys.KeyFile, path: Path) -> None:
        time.sleep(0.05)  # a slow disk widens the window between reading and writing
        save(self, path)

    monkeypatch.setattr(keys.KeyFile, "save", slow_save)
    changer = threading.Thread(
        target=session.change_passphrase, args=("the new passphrase", keys.FAST_KDF)
    )
    changer.start()
    time.sleep(0.01)
    session.remember()
    changer.join()
    session.close()
    monkeypatch.undo()
    with pytest.raises(WrongPassphrase):
        vault.unlock(folder, TEST_PASSPHRASE)
    vault.unlock(folder, "the new passphrase").close()
