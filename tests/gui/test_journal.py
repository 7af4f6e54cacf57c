"""The Journal page: write, autosave, find, delete and undo, and the timeline model."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt

from companion.app import Built
from companion.domain.journal import EntryDraft, Mood
from companion.ui.models.timeline import IdRole, TimelineModel
from tests.gui.conftest import ScriptedDialogs
from tests.gui.helpers import create_vault, finish_recovery_page, unlock, wait_unlocked

JOURNAL = 1


def open_journal(built: Built, qtbot: Any) -> Any:
    create_vault(built, qtbot)
    finish_recovery_page(built, qtbot)
    built.window.shell.show_page(JOURNAL)
    return built.window.journal


def seed(built: Built, *bodies: str) -> None:
    journal = built.access.services.journal
    for i, body in enumerate(bodies):
        journal.save(
            None,
            EntryDraft(
                day=date.today() - timedelta(days=i),
                body=body,
                mood=Mood(1 + i % 5),
                tags=("seeded",),
            ),
        )


def test_write_lock_unlock_and_the_entry_is_still_there(built: Built, qtbot: Any) -> None:
    page = open_journal(built, qtbot)
    assert page.lists.currentWidget() is page.empty
    assert "No entries yet" in page.empty.text()
    page.new_entry()
    qtbot.keyClicks(page.editor.title, "First light")
    qtbot.keyClicks(page.editor.body, "Woke early and watched the sky.")
    page.editor.mood.buttons[Mood.GOOD].click()
    built.window.lock()
    assert page.model.rowCount() == 0
    assert page.editor.body.toPlainText() == ""
    unlock(built, qtbot)
    wait_unlocked(built, qtbot)
    built.window.shell.show_page(JOURNAL)
    assert page.model.rowCount() == 1
    assert page.editor.title.text() == "First light"
    assert "watched the sky" in page.editor.body.toPlainText()
    assert page.editor.mood.mood() is Mood.GOOD


def test_autosave_without_any_save_button(built: Built, qtbot: Any) -> None:
    page = open_journal(built, qtbot)
    page.new_entry()
    qtbot.keyClicks(page.editor.body, "Kept as I type.")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=3000)
    qtbot.waitUntil(lambda: page.editor.status.text() == "Saved", timeout=3000)
    entry = built.access.services.journal.get(page.editor.entry_id)
    assert entry is not None
    assert entry.body == "Kept as I type."
    qtbot.keyClicks(page.editor.body, " And more.")
    qtbot.waitUntil(
        lambda: (
            built.access.services.journal.get(page.editor.entry_id).body  # type: ignore[union-attr]
            == "Kept as I type. And more."
        ),
        timeout=3000,
    )
    assert page.model.rowCount() == 1  # the same entry, not a second one


def test_empty_new_entry_is_not_saved(built: Built, qtbot: Any) -> None:
    page = open_journal(built, qtbot)
    page.new_entry()
    qtbot.keyClicks(page.editor.body, "   ")
    page.save_drafts()
    assert page.model.rowCount() == 0


def test_formatting_shortcuts_write_markdown(built: Built, qtbot: Any) -> None:
    page = open_journal(built, qtbot)
    page.new_entry()
    body = page.editor.body
    qtbot.keyClick(body, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(body, "brave")
    page.save_drafts()
    entry = built.access.services.journal.get(page.editor.entry_id)
    assert entry is not None
    assert "**brave**" in entry.body


def test_search_as_you_type_and_delete_removes_it_from_search(
    built: Built, qtbot: Any, dialogs: ScriptedDialogs
) -> None:
    page = open_journal(built, qtbot)
    seed(built, "Coffee at the café with Sam", "Long walk by the lighthouse", "Quiet evening")
    page.attach(built.access.services)
    assert page.model.rowCount() == 3
    qtbot.keyClicks(page.search, "lightho")
    qtbot.waitUntil(lambda: page.lists.currentWidget() is page.results, timeout=2000)
    qtbot.waitUntil(
        lambda: page.results.count() == 0 or "lighthouse" in page.results.item(0).text(),
        timeout=2000,
    )
    page.search.clear()
    qtbot.keyClicks(page.search, "lighthouse")
    qtbot.waitUntil(
        lambda: page.results.count() == 1 and "lighthouse" in page.results.item(0).text(),
        timeout=2000,
    )
    page.results.itemClicked.emit(page.results.item(0))
    assert "lighthouse" in page.editor.body.toPlainText()

    dialogs.confirms.append(True)
    page.editor.delete_button.click()
    assert page.undo_bar.isVisible()
    qtbot.waitUntil(lambda: page.results.count() == 0, timeout=2000)
    assert "Nothing found" in page.results.accessibleDescription()
    assert page.model.rowCount() == 2

    page.undo_bar.button.click()
    qtbot.waitUntil(
        lambda: page.results.count() == 1 and "lighthouse" in page.results.item(0).text(),
        timeout=2000,
    )
    assert page.model.rowCount() == 3


def test_delete_can_be_declined(built: Built, qtbot: Any, dialogs: ScriptedDialogs) -> None:
    page = open_journal(built, qtbot)
    seed(built, "keep me")
    page.attach(built.access.services)
    dialogs.confirms.append(False)
    page.editor.delete_button.click()
    assert page.model.rowCount() == 1
    assert not page.undo_bar.isVisible()


def test_filters_and_a_friendly_empty_state(built: Built, qtbot: Any) -> None:
    page = open_journal(built, qtbot)
    seed(built, "one", "two", "three")
    page.attach(built.access.services)
    page.mood_filter.setCurrentIndex(page.mood_filter.findData(int(Mood.LOW)))
    page.mood_filter.activated.emit(page.mood_filter.currentIndex())
    assert page.model.rowCount() == 1
    page.wins_only.setChecked(True)
    assert page.lists.currentWidget() is page.empty
    assert "No entries match" in page.empty.text()


def test_future_date_cannot_be_chosen(built: Built, qtbot: Any) -> None:
    page = open_journal(built, qtbot)
    page.new_entry()
    today = date.today()
    assert page.editor.day.maximumDate().toPython() == today


def test_timeline_model_passes_qtmodeltester(built: Built, qtbot: Any, qtmodeltester: Any) -> None:
    open_journal(built, qtbot)
    seed(built, *[f"entry number {i}" for i in range(250)])
    journal = built.access.services.journal
    model = TimelineModel(journal.timeline, journal.rows, lambda row: row.headline)
    model.reload()
    assert model.rowCount() == 250
    qtmodeltester.check(model)
    assert model.index(249).data(IdRole)
    model.clear()
    qtmodeltester.check(model)


def test_date_range_filter_and_calendar_day(built: Built, qtbot: Any) -> None:
    from PySide6.QtCore import QDate

    page = open_journal(built, qtbot)
    seed(built, "today's words", "yesterday's words", "two days ago")
    page.attach(built.access.services)
    yesterday = date.today() - timedelta(days=1)
    qy = QDate(yesterday.year, yesterday.month, yesterday.day)
    page.between.setChecked(True)
    page.since.setDate(qy)
    page.until.setDate(qy)
    assert page.model.rowCount() == 1
    page.between.setChecked(False)
    assert page.model.rowCount() == 3

    page.calendar_button.click()
    assert page.calendar.isVisible()
    assert page.calendar.describe(yesterday) == "Low"
    assert page.calendar.describe(date.today() - timedelta(days=30)) == "No entry"
    page.calendar.clicked.emit(qy)
    assert page.model.rowCount() == 1
    assert "yesterday's words" in page.editor.body.toPlainText()

    empty_day = date.today() - timedelta(days=20)
    page.calendar.clicked.emit(QDate(empty_day.year, empty_day.month, empty_day.day))
    assert page.editor.entry_id is None  # a new entry, dated that day
    assert page.editor.draft().day == empty_day


def test_add_a_picture_view_it_and_remove_it(
    built: Built, qtbot: Any, dialogs: ScriptedDialogs, tmp_path: Any
) -> None:
    from PySide6.QtGui import QColor, QImage

    page = open_journal(built, qtbot)
    page.new_entry()
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#3f7d6e"))
    picture = tmp_path / "walk.png"
    image.save(str(picture))
    raw = picture.read_bytes()
    dialogs.open_paths.append(picture)
    page.editor.pictures.add_button.click()
    qtbot.waitUntil(lambda: page.editor.pictures.list.count() == 1, timeout=3000)
    assert page.editor.entry_id is not None
    assert page.model.rowCount() == 1

    page.editor.pictures.list.itemActivated.emit(page.editor.pictures.list.item(0))
    assert page.editor.viewer is not None
    assert page.editor.viewer.isVisible()
    page.editor.viewer.close()

    # The picture lives only inside the encrypted vault.
    data_dir = built.access.folder.parent.parent
    for path in data_dir.rglob("*"):
        if path.is_file():
            assert raw[-40:] not in path.read_bytes(), path

    not_a_picture = tmp_path / "notes.png"
    not_a_picture.write_text("just text")
    dialogs.open_paths.append(not_a_picture)
    page.editor.pictures.add_button.click()
    assert "not a picture" in page.editor.notice.text()
    assert page.editor.pictures.list.count() == 1

    dialogs.confirms.append(True)
    page.editor.pictures.list.setCurrentRow(0)
    page.editor.pictures.remove_button.click()
    assert page.editor.pictures.list.count() == 0


def test_templates_and_prompts_start_entries(
    built: Built, qtbot: Any, dialogs: ScriptedDialogs
) -> None:
    page = open_journal(built, qtbot)
    page.new_entry()
    for line in ("Slept: ", "Ate: ", "Moved: "):
        qtbot.keyClicks(page.editor.body, line)
        qtbot.keyClick(page.editor.body, Qt.Key.Key_Return)
    dialogs.texts.append("Daily basics")
    page.save_as_template()
    assert "Daily basics" in page.editor.notice.text()
    page._fill_new_menu()
    titles = [a.text() for a in page.new_menu.actions()]
    assert "From a template" in titles and "From a prompt" in titles
    from_template = next(a for a in page.new_menu.actions() if a.text() == "From a template")
    from_template.menu().actions()[0].trigger()
    assert page.editor.entry_id is None
    assert "Moved:" in page.editor.body.toPlainText()
    from_prompt = next(a for a in page.new_menu.actions() if a.text() == "From a prompt")
    from_prompt.menu().actions()[0].trigger()
    assert page.editor.body.toPlainText().startswith("What helped today?")

    dialogs.texts.append("   ")
    page.save_as_template()
    assert "name" in page.editor.notice.text()
