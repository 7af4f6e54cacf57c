"""File > Export and File > Import, driven through the window with scripted dialogs."""

from __future__ import annotations

import json
import time
from datetime import date
from pathlib import Path
from typing import Any

import pyrage

from PySide6.QtWidgets import QPushButton

from companion.app import Built
from companion.domain.journal import EntryDraft
from companion.exchange import export
from tests.gui.conftest import ScriptedDialogs
from tests.gui.helpers import create_vault, finish_recovery_page


def _ready(built: Built, qtbot: Any) -> Any:
    create_vault(built, qtbot)
    finish_recovery_page(built, qtbot)
    services = built.access.services
    services.journal.save(None, EntryDraft(day=date(2026, 11, 20), body="Walked by the river"))
    return services


def _wait_message(built: Built, qtbot: Any, text: str) -> None:
    qtbot.waitUntil(lambda: text in built.window.exchange.last_message, timeout=15000)


def test_menu_actions_follow_the_lock(built: Built, qtbot: Any) -> None:
    window = built.window
    window.start()
    assert not window.export_action.isEnabled()
    _ready(built, qtbot)
    assert window.export_action.isEnabled() and window.import_action.isEnabled()
    window.lock()
    assert not window.export_action.isEnabled() and not window.import_action.isEnabled()


def test_encrypted_export_asks_twice_and_writes_an_age_file(
    built: Built, qtbot: Any, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    _ready(built, qtbot)
    target = tmp_path / "mine.age"
    dialogs.choices.append(0)
    dialogs.passphrases += ["moving day", "moving day"]
    dialogs.save_paths.append(target)
    built.window.export_action.trigger()
    _wait_message(built, qtbot, "Exported 1 entries")
    doc = json.loads(pyrage.passphrase.decrypt(target.read_bytes(), "moving day"))
    assert doc["entries"][0]["body"] == "Walked by the river"


def test_mismatched_passphrases_export_nothing(
    built: Built, qtbot: Any, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    _ready(built, qtbot)
    dialogs.choices.append(0)
    dialogs.passphrases += ["one", "two"]
    built.window.export_action.trigger()
    assert "differ" in built.window.exchange.last_message
    assert dialogs.save_paths == [] and list(tmp_path.glob("*.age")) == []


def test_plain_export_warns_and_declining_writes_nothing(
    built: Built, qtbot: Any, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    _ready(built, qtbot)
    dialogs.choices.append(1)
    dialogs.confirms.append(False)
    built.window.export_action.trigger()
    assert "Not encrypted" in dialogs.asked
    dialogs.choices.append(1)
    dialogs.confirms.append(True)
    dialogs.save_paths.append(tmp_path / "plain.json")
    built.window.export_action.trigger()
    _wait_message(built, qtbot, "Exported 1 entries")
    assert json.loads((tmp_path / "plain.json").read_text("utf-8"))["entries"]


def test_cancelling_an_export_leaves_no_file(
    built: Built, qtbot: Any, dialogs: ScriptedDialogs, tmp_path: Path, monkeypatch: Any
) -> None:
    services = _ready(built, qtbot)
    real = export.build_export

    def slow(db: Any, include_private: bool = False, progress: Any = None) -> Any:
        # Stand in for a long export: wait until the user presses Cancel.
        for _ in range(200):
            if not progress(0, 10):
                break
            time.sleep(0.05)
        return real(db, include_private, progress)

    monkeypatch.setattr(export, "build_export", slow)
    dialogs.choices.append(1)
    dialogs.confirms.append(True)
    dialogs.save_paths.append(tmp_path / "never.json")
    built.window.export_action.trigger()
    qtbot.waitUntil(lambda: built.window.exchange.progress_dialog is not None)
    dialog = built.window.exchange.progress_dialog
    assert dialog is not None
    dialog.findChild(QPushButton).click()  # the dialog's own Cancel button
    _wait_message(built, qtbot, "cancelled")
    assert not (tmp_path / "never.json").exists()
    assert services.session.is_open


def test_import_previews_then_refreshes_the_pages(
    built: Built, qtbot: Any, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    services = _ready(built, qtbot)
    source = tmp_path / "from-elsewhere.json"
    source.write_text(
        json.dumps(
            {
                "format": "companion-export",
                "version": 1,
                "entries": [
                    {
                        "id": "0b8f7f7a-1111-4c3e-9f00-000000000001",
                        "date": "2026-10-02",
                        "title": "Old laptop",
                        "body": "From my other laptop",
                        "mood": 4,
                        "win": True,
                        "tags": ["moving"],
                        "trackers": {},
                        "pictures": [],
                        "created_at": "2026-10-02T10:00:00.000Z",
                        "updated_at": "2026-10-02T10:00:00.000Z",
                        "version": 1,
                    }
                ],
            }
        )
    )
    dialogs.open_paths.append(source)
    dialogs.confirms.append(True)
    built.window.import_action.trigger()
    _wait_message(built, qtbot, "Imported 1 records")
    assert services.session.db.scalar("SELECT count(*) FROM entries") == 2
    # The journal page was rebuilt from the vault: the imported entry is listed.
    window = built.window
    window.shell.show_page(1)
    assert window.journal.model.rowCount() == 2
    dialogs.open_paths.append(source)
    built.window.import_action.trigger()
    _wait_message(built, qtbot, "Nothing new")


def test_a_damaged_import_says_why(
    built: Built, qtbot: Any, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    _ready(built, qtbot)
    bad = tmp_path / "bad.json"
    bad.write_text("{ not json")
    dialogs.open_paths.append(bad)
    built.window.import_action.trigger()
    _wait_message(built, qtbot, "not readable JSON")


def test_a_markdown_folder_imports_from_its_own_menu_item(
    built: Built, qtbot: Any, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    services = _ready(built, qtbot)
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "2025-05-06 first note.md").write_text("Written in another app.\n")
    dialogs.open_paths.append(folder)
    dialogs.confirms.append(True)
    assert built.window.import_folder_action.isEnabled()
    built.window.import_folder_action.trigger()
    _wait_message(built, qtbot, "Imported 1 records")
    assert services.session.db.scalar("SELECT title FROM entries WHERE day = '2025-05-06'") == (
        "first note"
    )


def test_a_daylio_import_asks_where_its_own_moods_sit(
    built: Built, qtbot: Any, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    services = _ready(built, qtbot)
    source = tmp_path / "daylio_export.csv"
    source.write_text(
        "full_date,date,weekday,time,mood,activities,note_title,note\n"
        "2025-03-02,March 2,Sunday,21:40,rad,walk,,Saw Sam\n"
        "2025-03-01,March 1,Saturday,08:15,foggy,,,Slow start\n"
    )
    dialogs.open_paths.append(source)
    dialogs.mood_maps.append({"rad": 5, "foggy": 2})
    dialogs.confirms.append(True)
    built.window.import_action.trigger()
    _wait_message(built, qtbot, "Imported 2 records")
    assert dialogs.suggested_moods == [{"rad": 5, "foggy": None}]
    moods = services.session.db.execute("SELECT day, mood FROM entries WHERE day < '2026-01-01'")
    assert sorted(moods) == [("2025-03-01", 2), ("2025-03-02", 5)]


def test_the_mood_map_dialog_needs_every_label_placed(qtbot: Any) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from companion.ui.widgets.mood_map import MoodMapDialog

    box = MoodMapDialog({"rad": 5, "foggy": None, "numb": None})
    qtbot.addWidget(box)
    ok = box.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    box.combos["foggy"].setCurrentIndex(box.combos["foggy"].findData(2))
    box.combos["numb"].setCurrentIndex(box.combos["numb"].findData(-1))
    assert ok.isEnabled()
    assert box.mapping() == {"rad": 5, "foggy": 2, "numb": None}
    assert all(c.accessibleName() for c in box.combos.values())


def test_a_group_pack_from_the_file_menu(
    built: Built, qtbot: Any, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    from datetime import datetime

    from companion.domain.groups import GroupDraft, Role

    services = _ready(built, qtbot)
    built.window.group_pack_action.trigger()
    _wait_message(built, qtbot, "no groups yet")
    group = services.groups.save_group(None, GroupDraft("Walkers", my_role=Role.FACILITATOR))
    services.groups.add_session(group.id, datetime(2030, 1, 1, 19, 0), "Pacing")
    target = tmp_path / "walkers.age"
    dialogs.passphrases += ["group words", "group words"]
    dialogs.save_paths.append(target)
    built.window.group_pack_action.trigger()
    _wait_message(built, qtbot, "Wrote the pack")
    pack = json.loads(pyrage.passphrase.decrypt(target.read_bytes(), "group words"))
    assert pack["pack"]["group"] == "Walkers" and pack["sessions"][0]["topic"] == "Pacing"


def test_a_short_export_passphrase_is_refused_with_the_sentence(
    built: Built, qtbot: Any, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    _ready(built, qtbot)
    dialogs.choices.append(0)
    dialogs.passphrases += ["short", "short"]
    dialogs.save_paths.append(tmp_path / "mine.age")
    built.window.export_action.trigger()
    _wait_message(built, qtbot, "at least 8 characters")
    assert list(tmp_path.glob("*.age")) == []


def test_a_short_group_passphrase_is_refused_with_the_sentence(
    built: Built, qtbot: Any, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    from datetime import datetime

    from companion.domain.groups import GroupDraft, Role

    services = _ready(built, qtbot)
    group = services.groups.save_group(None, GroupDraft("Walkers", my_role=Role.FACILITATOR))
    services.groups.add_session(group.id, datetime(2030, 1, 1, 19, 0), "Pacing")
    target = tmp_path / "walkers.age"
    dialogs.passphrases += ["walk", "walk"]
    dialogs.save_paths.append(target)
    built.window.group_pack_action.trigger()
    _wait_message(built, qtbot, "at least 8 characters")
    assert not target.exists()
