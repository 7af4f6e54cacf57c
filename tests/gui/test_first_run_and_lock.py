from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from companion.app import Built
from tests.gui.conftest import ScriptedDialogs
from tests.gui.helpers import (
    PASSPHRASE,
    create_vault,
    finish_recovery_page,
    start_writing,
    unlock,
    wait_unlocked,
)


def test_create_lock_wrong_unlock_then_right_unlock(built: Built, qtbot: Any) -> None:
    window = built.window
    create_vault(built, qtbot)
    finish_recovery_page(built, qtbot)
    assert window.shell.current_page() is window.today
    editor = start_writing(built)
    qtbot.keyClicks(editor.body, "Walked to the river.")

    window.lock_action.trigger()
    assert window.stack.currentWidget() is window.unlock_page
    assert not built.access.unlocked

    unlock(built, qtbot, "not my passphrase")
    notice = window.unlock_page.notice
    qtbot.waitUntil(notice.isVisible)
    assert "did not open" in notice.text()
    # The passphrase is selected so the next keystrokes replace it.
    assert window.unlock_page.passphrase.edit.selectedText() == "not my passphrase"
    assert window.stack.currentWidget() is window.unlock_page

    unlock(built, qtbot)
    wait_unlocked(built, qtbot)
    window.shell.show_page(1)
    assert editor.body.toPlainText() == "Walked to the river."
    assert not window.unlock_page.passphrase.text()


def test_create_refuses_short_or_different_passphrases(built: Built, qtbot: Any) -> None:
    page = built.window.create_page
    built.window.start()
    qtbot.keyClicks(page.first.edit, "short")
    qtbot.keyClicks(page.second.edit, "short")
    assert not page.create_button.isEnabled()
    qtbot.keyClick(page.second.edit, Qt.Key.Key_Return)
    assert "at least 8" in page.notice.text()
    page.first.clear()
    page.second.clear()
    qtbot.keyClicks(page.first.edit, "long enough one")
    qtbot.keyClicks(page.second.edit, "long enough two")
    assert "do not match" in page.match.text()
    assert not page.create_button.isEnabled()


def test_idle_lock_clears_text_and_undo_history(built: Built, qtbot: Any) -> None:
    window = built.window
    create_vault(built, qtbot)
    finish_recovery_page(built, qtbot)
    editor = start_writing(built)
    qtbot.keyClicks(editor.body, "private words")
    assert editor.body.document().isUndoAvailable()

    window.idle.set_interval_ms(150)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.unlock_page, timeout=3000)
    assert editor.body.toPlainText() == ""
    assert not editor.body.document().isUndoAvailable()
    assert not editor.body.document().isRedoAvailable()
    assert not built.access.unlocked

    unlock(built, qtbot)
    wait_unlocked(built, qtbot)
    # The text was saved before locking; the undo history was not kept.
    window.shell.show_page(1)
    assert editor.body.toPlainText() == "private words"
    assert not editor.body.document().isUndoAvailable()


def test_skipping_the_recovery_code_needs_an_acknowledgement(
    built: Built, qtbot: Any, dialogs: ScriptedDialogs
) -> None:
    window = built.window
    create_vault(built, qtbot)
    dialogs.confirms += [False, True]
    window.recovery_page.skip_button.click()
    assert window.stack.currentWidget() is window.recovery_page  # "Go back"
    window.recovery_page.skip_button.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.shell)
    assert dialogs.asked == ["Skip the recovery code?", "Skip the recovery code?"]
    assert window.recovery_page.code_label.text() == ""


def test_recovery_code_saves_as_a_pdf_with_real_text(
    built: Built, qtbot: Any, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    code = create_vault(built, qtbot)
    out = tmp_path / "out"
    out.mkdir()
    dialogs.save_paths.append(out / "my code")  # no suffix: .pdf is added
    built.window.recovery_page.save_button.click()
    pdf = out / "my code.pdf"
    assert [p.name for p in out.iterdir()] == ["my code.pdf"]  # no partial files
    pdftotext = shutil.which("pdftotext")
    assert pdftotext, "pdftotext (poppler-utils) is needed; .ci/run installs it"
    text = subprocess.run(
        [pdftotext, str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert code in text
    assert "Companion recovery code" in text


def test_copy_puts_code_on_clipboard_and_lock_clears_it(
    built: Built, qtbot: Any, qapp: QApplication
) -> None:
    window = built.window
    code = create_vault(built, qtbot)
    window.recovery_page.copy_button.click()
    assert qapp.clipboard().text() == code
    assert qapp.clipboard().mimeData().data("x-kde-passwordManagerHint").data() == b"secret"
    finish_recovery_page(built, qtbot)
    window.lock()
    assert qapp.clipboard().text() == ""


def test_lock_leaves_a_clipboard_it_did_not_set(
    built: Built, qtbot: Any, qapp: QApplication
) -> None:
    window = built.window
    create_vault(built, qtbot)
    window.recovery_page.copy_button.click()
    # The user copies in another application: none of our windows is active then
    # (offscreen, that app is played by hiding ours; see ui/clipboard.py).
    window.hide()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is None)
    qapp.clipboard().setText("the user's own copy")
    window.show()
    finish_recovery_page(built, qtbot)
    window.lock()
    assert qapp.clipboard().text() == "the user's own copy"


def test_recovery_code_on_the_unlock_page_sets_a_new_passphrase(built: Built, qtbot: Any) -> None:
    window = built.window
    code = create_vault(built, qtbot)
    finish_recovery_page(built, qtbot)
    window.lock()
    page = window.unlock_page
    page.use_code_button.click()
    assert page.stack.currentWidget() is page.recover_panel
    qtbot.keyClicks(page.code, code.lower())
    qtbot.keyClicks(page.new_passphrase.edit, "remembered at last")
    qtbot.keyClicks(page.new_again.edit, "remembered at last")
    page.recover_button.click()
    wait_unlocked(built, qtbot)
    window.lock()
    unlock(built, qtbot, PASSPHRASE)
    qtbot.waitUntil(page.notice.isVisible)
    unlock(built, qtbot, "remembered at last")
    wait_unlocked(built, qtbot)


def test_lock_closes_open_dialogs(built: Built, qtbot: Any) -> None:
    window = built.window
    create_vault(built, qtbot)
    finish_recovery_page(built, qtbot)
    dialog = QDialog(window)
    dialog.open()
    assert dialog.isVisible()
    window.lock()
    assert not dialog.isVisible()


def test_ctrl_l_locks(built: Built, qtbot: Any) -> None:
    window = built.window
    create_vault(built, qtbot)
    finish_recovery_page(built, qtbot)
    window.activateWindow()
    editor = start_writing(built)
    qtbot.keyClick(editor.body, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.unlock_page)


@pytest.mark.parametrize("section", range(8))
def test_every_section_opens_with_ctrl_number(built: Built, qtbot: Any, section: int) -> None:
    window = built.window
    create_vault(built, qtbot)
    finish_recovery_page(built, qtbot)
    window.shell.show_page(section)
    assert window.shell.stack.currentIndex() == section
