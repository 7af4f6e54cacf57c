from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from companion.vault import files
from companion.vault.errors import StorageFull, StorageUnavailable


def test_atomic_write_replaces_and_is_private(tmp_path: Path) -> None:
    target = tmp_path / "keys.json"
    files.write_atomic(target, b"one")
    files.write_atomic(target, b"two")
    assert target.read_bytes() == b"two"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["keys.json"]


@pytest.mark.parametrize(
    ("code", "kind"), [(errno.ENOSPC, StorageFull), (errno.EIO, StorageUnavailable)]
)
def test_a_failed_write_keeps_the_old_file_and_leaves_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, kind: type[Exception]
) -> None:
    target = tmp_path / "keys.json"
    files.write_atomic(target, b"the old, good content")

    def no_space(fd: int, data: bytes) -> int:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(files.os, "write", no_space)
    with pytest.raises(kind):
        files.write_atomic(target, b"new content that does not fit")
    monkeypatch.undo()
    assert target.read_bytes() == b"the old, good content"
    assert [p.name for p in tmp_path.iterdir()] == ["keys.json"]


def test_private_dir_tightens_an_existing_folder(tmp_path: Path) -> None:
    folder = tmp_path / "vaults"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)  # noqa: S103 - the loose mode is what is being fixed
    files.ensure_private_dir(folder)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


@pytest.mark.skipif(os.name != "posix", reason="PID check is POSIX only")
def test_leftovers_of_dead_writers_go_and_live_ones_stay(tmp_path: Path) -> None:
    import re
    import subprocess
    import sys

    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        text=True,
        capture_output=True,
        check=True,
    )
    dead = int(gone.stdout)
    (tmp_path / f".keys.json.tmp-{dead}").write_bytes(b"x")
    (tmp_path / f".keys.json.work-{dead}").mkdir()
    (tmp_path / f".keys.json.tmp-{os.getppid()}").write_bytes(b"live")
    (tmp_path / f".other.tmp-{dead}").write_bytes(b"not ours to judge")
    removed = files.remove_leftovers(tmp_path, re.compile(r"keys\.json"))
    assert sorted(p.name for p in removed) == [f".keys.json.tmp-{dead}", f".keys.json.work-{dead}"]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [f".keys.json.tmp-{os.getppid()}", f".other.tmp-{dead}"]
    )


def test_leftovers_of_other_kinds_are_not_touched(tmp_path: Path) -> None:
    import re
    import subprocess
    import sys

    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        text=True,
        capture_output=True,
        check=True,
    )
    dead = int(gone.stdout)
    (tmp_path / f".notes.txt.tmp-{dead}").write_bytes(b"another program's")
    (tmp_path / f".vault.restore-{dead}").mkdir()
    removed = files.remove_leftovers(tmp_path, re.compile("."), kinds=("restore",))
    assert [p.name for p in removed] == [f".vault.restore-{dead}"]
    assert [p.name for p in tmp_path.iterdir()] == [f".notes.txt.tmp-{dead}"]
