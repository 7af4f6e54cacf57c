"""Automatic backups: locked with the recovery code's key or a passphrase, daily, the
newest ten kept, and a gentle nudge after a week without one."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from companion.domain.journal import EntryDraft
from companion.services.access import Services
from companion.services.backups import KEEP, BackupMode
from companion.vault import backup, vault
from companion.vault.errors import BackupUnreadable
from tests.support import TEST_PASSPHRASE, make_vault, python

NOW = datetime(2026, 11, 26, 9, 30)


@pytest.fixture
def made(tmp_path: Path) -> Iterator[tuple[Services, str]]:
    session, code = make_vault(tmp_path / "vault")
    services = Services(session, backups_dir=tmp_path / "backups")
    services.journal.save(None, EntryDraft(day=date(2026, 11, 2), body="SENTINEL-BODY"))
    yield services, code
    session.close()


def test_new_vaults_back_up_daily_with_the_recovery_code(
    made: tuple[Services, str], tmp_path: Path
) -> None:
    services, code = made
    backups = services.backups
    assert backups.config().mode is BackupMode.RECOVERY_CODE
    assert backups.due(NOW) and backups.last_backup() is None
    target = backups.run(NOW)
    assert backups.last_backup() == NOW.replace(microsecond=0)
    assert not backups.due(NOW + timedelta(hours=23)) and backups.due(NOW + timedelta(days=1))
    assert backup.locked_with_recovery_code(target)
    assert b"SENTINEL" not in target.read_bytes()
    # Nothing to type to make it; the recovery code (in any case, any dashes) reads it back.
    with pytest.raises(BackupUnreadable):
        backup.restore(target, "not the code", tmp_path / "wrong", TEST_PASSPHRASE)
    backup.restore(target, code.lower(), tmp_path / "restored", code)
    again = vault.unlock(tmp_path / "restored", TEST_PASSPHRASE)
    try:
        assert again.db.scalar("SELECT body FROM entries") == "SENTINEL-BODY"
    finally:
        again.close()


def test_a_new_recovery_code_makes_a_new_backup_key(made: tuple[Services, str]) -> None:
    services, _ = made
    before = services.session.backup_recipient
    services.session.new_recovery_code()
    assert services.session.backup_recipient not in (None, before)


def test_passphrase_backups_and_only_the_newest_kept(
    made: tuple[Services, str], tmp_path: Path
) -> None:
    services, _ = made
    backups = services.backups
    elsewhere = tmp_path / "usb"
    with pytest.raises(ValueError):
        backups.configure(BackupMode.PASSPHRASE, elsewhere)
    backups.configure(BackupMode.RECOVERY_CODE, elsewhere)
    for day in range(KEEP + 2):
        backups.run(NOW + timedelta(days=day))
    kept = sorted(elsewhere.iterdir())
    assert len(kept) == KEEP and kept[0].name.startswith("companion-backup-2026-11-28")
    backups.configure(BackupMode.PASSPHRASE, elsewhere, "backup words")
    latest = backups.run(NOW + timedelta(days=30))
    assert not backup.locked_with_recovery_code(latest)
    backup.restore(latest, "backup words", tmp_path / "restored", TEST_PASSPHRASE)
    # The passphrase is kept when the folder changes; turning backups off forgets it.
    backups.configure(BackupMode.PASSPHRASE, None)
    assert backups.folder() == tmp_path / "backups"
    backups.configure(BackupMode.OFF, None)
    assert not backups.due(NOW + timedelta(days=30))
    with pytest.raises(ValueError):
        backups.configure(BackupMode.PASSPHRASE, None)


def test_the_nudge_waits_a_week(made: tuple[Services, str]) -> None:
    services, _ = made
    backups = services.backups
    created = datetime.now()
    assert not backups.needs_nudge(created + timedelta(days=6))
    assert backups.needs_nudge(created + timedelta(days=8))
    backups.run(created + timedelta(days=8))
    assert not backups.needs_nudge(created + timedelta(days=9))
    assert backups.needs_nudge(created + timedelta(days=16))


KILLED_BACKUP = """
import os
from datetime import datetime
from pathlib import Path
from companion.services.access import Services
from companion.vault import backup, files, vault
session = vault.unlock(Path({folder!r}), {passphrase!r})
services = Services(session, backups_dir=Path({backups!r}))
def die(*args, **kwargs):
    os._exit(9)
{patch}
services.backups.run(datetime(2026, 11, 25, 9, 0))
"""


@pytest.mark.parametrize(
    "patch",
    ["backup.write_atomic = die", "files.os.replace = die"],
    ids=["killed-while-packing", "killed-before-the-rename"],
)
def test_a_killed_backup_leaves_nothing_after_the_next_one(tmp_path: Path, patch: str) -> None:
    folder, backups = tmp_path / "vault", tmp_path / "backups"
    make_vault(folder)[0].close()
    killed = python(
        KILLED_BACKUP.format(
            folder=str(folder), passphrase=TEST_PASSPHRASE, backups=str(backups), patch=patch
        )
    )
    _, err = killed.communicate(timeout=60)
    assert killed.returncode == 9, err
    leftovers = [p.name for p in backups.iterdir() if p.name.startswith(".")]
    assert leftovers, "the killed backup should have left its work behind"

    session = vault.unlock(folder, TEST_PASSPHRASE)
    try:
        Services(session, backups_dir=backups).backups.run(NOW)
    finally:
        session.close()
    assert [p.name for p in backups.iterdir()] == [backup.backup_name(NOW)]


def test_a_backup_passphrase_must_be_fit_to_travel(made: tuple[Services, str]) -> None:
    from companion.services.access import describe
    from companion.vault.errors import WeakFilePassphrase

    services, _ = made
    with pytest.raises(WeakFilePassphrase) as caught:
        services.backups.configure(BackupMode.PASSPHRASE, None, "short")
    assert "at least 8 characters" in describe(caught.value)
    assert services.backups.config().mode is BackupMode.RECOVERY_CODE


def test_a_short_backup_passphrase_kept_from_before_does_not_stop_backups(
    made: tuple[Services, str],
) -> None:
    from companion.vault.meta import MetaRepository

    services, _ = made
    # What an older version kept, before the length rule.
    MetaRepository(services.session.db).put(
        {"backup_mode": "passphrase", "backup_passphrase": "short"}
    )
    assert services.backups.config().mode is BackupMode.RECOVERY_CODE
    target = services.backups.run(NOW)
    assert backup.locked_with_recovery_code(target)
