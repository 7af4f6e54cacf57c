"""A vault folder: create, unlock, change keys, check, and lock.

A vault is a folder with `vault.db` (SQLCipher 4) and `keys.json` (key slots).
`vault.lock` keeps it to one process at a time.
"""

from __future__ import annotations

import contextlib
import functools
import re
import secrets
import threading
import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Concatenate, ParamSpec, TypeVar

from companion.domain.passphrase import is_long_enough
from companion.vault import backup_key, keys, migrations
from companion.vault.db import Database
from companion.vault.errors import (
    DatabaseCutShort,
    KeyFileDamaged,
    PassphraseTooWeak,
    RecoveryCodeReplaced,
    VaultDamaged,
    VaultExists,
    VaultLocked,
    VaultNotFound,
)
from companion.vault.files import ensure_private_dir, remove_leftovers
from companion.vault.keys import KdfParams, KeyFile
from companion.vault.lockfile import VaultLock

DB_NAME = "vault.db"
KEYS_NAME = "keys.json"
LOCK_NAME = "vault.lock"
_KEYS_TEMP = re.compile(re.escape(KEYS_NAME) + "$")


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def vault_exists(folder: Path) -> bool:
    return (folder / KEYS_NAME).exists() or (folder / DB_NAME).exists()


P = ParamSpec("P")
R = TypeVar("R")


def _one_key_change_at_a_time(
    method: Callable[Concatenate[VaultSession, P], R],
) -> Callable[Concatenate[VaultSession, P], R]:
    """Key changes read keys.json's slots, then write them back. Remember-me runs on
    the keyring's thread and the rest on the worker, so two at once could undo one
    another (a passphrase change lost to a remember slot written over it)."""

    @functools.wraps(method)
    def run(session: VaultSession, /, *args: P.args, **kwargs: P.kwargs) -> R:
        with session._keys_lock:
            return method(session, *args, **kwargs)

    return run


class VaultSession:
    """An unlocked vault. `close()` locks it again."""

    def __init__(
        self, folder: Path, keyfile: KeyFile, db: Database, data_key: bytearray, lock: VaultLock
    ) -> None:
        self.folder = folder
        self._keyfile = keyfile
        self._db: Database | None = db
        self._data_key = data_key
        self._lock = lock
        self._keys_lock = threading.RLock()

    @property
    def vault_id(self) -> str:
        return self._keyfile.vault_id

    @property
    def is_open(self) -> bool:
        return self._db is not None

    @property
    def db(self) -> Database:
        if self._db is None:
            raise VaultLocked()
        return self._db

    @property
    def has_recovery_code(self) -> bool:
        return keys.RECOVERY in self._keyfile.slots

    def data_key(self) -> bytes:
        """A copy of the data key (for checks and tests). Callers must not keep it."""
        if self._db is None:
            raise VaultLocked()
        return bytes(self._data_key)

    def kdf_params(self) -> KdfParams | None:
        return self._keyfile.slots[keys.PASSPHRASE].kdf

    # -- key changes ------------------------------------------------------------

    def verify_passphrase(self, passphrase: str) -> None:
        """Raise WrongPassphrase unless `passphrase` opens the current slot."""
        current = replace(self._keyfile, pending={})
        for key, _pending in keys.open_passphrase_slots(current, passphrase):
            _wipe(key)

    @_one_key_change_at_a_time
    def change_passphrase(self, new_passphrase: str, kdf: KdfParams) -> None:
        """Re-wrap the data key under a new passphrase. Instant apart from the KDF.
        Remember-me ends with it: the secret in the keyring opens nothing after."""
        _require_strong(new_passphrase)
        slot = keys.passphrase_slot(self._current_key(), new_passphrase, self.vault_id, kdf)
        keyfile = replace(self._keyfile.with_slot(slot), remember=None)
        keyfile.save(self.folder / KEYS_NAME)
        self._keyfile = keyfile

    # -- remember-me ----------------------------------------------------------------

    @property
    def is_remembered(self) -> bool:
        return self._keyfile.remember is not None

    @_one_key_change_at_a_time
    def remember(self) -> bytes:
        """A new remember slot; returns the secret that opens it, for the OS keyring.
        Any earlier secret stops working."""
        secret = secrets.token_bytes(keys.REMEMBER_SECRET_BYTES)
        slot = keys.remember_slot(self._current_key(), secret, self.vault_id)
        keyfile = replace(self._keyfile, remember=slot)
        keyfile.save(self.folder / KEYS_NAME)
        self._keyfile = keyfile
        return secret

    @_one_key_change_at_a_time
    def forget_remembered(self) -> None:
        """Remove the remember slot, so the secret in the keyring opens nothing."""
        if self._keyfile.remember is None:
            return
        keyfile = replace(self._keyfile, remember=None)
        keyfile.save(self.folder / KEYS_NAME)
        self._keyfile = keyfile

    @_one_key_change_at_a_time
    def new_recovery_code(self) -> str:
        """Replace the recovery slot. The old code stops working (for unlocking; older
        backups made for the old code still open with it)."""
        code = keys.new_recovery_code()
        slot = keys.recovery_slot(self._current_key(), code, self.vault_id)
        # The backup key first, filed under the slot it belongs to: a crash before
        # keys.json is written leaves the old slot, whose backup key is still there.
        self._file_backup_recipient(slot, code)
        keyfile = self._keyfile.with_slot(slot)
        keyfile.save(self.folder / KEYS_NAME)
        self._keyfile = keyfile
        self._drop_other_backup_recipients(slot)
        return code

    # The backup key (vault/backup_key.py) is the public half of a key derived from the
    # recovery code. It lives in meta (inside the database) while the slot lives in
    # keys.json, and the two cannot be written at once; so each is filed under its
    # slot's salt, and only the one of the slot in keys.json counts.

    def _file_backup_recipient(self, slot: keys.Slot, code: str) -> None:
        current = self._keyfile.slots.get(keys.RECOVERY)
        if current is not None:
            # A vault from before the filing: file its one key under the current slot
            # first, or it would stop counting as soon as another key is filed.
            self.db.execute(
                "INSERT OR IGNORE INTO meta (key, value)"
                " SELECT ?, value FROM meta WHERE key = 'backup_recipient'",
                (_recipient_key(current),),
            )
        self.db.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (_recipient_key(slot), backup_key.recipient_from_code(code)),
        )

    def _drop_other_backup_recipients(self, slot: keys.Slot) -> None:
        self.db.execute(
            "DELETE FROM meta WHERE (key LIKE 'backup\\_recipient:%' ESCAPE '\\' AND key != ?)"
            " OR key = 'backup_recipient'",
            (_recipient_key(slot),),
        )

    @property
    def backup_recipient(self) -> str | None:
        """The backup key of the recovery code that opens this vault; None if none does."""
        slot = self._keyfile.slots.get(keys.RECOVERY)
        if slot is None:
            return None
        value = self.db.scalar("SELECT value FROM meta WHERE key = ?", (_recipient_key(slot),))
        if value is None and not self.db.scalar(
            "SELECT count(*) FROM meta WHERE key LIKE 'backup\\_recipient:%' ESCAPE '\\'"
        ):
            # A vault from before the keys were filed by slot: one unfiled key.
            value = self.db.scalar("SELECT value FROM meta WHERE key = 'backup_recipient'")
        return str(value) if value else None

    @_one_key_change_at_a_time
    def reencrypt(self, passphrase: str, kdf: KdfParams) -> str:
        """Re-encrypt the whole database under a fresh data key (`PRAGMA rekey`).

        The passphrase re-wraps the new key. The old recovery code cannot (we do
        not know it), so a new one is issued and returned. Each step leaves a vault
        that opens with the passphrase:

        1. the new code's backup key goes into meta, filed under its slot (unused yet);
        2. keys.json gets the new passphrase slot as `pending` (old slots still current);
        3. `PRAGMA rekey`: from here only the pending slot opens the database;
        4. keys.json gets the new slots and no pending: done.

        A crash between 3 and 4 cannot keep a working recovery code: the old one wraps
        a key that opens nothing, and the new one was never shown. Keeping the old code
        working would mean storing the new key under the old one, which defeats the
        point of re-encrypting. So the next unlock finishes with no recovery slot and
        says so (`has_recovery_code` is False, there is no backup key, and the old
        code gets `RecoveryCodeReplaced`); services/access.py then issues a new code
        at once and the front ends show it.
        """
        self.verify_passphrase(passphrase)
        new_key = bytearray(secrets.token_bytes(keys.DATA_KEY_BYTES))
        code = keys.new_recovery_code()
        recovery = keys.recovery_slot(new_key, code, self.vault_id)
        pending_slot = keys.passphrase_slot(new_key, passphrase, self.vault_id, kdf)
        path = self.folder / KEYS_NAME
        self._file_backup_recipient(recovery, code)
        replace(self._keyfile, pending={keys.PASSPHRASE: pending_slot}, remember=None).save(path)
        self._keyfile = replace(self._keyfile, remember=None)
        self.db.rekey(new_key)
        final = KeyFile(
            vault_id=self.vault_id,
            slots={keys.PASSPHRASE: pending_slot, keys.RECOVERY: recovery},
        )
        final.save(path)
        self._keyfile = final
        _wipe(self._data_key)
        self._data_key = new_key
        self._drop_other_backup_recipients(recovery)
        return code

    # -- health -------------------------------------------------------------------

    def check(self) -> list[str]:
        """Every integrity problem found; an empty list means the vault is healthy."""
        return self.db.integrity_problems()

    # -- lock -----------------------------------------------------------------------

    def close(self) -> None:
        """Lock: close the connection, release the folder and drop the key bytes."""
        if self._db is not None:
            try:
                self._db.close()
            finally:
                self._db = None
                _wipe(self._data_key)
                self._lock.release()

    def _current_key(self) -> bytes:
        if self._db is None:
            raise VaultLocked()
        return bytes(self._data_key)


def _recipient_key(slot: keys.Slot) -> str:
    return f"backup_recipient:{slot.salt.hex()}"


def _wipe(buffer: bytearray) -> None:
    # Best effort: Python may hold other copies, but this one is gone.
    for i in range(len(buffer)):
        buffer[i] = 0


def _require_strong(passphrase: str) -> None:
    if not is_long_enough(passphrase):
        raise PassphraseTooWeak()


def create(folder: Path, passphrase: str, kdf: KdfParams) -> tuple[VaultSession, str]:
    """Create a new vault in `folder`. Returns the open session and the recovery code."""
    _require_strong(passphrase)
    if vault_exists(folder):
        raise VaultExists(str(folder))
    ensure_private_dir(folder)
    lock = VaultLock(folder / LOCK_NAME)
    lock.acquire()
    try:
        vault_id = str(uuid.uuid4())
        data_key = bytearray(secrets.token_bytes(keys.DATA_KEY_BYTES))
        code = keys.new_recovery_code()
        keyfile = KeyFile(
            vault_id=vault_id,
            slots={
                keys.PASSPHRASE: keys.passphrase_slot(data_key, passphrase, vault_id, kdf),
                keys.RECOVERY: keys.recovery_slot(data_key, code, vault_id),
            },
        )
        db = Database(folder / DB_NAME, data_key)
        try:
            migrations.migrate(db)
            with db.transaction() as conn:
                conn.executemany(
                    "INSERT INTO meta (key, value) VALUES (?, ?)",
                    [
                        ("vault_id", vault_id),
                        ("created_at", utc_now()),
                        (
                            _recipient_key(keyfile.slots[keys.RECOVERY]),
                            backup_key.recipient_from_code(code),
                        ),
                    ],
                )
            # keys.json last: a crash before this leaves no half-made vault that
            # looks real (vault_exists sees the db and reports it damaged).
            keyfile.save(folder / KEYS_NAME)
        except BaseException:
            db.close()
            raise
    except BaseException:
        lock.release()
        raise
    return VaultSession(folder, keyfile, db, data_key, lock), code


def _open(
    folder: Path,
    candidates: Callable[[KeyFile], list[keys.Candidate]],
    *,
    recovery: bool = False,
) -> VaultSession:
    if not vault_exists(folder):
        raise VaultNotFound(str(folder))
    lock = VaultLock(folder / LOCK_NAME)
    lock.acquire()
    try:
        keyfile = KeyFile.load(folder / KEYS_NAME)
        if not (folder / DB_NAME).exists():
            raise VaultDamaged("vault.db missing")
        try:
            db, data_key, from_pending = _open_first(folder / DB_NAME, candidates(keyfile))
        except VaultDamaged as exc:
            if recovery and _rekey_interrupted(keyfile) and not isinstance(exc, DatabaseCutShort):
                # The code is right, but its key no longer opens the re-encrypted file.
                raise RecoveryCodeReplaced("re-encryption interrupted") from exc
            raise
        try:
            # We hold the lock, so a key-file temp here was left by a killed writer.
            remove_leftovers(folder, _KEYS_TEMP, any_pid=True)
            if from_pending:
                # A re-encryption was interrupted after the rekey: finish it with the
                # passphrase slot only. The old recovery slot wraps the old key and the
                # new code was never shown, so there is none (see reencrypt).
                pending = {keys.PASSPHRASE: keyfile.pending[keys.PASSPHRASE]}
                keyfile = KeyFile(vault_id=keyfile.vault_id, slots=pending)
                keyfile.save(folder / KEYS_NAME)
            elif keyfile.pending:
                keyfile = replace(keyfile, pending={})
                keyfile.save(folder / KEYS_NAME)
            migrations.migrate(db)
            stored_id = db.scalar("SELECT value FROM meta WHERE key = 'vault_id'")
            if stored_id != keyfile.vault_id:
                raise KeyFileDamaged("vault id mismatch")
        except BaseException:
            db.close()
            raise
    except BaseException:
        lock.release()
        raise
    return VaultSession(folder, keyfile, db, data_key, lock)


def _open_first(path: Path, candidates: list[keys.Candidate]) -> tuple[Database, bytearray, bool]:
    """Open with the first candidate key that works; a key that fails means damage."""
    error: VaultDamaged | None = None
    opened: tuple[Database, bytearray, bool] | None = None
    for key, pending in candidates:
        if opened is None and not isinstance(error, DatabaseCutShort):
            try:
                opened = (Database(path, key, existing=True), key, pending)
                continue
            except VaultDamaged as exc:  # a short file stays short: no key does better
                error = exc
        _wipe(key)
    if opened is None:
        assert error is not None
        raise error
    return opened


def unlock(folder: Path, passphrase: str) -> VaultSession:
    return _open(folder, lambda kf: keys.open_passphrase_slots(kf, passphrase))


def unlock_with_recovery_code(folder: Path, code: str) -> VaultSession:
    return _open(folder, lambda kf: keys.open_recovery_slots(kf, code), recovery=True)


def _rekey_interrupted(keyfile: KeyFile) -> bool:
    return keys.PASSPHRASE in keyfile.pending


def unlock_remembered(folder: Path, secret: bytes) -> VaultSession:
    """Remember-me: open with the secret from the OS keyring (NotRemembered if stale)."""
    return _open(folder, lambda kf: keys.open_remember_slot(kf, secret))


def unlock_with_key(folder: Path, data_key: bytes) -> VaultSession:
    """Open with the raw data key (checks and tests; the keyring never holds it)."""
    return _open(folder, lambda kf: [(bytearray(data_key), False)])


def recover(folder: Path, code: str, new_passphrase: str, kdf: KdfParams) -> VaultSession:
    """Use the recovery code to set a new passphrase."""
    _require_strong(new_passphrase)
    session = unlock_with_recovery_code(folder, code)
    try:
        session.change_passphrase(new_passphrase, kdf)
    except BaseException:
        session.close()
        raise
    return session


def peek_vault_id(folder: Path) -> str | None:
    """The vault id from keys.json, without unlocking; None if unreadable."""
    with contextlib.suppress(Exception):
        return KeyFile.load(folder / KEYS_NAME).vault_id
    return None
