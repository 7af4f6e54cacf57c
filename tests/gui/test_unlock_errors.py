"""Each unlock failure reads as its own plain sentence on the unlock page."""

from __future__ import annotations

from typing import Any

from companion.app import Built
from companion.paths import Paths
from tests.gui.helpers import create_vault, finish_recovery_page, unlock
from tests.support import vault_held_elsewhere


def locked_vault(built: Built, qtbot: Any) -> None:
    create_vault(built, qtbot)
    finish_recovery_page(built, qtbot)
    built.window.lock()


def test_damaged_database_says_damaged_not_wrong_passphrase(
    built: Built, qtbot: Any, paths: Paths
) -> None:
    locked_vault(built, qtbot)
    db = paths.default_vault / "vault.db"
    data = bytearray(db.read_bytes())
    data[500] ^= 0x40
    db.write_bytes(bytes(data))
    unlock(built, qtbot)
    notice = built.window.unlock_page.notice
    qtbot.waitUntil(notice.isVisible)
    assert "damaged" in notice.text()
    assert "passphrase did not open" not in notice.text()


def test_missing_key_file_names_it(built: Built, qtbot: Any, paths: Paths) -> None:
    locked_vault(built, qtbot)
    (paths.default_vault / "keys.json").unlink()
    unlock(built, qtbot)
    notice = built.window.unlock_page.notice
    qtbot.waitUntil(notice.isVisible)
    assert "keys.json" in notice.text()


def test_vault_open_elsewhere_says_so(built: Built, qtbot: Any, paths: Paths) -> None:
    locked_vault(built, qtbot)
    with vault_held_elsewhere(paths.default_vault):
        unlock(built, qtbot)
        notice = built.window.unlock_page.notice
        qtbot.waitUntil(notice.isVisible)
        assert "already open" in notice.text()
    unlock(built, qtbot)
    qtbot.waitUntil(lambda: built.window.stack.currentWidget() is built.window.shell)


def test_after_an_interrupted_reencryption_the_new_recovery_code_is_shown(
    built: Built, qtbot: Any, paths: Paths
) -> None:
    import os

    from companion.vault import keys, vault
    from tests.gui.helpers import PASSPHRASE

    old_code = create_vault(built, qtbot)
    finish_recovery_page(built, qtbot)
    built.window.lock()
    folder = paths.default_vault
    session = vault.unlock(folder, PASSPHRASE)  # killed between the rekey and the last write
    path = folder / vault.KEYS_NAME
    new_key = os.urandom(32)
    pending = keys.passphrase_slot(new_key, PASSPHRASE, session.vault_id, keys.FAST_KDF)
    old = keys.KeyFile.load(path)
    keys.KeyFile(old.vault_id, old.slots, {keys.PASSPHRASE: pending}).save(path)
    session.db.rekey(new_key)
    session.close()

    unlock(built, qtbot)
    page = built.window.recovery_page
    qtbot.waitUntil(lambda: built.window.stack.currentWidget() is page)
    code = page.code_label.text()
    assert len(code) == 29 and code != old_code
    assert "interrupted" in page.notice.text()
    finish_recovery_page(built, qtbot)
    built.window.lock()
    vault.unlock_with_recovery_code(folder, code).close()


def test_an_emptied_database_says_so_and_stays_empty(
    built: Built, qtbot: Any, paths: Paths
) -> None:
    locked_vault(built, qtbot)
    db = paths.default_vault / "vault.db"
    db.write_bytes(b"")
    unlock(built, qtbot)
    notice = built.window.unlock_page.notice
    qtbot.waitUntil(notice.isVisible)
    assert "vault.db" in notice.text() and "backup" in notice.text()
    assert "keys.json" not in notice.text()
    assert db.stat().st_size == 0
