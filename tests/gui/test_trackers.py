"""Trackers: defined in Settings, filled in (or left blank) in each entry."""

from __future__ import annotations

from typing import Any

from companion.app import Built
from companion.domain.trackers import TrackerKind
from tests.gui.conftest import ScriptedDialogs
from tests.gui.helpers import create_vault, finish_recovery_page, start_writing


def test_define_trackers_and_record_values(
    built: Built, qtbot: Any, dialogs: ScriptedDialogs
) -> None:
    create_vault(built, qtbot)
    finish_recovery_page(built, qtbot)
    built.window.shell.show_page(7)
    settings = built.window.shell.current_page().trackers
    settings.name.setText("Anxiety")
    settings.kind.setCurrentIndex(settings.kind.findData(TrackerKind.SCALE))
    settings.low.setValue(0)
    settings.high.setValue(10)
    settings.add_button.click()
    settings.name.setText("Took medication")
    settings.kind.setCurrentIndex(settings.kind.findData(TrackerKind.YESNO))
    settings.add_button.click()
    assert settings.list.count() == 2
    assert "a scale from 0 to 10" in settings.list.item(0).text()
    settings.name.setText("")
    settings.add_button.click()
    assert "name" in settings.notice.text()

    editor = start_writing(built)
    inputs = editor.trackers
    assert inputs.isVisibleTo(editor)
    anxiety, _ = next(v for v in inputs._inputs.values() if v[0].name == "Anxiety")
    spin = inputs._inputs[anxiety.id][1]
    assert spin.text() == "—"  # blank until answered
    spin.setValue(4)
    editor.flush()
    entry = built.access.services.journal.get(editor.entry_id)
    assert entry is not None
    assert entry.trackers == {anxiety.id: 4.0}  # the unanswered yes/no is not stored

    dialogs.confirms.append(True)
    settings.list.setCurrentRow(1)
    settings.remove_button.click()
    assert settings.list.count() == 1
