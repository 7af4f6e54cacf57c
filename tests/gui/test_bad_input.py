"""A full disk and a huge paste: a clear sentence, and nothing typed is lost."""

from __future__ import annotations

from typing import Any

from companion.app import Built
from companion.services.drafts import MAX_DRAFT_CHARS
from tests.gui.helpers import (
    create_vault,
    finish_recovery_page,
    start_writing,
    unlock,
    wait_unlocked,
)


def fill_disk(built: Built) -> None:
    """SQLite's page cap reports SQLITE_FULL exactly as a full disk does."""
    db = built.access.services.session.db
    pages = db.scalar("PRAGMA page_count")
    db.execute(f"PRAGMA max_page_count = {pages}")


def test_full_disk_keeps_the_text_and_postpones_the_lock(built: Built, qtbot: Any) -> None:
    window = built.window
    create_vault(built, qtbot)
    finish_recovery_page(built, qtbot)
    editor = start_writing(built)
    fill_disk(built)
    text = "A long and important reflection. " * 2000
    editor.body.setPlainText(text)
    qtbot.waitUntil(lambda: "disk is full" in editor.notice.text(), timeout=4000)
    assert editor.body.toPlainText() == text

    assert window.lock() is False  # locking would drop the text: stay open
    assert window.stack.currentWidget() is window.shell
    assert editor.body.toPlainText() == text

    built.access.services.session.db.execute("PRAGMA max_page_count = 1073741823")
    assert window.lock() is True
    unlock(built, qtbot)
    wait_unlocked(built, qtbot)
    window.shell.show_page(1)
    assert editor.body.toPlainText().strip() == text.strip()


def test_huge_paste_is_refused_with_a_sentence_and_kept_in_the_editor(
    built: Built, qtbot: Any
) -> None:
    window = built.window
    create_vault(built, qtbot)
    finish_recovery_page(built, qtbot)
    editor = start_writing(built)
    line = "a pasted line of someone else's very long document\n"
    huge = line * (MAX_DRAFT_CHARS // len(line) + 1)
    editor.body.setPlainText(huge)
    qtbot.waitUntil(lambda: "too long" in editor.notice.text(), timeout=8000)
    assert len(editor.body.toPlainText()) == len(huge)
    assert window.lock() is False
    editor.body.setPlainText("a shorter note")
    assert window.lock() is True


def test_pasting_megabytes_is_refused_whole(built: Built, qtbot: Any, qapp: Any) -> None:
    create_vault(built, qtbot)
    finish_recovery_page(built, qtbot)
    editor = start_writing(built)
    note = editor.body
    qtbot.keyClicks(note, "my own words")
    qapp.clipboard().setText("y" * (MAX_DRAFT_CHARS + 10))  # one enormous line
    note.paste()
    assert note.toPlainText() == "my own words"
    assert "not added" in editor.notice.text()
    qapp.clipboard().setText(" and a normal paste")
    note.paste()
    assert note.toPlainText() == "my own words and a normal paste"
