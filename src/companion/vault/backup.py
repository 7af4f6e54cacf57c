"""Encrypted backups of a whole vault, and restoring one into a new folder.

A backup is never a copy of the live database file, which is unsafe to copy
while it is open. SQLite's `VACUUM INTO` writes a consistent snapshot (still
encrypted by SQLCipher with the vault's key); it goes into a tar with the key
file, and the tar into an age file with a backup passphrase. So a backup needs
two secrets to read: the backup passphrase, then the vault's passphrase or
recovery code.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import shutil
import tarfile
from datetime import datetime
from pathlib import Path

import pyrage

from companion.domain.passphrase import is_long_enough
from companion.vault import backup_key, purge, vault
from companion.vault.db import Database
from companion.vault.errors import (
    BackupTargetNotEmpty,
    BackupUnreadable,
    WeakFilePassphrase,
    WrongPassphrase,
)
from companion.vault.files import (
    FILE_MODE,
    ensure_private_dir,
    remove_leftovers,
    storage_error,
    write_atomic,
)

MEMBERS = (vault.KEYS_NAME, vault.DB_NAME)
MAX_MEMBER_BYTES = 8 * 1024**3
NAME = re.compile(r"^companion-backup-\d{4}-\d{2}-\d{2}-\d{6}\.age$")
_ANY_NAME = re.compile(r".")


def backup_name(now: datetime) -> str:
    return f"companion-backup-{now:%Y-%m-%d-%H%M%S}.age"


def write_backup(
    session: vault.VaultSession,
    target: Path,
    passphrase: str | None = None,
    recipient: str | None = None,
) -> None:
    """Snapshot the open vault into an age file at `target` (atomically), locked with
    a backup passphrase, or to a recipient (the backup key of the recovery code)."""
    if not passphrase and not recipient:
        raise ValueError("a backup needs a passphrase or a recipient")
    if passphrase and not is_long_enough(passphrase):
        raise WeakFilePassphrase()  # restore() still opens old backups with any
    work = target.with_name(f".{target.name}.work-{os.getpid()}")
    try:
        ensure_private_dir(work)
        snapshot = work / vault.DB_NAME
        session.db.execute("VACUUM INTO ?", (str(snapshot),))
        _finish_deletes(snapshot, session.data_key())
        buffer = io.BytesIO()
        with tarfile.open(fileobj=buffer, mode="w") as tar:
            tar.add(session.folder / vault.KEYS_NAME, arcname=vault.KEYS_NAME)
            tar.add(snapshot, arcname=vault.DB_NAME)
        if recipient:
            data = pyrage.encrypt(buffer.getvalue(), [pyrage.x25519.Recipient.from_str(recipient)])
        else:
            data = pyrage.passphrase.encrypt(buffer.getvalue(), passphrase or "")
        write_atomic(target, data)
    except OSError as exc:
        raise storage_error(exc) from exc
    finally:
        shutil.rmtree(work, ignore_errors=True)


def remove_killed_work(folder: Path) -> list[Path]:
    """A backup killed part-way leaves a work folder (an encrypted snapshot) or a
    temp file (the whole backup) behind; take away those whose process is gone."""
    return remove_leftovers(folder, NAME)


def _finish_deletes(snapshot: Path, key: bytes) -> None:
    """A delete still in its undo window is undone in the live vault, never from a
    backup: the snapshot's tombstones are purged before it is packed, so no backup
    holds text deleted before it was made (vault/purge.py)."""
    db = Database(snapshot, key)
    try:
        purge.purge(db)
    finally:
        db.close()


def prune(folder: Path, keep: int) -> list[Path]:
    """Delete all but the newest `keep` backups this app named; returns those deleted."""
    backups = sorted(p for p in folder.iterdir() if NAME.match(p.name))
    gone = backups[:-keep] if keep > 0 else backups
    for path in gone:
        path.unlink(missing_ok=True)
    return gone


def locked_with_recovery_code(source: Path) -> bool:
    """Whether a backup was made for the recovery code (an X25519 recipient) rather
    than with a backup passphrase: read from the age header, not the whole file."""
    try:
        with source.open("rb") as handle:
            head = handle.read(512)
    except OSError:
        return False
    return b"\n-> X25519 " in head


def restore(source: Path, passphrase: str, target: Path, vault_secret: str) -> None:
    """Unpack a backup into a new vault folder, check it, then move it into place.

    `passphrase` is the backup passphrase, or the recovery code for a backup made
    for it. `vault_secret` is the vault's passphrase or its recovery code: the
    restored copy is opened and checked before it counts as restored.
    """
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise BackupTargetNotEmpty(str(target))
    try:
        data = source.read_bytes()
        if locked_with_recovery_code(source):
            plain = pyrage.decrypt(data, [backup_key.identity_from_code(passphrase)])
        else:
            plain = pyrage.passphrase.decrypt(data, passphrase)
    except OSError as exc:
        raise storage_error(exc) from exc
    except (pyrage.DecryptError, ValueError) as exc:
        raise BackupUnreadable("age") from exc
    ensure_private_dir(target.parent)
    # A restore killed part-way left its unpacked copy here: take it away first.
    remove_leftovers(target.parent, _ANY_NAME, kinds=("restore",))
    partial = target.with_name(f".{target.name}.restore-{os.getpid()}")
    try:
        ensure_private_dir(partial)
        _unpack(plain, partial)
        _check(partial, vault_secret)
        if target.exists():
            target.rmdir()
        os.replace(partial, target)
    except OSError as exc:
        raise storage_error(exc) from exc
    finally:
        with contextlib.suppress(OSError):
            shutil.rmtree(partial)


def _unpack(data: bytes, folder: Path) -> None:
    """Only the two known files, as regular files, by name: no paths from the archive."""
    try:
        with tarfile.open(fileobj=io.BytesIO(data), mode="r:") as tar:
            members = tar.getmembers()
            names = sorted(m.name for m in members)
            if names != sorted(MEMBERS) or not all(m.isfile() for m in members):
                raise BackupUnreadable("unexpected members")
            for member in members:
                if member.size > MAX_MEMBER_BYTES:
                    raise BackupUnreadable("member too large")
                handle = tar.extractfile(member)
                if handle is None:
                    raise BackupUnreadable("unreadable member")
                path = folder / member.name
                fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
                with os.fdopen(fd, "wb") as out:
                    shutil.copyfileobj(handle, out, 1024 * 1024)
    except tarfile.TarError as exc:
        raise BackupUnreadable("tar") from exc


def _check(folder: Path, secret: str) -> None:
    try:
        session = vault.unlock(folder, secret)
    except WrongPassphrase:
        session = vault.unlock_with_recovery_code(folder, secret)
    try:
        problems = session.check()
    finally:
        session.close()
    if problems:
        raise BackupUnreadable(f"integrity: {len(problems)} problems")


def restored_name(current: Path, now: datetime) -> Path:
    """A new folder beside the vault for a restore: `default.restored-2026-11-26-0930`."""
    return current.with_name(f"{current.name}.restored-{now:%Y-%m-%d-%H%M%S}")


def switch_to(restored: Path, current: Path, now: datetime) -> Path:
    """Put a restored (and checked) vault where the current one is. The current one
    is kept beside it, never deleted; returns where. Both must be closed."""
    aside = current.with_name(f"{current.name}.before-restore-{now:%Y-%m-%d-%H%M%S}")
    try:
        os.replace(current, aside)
        try:
            os.replace(restored, current)
        except OSError:
            os.replace(aside, current)  # put it back: the current vault stays in use
            raise
    except OSError as exc:
        raise storage_error(exc) from exc
    return aside
