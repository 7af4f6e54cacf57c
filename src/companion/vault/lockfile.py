"""One process per vault.

An advisory lock on `vault.lock`, taken with flock (or msvcrt on Windows). The
kernel drops it when the process dies, so a crash never leaves it stale. The
file stays behind, empty, and means nothing without the lock.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import IO

from companion.vault.errors import VaultInUse
from companion.vault.files import FILE_MODE

if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(handle: IO[bytes]) -> bool:
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        except OSError:
            return False
        return True

else:
    import fcntl

    def _try_lock(handle: IO[bytes]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True


class VaultLock:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle: IO[bytes] | None = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    def acquire(self) -> None:
        if self._handle is not None:
            return
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, FILE_MODE)
        handle = os.fdopen(fd, "r+b")
        if not _try_lock(handle):
            handle.close()
            raise VaultInUse(f"lock held on {self.path.name}")
        # Nothing is written: a failed unlock must leave every file as it was.
        self._handle = handle

    def release(self) -> None:
        if self._handle is None:
            return
        with contextlib.suppress(OSError):
            self._handle.close()  # closing the descriptor drops the lock
        self._handle = None
