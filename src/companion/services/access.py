"""Opening and closing the vault, and changing its keys: the use-cases behind
the first-run, unlock and Settings > Security screens and the CLI.

`Access` knows where the vault is, how to tune the KDF and where remember-me
keys live. It hands out a `Services` bundle for an unlocked vault and takes it
back on lock.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from companion.domain.changes import Changed
from companion.services.backups import BackupService
from companion.services.drafts import DraftService
from companion.services.groups import GroupService
from companion.services.journal import JournalService
from companion.services.progress import ProgressService
from companion.services.purge import PurgeService
from companion.services.report import ReportService
from companion.services.resources import ResourceService
from companion.services.toolbox import ToolboxService
from companion.vault import keys, vault
from companion.vault.attachments import AttachmentRepository
from companion.vault.drafts import DraftRepository
from companion.vault.errors import NotRemembered, VaultDamaged, VaultLocked
from companion.vault.groups import GroupRepository
from companion.vault.journal import JournalRepository
from companion.vault.keys import KdfParams
from companion.vault.milestones import MilestoneRepository
from companion.vault.remember import KeyringStore, KeyringUnavailable
from companion.vault.resources import ResourceRepository
from companion.vault.templates import TemplateRepository
from companion.vault.toolbox import ToolboxRepository
from companion.vault.trackers import TrackerRepository

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Created:
    recovery_code: str


@dataclass(frozen=True)
class RememberMe:
    """Whether remember-me can be offered, and if not, why (a plain sentence)."""

    available: bool
    reason: str = ""


class Services:
    """The use-cases that need an unlocked vault. Dropped whole on lock."""

    def __init__(
        self,
        session: vault.VaultSession,
        language: Callable[[], str] = lambda: "en",
        backups_dir: Path | None = None,
    ) -> None:
        self.session = session
        self.language = language  # the content files' language: prompts, starters, handouts
        self.backups = BackupService(
            session, backups_dir or session.folder.with_name(f"{session.folder.name}-backups")
        )
        self.drafts = DraftService(DraftRepository(session.db))
        entries = JournalRepository(session.db)
        trackers = TrackerRepository(session.db)
        milestones = MilestoneRepository(session.db)
        self.journal = JournalService(
            entries,
            trackers,
            AttachmentRepository(session.db),
            TemplateRepository(session.db),
        )
        self.progress = ProgressService(entries, milestones)
        self.toolbox = ToolboxService(ToolboxRepository(session.db), language)
        self.report = ReportService(entries, trackers, milestones, self.toolbox)
        self.resources = ResourceService(ResourceRepository(session.db), self.toolbox)
        self.groups = GroupService(GroupRepository(session.db), self.toolbox, language)
        self.purge = PurgeService(session.db)
        try:
            self.purge.prepare()
        except Exception as exc:  # a full disk, say: deletes still work, tried next unlock
            log.warning("secure search-index deletes not turned on: %s", type(exc).__name__)


class Access:
    def __init__(
        self,
        folder: Path,
        kdf_policy: Callable[[], KdfParams] = keys.tune_kdf,
        keyring: KeyringStore | None = None,
        backups_dir: Path | None = None,
        language: Callable[[], str] = lambda: "en",
    ) -> None:
        self.folder = folder
        self.backups_dir = backups_dir
        self.language = language
        self._kdf_policy = kdf_policy
        self._keyring = keyring or KeyringStore()
        self._services: Services | None = None
        self._replaced_code: str | None = None

    # -- state ---------------------------------------------------------------------

    def vault_exists(self) -> bool:
        return vault.vault_exists(self.folder)

    @property
    def services(self) -> Services:
        if self._services is None:
            raise VaultLocked()
        return self._services

    @property
    def unlocked(self) -> bool:
        return self._services is not None

    def vault_id(self) -> str | None:
        if self._services is not None:
            return self._services.session.vault_id
        return vault.peek_vault_id(self.folder)

    # -- open and close -------------------------------------------------------------

    def create(self, passphrase: str) -> Created:
        session, code = vault.create(self.folder, passphrase, self._kdf_policy())
        self._services = Services(session, self.language, self.backups_dir)
        return Created(code)

    def unlock(self, passphrase: str) -> Services:
        return self._adopt(vault.unlock(self.folder, passphrase))

    def unlock_with_recovery_code(self, code: str, new_passphrase: str) -> Services:
        return self._adopt(vault.recover(self.folder, code, new_passphrase, self._kdf_policy()))

    def unlock_remembered(self, vault_id: str) -> Services | None:
        """Open with the secret in the OS keyring. None means: ask for the passphrase.

        Runs on the keyring's own thread: the passphrase stays usable meanwhile."""
        if self.unlocked:
            return None
        try:
            stored = self._keyring.read(vault_id)
        except KeyringUnavailable as exc:
            log.info("remember-me skipped: %s", exc.reason)
            return None
        if stored is None:
            return None
        if stored.legacy:
            # An older version kept the raw data key here. It is dropped, not turned
            # into a remember slot: it may have outlived a passphrase change (which
            # never ended it), and a key that opens the database itself should not
            # stay in the keyring a moment longer. The passphrase is asked once;
            # remember-me can be turned on again in Settings.
            log.info("dropping an old-format remembered key")
            self._forget_in_keyring(vault_id)
            return None
        try:
            return self._adopt(vault.unlock_remembered(self.folder, stored.secret))
        except NotRemembered:
            # Ended by a passphrase change or "forget me": clear the stale secret.
            log.info("remembered secret no longer opens the vault")
            self._forget_in_keyring(vault_id)
            return None
        except VaultDamaged:
            log.info("remembered secret opened a vault that is damaged")
            return None

    def _adopt(self, session: vault.VaultSession) -> Services:
        if not session.has_recovery_code:
            # Only an interrupted re-encryption leaves a vault without one (see
            # VaultSession.reencrypt): give a new code now, for the front end to show.
            try:
                self._replaced_code = session.new_recovery_code()
            except BaseException:
                session.close()
                raise
        services = Services(session, self.language, self.backups_dir)
        # Deletes left in their undo window by an app that was killed end now.
        _finish_deletes(services)
        self._services = services
        return services

    def take_replaced_recovery_code(self) -> str | None:
        """The recovery code issued on unlock because the old one stopped working
        (re-encrypting was interrupted), once; the front end must show it."""
        code, self._replaced_code = self._replaced_code, None
        return code

    def lock(self) -> None:
        self._replaced_code = None
        services, self._services = self._services, None
        if services is not None:
            try:
                _finish_deletes(services)  # the undo offers end with the lock
            finally:
                services.session.close()

    # -- key changes (need an unlocked vault) ------------------------------------------

    def change_passphrase(self, current: str, new: str) -> Changed:
        """New passphrase. Remember-me ends: the vault drops its remember slot, so the
        secret in the keyring opens nothing even if deleting it here fails."""
        session = self.services.session
        session.verify_passphrase(current)
        was_remembered = session.is_remembered
        session.change_passphrase(new, self._kdf_policy())
        if was_remembered:
            self._forget_in_keyring(session.vault_id)
        return Changed(vault=True)

    def reencrypt(self, passphrase: str) -> str:
        """Re-encrypt under a fresh data key. Returns the new recovery code.

        The old remember slot goes with the old key. If remember-me was on, a new
        secret and slot replace them, so it keeps working; the old secret opens
        nothing."""
        session = self.services.session
        was_remembered = session.is_remembered
        code = session.reencrypt(passphrase, self._kdf_policy())
        if was_remembered:
            try:
                self.set_remember_me(True)
            except KeyringUnavailable as exc:
                log.info("remember-me ended by re-encryption: %s", exc.reason)
                self._forget_in_keyring(session.vault_id)
        return code

    def new_recovery_code(self, passphrase: str) -> str:
        session = self.services.session
        session.verify_passphrase(passphrase)
        return session.new_recovery_code()

    def check(self) -> list[str]:
        return self.services.session.check()

    # -- remember-me -------------------------------------------------------------------

    def remember_me(self) -> RememberMe:
        try:
            self._keyring.check()
        except KeyringUnavailable as exc:
            return RememberMe(False, exc.reason)
        return RememberMe(True)

    def set_remember_me(self, enabled: bool) -> None:
        """Turn remember-me on (a new remember slot, its secret in the OS keyring;
        raises KeyringUnavailable) or off (the slot goes first, so the secret opens
        nothing even if the keyring cannot delete it)."""
        session = self.services.session
        if enabled:
            secret = session.remember()
            try:
                self._keyring.set(session.vault_id, secret)
            except KeyringUnavailable:
                session.forget_remembered()
                raise
        else:
            session.forget_remembered()
            self._forget_in_keyring(session.vault_id)

    def _forget_in_keyring(self, vault_id: str) -> None:
        """Best effort: what is left there opens nothing any more."""
        try:
            self._keyring.delete(vault_id)
        except KeyringUnavailable as exc:
            log.info("could not delete the remembered secret: %s", exc.reason)


def _finish_deletes(services: Services) -> None:
    """Purge every tombstone. A failure (say, a full disk) never stops a lock or an
    unlock: the purge is tried again at the next one."""
    try:
        services.purge.everything()
    except Exception as exc:  # logged without content; tried again at the next lock
        log.warning("purging deleted records failed: %s", type(exc).__name__)


UNEXPECTED = "Something unexpected went wrong. Nothing you typed has been lost."


def describe(error: BaseException) -> str:
    """The one sentence a user reads for an error: its own for known errors."""
    message = getattr(error, "user_message", None)
    return message if isinstance(message, str) and message else UNEXPECTED
