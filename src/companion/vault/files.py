"""Private files and folders: restrictive modes and atomic writes."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import shutil
import time
from pathlib import Path

from companion.vault.errors import StorageFull, StorageUnavailable

FILE_MODE = 0o600
DIR_MODE = 0o700
# `.NAME.tmp-PID` (write_atomic), `.NAME.work-PID` (a backup's work folder) and
# `.NAME.restore-PID` (a restore being unpacked and checked).
WORK_FILE = re.compile(r"^\.(?P<name>.+)\.(?P<kind>tmp|work|restore)-(?P<pid>\d+)$")
# A leftover whose PID now belongs to another process is still taken after a day.
STALE_AFTER_SECONDS = 24 * 3600


def ensure_private_dir(path: Path) -> Path:
    """Create `path` (and parents) with mode 0700 and tighten it if it exists."""
    path.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(path, DIR_MODE)
    return path


def temp_name(path: Path) -> Path:
    return path.with_name(f".{path.name}.tmp-{os.getpid()}")


def write_atomic(path: Path, data: bytes) -> None:
    """Replace `path` with `data` so that a crash leaves the old or the new file.

    Temp file in the same folder, fsync, rename, fsync of the folder.
    """
    tmp = temp_name(path)
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
        try:
            view = memoryview(data)
            while view:  # os.write may write less than asked for
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise storage_error(exc) from exc


def fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def storage_error(exc: OSError) -> StorageFull | StorageUnavailable:
    """Turn an OS error into the known error a user can act on."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return StorageFull(str(exc))
    return StorageUnavailable(str(exc))


def remove_leftovers(
    folder: Path,
    names: re.Pattern[str],
    *,
    kinds: tuple[str, ...] = ("tmp", "work"),
    any_pid: bool = False,
) -> list[Path]:
    """Delete the work files and folders a killed write left in `folder`: those of
    `kinds` whose target name matches `names` and whose writer is gone. `any_pid` is
    for a folder the caller holds the lock of, where no other writer can be at work."""
    removed: list[Path] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return removed
    for entry in entries:
        match = WORK_FILE.match(entry.name)
        if match is None or match.group("kind") not in kinds:
            continue
        if not names.match(match.group("name")):
            continue
        pid = int(match.group("pid"))
        if pid == os.getpid() or not (any_pid or _is_stale(entry, pid)):
            continue  # our own, or a live writer's: still in use
        with contextlib.suppress(OSError):
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry)
            else:
                entry.unlink()
            removed.append(entry)
    return removed


def _is_stale(entry: Path, pid: int) -> bool:
    try:
        if time.time() - entry.lstat().st_mtime > STALE_AFTER_SECONDS:
            return True
    except OSError:
        return False
    return not _pid_alive(pid)


def _pid_alive(pid: int) -> bool:
    if os.name != "posix":  # pragma: no cover - Windows: os.kill would end the process
        return True  # so only the age rule applies there
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    return True
