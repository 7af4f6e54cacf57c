"""No plaintext outside the vault: type a sentinel, lock, search every file."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from companion.app import Built
from companion.domain.journal import EntryDraft
from companion.domain.toolbox import Category, StrategyDraft
from companion.paths import Paths
from companion.services.purge import PurgeService
from tests.gui.conftest import ScriptedDialogs
from tests.gui.helpers import create_vault, finish_recovery_page, start_writing
from tests.privacy import files_under, leaks, pages_holding, vault_plaintext


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


def _unlocked_editor(built: Built, qtbot: Any) -> Any:
    create_vault(built, qtbot)
    finish_recovery_page(built, qtbot)
    built.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is built.window)
    return start_writing(built)


def test_lock_clears_text_the_user_copied_from_an_entry(
    built: Built, qtbot: Any, qapp: QApplication
) -> None:
    sentinel = f"Copied sentence {uuid.uuid4()}"
    editor = _unlocked_editor(built, qtbot)
    qtbot.keyClicks(editor.body, sentinel)
    editor.body.selectAll()
    editor.body.copy()  # what Ctrl+C does
    assert qapp.clipboard().text() == sentinel
    built.window.lock()
    assert qapp.clipboard().text() == ""


def test_lock_leaves_what_another_app_copied_after_ours(
    built: Built, qtbot: Any, qapp: QApplication
) -> None:
    editor = _unlocked_editor(built, qtbot)
    qtbot.keyClicks(editor.body, "copied in the journal")
    editor.body.selectAll()
    editor.body.copy()
    # Another application copies something: none of our windows is active then. (The
    # offscreen platform has no other processes and no clipboard ownership to ask,
    # so the other app is played by hiding ours while the test sets the text.)
    built.window.hide()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is None)
    qapp.clipboard().setText("the user's copy from their browser")
    built.window.show()
    built.window.lock()
    assert qapp.clipboard().text() == "the user's copy from their browser"


FILE_DIALOGS = """
import os, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit
from companion.ui.widgets.dialogs import Dialogs

app = QApplication([])
folder = Path(sys.argv[1])
QTimer.singleShot(30000, lambda: os._exit(3))


def answer(name):
    def go():
        box = app.activeModalWidget()
        if not isinstance(box, QFileDialog):
            QTimer.singleShot(50, go)
            return
        if name:
            box.findChild(QLineEdit, "fileNameEdit").setText(name)
        box.accept()

    QTimer.singleShot(50, go)


dialogs = Dialogs()
answer("photo.png")
print(dialogs.open_path(None, "Open", folder, "Pictures (*.png)"))
answer("report.pdf")
print(dialogs.save_path(None, "Save", folder / "report.pdf", "PDF (*.pdf)"))
answer("")
print(dialogs.open_folder(None, "Folder", folder))
"""


def test_file_dialogs_leave_no_folder_history_behind(isolated_home: Path, tmp_path: Path) -> None:
    """Qt's own file dialog keeps the folders it visited in QtProject.conf (a recent-
    folders list, which DESIGN rules out). The real dialogs run in a fresh process,
    so Qt reads this test's config folder."""
    folder = tmp_path / f"therapy-{uuid.uuid4().hex[:8]}"
    folder.mkdir()
    (folder / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", FILE_DIALOGS, str(folder)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    chosen = done.stdout.split()
    assert chosen == [str(folder / "photo.png"), str(folder / "report.pdf"), str(folder)]
    written = [p for p in files_under([isolated_home]) if folder.name.encode() in p.read_bytes()]
    assert written == []
    assert not any(p.name == "QtProject.conf" for p in files_under([isolated_home]))


def test_a_deleted_entry_leaves_the_vault_file_when_the_undo_offer_ends(
    built: Built, qtbot: Any, dialogs: ScriptedDialogs, paths: Paths
) -> None:
    sentinel = f"zebrafinch{uuid.uuid4().hex}"
    create_vault(built, qtbot)
    finish_recovery_page(built, qtbot)
    services = built.access.services
    key = services.session.data_key()
    folder = services.session.folder
    services.journal.save(None, EntryDraft(day=date.today(), body=f"A day with {sentinel}"))
    # The offer and the service's window run out together; here both are made short
    # (the clock is the service's, so nothing sleeps for ten seconds).
    services.purge = PurgeService(services.session.db, window=timedelta(0))
    page = built.window.journal
    page.undo_bar._timer.setInterval(50)
    built.window.shell.show_page(1)
    page.attach(services)
    page.timeline.setCurrentIndex(page.model.index(0, 0))
    qtbot.waitUntil(lambda: sentinel in page.editor.body.toPlainText(), timeout=2000)
    dialogs.confirms.append(True)
    page.editor.delete_button.click()
    assert page.undo_bar.isVisible()
    assert pages_holding(sentinel.encode(), vault_plaintext(folder, key)) > 0
    qtbot.waitUntil(lambda: not page.undo_bar.isVisible(), timeout=2000)
    qtbot.waitUntil(
        lambda: pages_holding(sentinel.encode(), vault_plaintext(folder, key)) == 0,
        timeout=3000,
    )


def test_other_deletes_leave_the_vault_file_within_a_minute(built: Built, qtbot: Any) -> None:
    """Kinds without an undo offer of their own (here a coping strategy) are purged by
    the window's timer once their window is over."""
    sentinel = f"zebrafinch{uuid.uuid4().hex}"
    create_vault(built, qtbot)
    finish_recovery_page(built, qtbot)
    services = built.access.services
    key = services.session.data_key()
    folder = services.session.folder
    assert built.window.purge_timer.isActive()
    assert built.window.purge_timer.interval() == 60_000
    strategy = services.toolbox.add(StrategyDraft(title=sentinel, category=Category.BODY))
    services.toolbox.remove(strategy.id)
    assert pages_holding(sentinel.encode(), vault_plaintext(folder, key)) > 0
    services.purge = PurgeService(services.session.db, window=timedelta(0))
    built.window.purge_timer.setInterval(50)
    qtbot.waitUntil(  # the timer's margin past the window is 2 s
        lambda: pages_holding(sentinel.encode(), vault_plaintext(folder, key)) == 0,
        timeout=8000,
    )
    built.window.lock()
    assert not built.window.purge_timer.isActive()
