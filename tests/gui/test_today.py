"""The Today page: check in, open today's entry, write from a prompt, see wins and milestones."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from companion.app import Built
from companion.domain.journal import EntryDraft, Mood
from tests.gui.helpers import create_vault, finish_recovery_page


def at_today(built: Built, qtbot: Any) -> Any:
    create_vault(built, qtbot)
    finish_recovery_page(built, qtbot)
    page = built.window.today
    assert built.window.shell.current_page() is page
    return page


def test_check_in_becomes_todays_entry(built: Built, qtbot: Any) -> None:
    page = at_today(built, qtbot)
    qtbot.waitUntil(lambda: "Nothing written yet" in page.entry_label.text())
    assert not page.check_in_button.isEnabled()
    page.mood.buttons[Mood.LOW].click()
    qtbot.keyClicks(page.line, "Tired but here.")
    page.check_in_button.click()
    qtbot.waitUntil(lambda: "Thank you for checking in" in page.check_in_notice.text())
    qtbot.waitUntil(lambda: page.entry_label.text() == "Tired but here.")
    journal = built.access.services.journal
    [seq] = journal.timeline_for_day(date.today())
    entry = journal.get_by_seq(seq)
    assert entry is not None
    assert entry.mood is Mood.LOW
    # The Journal follows: the new entry is in its timeline.
    assert built.window.journal.model.rowCount() == 1

    page.entry_button.click()
    assert built.window.shell.current_page() is built.window.journal
    assert built.window.journal.editor.entry_id == entry.id


def test_prompt_starts_a_new_entry(built: Built, qtbot: Any) -> None:
    page = at_today(built, qtbot)
    prompt = page.prompt.text()
    assert prompt
    page.prompt_button.click()
    editor = built.window.journal.editor
    assert built.window.shell.current_page() is built.window.journal
    assert prompt in editor.body.toPlainText()
    assert editor.entry_id is None  # nothing saved until the user writes


def test_wins_and_milestones_read_warmly(built: Built, qtbot: Any) -> None:
    page = at_today(built, qtbot)
    qtbot.waitUntil(lambda: not built.tasks.busy)  # the first visit's jobs are done
    services = built.access.services
    services.journal.save(None, EntryDraft(day=date.today(), title="Went to group", win=True))
    services.progress.add_days_since("Alcohol-free", date.today() - timedelta(days=30))
    built.window.lock()
    built.window.unlock_page.passphrase.edit.setText("a calm green meadow")
    built.window.unlock_page.unlock_button.click()
    qtbot.waitUntil(lambda: "Went to group" in page.wins.text(), timeout=5000)
    qtbot.waitUntil(lambda: "30 days" in page.celebration.text(), timeout=5000)
    assert "Alcohol-free: 30 days" in page.milestones.text()
    assert "next: 60 days" in page.milestones.text()


def test_top_strategies_are_two_clicks_from_today(built: Built, qtbot: Any) -> None:
    page = at_today(built, qtbot)
    qtbot.waitUntil(lambda: not built.tasks.busy)
    toolbox = built.access.services.toolbox
    toolbox.log_use("starter:box-breathing", 8, 2)
    page.refresh()
    qtbot.waitUntil(lambda: len(page.strategy_buttons) == 1, timeout=3000)
    button = page.strategy_buttons[0]
    assert "Box breathing" in button.text()
    button.click()  # one
    page.use_dialog.accept()  # two
    assert toolbox.ranking()[0].ranked.uses == 2
    assert "Noted" in page.check_in_notice.text()


def test_safety_plan_review_reminder(built: Built, qtbot: Any) -> None:
    page = at_today(built, qtbot)
    qtbot.waitUntil(lambda: not built.tasks.busy)
    built.access.services.toolbox.set_review_date(date.today())
    page.refresh()
    qtbot.waitUntil(lambda: "safety plan again" in page.review_notice.text(), timeout=3000)
