"""Only regular files are read: a FIFO, socket or link named like an export never hangs it."""

from __future__ import annotations

import os
import signal
import socket
from collections.abc import Iterator
from pathlib import Path
from types import FrameType

import pytest

from companion.exchange import companion_import as ci
from companion.vault.db import Database
from tests.support import make_vault
from tests.unit.exchange.test_import import TODAY


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    session, _ = make_vault(tmp_path / "v")
    yield session.db
    session.close()


@pytest.fixture
def deadline() -> Iterator[None]:
    """A read that blocks (opening a FIFO nobody writes to) fails the test instead."""

    def stop(_signum: int, _frame: FrameType | None) -> None:
        raise TimeoutError("the import hung")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.alarm(10)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


def test_a_fifo_named_md_is_skipped_in_a_markdown_folder(
    db: Database, tmp_path: Path, deadline: None
) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "2026-11-01 walk.md").write_text("A walk.\n", "utf-8")
    os.mkfifo(folder / "2026-11-02 pipe.md")
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(folder / "2026-11-03 socket.md"))
        plan = ci.preview(db, ci.read_path(db, folder), TODAY)
    assert plan.new == {"entries": 1}


@pytest.mark.parametrize("name", ["export.json", "export.age", "daylio.csv", "dayone.zip"])
def test_a_fifo_given_as_the_file_is_refused_with_a_sentence(
    db: Database, tmp_path: Path, deadline: None, name: str
) -> None:
    path = tmp_path / name
    os.mkfifo(path)
    assert not ci.is_encrypted(path)
    with pytest.raises(ci.ImportRejected, match="not a regular file"):
        ci.read_path(db, path)
