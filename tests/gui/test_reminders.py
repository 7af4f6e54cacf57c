"""The daily check-in reminder: once a day from the chosen time, never with content."""

from __future__ import annotations

from datetime import datetime, time
from typing import Any

from PySide6.QtCore import QTime

from companion.app import Built
from companion.domain.journal import EntryDraft
from companion.paths import Paths
from companion.settings import SettingsStore
from companion.ui.main_window import SETTINGS
from companion.ui.reminders import parse_time, reminder_due
from companion.ui.settings.page import SettingsPage
from tests.gui.helpers import create_vault, finish_recovery_page

EVENING = time(20, 0)


def test_due_once_a_day_from_the_chosen_time() -> None:
    assert not reminder_due(datetime(2026, 11, 26, 19, 59), EVENING, "")
    assert reminder_due(datetime(2026, 11, 26, 20, 0), EVENING, "")
    assert reminder_due(datetime(2026, 11, 26, 23, 0), EVENING, "2026-11-25")  # woke late
    assert not reminder_due(datetime(2026, 11, 26, 21, 0), EVENING, "2026-11-26")
    assert not reminder_due(datetime(2026, 11, 26, 21, 0), None, "")
    assert parse_time("20:30") == time(20, 30) and parse_time("nonsense") is None


def test_the_reminder_says_only_time_for_your_check_in(
    built: Built, qtbot: Any, paths: Paths
) -> None:
    create_vault(built, qtbot)
    finish_recovery_page(built, qtbot)
    built.access.services.journal.save(
        None, EntryDraft(day=datetime.now().date(), body="SENTINEL-PRIVATE-TEXT")
    )
    window = built.window
    settings = window.shell.page(SETTINGS)
    assert isinstance(settings, SettingsPage)
    reminders = settings.reminders
    reminders.remind.setChecked(True)
    reminders.time.setTime(QTime(0, 0))
    store = SettingsStore(paths.settings_file)
    assert store.load().reminder_time == "00:00"
    shown: list[str] = []
    window.reminders.reminded.connect(shown.append)
    window.reminders.check()
    window.reminders.check()  # once a day
    assert shown == ["Time for your check-in"]
    assert window.statusBar().currentMessage() == "Time for your check-in"
    assert store.load().last_reminder_day == datetime.now().date().isoformat()
    assert "SENTINEL" not in paths.settings_file.read_text()
    reminders.remind.setChecked(False)
    assert store.load().reminder_time == ""
    assert not reminders.time.isEnabled()
