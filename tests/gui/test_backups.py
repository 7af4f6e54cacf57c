"""Backups in the window: daily, by hand, the Today nudge, and restore with a switch."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from companion.app import Built
from companion.domain.journal import EntryDraft
from companion.paths import Paths
from companion.ui.main_window import SETTINGS
from companion.ui.settings.page import SettingsPage
from tests.gui.conftest import ScriptedDialogs
from tests.gui.helpers import create_vault, finish_recovery_page, unlock


def _backups(paths: Paths) -> list[Path]:
    from companion.vault.backup import NAME

    folder = paths.backups_dir
    return sorted(p for p in folder.iterdir() if NAME.match(p.name)) if folder.is_dir() else []


def test_a_daily_backup_then_one_by_hand(built: Built, qtbot: Any, paths: Paths) -> None:
    create_vault(built, qtbot)
    finish_recovery_page(built, qtbot)
    window = built.window
    window.back_up_if_due()
    qtbot.waitUntil(lambda: len(_backups(paths)) == 1, timeout=15000)
    window.back_up_if_due()  # not due again today
    settings = window.shell.page(SETTINGS)
    assert isinstance(settings, SettingsPage)
    assert "Last backup" in settings.backups.last_label.text()
    assert str(paths.backups_dir) in settings.backups.folder_label.text()
    settings.backups.now_button.click()
    qtbot.waitUntil(lambda: "Backed up" in settings.backups.notice.text(), timeout=15000)
    assert len(_backups(paths)) in (1, 2)  # two unless both fell in the same second


def test_the_today_page_nudges_after_a_week(built: Built, qtbot: Any, paths: Paths) -> None:
    create_vault(built, qtbot)
    finish_recovery_page(built, qtbot)
    services = built.access.services
    long_ago = (datetime.now() - timedelta(days=10)).isoformat() + "Z"
    services.session.db.execute("UPDATE meta SET value = ? WHERE key = 'created_at'", (long_ago,))
    today = built.window.today
    today.refresh()
    qtbot.waitUntil(lambda: not today.backup_row.isHidden(), timeout=10000)
    assert "a while" in today.backup_notice.text()
    today.backup_button.click()
    qtbot.waitUntil(lambda: today.backup_row.isHidden(), timeout=15000)
    assert len(_backups(paths)) == 1


def test_restore_then_switch_keeps_the_journal_that_was_open(
    built: Built, qtbot: Any, dialogs: ScriptedDialogs, paths: Paths, monkeypatch: Any
) -> None:
    from PySide6.QtWidgets import QMessageBox

    code = create_vault(built, qtbot)
    finish_recovery_page(built, qtbot)
    window = built.window
    services = built.access.services
    services.journal.save(None, EntryDraft(day=date(2026, 11, 1), body="Before the backup"))
    settings = window.shell.page(SETTINGS)
    assert isinstance(settings, SettingsPage)
    settings.backups.now_button.click()
    qtbot.waitUntil(lambda: len(_backups(paths)) == 1, timeout=15000)
    services.journal.save(None, EntryDraft(day=date(2026, 11, 2), body="After the backup"))

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    dialogs.open_paths.append(_backups(paths)[0])
    dialogs.passphrases.append(code)
    dialogs.confirms.append(True)
    settings.backups.restore_button.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.unlock_page, timeout=20000)
    assert told and "kept in" in told[0]
    aside = [p for p in paths.default_vault.parent.iterdir() if "before-restore" in p.name]
    assert len(aside) == 1
    unlock(built, qtbot)
    qtbot.waitUntil(lambda: built.access.unlocked, timeout=15000)
    rows = built.access.services.session.db.execute("SELECT body FROM entries")
    assert [r[0] for r in rows] == ["Before the backup"]


def test_a_short_backup_passphrase_is_refused_with_the_sentence(
    built: Built, qtbot: Any, dialogs: ScriptedDialogs
) -> None:
    from companion.services.backups import BackupMode

    create_vault(built, qtbot)
    finish_recovery_page(built, qtbot)
    settings = built.window.shell.page(SETTINGS)
    assert isinstance(settings, SettingsPage)
    page = settings.backups
    dialogs.passphrases += ["short", "short"]
    page.mode.setCurrentIndex(page.mode.findData(BackupMode.PASSPHRASE))
    page.mode.activated.emit(page.mode.currentIndex())
    assert "at least 8 characters" in page.notice.text()
    assert built.access.services.backups.config().mode is BackupMode.RECOVERY_CODE
