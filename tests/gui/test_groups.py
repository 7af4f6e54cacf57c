"""Groups: create a group, add members and a session, edit the agenda, build a handout."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from companion.app import Built
from companion.ui.groups.agenda_model import AgendaModel
from tests.gui.conftest import ScriptedDialogs
from tests.gui.helpers import create_vault, finish_recovery_page


def open_groups(built: Built, qtbot: Any) -> Any:
    create_vault(built, qtbot)
    finish_recovery_page(built, qtbot)
    built.window.shell.show_page(5)
    return built.window.shell.current_page()


def test_group_session_agenda_and_handout(
    built: Built, qtbot: Any, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    page = open_groups(built, qtbot)
    page.new_group.click()
    page.name.setText("Tuesday anxiety peer group")
    page.place.setText("Library, room 2")
    page.save_about()
    assert page.groups.count() == 1
    assert "What is said here stays here." in page.agreements.toPlainText()

    page.alias.setText("Sam")
    page.consent.setChecked(True)
    page.add_member.click()
    page.alias.setText("z" * 300)
    page.add_member.click()
    assert "cut to 40" in page.members_notice.text()
    assert page.members.count() == 2

    page.tabs.setCurrentIndex(2)
    page.new_session.click()
    editor = page.editor
    assert editor.agenda.rowCount() == 8
    model = editor.agenda
    assert not model.setData(model.index(0, 2), "-5")
    assert "negative" in editor.notice.text()
    assert not model.setData(model.index(0, 2), "ten")
    assert model.setData(model.index(0, 2), "10")
    assert model.index(1, 0).data() != model.index(0, 0).data()
    editor.topic.setText("Sleep and worry")
    editor.private.setPlainText("SENTINEL-PRIVATE")
    editor.attendance.item(0).setCheckState(editor.attendance.item(0).checkState().Checked)
    editor.attendance.setCurrentRow(0)
    editor.check_in_note.setText("SENTINEL-CHECKIN")
    editor.check_in_note.editingFinished.emit()
    services = built.access.services
    [(_m, present, check_in, _o)] = services.groups.attendance(editor._session.id)
    assert present and check_in == "SENTINEL-CHECKIN"
    editor.save()
    assert "Saved" in editor.notice.text()

    editor.handout_button.click()
    builder = page.builder
    assert builder is not None and builder.document is not None
    assert "Sleep and worry" in builder.document.toPlainText()
    assert "SENTINEL" not in builder.document.toPlainText()
    dialogs.save_paths.append(tmp_path / "handout")
    builder.save_pdf()
    pdf = tmp_path / "handout.pdf"
    tool = shutil.which("pdftotext")
    assert tool
    text = subprocess.run([tool, "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Welcome" in text and "10 min" in text and "Page 1 of" in text
    assert "SENTINEL" not in text
    dialogs.confirms.append(True)  # no printer: save instead
    dialogs.save_paths.append(tmp_path / "again.pdf")
    builder.print_button.click()
    assert (tmp_path / "again.pdf").exists()


def test_deleting_a_group_with_sessions_asks_and_can_be_undone(
    built: Built, qtbot: Any, dialogs: ScriptedDialogs
) -> None:
    page = open_groups(built, qtbot)
    page.new_group.click()
    page.name.setText("Walkers")
    page.save_about()
    page.tabs.setCurrentIndex(2)
    page.new_session.click()
    dialogs.confirms.append(True)
    page.delete_group.click()
    assert page.groups.count() == 0
    assert page.undo.isVisible()
    page.undo.click()
    assert page.groups.count() == 1


def test_agenda_model_passes_qtmodeltester(qtmodeltester: Any) -> None:
    from datetime import datetime

    from companion.domain.groups import AgendaItem

    model = AgendaModel()
    model.set_items([AgendaItem("Welcome", 5), AgendaItem("Round", 15)], datetime(2026, 12, 1, 19))
    qtmodeltester.check(model)
    assert model.index(1, 0).data() == "19:05"


def test_mentoring_reminder_on_today(built: Built, qtbot: Any) -> None:
    create_vault(built, qtbot)
    finish_recovery_page(built, qtbot)
    qtbot.waitUntil(lambda: not built.tasks.busy)
    from companion.domain.groups import GroupDraft

    groups = built.access.services.groups
    group = groups.save_group(None, GroupDraft("Walkers"))
    ana = groups.add_member(group.id, "Ana").member
    ben = groups.add_member(group.id, "Ben").member
    pair = groups.add_pair(group.id, ana.id, ben.id, consent=True, every_days=7)
    groups.check_in(pair, "fine", "", day=date.today() - timedelta(days=9))
    today = built.window.today
    today.refresh()
    qtbot.waitUntil(lambda: "Ana and Ben" in today.mentoring.text(), timeout=3000)
