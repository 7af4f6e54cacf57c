"""Remember-me: shown only with a working keyring, and never in the way of unlock."""

from __future__ import annotations

from typing import Any

import pytest

from companion.app import Built, build_window
from companion.paths import Paths
from companion.settings import SettingsStore
from companion.vault import keys
from companion.vault.remember import KeyringStore
from tests.gui.conftest import BrokenKeyring, HangingKeyring, ScriptedDialogs
from tests.gui.helpers import create_vault, finish_recovery_page, unlock, wait_unlocked
from tests.support import MemoryKeyring


def relaunch(built: Built, qapp: Any, qtbot: Any, paths: Paths, backend: Any) -> Built:
    """Close the window and open a new one on the same data, like a restart."""
    built.window.close()
    built.shutdown()
    again = build_window(
        qapp,
        paths,
        kdf_policy=lambda: keys.FAST_KDF,
        keyring=KeyringStore(lambda: backend, timeout=0.3),
        dialogs=ScriptedDialogs(),
        screen_lock=False,
    )
    qtbot.addWidget(again.window)
    again.window.show()
    again.window.start()
    return again


def test_no_keyring_hides_remember_me_and_says_why(built: Built, qtbot: Any) -> None:
    window = built.window
    create_vault(built, qtbot)
    finish_recovery_page(built, qtbot)
    window.lock()
    page = window.unlock_page
    qtbot.waitUntil(lambda: "not available" in page.remember_note.text())
    assert not page.remember.isVisible()
    assert "No system keyring" in page.remember_note.text()
    assert not window.security.remember.isEnabled()
    unlock(built, qtbot)
    wait_unlocked(built, qtbot)


@pytest.mark.parametrize("keyring_backend", [MemoryKeyring()], indirect=False)
def test_remember_me_opens_without_the_passphrase_after_restart(
    built: Built, qtbot: Any, qapp: Any, paths: Paths, keyring_backend: MemoryKeyring
) -> None:
    window = built.window
    create_vault(built, qtbot)
    finish_recovery_page(built, qtbot)
    window.lock()
    page = window.unlock_page
    qtbot.waitUntil(page.remember.isVisible)
    page.remember.setChecked(True)
    unlock(built, qtbot)
    wait_unlocked(built, qtbot)
    qtbot.waitUntil(lambda: bool(keyring_backend.store))
    vault_id = built.access.vault_id()
    qtbot.waitUntil(
        lambda: vault_id in SettingsStore(paths.settings_file).load().remember_me_vaults
    )
    # The keyring holds the key, never the passphrase.
    assert "a calm green meadow" not in str(keyring_backend.store)

    again = relaunch(built, qapp, qtbot, paths, keyring_backend)
    try:
        wait_unlocked(again, qtbot)
        # Turning it off forgets the key.
        again.window.security.remember.setChecked(False)
        qtbot.waitUntil(lambda: not keyring_backend.store)
    finally:
        again.shutdown()


@pytest.mark.parametrize("keyring_backend", [MemoryKeyring()])
def test_stale_remembered_key_falls_back_to_the_passphrase(
    built: Built, qtbot: Any, qapp: Any, paths: Paths, keyring_backend: MemoryKeyring
) -> None:
    create_vault(built, qtbot)
    finish_recovery_page(built, qtbot)
    vault_id = built.access.vault_id()
    assert vault_id is not None
    keyring_backend.set_password("Companion vault key", vault_id, "00" * 32)
    SettingsStore(paths.settings_file).update(remember_me_vaults=[vault_id])
    again = relaunch(built, qapp, qtbot, paths, keyring_backend)
    try:
        page = again.window.unlock_page
        assert "saved on this computer" in page.notice.text()
        qtbot.waitUntil(lambda: not page.notice.isVisible())  # a quiet fallback, no error
        assert again.window.stack.currentWidget() is page
        unlock(again, qtbot)
        wait_unlocked(again, qtbot)
    finally:
        again.shutdown()


@pytest.mark.parametrize(
    "keyring_backend", [HangingKeyring(), BrokenKeyring()], ids=["hang", "error"]
)
def test_hanging_or_broken_keyring_never_blocks_unlock(
    built: Built, qtbot: Any, qapp: Any, paths: Paths, keyring_backend: Any
) -> None:
    create_vault(built, qtbot)
    finish_recovery_page(built, qtbot)
    vault_id = built.access.vault_id()
    assert vault_id is not None
    SettingsStore(paths.settings_file).update(remember_me_vaults=[vault_id])
    again = relaunch(built, qapp, qtbot, paths, keyring_backend)
    try:
        page = again.window.unlock_page
        # Usable at once, while the keyring is still being asked.
        assert page.passphrase.isEnabled()
        unlock(again, qtbot)
        wait_unlocked(again, qtbot)
        assert not page.remember.isVisible()
    finally:
        if isinstance(keyring_backend, HangingKeyring):
            keyring_backend.release.set()
        again.shutdown()


@pytest.mark.parametrize("keyring_backend", [MemoryKeyring()])
def test_changing_the_passphrase_ends_remember_me(
    built: Built, qtbot: Any, qapp: Any, paths: Paths, keyring_backend: MemoryKeyring
) -> None:
    window = built.window
    create_vault(built, qtbot)
    finish_recovery_page(built, qtbot)
    sec = window.security
    qtbot.waitUntil(sec.remember.isEnabled)
    sec.remember.setChecked(True)
    qtbot.waitUntil(lambda: bool(keyring_backend.store))
    vault_id = built.access.vault_id()
    qtbot.waitUntil(
        lambda: vault_id in SettingsStore(paths.settings_file).load().remember_me_vaults
    )
    qtbot.keyClicks(sec.current.edit, "a calm green meadow")
    qtbot.keyClicks(sec.new.edit, "a fresh start today")
    qtbot.keyClicks(sec.again.edit, "a fresh start today")
    sec.change_button.click()
    qtbot.waitUntil(lambda: "has been changed" in sec.passphrase_notice.text())
    assert "ask for it" in sec.passphrase_notice.text()
    assert not sec.remember.isChecked()
    assert vault_id not in SettingsStore(paths.settings_file).load().remember_me_vaults
    assert not keyring_backend.store
