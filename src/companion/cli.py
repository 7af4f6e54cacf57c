"""The command line: a thin front end over the same services as the windows.

`companion` with no sub-command starts the app. The sub-commands serve scripts,
backups and tests. Errors are one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn

from companion import (
    __version__,
    cli_exchange,
    cli_groups,
    cli_journal,
    cli_report,
    cli_sync,
    cli_toolbox,
    log,
)
from companion.domain.journal import EntryError
from companion.paths import ENV_DATA_DIR, Paths
from companion.services.access import UNEXPECTED, Access, Services
from companion.settings import SettingsStore
from companion.vault.errors import (
    PassphraseTooWeak,
    VaultDamaged,
    VaultError,
    VaultInUse,
    WrongPassphrase,
)
from companion.vault.journal import UnknownTag

logger = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_WRONG_SECRET = 3
EXIT_DAMAGED = 4
EXIT_IN_USE = 5

ENV_PASSPHRASE = "COMPANION_PASSPHRASE"
ENV_NEW_PASSPHRASE = "COMPANION_NEW_PASSPHRASE"
ENV_RECOVERY_CODE = "COMPANION_RECOVERY_CODE"

EPILOG = f"""\
The passphrase is read from a prompt that does not echo. For scripts it can
come from the environment variable {ENV_PASSPHRASE} ({ENV_NEW_PASSPHRASE} for
the new one in passwd and recover, {ENV_RECOVERY_CODE} for recover,
{cli_exchange.ENV_EXPORT_PASSPHRASE} for an encrypted export,
{cli_exchange.ENV_BACKUP_PASSPHRASE} for backup and restore,
{cli_sync.ENV_SYNC_PASSPHRASE} for sync). This is
less safe: other programs of the same user may read a process's environment.

Exit codes: 0 success, 1 other error, 2 usage error, 3 wrong passphrase or
recovery code, 4 damaged vault, 5 vault in use.

Data folder: {ENV_DATA_DIR} or --data-dir; the vault is <data dir>/vaults/default.
"""


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="companion",
        description="Companion: a private journal and toolbox for recovery.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"companion {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help="keep all data in DIR")
    parser.add_argument("--vault", metavar="DIR", help="use the vault in DIR")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.add_parser("init", help="create a vault and print its recovery code once")
    sub.add_parser("check", help="check the vault's integrity")
    sub.add_parser("passwd", help="change the passphrase")
    sub.add_parser("recover", help="use the recovery code to set a new passphrase")
    sub.add_parser("rekey", help="re-encrypt the vault with a new key (prints a new recovery code)")
    cli_journal.add_parsers(sub, _Parser)
    cli_report.add_parser(sub)
    cli_toolbox.add_parsers(sub, _Parser)
    cli_groups.add_parsers(sub, _Parser)
    cli_exchange.add_parser(sub)
    cli_exchange.add_backup_parsers(sub)
    cli_exchange.add_pack_parser(sub)
    cli_sync.add_parser(sub)
    return parser


# -- reading secrets -------------------------------------------------------------


def _read_secret(prompt: str, env: str | None) -> str:
    if env and os.environ.get(env):
        return os.environ[env]
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(prompt)
    line = sys.stdin.readline() if sys.stdin is not None else ""
    if not line:
        hint = f" or set {env}" if env else ""
        raise UsageError(f"no input for '{prompt.strip(': ')}': type it at a prompt{hint}")
    return line.rstrip("\r\n")


def _read_new_passphrase(env: str, prompt: str = "New passphrase: ") -> str:
    if os.environ.get(env):
        passphrase = os.environ[env]
    else:
        passphrase = _read_secret(prompt, env)
        if _read_secret("Type it again: ", None) != passphrase:
            raise UsageError("the two passphrases differ; nothing was changed")
    return passphrase


# -- commands ----------------------------------------------------------------------


def _unlock(access: Access, passphrase: str) -> Services:
    """Unlock, and print a recovery code the unlock had to replace (on stderr, so a
    command's own output stays as it is)."""
    services = access.unlock(passphrase)
    code = access.take_replaced_recovery_code()
    if code is not None:
        print(
            "Your recovery code no longer opens this vault: re-encrypting it was "
            "interrupted. Here is your new recovery code (shown only this once; keep it "
            "somewhere safe):",
            file=sys.stderr,
        )
        print(f"\n    {code}\n", file=sys.stderr)
    return services


def cmd_init(access: Access) -> int:
    passphrase = _read_new_passphrase(ENV_PASSPHRASE)
    created = access.create(passphrase)
    access.lock()
    print(f"Created your vault in {access.folder}")
    print()
    print("Your recovery code (shown only this once; keep it somewhere safe):")
    print()
    print(f"    {created.recovery_code}")
    print()
    print("Nobody can open the vault without your passphrase or this code.")
    return EXIT_OK


def cmd_check(access: Access) -> int:
    _unlock(access, _read_secret("Passphrase: ", ENV_PASSPHRASE))
    try:
        problems = access.check()
    finally:
        access.lock()
    if problems:
        print(
            f"companion: the vault has {len(problems)} integrity problem(s). "
            "Restore it from a backup, or keep a copy of the folder before changing it.",
            file=sys.stderr,
        )
        return EXIT_DAMAGED
    print("The vault is healthy.")
    return EXIT_OK


def cmd_passwd(access: Access) -> int:
    current = _read_secret("Current passphrase: ", ENV_PASSPHRASE)
    _unlock(access, current)
    try:
        access.change_passphrase(current, _read_new_passphrase(ENV_NEW_PASSPHRASE))
    finally:
        access.lock()
    print("Your passphrase has been changed.")
    return EXIT_OK


def cmd_recover(access: Access) -> int:
    code = _read_secret("Recovery code: ", ENV_RECOVERY_CODE)
    new = _read_new_passphrase(ENV_NEW_PASSPHRASE)
    access.unlock_with_recovery_code(code, new)
    access.lock()
    print("Your new passphrase is set. Your recovery code still works.")
    return EXIT_OK


def cmd_rekey(access: Access) -> int:
    passphrase = _read_secret("Passphrase: ", ENV_PASSPHRASE)
    _unlock(access, passphrase)
    try:
        code = access.reencrypt(passphrase)
    finally:
        access.lock()
    print("The vault is re-encrypted with a new key. The old recovery code no longer works.")
    print()
    print("Your new recovery code (shown only this once; keep it somewhere safe):")
    print()
    print(f"    {code}")
    return EXIT_OK


def cmd_journal(access: Access, args: argparse.Namespace) -> int:
    services = _unlock(access, _read_secret("Passphrase: ", ENV_PASSPHRASE))
    try:
        return cli_journal.run(args, services.journal)
    finally:
        access.lock()


def cmd_toolbox(access: Access, args: argparse.Namespace, paths: Paths) -> int:
    from companion.services.crisis import crisis_lines_for_card

    services = _unlock(access, _read_secret("Passphrase: ", ENV_PASSPHRASE))
    try:
        lines = crisis_lines_for_card(
            SettingsStore(paths.settings_file), paths.config_dir / "crisis_lines.json"
        )
        if args.command in ("group", "session", "handout"):
            return cli_groups.run(args, services, lines)
        return cli_toolbox.run(args, services, lines)
    finally:
        access.lock()


def cmd_report(access: Access, args: argparse.Namespace, language: str) -> int:
    services = _unlock(access, _read_secret("Passphrase: ", ENV_PASSPHRASE))
    try:
        return cli_report.run(args, services, language)
    finally:
        access.lock()


def cmd_export(access: Access, args: argparse.Namespace) -> int:
    services = _unlock(access, _read_secret("Passphrase: ", ENV_PASSPHRASE))

    def export_passphrase() -> str:
        passphrase = _read_new_passphrase(
            cli_exchange.ENV_EXPORT_PASSPHRASE, "Passphrase for the export file: "
        )
        if not passphrase:
            raise UsageError("an encrypted export needs a passphrase")
        return passphrase

    def import_passphrase() -> str:
        return _read_secret(
            "Passphrase of the file to import: ", cli_exchange.ENV_EXPORT_PASSPHRASE
        )

    try:
        if args.command == "import":
            return cli_exchange.run_import(args, services, import_passphrase)
        if args.command == "group-pack":
            return cli_exchange.run_pack(args, services, export_passphrase)
        return cli_exchange.run(args, services, export_passphrase)
    finally:
        access.lock()


def cmd_backup(access: Access, args: argparse.Namespace, paths: Paths) -> int:
    services = _unlock(access, _read_secret("Passphrase: ", ENV_PASSPHRASE))
    try:
        secret = None
        wants = args.passphrase or os.environ.get(cli_exchange.ENV_BACKUP_PASSPHRASE)
        if wants or services.session.backup_recipient is None:
            secret = _read_new_passphrase(
                cli_exchange.ENV_BACKUP_PASSPHRASE, "Passphrase for the backup file: "
            )
            if not secret:
                raise UsageError("a backup needs a passphrase")
        return cli_exchange.run_backup(args, services.session, paths.backups_dir, secret)
    finally:
        access.lock()


def cmd_sync(access: Access, args: argparse.Namespace) -> int:
    services = _unlock(access, _read_secret("Passphrase: ", ENV_PASSPHRASE))

    def sync_passphrase(new: bool) -> str:
        prompt = "Sync passphrase: "
        if new:
            secret = _read_new_passphrase(cli_sync.ENV_SYNC_PASSPHRASE, "New sync passphrase: ")
        else:
            secret = _read_secret(prompt, cli_sync.ENV_SYNC_PASSPHRASE)
        if not secret:
            raise UsageError("sync needs a sync passphrase")
        return secret

    try:
        return cli_sync.run(args, services.session, sync_passphrase)
    finally:
        access.lock()


def cmd_restore(args: argparse.Namespace) -> int:
    from companion.vault import backup

    if backup.locked_with_recovery_code(args.file):
        # Made for the recovery code: the same code opens the backup and the vault.
        secret = _read_secret("Recovery code: ", ENV_RECOVERY_CODE)
        vault_secret = secret
    else:
        secret = _read_secret("Passphrase of the backup file: ", cli_exchange.ENV_BACKUP_PASSPHRASE)
        vault_secret = _read_secret("Passphrase (or recovery code) of the vault: ", ENV_PASSPHRASE)
    target = args.to.expanduser().absolute()
    backup.restore(args.file, secret, target, vault_secret)
    if args.json:
        print(json.dumps({"restored": str(target), "checked": True}))
        return EXIT_OK
    print(f"Restored and checked: {target}")
    print(f"Open it with: companion --vault {target}")
    return EXIT_OK


COMMANDS: dict[str, Callable[[Access], int]] = {
    "init": cmd_init,
    "check": cmd_check,
    "passwd": cmd_passwd,
    "recover": cmd_recover,
    "rekey": cmd_rekey,
}


def _content_language(setting: str) -> str:
    """The language for content files and printed documents, without loading Qt:
    the one chosen in Settings, else the system's (LC_ALL, LC_MESSAGES, LANG)."""
    if setting:
        return setting
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "").split(".")[0]
        if value and value not in ("C", "POSIX"):
            return value
    return "en"


def exit_code_for(error: BaseException) -> int:
    if isinstance(error, WrongPassphrase):
        return EXIT_WRONG_SECRET
    if isinstance(error, VaultDamaged):
        return EXIT_DAMAGED
    if isinstance(error, VaultInUse):
        return EXIT_IN_USE
    if isinstance(error, UsageError | PassphraseTooWeak | EntryError | UnknownTag):
        return EXIT_USAGE
    if isinstance(error, cli_journal.CommandError):
        return EXIT_USAGE if error.usage else EXIT_ERROR
    return EXIT_ERROR


def main(argv: Sequence[str] | None = None) -> int:
    args_in = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    args, extra = parser.parse_known_args(args_in)
    if args.command is None:
        from companion import app  # the GUI stack loads only when it is needed

        return app.main(args_in)
    if extra:
        parser.error(f"unrecognized arguments: {' '.join(extra)}")

    paths = Paths.resolve(args.data_dir)
    log.setup(paths.log_file)
    language = _content_language(SettingsStore(paths.settings_file).load().language)
    access = Access(
        paths.vault_folder(args.vault),
        backups_dir=paths.backups_dir,
        language=lambda: language,
    )
    try:
        if args.command == "journal":
            return cmd_journal(access, args)
        if args.command in (
            "toolbox",
            "safety-plan",
            "cards",
            "resources",
            "group",
            "session",
            "handout",
        ):
            return cmd_toolbox(access, args, paths)
        if args.command == "backup":
            return cmd_backup(access, args, paths)
        if args.command == "restore":
            return cmd_restore(args)
        if args.command == "sync":
            return cmd_sync(access, args)
        if args.command in ("export", "import", "group-pack"):
            return cmd_export(access, args)
        if args.command == "report":
            language = SettingsStore(paths.settings_file).load().language
            return cmd_report(access, args, language)
        return COMMANDS[args.command](access)
    except (VaultError, UsageError, EntryError, UnknownTag, cli_journal.CommandError) as exc:
        message = getattr(exc, "user_message", None) or str(exc)
        print(f"companion: {message}", file=sys.stderr)
        return exit_code_for(exc)
    except KeyboardInterrupt:
        print("companion: cancelled; nothing was changed.", file=sys.stderr)
        return EXIT_ERROR
    except Exception:
        logger.exception("unexpected error in %s", args.command)
        print(f"companion: {UNEXPECTED} Details are in {paths.log_file}", file=sys.stderr)
        return EXIT_ERROR
    finally:
        access.lock()
