"""Resources: the directory, step 5 of the safety plan, and notes found by the Journal's search."""

from __future__ import annotations

from typing import Any

from companion.app import Built
from companion.domain.resources import ResourceKind
from tests.gui.helpers import create_vault, finish_recovery_page


def open_resources(built: Built, qtbot: Any) -> Any:
    create_vault(built, qtbot)
    finish_recovery_page(built, qtbot)
    built.window.shell.show_page(6)
    return built.window.shell.current_page()


def test_directory_save_filter_and_add_to_the_plan(built: Built, qtbot: Any) -> None:
    page = open_resources(built, qtbot)
    page.kind.setCurrentIndex(page.kind.findData(ResourceKind.PROFESSIONAL.value))
    page.name.setText("Dr Amal Hart")
    page.contact.setText("0800-TALK-NOW")
    page.recommended.setText("Sam")
    page.rating.setValue(4)
    page.save_resource()
    assert "Saved" in page.notice.text()
    assert "Dr Amal Hart" in page.list.item(0).text()
    page.kind_filter.setCurrentIndex(page.kind_filter.findData(ResourceKind.HOTLINE.value))
    assert page.list.count() == 0
    page.kind_filter.setCurrentIndex(0)
    page.plan_button.click()
    [item] = built.access.services.toolbox.plan()[5]
    assert item.contact == "0800-TALK-NOW"
    page.new_button.click()
    page.save_resource()  # no name
    assert "name" in page.notice.text()


def test_notes_are_found_by_the_journal_search(built: Built, qtbot: Any) -> None:
    page = open_resources(built, qtbot)
    page.setCurrentIndex(1)
    page.note_title.setText("Sertraline")
    page.note_body.setPlainText("Side effects eased after three weeks.")
    page.save_note()
    assert page.note_list.count() == 1

    window = built.window
    window.shell.show_page(1)
    journal = window.journal
    qtbot.keyClicks(journal.search, "sertra")
    qtbot.waitUntil(
        lambda: journal.results.count() == 1 and "Sertraline" in journal.results.item(0).text(),
        timeout=3000,
    )
    journal.results.itemClicked.emit(journal.results.item(0))
    assert window.shell.current_page() is page
    assert page.note_title.text() == "Sertraline"
