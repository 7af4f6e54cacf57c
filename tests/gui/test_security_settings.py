from __future__ import annotations

from typing import Any

from companion.app import Built
from companion.paths import Paths
from companion.settings import SettingsStore
from companion.vault import vault
from tests.gui.conftest import ScriptedDialogs
from tests.gui.helpers import PASSPHRASE, create_vault, finish_recovery_page, unlock, wait_unlocked


def open_settings(built: Built, qtbot: Any) -> None:
    create_vault(built, qtbot)
    finish_recovery_page(built, qtbot)
    built.window.shell.show_page(7)


def test_change_passphrase(built: Built, qtbot: Any) -> None:
    open_settings(built, qtbot)
    sec = built.window.security
    qtbot.keyClicks(sec.current.edit, "wrong current one")
    qtbot.keyClicks(sec.new.edit, "a fresh start today")
    qtbot.keyClicks(sec.again.edit, "a fresh start today")
    sec.change_button.click()
    qtbot.waitUntil(lambda: "did not open" in sec.passphrase_notice.text())

    sec.current.clear()
    qtbot.keyClicks(sec.current.edit, PASSPHRASE)
    sec.change_button.click()
    qtbot.waitUntil(lambda: "has been changed" in sec.passphrase_notice.text())
    assert sec.current.text() == sec.new.text() == ""

    built.window.lock()
    unlock(built, qtbot, PASSPHRASE)
    qtbot.waitUntil(built.window.unlock_page.notice.isVisible)
    unlock(built, qtbot, "a fresh start today")
    wait_unlocked(built, qtbot)


def test_auto_lock_minutes_persist(built: Built, qtbot: Any, paths: Paths) -> None:
    open_settings(built, qtbot)
    sec = built.window.security
    sec.auto_lock.setValue(12)
    sec.screen_lock.setChecked(False)
    settings = SettingsStore(paths.settings_file).load()
    assert settings.auto_lock_minutes == 12
    assert settings.lock_on_screen_lock is False
    sec.auto_lock.setValue(0)
    assert sec.auto_lock.text() == "Never"
    assert not built.window.idle.active


def test_reencrypt_shows_a_new_recovery_code(
    built: Built, qtbot: Any, dialogs: ScriptedDialogs, paths: Paths
) -> None:
    old_code = create_vault(built, qtbot)
    finish_recovery_page(built, qtbot)
    sec = built.window.security
    dialogs.confirms.append(True)
    dialogs.passphrases.append(PASSPHRASE)
    sec.reencrypt_button.click()
    qtbot.waitUntil(lambda: sec.code_dialog is not None and sec.code_dialog.isVisible())
    assert sec.code_dialog is not None
    from companion.ui.first_run import RecoveryCodePage

    page = sec.code_dialog.findChild(RecoveryCodePage)
    new_code = page.code_label.text()
    assert new_code and new_code != old_code
    page.kept.setChecked(True)
    page.continue_button.click()
    assert not sec.code_dialog.isVisible()
    built.window.lock()
    vault.unlock_with_recovery_code(paths.default_vault, new_code).close()


def test_reencrypt_cancelled_changes_nothing(
    built: Built, qtbot: Any, dialogs: ScriptedDialogs
) -> None:
    open_settings(built, qtbot)
    key = built.access.services.session.data_key()
    dialogs.confirms.append(False)
    built.window.security.reencrypt_button.click()
    assert built.access.services.session.data_key() == key
    assert dialogs.passphrases == []


def test_new_recovery_code_with_wrong_passphrase_says_so(
    built: Built, qtbot: Any, dialogs: ScriptedDialogs
) -> None:
    open_settings(built, qtbot)
    sec = built.window.security
    dialogs.passphrases.append("not it at all")
    sec.new_code_button.click()
    qtbot.waitUntil(lambda: "did not open" in sec.keys_notice.text())
    assert sec.code_dialog is None


def test_check_reports_a_healthy_vault(built: Built, qtbot: Any) -> None:
    open_settings(built, qtbot)
    sec = built.window.security
    sec.check_button.click()
    qtbot.waitUntil(lambda: "healthy" in sec.keys_notice.text())
