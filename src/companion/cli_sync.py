"""`companion sync`: set up and run sync through a folder, or show its status."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from companion.cli_journal import CommandError
from companion.exchange.sync import Syncer
from companion.exchange.sync_folder import SyncFolderError, has_key
from companion.vault.vault import VaultSession

ENV_SYNC_PASSPHRASE = "COMPANION_SYNC_PASSPHRASE"


def add_parser(sub: Any) -> None:
    sync = sub.add_parser(
        "sync",
        help="sync with your other devices through a folder a sync app carries",
        description="With --folder the first time (or to change folder), then on its own. "
        "'status' shows the state; 'leave' stops syncing on this device.",
    )
    sync.add_argument("action", nargs="?", choices=("now", "status", "leave"), default="now")
    sync.add_argument("--folder", type=Path, metavar="DIR", help="the sync folder to use")
    sync.add_argument("--json", action="store_true", help="print the result as JSON")


def run(
    args: argparse.Namespace,
    session: VaultSession,
    read_passphrase: Callable[[bool], str],
) -> int:
    syncer = Syncer(session.db, session.folder)
    if args.action == "status":
        return _status(syncer, args.json)
    if args.action == "leave":
        syncer.leave()
        print("This device no longer syncs. The sync folder and your other devices are unchanged.")
        return 0
    try:
        status = syncer.status()
        if args.folder is not None and (
            not status.configured or Path(status.folder or "") != args.folder.resolve()
        ):
            folder = args.folder.expanduser()
            new = folder.is_dir() and not has_key(folder)
            created = syncer.setup(folder, read_passphrase(new))
            if not args.json:
                print(
                    f"Set up a new sync folder in {folder}."
                    if created
                    else f"Joined the sync folder in {folder}."
                )
        elif not status.configured:
            raise CommandError("Sync is not set up yet: run companion sync --folder DIR first.")
        result = syncer.sync()
    except SyncFolderError as exc:
        raise CommandError(str(exc), usage=False) from exc
    if args.json:
        print(
            json.dumps(
                {
                    "sent": result.sent,
                    "received": result.received,
                    "conflicts": result.conflicts,
                    "problems": result.problems,
                }
            )
        )
        return 0
    print(f"Sent {result.sent} changes, received {result.received}.")
    if result.conflicts:
        print(
            f"{result.conflicts} entries were edited on two devices at once: both texts are "
            "kept. Choose which to keep in the app."
        )
    for problem in result.problems:
        print(f"Could not read: {problem}")
    return 0


def _status(syncer: Syncer, as_json: bool) -> int:
    status = syncer.status()
    if as_json:
        print(
            json.dumps(
                {
                    "configured": status.configured,
                    "folder": status.folder,
                    "last_sync": status.last_sync,
                    "waiting": status.waiting,
                    "conflicts": status.conflicts,
                    "problem": status.problem,
                }
            )
        )
        return 0
    if not status.configured:
        print("Sync is not set up on this device.")
        return 0
    print(f"Folder: {status.folder}")
    print(f"Last synced: {status.last_sync or 'never'}")
    print(f"Changes waiting: {status.waiting}")
    print(f"Conflicts to resolve: {status.conflicts}")
    if status.problem:
        print(f"Problem: {status.problem}")
    return 0
