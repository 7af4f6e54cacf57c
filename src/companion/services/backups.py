"""Automatic backups: daily while unlocked, the newest few kept.

A backup is locked with the recovery code's backup key (nothing to type each
day: only the public half is kept) or with a backup passphrase kept inside the
vault. Where they go and how they are locked are the vault's own settings.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from pathlib import Path

from companion.domain.passphrase import is_long_enough
from companion.vault import backup
from companion.vault.errors import WeakFilePassphrase
from companion.vault.files import ensure_private_dir
from companion.vault.meta import MetaRepository
from companion.vault.vault import VaultSession

KEEP = 10
EVERY = timedelta(days=1)
NUDGE_AFTER = timedelta(days=7)


class BackupMode(StrEnum):
    OFF = "off"
    RECOVERY_CODE = "recovery"
    PASSPHRASE = "passphrase"


@dataclass(frozen=True)
class BackupConfig:
    mode: BackupMode
    folder: Path | None  # None: the data folder's backups folder
    has_recovery_key: bool


class BackupService:
    def __init__(self, session: VaultSession, default_folder: Path) -> None:
        self._session = session
        self._meta = MetaRepository(session.db)
        self.default_folder = default_folder

    def config(self) -> BackupConfig:
        has_key = self._session.backup_recipient is not None
        default = BackupMode.RECOVERY_CODE if has_key else BackupMode.OFF
        try:
            mode = BackupMode(self._meta.get("backup_mode", default.value))
        except ValueError:
            mode = default
        if mode is BackupMode.RECOVERY_CODE and not has_key:
            mode = BackupMode.OFF
        if (
            mode is BackupMode.PASSPHRASE
            and has_key
            and not is_long_enough(self._meta.get("backup_passphrase"))
        ):
            # A passphrase kept by an older version, before the length rule. Daily
            # backups failing quietly would lose more than they protect, so they go on
            # locked with the recovery code's key (Settings shows it; restore tells
            # the two apart by itself). Without that key, run() says why it cannot.
            mode = BackupMode.RECOVERY_CODE
        folder = self._meta.get("backup_folder")
        return BackupConfig(mode, Path(folder) if folder else None, has_key)

    def configure(
        self, mode: BackupMode, folder: Path | None, passphrase: str | None = None
    ) -> None:
        """Choose how backups are locked and where they go. A passphrase given once is
        kept (inside the vault) until another is given or passphrase backups stop."""
        if passphrase and not is_long_enough(passphrase):
            raise WeakFilePassphrase()
        kept = passphrase or self._meta.get("backup_passphrase")
        if mode is BackupMode.PASSPHRASE and not kept:
            raise ValueError("backups with a passphrase need one")
        if mode is BackupMode.RECOVERY_CODE and self._session.backup_recipient is None:
            raise ValueError("this vault has no backup key yet: make a new recovery code")
        self._meta.put(
            {
                "backup_mode": mode.value,
                "backup_folder": str(folder) if folder else None,
                "backup_passphrase": kept if mode is BackupMode.PASSPHRASE else None,
            }
        )

    def folder(self) -> Path:
        return self.config().folder or self.default_folder

    def last_backup(self) -> datetime | None:
        """When the newest backup in the folder was made (from its name), if any."""
        folder = self.folder()
        if not folder.is_dir():
            return None
        names = sorted(p.name for p in folder.iterdir() if backup.NAME.match(p.name))
        if not names:
            return None
        return datetime.strptime(names[-1], "companion-backup-%Y-%m-%d-%H%M%S.age")

    def due(self, now: datetime) -> bool:
        if self.config().mode is BackupMode.OFF:
            return False
        last = self.last_backup()
        return last is None or now - last >= EVERY

    def needs_nudge(self, now: datetime) -> bool:
        """A week without a backup, in a vault older than a week."""
        last = self.last_backup()
        if last is not None:
            return now - last >= NUDGE_AFTER
        created = self._meta.get("created_at")
        if not created:
            return False
        since = datetime.fromisoformat(created.replace("Z", "+00:00")).replace(tzinfo=None)
        return now - since >= NUDGE_AFTER

    def run(self, now: datetime) -> Path:
        """Write one backup now, whatever the schedule, and keep the newest few."""
        config = self.config()
        folder = ensure_private_dir(self.folder())
        backup.remove_killed_work(folder)
        target = folder / backup.backup_name(now)
        if config.mode is BackupMode.PASSPHRASE:
            backup.write_backup(
                self._session, target, passphrase=self._meta.get("backup_passphrase")
            )
        else:
            recipient = self._session.backup_recipient
            if recipient is None:
                raise ValueError("no backup key: make a new recovery code, or use a passphrase")
            backup.write_backup(self._session, target, recipient=recipient)
        backup.prune(folder, KEEP)
        return target
