"""Sync in the window: set up from Settings, follow the folder, settle a conflict."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from companion.app import Built
from companion.domain.journal import EntryDraft
from companion.exchange.sync import Syncer
from companion.services.access import Services
from companion.ui.main_window import SETTINGS
from companion.ui.settings.page import SettingsPage
from companion.ui.sync_conflicts import ConflictsDialog
from tests.gui.conftest import ScriptedDialogs
from tests.gui.helpers import create_vault, finish_recovery_page
from tests.support import make_vault

PASS = "our sync words"


def _ready(built: Built, qtbot: Any) -> Services:
    create_vault(built, qtbot)
    finish_recovery_page(built, qtbot)
    return built.access.services


def test_sync_set_up_in_settings_follows_the_other_computer(
    built: Built, qtbot: Any, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    services = _ready(built, qtbot)
    entry = services.journal.save(None, EntryDraft(day=date(2026, 11, 20), body="From the window"))
    assert entry.entry is not None
    window = built.window
    settings = window.shell.page(SETTINGS)
    assert isinstance(settings, SettingsPage)
    assert not window.statusBar().isVisible()
    shared = tmp_path / "Sync"
    shared.mkdir()
    dialogs.open_paths.append(shared)
    dialogs.passphrases += [PASS, PASS]
    settings.sync.choose_button.click()
    qtbot.waitUntil(lambda: "Synced" in window.sync_status.text(), timeout=20000)
    assert window.statusBar().isVisible()
    assert "Sync is on" in settings.sync.notice.text()

    # The other computer joins, gets the entry, edits it, and adds one.
    other, _ = make_vault(tmp_path / "other")
    other_services = Services(other)
    syncer = Syncer(other.db, other.folder)
    syncer.setup(shared, PASS)
    syncer.sync()
    assert other_services.journal.get(entry.entry.id) is not None
    other_services.journal.save(None, EntryDraft(day=date(2026, 11, 21), body="From the other"))
    _edit(other_services, entry.entry.id, "Changed on the other computer")
    _edit(services, entry.entry.id, "Changed in the window")
    syncer.sync()
    # The folder watcher notices the new segment and syncs on its own.
    qtbot.waitUntil(lambda: services.journal.search("other") != [], timeout=20000)
    qtbot.waitUntil(lambda: window.resolve_button.isVisible(), timeout=10000)
    assert "Conflict in 1 entry" in window.sync_status.text()

    window.resolve_button.click()
    dialog = window.findChild(ConflictsDialog)
    assert dialog is not None
    assert {dialog.mine.toPlainText(), dialog.theirs.toPlainText()} == {
        "Changed in the window",
        "Changed on the other computer",
    }
    dialog.keep_both.click()
    qtbot.waitUntil(lambda: not window.resolve_button.isVisible(), timeout=10000)
    rows = services.session.db.execute("SELECT body FROM entries WHERE deleted_at IS NULL")
    bodies = {r[0] for r in rows}
    assert {"Changed in the window", "Changed on the other computer"} <= bodies
    # Locking stops syncing and hides the status line; unlocking picks it up again.
    assert window.lock()
    assert window.sync.syncer is None and not window.sync.watcher.directories()
    assert not window.statusBar().isVisible()
    from tests.gui.helpers import unlock, wait_unlocked

    unlock(built, qtbot)
    wait_unlocked(built, qtbot)
    qtbot.waitUntil(lambda: window.statusBar().isVisible(), timeout=10000)
    assert window.sync.watcher.directories()
    other.close()


def _edit(services: Services, entry_id: str, body: str) -> None:
    entry = services.journal.get(entry_id)
    assert entry is not None
    services.journal.save(entry_id, EntryDraft(day=entry.day, title=entry.title, body=body))


def test_a_wrong_sync_passphrase_is_said_in_settings(
    built: Built, qtbot: Any, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    _ready(built, qtbot)
    shared = tmp_path / "Sync"
    shared.mkdir()
    first, _ = make_vault(tmp_path / "first")
    Syncer(first.db, first.folder).setup(shared, PASS)
    first.close()
    settings = built.window.shell.page(SETTINGS)
    assert isinstance(settings, SettingsPage)
    dialogs.open_paths.append(shared)
    dialogs.passphrases.append("not our words")
    settings.sync.choose_button.click()
    qtbot.waitUntil(lambda: "does not open" in settings.sync.notice.text(), timeout=20000)
    assert not settings.sync.notice.isHidden()
    assert not built.window.statusBar().isVisible()


def test_the_status_line_is_one_calm_sentence(qapp: Any) -> None:
    from datetime import UTC, datetime

    from companion.exchange.sync import SyncStatus
    from companion.ui.sync import status_text

    now = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
    off = SyncStatus(None, None, 0, 0, None)
    assert status_text(off, now) == "Sync is off."
    fresh = SyncStatus("/s", "2026-11-26T11:58:00.000Z", 3, 1, None)
    assert status_text(fresh, now) == (
        "Synced 2 minutes ago · 3 changes waiting · Conflict in 1 entry"
    )
    assert status_text(SyncStatus("/s", "2026-11-26T11:59:30.000Z", 1, 0, None), now) == (
        "Synced just now · 1 change waiting"
    )
    assert status_text(SyncStatus("/s", None, 0, 0, None), now) == "Not synced yet"


def test_a_delete_on_the_other_computer_is_a_choice_and_problems_are_spelled_out(
    built: Built, qtbot: Any, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    services = _ready(built, qtbot)
    saved = services.journal.save(None, EntryDraft(day=date(2026, 11, 20), body="Mine to keep"))
    assert saved.entry is not None
    entry_id = saved.entry.id
    window = built.window
    settings = window.shell.page(SETTINGS)
    assert isinstance(settings, SettingsPage)
    shared = tmp_path / "Sync"
    shared.mkdir()
    dialogs.open_paths.append(shared)
    dialogs.passphrases += [PASS, PASS]
    settings.sync.choose_button.click()
    qtbot.waitUntil(lambda: "Synced" in window.sync_status.text(), timeout=20000)
    other, _ = make_vault(tmp_path / "other")
    other_services = Services(other)
    syncer = Syncer(other.db, other.folder)
    syncer.setup(shared, PASS)
    syncer.sync()
    # The other computer deletes it, and writes a record this one must refuse.
    other_services.journal.delete(entry_id)
    bad = other_services.journal.save(None, EntryDraft(day=date(2026, 11, 22), body="Odd mood"))
    assert bad.entry is not None
    syncer.sync()
    identity = syncer.store.get("identity")
    device = syncer.store.get("device")
    assert identity and device
    from companion.exchange import sync_folder

    newest = max(
        (p for p in (shared / "devices" / device).iterdir() if sync_folder.file_number(p.name)),
        key=lambda p: sync_folder.file_number(p.name) or 0,
    )
    document = sync_folder.read(newest, identity)
    for record in document["records"]:
        if record["i"] == bad.entry.id:
            record["d"]["mood"] = 9
    newest.write_bytes(sync_folder.encode(document, identity))
    _edit(services, entry_id, "Mine to keep, edited here meanwhile")
    window.sync.sync_now()
    qtbot.waitUntil(lambda: window.resolve_button.isVisible(), timeout=20000)
    assert "Sync" in window.sync_status.text()
    qtbot.waitUntil(lambda: not settings.sync.problem_label.isHidden(), timeout=10000)
    assert "mood is 9" in settings.sync.problem_label.text()
    assert services.journal.get(entry_id) is not None  # the edit was kept
    window.resolve_button.click()
    dialog = window.findChild(ConflictsDialog)
    assert dialog is not None
    assert dialog.mine.toPlainText() == "Mine to keep, edited here meanwhile"
    assert dialog.theirs.toPlainText() == ""
    assert dialog.theirs.placeholderText() == "Deleted on the other computer"
    assert "deleted on one computer" in dialog.intro.text()
    assert dialog.about.text().startswith("Journal entry · ") and "20" in dialog.about.text()
    assert (dialog.keep_mine.text(), dialog.keep_theirs.text()) == ("Keep it", "Delete it")
    assert dialog.keep_both.isHidden()
    dialog.keep_theirs.click()  # the other computer's choice: delete it after all
    qtbot.waitUntil(lambda: not window.resolve_button.isVisible(), timeout=10000)
    assert services.journal.get(entry_id) is None
    other.close()


def test_a_short_passphrase_for_a_new_sync_folder_is_said_in_settings(
    built: Built, qtbot: Any, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    _ready(built, qtbot)
    shared = tmp_path / "Sync"
    shared.mkdir()
    settings = built.window.shell.page(SETTINGS)
    assert isinstance(settings, SettingsPage)
    dialogs.open_paths.append(shared)
    dialogs.passphrases += ["short", "short"]
    settings.sync.choose_button.click()
    qtbot.waitUntil(lambda: "at least 8 characters" in settings.sync.notice.text(), timeout=20000)
    assert list(shared.iterdir()) == []
