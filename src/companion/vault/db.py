"""The SQLCipher connection.

The key is the raw 32-byte data key (`PRAGMA key = "x'…'"`), so SQLCipher's
own KDF never runs on open. The cipher settings are pinned explicitly to the
SQLCipher 4 profile, so a future library default cannot make a vault
unreadable; tests/fixtures holds a vault that must keep opening.

One `Database` serialises all use of its connection with a lock, so the worker
thread and short reads from the GUI thread can share it safely.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import sqlcipher3

from companion.vault.errors import (
    DatabaseCutShort,
    StorageFull,
    StorageUnavailable,
    VaultDamaged,
    VaultInUse,
)
from companion.vault.files import FILE_MODE

# Pinned cipher profile. Changing any of these makes existing vaults unreadable.
PAGE_SIZE = 4096
CIPHER_PRAGMAS = (
    ("cipher_compatibility", "4"),
    ("cipher_page_size", str(PAGE_SIZE)),
    ("cipher_hmac_algorithm", "HMAC_SHA512"),
    ("cipher_kdf_algorithm", "PBKDF2_HMAC_SHA512"),
    ("kdf_iter", "256000"),
)

Row = tuple[Any, ...]


def translate_error(exc: Exception) -> Exception:
    """Map a driver error to the known error a user can act on, or leave it a bug."""
    text = str(exc).lower()
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return VaultDamaged(f"database: {text}")
    if "database or disk is full" in text:
        return StorageFull(text)
    if "disk i/o error" in text or "readonly" in text or "unable to open" in text:
        return StorageUnavailable(text)
    if "database is locked" in text or "database is busy" in text:
        return VaultInUse(text)
    return exc


def _refuse_cut_short(path: Path) -> None:
    """A vault database is whole pages. Zero bytes (with no WAL holding its pages) or
    a size that is not a multiple of the page size means it was cut short."""
    try:
        size = path.stat().st_size
    except FileNotFoundError as exc:
        raise VaultDamaged("vault.db missing") from exc
    wal = path.with_name(path.name + "-wal")
    wal_size = wal.stat().st_size if wal.exists() else 0
    if size % PAGE_SIZE or (size == 0 and wal_size == 0):
        raise DatabaseCutShort(f"database is {size} bytes")


class Database:
    """An open, keyed SQLCipher database."""

    def __init__(self, path: Path, key: bytes | bytearray, *, existing: bool = False) -> None:
        """`existing`: the file must already hold a vault. An empty or cut-short file
        is then reported as such before anything (even the WAL header) is written."""
        self.path = path
        self._lock = threading.RLock()
        if existing:
            _refuse_cut_short(path)
        create = not path.exists()
        if create:
            # Create the file ourselves so it is 0600 from the first byte.
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE))
        try:
            self._conn = sqlcipher3.connect(
                str(path), isolation_level=None, check_same_thread=False, timeout=2.0
            )
        except sqlcipher3.Error as exc:
            raise translate_error(exc) from exc
        try:
            self._configure(key, existing)
        except BaseException:
            self._conn.close()
            raise

    def _configure(self, key: bytes | bytearray, existing: bool) -> None:
        conn = self._conn
        try:
            # SQLCipher logs decryption failures to stderr; we report them ourselves.
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.execute(f"PRAGMA key = \"x'{bytes(key).hex()}'\"")
            for name, value in CIPHER_PRAGMAS:
                conn.execute(f"PRAGMA {name} = {value}")
            # Reading the schema decrypts page 1: this is where a damaged header shows.
            tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
            if existing and not tables:
                # Keyed fine but holds no schema: an emptied file (the WAL, if any,
                # is read too). Migrating would write a blank vault over the evidence.
                raise DatabaseCutShort("database has no schema")
            # Temp tables and sort spills stay in memory: no plaintext temp files.
            conn.execute("PRAGMA temp_store = MEMORY")
            conn.execute("PRAGMA journal_mode = WAL").fetchone()
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
            # Freed cells and pages are zeroed before they are encrypted, so a purged
            # delete's text is gone even for someone holding the key (vault/purge.py).
            conn.execute("PRAGMA secure_delete = ON")
        except sqlcipher3.Error as exc:
            raise translate_error(exc) from exc

    # -- queries ---------------------------------------------------------------

    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[Row]:
        with self._lock:
            try:
                return list(self._conn.execute(sql, params).fetchall())
            except sqlcipher3.Error as exc:
                raise translate_error(exc) from exc

    def records(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Rows as dicts keyed by column name (for exports, not hot paths)."""
        with self._lock:
            try:
                cursor = self._conn.execute(sql, params)
                names = [d[0] for d in cursor.description]
                return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
            except sqlcipher3.Error as exc:
                raise translate_error(exc) from exc

    def scalar(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Any:
        rows = self.execute(sql, params)
        return rows[0][0] if rows else None

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlcipher3.Connection]:
        """BEGIN IMMEDIATE … COMMIT, rolled back on any error."""
        with self._lock:
            try:
                self._conn.execute("BEGIN IMMEDIATE")
            except sqlcipher3.Error as exc:
                raise translate_error(exc) from exc
            try:
                yield self._conn
                self._conn.execute("COMMIT")
            except sqlcipher3.Error as exc:
                self._rollback()
                raise translate_error(exc) from exc
            except BaseException:
                self._rollback()
                raise

    def _rollback(self) -> None:
        with contextlib.suppress(sqlcipher3.Error):
            self._conn.execute("ROLLBACK")

    def executescript(self, script: str) -> None:
        with self._lock:
            try:
                self._conn.executescript(script)
            except sqlcipher3.Error as exc:
                self._rollback()
                raise translate_error(exc) from exc

    # -- maintenance -------------------------------------------------------------

    @property
    def user_version(self) -> int:
        return int(self.scalar("PRAGMA user_version"))

    def integrity_problems(self) -> list[str]:
        """Every page's HMAC, then SQLite's own structure check. Empty means healthy."""
        problems: list[str] = []
        try:
            problems += [str(r[0]) for r in self.execute("PRAGMA cipher_integrity_check")]
        except VaultDamaged as exc:
            problems.append(exc.detail)
        try:
            rows = [str(r[0]) for r in self.execute("PRAGMA integrity_check")]
        except VaultDamaged as exc:
            rows = [exc.detail]
        problems += [r for r in rows if r != "ok"]
        return problems

    def rekey(self, new_key: bytes | bytearray) -> None:
        with self._lock:
            try:
                self._conn.execute(f"PRAGMA rekey = \"x'{bytes(new_key).hex()}'\"")
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            except sqlcipher3.Error as exc:
                raise translate_error(exc) from exc

    def close(self) -> None:
        with self._lock:
            with contextlib.suppress(sqlcipher3.Error):
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            self._conn.close()
