"""No plaintext outside the vault: type a sentinel, lock, search every file."""

from __future__ import annotations

import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from companion.app import Built
from companion.paths import Paths
from tests.gui.helpers import create_vault, finish_recovery_page, start_writing
from tests.privacy import files_under, leaks


def test_sentinel_is_nowhere_on_disk_after_lock(
    built: Built, qtbot: Any, paths: Paths, isolated_home: Path, qapp: QApplication
) -> None:
    start = time.time() - 1
    sentinel = f"Sentinel sentence {uuid.uuid4()} about a hard day."
    window = built.window
    create_vault(built, qtbot)
    finish_recovery_page(built, qtbot)
    editor = start_writing(built)
    qtbot.keyClicks(editor.body, sentinel)
    qtbot.keyClicks(editor.tags, "sentinel-tag")
    qtbot.waitUntil(lambda: editor.status.text() == "Saved", timeout=3000)
    window.shell.show_page(7)  # navigating saves too; settings are written on close
    window.close()

    scanned = files_under([paths.data_dir, isolated_home])
    assert any(p.name == "vault.db" for p in scanned)
    assert any(p.name == "settings.json" for p in scanned)
    roots = [paths.data_dir, isolated_home, Path(tempfile.gettempdir())]
    assert leaks(sentinel, roots, since=start) == []
    assert sentinel not in qapp.clipboard().text()

    # And it really is in the vault: unlocking shows it again.
    window.start()
    window.unlock_page.passphrase.edit.setText("a calm green meadow")
    window.unlock_page.unlock_button.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.shell, timeout=5000)
    window.shell.show_page(1)
    assert window.journal.editor.body.toPlainText() == sentinel
