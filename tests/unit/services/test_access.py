"""Unlocking through the services: what the user is told after an interrupted key change."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from companion.services.access import Access
from companion.vault import backup_key, keys, vault
from companion.vault.errors import RecoveryCodeReplaced
from companion.vault.remember import KeyringStore
from tests.support import TEST_PASSPHRASE, MemoryKeyring, make_vault


def access_for(folder: Path) -> Access:
    backend = MemoryKeyring()
    return Access(folder, kdf_policy=lambda: keys.FAST_KDF, keyring=KeyringStore(lambda: backend))


def interrupt_a_reencryption_after_the_rekey(folder: Path) -> None:
    """What reencrypt leaves when killed between `PRAGMA rekey` and the last write."""
    session, _ = make_vault(folder)
    path = folder / vault.KEYS_NAME
    new_key = os.urandom(32)
    pending = keys.passphrase_slot(new_key, TEST_PASSPHRASE, session.vault_id, keys.FAST_KDF)
    old = keys.KeyFile.load(path)
    keys.KeyFile(old.vault_id, old.slots, {keys.PASSPHRASE: pending}).save(path)
    session.db.rekey(new_key)
    session.close()


def test_after_an_interrupted_reencryption_unlock_gives_a_new_recovery_code(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "vault"
    interrupt_a_reencryption_after_the_rekey(folder)
    access = access_for(folder)
    services = access.unlock(TEST_PASSPHRASE)
    code = access.take_replaced_recovery_code()
    assert code is not None, "the user must be given a new recovery code at once"
    assert access.take_replaced_recovery_code() is None  # shown once
    assert services.session.has_recovery_code
    assert services.session.backup_recipient == backup_key.recipient_from_code(code)
    access.lock()
    vault.unlock_with_recovery_code(folder, code).close()


def test_the_old_code_says_it_was_replaced(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    session, old_code = make_vault(folder)
    session.close()
    path = folder / vault.KEYS_NAME
    interrupted = keys.KeyFile.load(path)
    # The same state as above, but keeping the code to try.
    session = vault.unlock(folder, TEST_PASSPHRASE)
    new_key = os.urandom(32)
    pending = keys.passphrase_slot(new_key, TEST_PASSPHRASE, session.vault_id, keys.FAST_KDF)
    keys.KeyFile(interrupted.vault_id, interrupted.slots, {keys.PASSPHRASE: pending}).save(path)
    session.db.rekey(new_key)
    session.close()
    for _ in range(2):  # before the next passphrase unlock finishes it, and after
        with pytest.raises(RecoveryCodeReplaced) as caught:
            vault.unlock_with_recovery_code(folder, old_code)
        assert "re-encrypt" in caught.value.user_message
        opened = vault.unlock(folder, TEST_PASSPHRASE)
        assert not opened.has_recovery_code and opened.backup_recipient is None
        opened.close()


def test_a_normal_unlock_gives_no_new_code(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    make_vault(folder)[0].close()
    access = access_for(folder)
    access.unlock(TEST_PASSPHRASE)
    assert access.take_replaced_recovery_code() is None
    access.lock()


def remembered_access(folder: Path) -> tuple[Access, MemoryKeyring]:
    backend = MemoryKeyring()
    access = Access(folder, kdf_policy=lambda: keys.FAST_KDF, keyring=KeyringStore(lambda: backend))
    return access, backend


def test_the_keyring_holds_a_secret_that_is_not_the_data_key(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    make_vault(folder)[0].close()
    access, backend = remembered_access(folder)
    services = access.unlock(TEST_PASSPHRASE)
    vault_id, data_key = services.session.vault_id, services.session.data_key()
    access.set_remember_me(True)
    access.lock()
    assert data_key.hex() not in str(backend.store)
    assert access.unlock_remembered(vault_id) is not None
    access.lock()


def test_after_a_passphrase_change_the_keyring_secret_no_longer_unlocks(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    make_vault(folder)[0].close()
    access, backend = remembered_access(folder)
    services = access.unlock(TEST_PASSPHRASE)
    vault_id = services.session.vault_id
    access.set_remember_me(True)
    kept = dict(backend.store)  # as if deleting it from the keyring had failed
    access.change_passphrase(TEST_PASSPHRASE, "a brand new passphrase")
    access.lock()
    backend.store.update(kept)
    assert access.unlock_remembered(vault_id) is None
    assert not backend.store, "the stale secret is cleared from the keyring"


def test_a_raw_key_from_an_older_version_is_dropped_not_used(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    session, _ = make_vault(folder)
    vault_id, data_key = session.vault_id, session.data_key()
    session.close()
    access, backend = remembered_access(folder)
    backend.store[("Companion vault key", vault_id)] = data_key.hex()  # the old format
    assert access.unlock_remembered(vault_id) is None
    assert not backend.store
    access.unlock(TEST_PASSPHRASE)
    access.lock()


def test_forgetting_works_even_when_the_keyring_cannot_delete(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    make_vault(folder)[0].close()
    access, backend = remembered_access(folder)
    services = access.unlock(TEST_PASSPHRASE)
    vault_id = services.session.vault_id
    access.set_remember_me(True)
    kept = dict(backend.store)
    backend.delete_password = lambda service, user: (_ for _ in ()).throw(RuntimeError("stuck"))  # type: ignore[method-assign]
    access.set_remember_me(False)
    access.lock()
    backend.store.update(kept)
    del backend.delete_password
    assert access.unlock_remembered(vault_id) is None
