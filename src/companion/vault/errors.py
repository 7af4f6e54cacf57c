"""Typed vault errors.

These are *known* errors: the environment's doing (a wrong passphrase, a damaged
file, another process), not bugs. Each carries one plain sentence for the user
that says what happened and what to do next. The front ends show `user_message`
and never a traceback.
"""

from __future__ import annotations


class VaultError(Exception):
    """Base class of every error a user can be told about."""

    user_message = "Something went wrong with the vault."

    def __init__(self, detail: str = "") -> None:
        # The detail is for logs and tests; it never holds content or secrets.
        super().__init__(detail or self.user_message)
        self.detail = detail


class WrongPassphrase(VaultError):
    user_message = "That passphrase did not open the vault. Check Caps Lock and try again."


class WrongRecoveryCode(WrongPassphrase):
    user_message = (
        "That recovery code did not open the vault. Check each group of characters and try again."
    )


class RecoveryCodeReplaced(WrongRecoveryCode):
    user_message = (
        "Your recovery code no longer opens this vault: re-encrypting the vault was "
        "interrupted, and the new key cannot be opened with the old code. Unlock with your "
        "passphrase and Companion will give you a new recovery code at once. Backups made "
        "before re-encrypting still open with the old code."
    )


class NotRemembered(VaultError):
    user_message = (
        "The key saved on this computer no longer opens the vault, for example because "
        "the passphrase was changed. Unlock with your passphrase."
    )


class VaultDamaged(VaultError):
    user_message = (
        "The vault could not be read because a file in it is damaged. Nothing has been "
        "changed. Restore it from a backup, or ask for help with the vault folder."
    )


class DatabaseCutShort(VaultDamaged):
    user_message = (
        "The vault's database (vault.db) is empty or cut short, so your journal cannot be "
        "read from it. Companion has not written anything into it. Restore the vault from "
        "a backup, and keep the damaged folder until the restore works."
    )


class KeyFileDamaged(VaultDamaged):
    user_message = (
        "The vault's key file (keys.json) is missing or damaged, so the vault cannot be "
        "opened. Nothing has been changed. Restore keys.json from a backup of the vault "
        "folder."
    )


class KdfTooCostly(KeyFileDamaged):
    user_message = (
        "The vault's key file (keys.json) asks for far more memory or time to unlock than "
        "Companion ever sets, so it was not tried. The file may have been changed by "
        "someone else. Restore keys.json from a backup of the vault folder."
    )


class VaultInUse(VaultError):
    user_message = (
        "This vault is already open in another Companion window or command. Close that "
        "one first, then try again."
    )


class VaultNotFound(VaultError):
    user_message = (
        "No vault was found in this folder. Create one, or choose the folder that holds your vault."
    )


class VaultExists(VaultError):
    user_message = (
        "A vault already exists in this folder. Open it instead, or choose an empty folder."
    )


class VaultTooNew(VaultError):
    user_message = (
        "This vault was written by a newer version of Companion. Update Companion to "
        "open it; nothing has been changed."
    )


class VaultLocked(VaultError):
    user_message = "The vault is locked. Unlock it to go on."


class PassphraseTooWeak(VaultError):
    user_message = "Choose a passphrase of at least 8 characters."


class WeakFilePassphrase(PassphraseTooWeak):
    """For a passphrase that locks a new file leaving this computer (a backup, an
    export, a sync folder's key, a group pack). Opening an old one takes any."""

    user_message = (
        "This passphrase locks a file that leaves this computer, and anyone who gets the "
        "file can try to guess it, so it needs at least 8 characters. Choose a longer one."
    )


class StorageFull(VaultError):
    user_message = (
        "The disk is full, so the change could not be saved. Free some space; what you "
        "typed is still here."
    )


class StorageUnavailable(VaultError):
    user_message = (
        "The vault folder could not be written. Check that the disk is connected and that "
        "you may write to the folder."
    )


class BackupUnreadable(VaultError):
    user_message = (
        "That passphrase (or recovery code) does not open this backup, or the backup "
        "is damaged. Check what you typed, or try an older backup."
    )


class BackupTargetNotEmpty(VaultError):
    user_message = (
        "The folder to restore into already has files in it. Choose a new, empty folder; "
        "Companion never restores over a vault."
    )
