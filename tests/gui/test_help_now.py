"""'Need help now' works locked, with no passphrase, and survives a lock."""

from __future__ import annotations

from typing import Any

from companion.app import Built
from companion.paths import Paths
from companion.settings import SettingsStore
from tests.gui.helpers import create_vault, finish_recovery_page


def test_crisis_lines_show_while_locked_without_a_passphrase(
    built: Built, qtbot: Any, paths: Paths
) -> None:
    window = built.window
    create_vault(built, qtbot)
    finish_recovery_page(built, qtbot)
    window.lock()
    assert not built.access.unlocked
    window.help_button.click()
    dialog = window.help_dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.plan_button.isVisible()  # the plan is private: only when unlocked
    dialog.country.setCurrentIndex(dialog.country.findData("GB"))
    assert "999" in dialog.emergency.text()
    assert "Samaritans" in dialog.lines.item(0).text()
    assert "116 123" in dialog.lines.item(0).text()
    assert SettingsStore(paths.settings_file).load().crisis_country == "GB"
    assert not built.access.unlocked  # nothing asked for the passphrase

    dialog.own_name.setText("Community crisis team")
    dialog.own_phone.setText("0800-CALL-NOW")
    dialog.add_button.click()
    assert "0800-CALL-NOW" in dialog.own.item(0).text()


def test_help_stays_open_through_a_lock_but_hides_the_plan(built: Built, qtbot: Any) -> None:
    window = built.window
    create_vault(built, qtbot)
    finish_recovery_page(built, qtbot)
    window.help_button.click()
    dialog = window.help_dialog
    assert dialog is not None
    assert dialog.plan_button.isVisible()
    window.lock()
    assert dialog.isVisible()
    assert not dialog.plan_button.isVisible()


def test_help_is_there_before_any_vault_exists(built: Built, qtbot: Any) -> None:
    built.window.start()
    assert built.window.help_button.isVisible()
    built.window.help_button.click()
    assert built.window.help_dialog is not None
    assert built.window.help_dialog.lines.count() >= 1


def test_one_click_shows_the_lines_and_the_safety_plan_when_unlocked(
    built: Built, qtbot: Any
) -> None:
    window = built.window
    create_vault(built, qtbot)
    finish_recovery_page(built, qtbot)
    window.help_button.click()
    assert window.help_dialog is not None and window.help_dialog.isVisible()
    assert window.shell.stack.currentIndex() == 4  # the safety plan, behind the lines
