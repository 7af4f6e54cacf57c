"""A process killed at every step of a key change or a backup.

The child runs one operation and dies (`os._exit`) just before the Nth file
rename, fsync, rekey or database call; N grows until the operation completes.
After each death the vault must open with the passphrase, and the recovery code
the user holds must open it too, unless the vault says plainly that it has no
recovery code (so the app gives a new one); the backup key must belong to a code
the user has, and no work file may be left behind.
"""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import pytest

from companion.services.access import Services
from companion.vault import backup_key, vault
from companion.vault.errors import WrongPassphrase, WrongRecoveryCode
from tests.support import TEST_PASSPHRASE, make_vault, python

NEW_PASSPHRASE = "a different quiet passphrase"
# The code a key change issues, fixed so the test knows it even when the child
# died before it could print it.
NEXT_CODE = "ABCD-EFGH-JKMN-PQRS-TVWX-YZ01"

CHILD = """
import os
import shutil
from datetime import datetime
from pathlib import Path
from companion.services.access import Services
from companion.vault import db, files, keys, vault

folder = Path({folder!r})
session = vault.unlock(folder, {passphrase!r})
services = Services(session, backups_dir=folder.with_name("backups"))
keys.new_recovery_code = lambda: {next_code!r}
calls = [0]

def counted(fn):
    def step(*args, **kwargs):
        calls[0] += 1
        if calls[0] == {limit}:
            os._exit(9)
        return fn(*args, **kwargs)
    return step

files.os.replace = counted(os.replace)
files.os.fsync = counted(os.fsync)
db.Database.rekey = counted(db.Database.rekey)
db.Database.execute = counted(db.Database.execute)
db.Database.transaction = counted(db.Database.transaction)
{operation}
print("done", flush=True)
"""

OPERATIONS = {
    "reencrypt": f"session.reencrypt({TEST_PASSPHRASE!r}, keys.FAST_KDF)",
    "change_passphrase": f"session.change_passphrase({NEW_PASSPHRASE!r}, keys.FAST_KDF)",
    "new_recovery_code": "session.new_recovery_code()",
    "backup": "services.backups.run(datetime(2026, 11, 25, 9, 0))",
    "remember": "session.remember()",
}


def _fill(session: vault.VaultSession) -> None:
    with session.db.transaction() as conn:
        conn.executemany(
            "INSERT INTO drafts (slot, body, updated_at) VALUES (?, ?, 'x')",
            [(f"slot-{i}", "kept text " * 20) for i in range(30)],
        )


def _open_with_a_passphrase(folder: Path) -> vault.VaultSession:
    for passphrase in (TEST_PASSPHRASE, NEW_PASSPHRASE):
        try:
            return vault.unlock(folder, passphrase)
        except WrongPassphrase:
            continue
    raise AssertionError("no passphrase the user typed opens the vault")


def _code_that_opens(folder: Path, codes: list[str]) -> str | None:
    for code in codes:
        try:
            vault.unlock_with_recovery_code(folder, code).close()
        except WrongRecoveryCode:
            continue
        return code
    return None


def _leftovers(*folders: Path) -> list[str]:
    return [
        p.name
        for folder in folders
        if folder.is_dir()
        for p in folder.iterdir()
        if p.name.startswith(".")
    ]


def _check_after_crash(folder: Path, old_code: str, crashed: bool) -> None:
    session = _open_with_a_passphrase(folder)
    try:
        assert session.db.scalar("SELECT count(*) FROM drafts") == 30
        assert session.check() == []
        has_code, recipient = session.has_recovery_code, session.backup_recipient
    finally:
        session.close()
    if not has_code:
        # Only an interrupted re-encryption may lose the code, and then it says so.
        assert crashed
        assert recipient is None, "backups must not be made for a code that opens nothing"
        with pytest.raises(WrongRecoveryCode) as caught:
            vault.unlock_with_recovery_code(folder, old_code)
        assert "re-encrypt" in caught.value.user_message
    else:
        code = _code_that_opens(folder, [old_code, NEXT_CODE])
        assert code is not None, "the recovery code was silently lost"
        assert recipient == backup_key.recipient_from_code(code)
    assert _leftovers(folder) == []


def _kill_at_every_step(tmp_path: Path, operation: str, legacy: bool = False) -> None:
    pristine, folder, backups = tmp_path / "pristine", tmp_path / "vault", tmp_path / "backups"
    session, code = make_vault(pristine)
    _fill(session)
    if legacy:  # as a vault from before backup keys were filed by recovery slot
        session.db.execute(
            "UPDATE meta SET key = 'backup_recipient' WHERE key LIKE 'backup_recipient:%'"
        )
        assert session.backup_recipient == backup_key.recipient_from_code(code)
    session.close()
    for limit in range(1, 80):
        shutil.rmtree(folder, ignore_errors=True)
        shutil.rmtree(backups, ignore_errors=True)
        shutil.copytree(pristine, folder)
        child = python(
            CHILD.format(
                folder=str(folder),
                passphrase=TEST_PASSPHRASE,
                next_code=NEXT_CODE,
                limit=limit,
                operation=OPERATIONS[operation],
            )
        )
        out, err = child.communicate(timeout=120)
        finished = child.returncode == 0
        assert finished or child.returncode == 9, err
        _check_after_crash(folder, code, crashed=not finished)
        if operation == "backup":
            session = _open_with_a_passphrase(folder)
            try:  # the next backup clears what a killed one left
                Services(session, backups_dir=backups).backups.run(datetime(2026, 11, 26, 9, 0))
            finally:
                session.close()
            assert _leftovers(backups) == []
        if finished:
            assert "done" in out
            return
    raise AssertionError("the operation never finished")


@pytest.mark.slow
@pytest.mark.parametrize("operation", sorted(OPERATIONS))
def test_killed_at_every_step(tmp_path: Path, operation: str) -> None:
    _kill_at_every_step(tmp_path, operation)


@pytest.mark.slow
@pytest.mark.parametrize("operation", ["new_recovery_code", "reencrypt"])
def test_killed_at_every_step_in_a_vault_from_before(tmp_path: Path, operation: str) -> None:
    _kill_at_every_step(tmp_path, operation, legacy=True)
