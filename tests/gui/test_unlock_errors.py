"""Each unlock failure reads as its own plain sentence on the unlock page."""

from __future__ import annotations

from typing import Any

from companion.app import Built
from companion.paths import Paths
from tests.gui.helpers import create_vault, finish_recovery_page, unlock
from tests.support import python


def locked_vault(built: Built, qtbot: Any) -> None:
    create_vault(built, qtbot)
    finish_recovery_page(built, qtbot)
    built.window.lock()


def test_damaged_database_says_damaged_not_wrong_passphrase(
    built: Built, qtbot: Any, paths: Paths
) -> None:
    locked_vault(built, qtbot)
    db = paths.default_vault / "vault.db"
    data = bytearray(db.read_bytes())
    data[500] ^= 0x40
    db.write_bytes(bytes(data))
    unlock(built, qtbot)
    notice = built.window.unlock_page.notice
    qtbot.waitUntil(notice.isVisible)
    assert "damaged" in notice.text()
    assert "passphrase did not open" not in notice.text()


def test_missing_key_file_names_it(built: Built, qtbot: Any, paths: Paths) -> None:
    locked_vault(built, qtbot)
    (paths.default_vault / "keys.json").unlink()
    unlock(built, qtbot)
    notice = built.window.unlock_page.notice
    qtbot.waitUntil(notice.isVisible)
    assert "keys.json" in notice.text()


def test_vault_open_elsewhere_says_so(built: Built, qtbot: Any, paths: Paths) -> None:
    locked_vault(built, qtbot)
    holder = python(
        "import sys\n"
        "from pathlib import Path\n"
        "from companion.vault import vault\n"
        f"s = vault.unlock(Path({str(paths.default_vault)!r}), 'a calm green meadow')\n"
        "print('ready', flush=True)\n"
        "sys.stdin.read()\n"
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "ready"
        unlock(built, qtbot)
        notice = built.window.unlock_page.notice
        qtbot.waitUntil(notice.isVisible)
        assert "already open" in notice.text()
    finally:
        holder.kill()
        holder.wait()
    unlock(built, qtbot)
    qtbot.waitUntil(lambda: built.window.stack.currentWidget() is built.window.shell)
