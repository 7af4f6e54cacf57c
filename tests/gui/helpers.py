"""Steps the GUI tests share: create a vault through the window, unlock, type."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from companion.app import Built

PASSPHRASE = "a calm green meadow"


def create_vault(built: Built, qtbot: Any, passphrase: str = PASSPHRASE) -> str:
    """Go through first run; returns the recovery code shown."""
    window = built.window
    window.start()
    assert window.stack.currentWidget() is window.create_page
    qtbot.keyClicks(window.create_page.first.edit, passphrase)
    qtbot.keyClicks(window.create_page.second.edit, passphrase)
    assert window.create_page.create_button.isEnabled()
    qtbot.mouseClick(window.create_page.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.recovery_page)
    code = window.recovery_page.code_label.text()
    assert len(code) == 29
    return code


def finish_recovery_page(built: Built, qtbot: Any) -> None:
    page = built.window.recovery_page
    assert not page.continue_button.isEnabled()
    page.kept.setChecked(True)
    qtbot.mouseClick(page.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: built.window.stack.currentWidget() is built.window.shell)


def unlock(built: Built, qtbot: Any, passphrase: str = PASSPHRASE) -> None:
    page = built.window.unlock_page
    page.passphrase.edit.clear()
    qtbot.keyClicks(page.passphrase.edit, passphrase)
    qtbot.keyClick(page.passphrase.edit, Qt.Key.Key_Return)


def wait_unlocked(built: Built, qtbot: Any) -> None:
    qtbot.waitUntil(lambda: built.window.stack.currentWidget() is built.window.shell, timeout=5000)


def start_writing(built: Built) -> Any:
    """Open the Journal on a new entry; returns the editor."""
    window = built.window
    window.shell.show_page(1)
    window.journal.new_entry()
    return window.journal.editor


def build_in_language(qapp: Any, qtbot: Any, folder: Any, language: str) -> Any:
    """A full window, 1280x720, whose settings choose `language` (its catalogue
    must already be installed on the app)."""
    from companion.app import build_window
    from companion.paths import Paths
    from companion.settings import SettingsStore
    from companion.vault import keys
    from companion.vault.remember import KeyringStore
    from tests.support import MemoryKeyring

    paths = Paths.resolve(folder / "data")
    SettingsStore(paths.settings_file).update(language=language)
    built = build_window(
        qapp,
        paths,
        kdf_policy=lambda: keys.FAST_KDF,
        keyring=KeyringStore(lambda: MemoryKeyring(), timeout=0.3),
        screen_lock=False,
    )
    qtbot.addWidget(built.window)
    built.window.resize(1280, 720)
    built.window.show()
    return built
