"""`companion export` and `companion import`: the vault in and out in open formats."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from companion.cli_groups import cli_handout_text
from companion.cli_journal import CommandError
from companion.exchange import companion_import, export, group_pack
from companion.services.access import Services
from companion.vault import backup, vault
from companion.vault.files import ensure_private_dir

ENV_EXPORT_PASSPHRASE = "COMPANION_EXPORT_PASSPHRASE"
ENV_BACKUP_PASSPHRASE = "COMPANION_BACKUP_PASSPHRASE"
KEEP_BACKUPS = 10
PLAIN_WARNING = (
    "companion: warning: this export is NOT encrypted. Anyone who can read {out} "
    "can read your journal. Keep it somewhere safe, or use --format age."
)


def add_parser(sub: Any) -> None:
    exp = sub.add_parser(
        "export",
        help="export everything as a Markdown folder, JSON, or an encrypted age file",
    )
    exp.add_argument("--format", choices=("markdown", "json", "age"), required=True)
    exp.add_argument("--out", type=Path, required=True, metavar="PATH")
    exp.add_argument(
        "--include-private-notes",
        action="store_true",
        help="include facilitators' private session notes (age format only)",
    )
    exp.add_argument("--json", action="store_true", help="print the result as JSON")

    imp = sub.add_parser(
        "import",
        help="import a Companion export (JSON or age); records already here are skipped",
    )
    imp.add_argument("path", type=Path, metavar="PATH")
    imp.add_argument(
        "--format",
        choices=("auto", "companion", "jrnl", "dayone", "daylio", "markdown"),
        default="auto",
    )
    imp.add_argument(
        "--mood",
        action="append",
        default=[],
        metavar="LABEL=N",
        help="Daylio: where one of your mood labels sits on the 1-5 scale (or LABEL=none); "
        "Daylio's own rad, good, meh, bad and awful are placed already",
    )
    imp.add_argument("--dry-run", action="store_true", help="say what would be imported, only")
    imp.add_argument("--json", action="store_true", help="print the result as JSON")


def add_pack_parser(sub: Any) -> None:
    pack = sub.add_parser(
        "group-pack",
        help="write an encrypted pack for a group's members: agenda, handout text, shared "
        "strategies, resources and crisis lines (never private notes)",
    )
    pack.add_argument("group", metavar="GROUP", help="the group's name or id")
    pack.add_argument("--out", type=Path, required=True, metavar="FILE.age")
    pack.add_argument(
        "--session", metavar="SESSION_ID", help="which session (default: the next one)"
    )
    pack.add_argument("--json", action="store_true", help="print the result as JSON")


def run_pack(args: argparse.Namespace, services: Services, read_passphrase: Any) -> int:
    group = services.groups.find_group(args.group)
    if group is None:
        raise CommandError(f"No group is called '{args.group}'.", usage=False)
    if args.session:
        matches = [
            s for s, _, _ in services.groups.sessions(group.id) if s.startswith(args.session)
        ]
        if len(matches) != 1:
            raise CommandError(f"No single session of {group.name} has the id '{args.session}'.")
        session_id: str | None = matches[0]
    else:
        session_id = group_pack.choose_session(services, group.id, datetime.now())
    if session_id is None:
        raise CommandError(f"{group.name} has no sessions yet. Plan one first.", usage=False)
    from companion.printing.handout import pack_note

    text = cli_handout_text(services)
    try:
        pack = group_pack.write_pack(
            services,
            group.id,
            session_id,
            args.out,
            read_passphrase(),
            lambda data: pack_note(data, text),
        )
    except export.ExportError as exc:
        raise CommandError(str(exc), usage=False) from exc
    counts = {"strategies": len(pack["strategies"]), "session": pack["pack"]["session"]}
    if args.json:
        print(json.dumps({"out": str(args.out), "group": group.name, **counts}))
    else:
        print(
            f"Wrote the pack for {group.name} ({counts['session']}, "
            f"{counts['strategies']} strategies) to {args.out}. Members import it with "
            "File > Import, using the group passphrase."
        )
    return 0


def add_backup_parsers(sub: Any) -> None:
    back = sub.add_parser(
        "backup",
        help="write an encrypted backup of the whole vault (keeps the newest "
        f"{KEEP_BACKUPS} in the backups folder)",
    )
    back.add_argument("--out", type=Path, metavar="FILE.age", help="write it here instead")
    back.add_argument(
        "--passphrase",
        action="store_true",
        help="lock it with a backup passphrase (default: your recovery code opens it)",
    )
    back.add_argument("--json", action="store_true", help="print the result as JSON")
    restore = sub.add_parser(
        "restore", help="restore a backup into a new, empty vault folder, and check it"
    )
    restore.add_argument("file", type=Path, metavar="FILE.age")
    restore.add_argument("--to", type=Path, required=True, metavar="DIR")
    restore.add_argument("--json", action="store_true", help="print the result as JSON")


def run_backup(
    args: argparse.Namespace, session: vault.VaultSession, backups_dir: Path, passphrase: str | None
) -> int:
    """With a passphrase, or else to the recovery code's backup key (nothing to type)."""
    if args.out is not None:
        if not args.out.parent.is_dir():
            raise CommandError(f"The folder {args.out.parent} does not exist.", usage=False)
        target = args.out
    else:
        target = ensure_private_dir(backups_dir) / backup.backup_name(datetime.now())
    recipient = None if passphrase else session.backup_recipient
    backup.write_backup(session, target, passphrase, recipient)
    removed = [] if args.out is not None else backup.prune(backups_dir, KEEP_BACKUPS)
    locked = "passphrase" if passphrase else "recovery-code"
    if args.json:
        print(
            json.dumps(
                {"out": str(target), "locked_with": locked, "removed": [p.name for p in removed]}
            )
        )
        return 0
    print(f"Wrote {target}")
    if not passphrase:
        print("Your recovery code opens it.")
    for old in removed:
        print(f"Removed the older backup {old.name}")
    return 0


def run_import(args: argparse.Namespace, services: Services, read_passphrase: Any) -> int:
    db = services.session.db
    found = companion_import.kind_of(args.path)
    if args.format != "auto" and args.format not in found:
        raise CommandError(
            f"{args.path} looks like {' or '.join(found)}, not {args.format}. "
            "Check the file, or leave out --format."
        )
    passphrase = read_passphrase() if companion_import.is_encrypted(args.path) else None
    moods = _moods(args.mood)
    try:
        try:
            document = companion_import.read_path(db, args.path, passphrase, moods)
        except companion_import.NeedsMoodMap as exc:
            known = {k: v for k, v in exc.suggested.items() if v is not None}
            missing = [label for label in exc.unmapped if label not in known]
            if missing:
                raise CommandError(
                    f"This Daylio export has moods of your own: {', '.join(missing)}. "
                    "Say where each sits on the scale with --mood, for example "
                    f"--mood '{missing[0]}=4' (1 is very low, 5 is great, or none).",
                    usage=False,
                ) from exc
            document = companion_import.read_path(db, args.path, passphrase, known | dict(moods))
        plan = companion_import.preview(db, document)
        if not args.dry_run:
            companion_import.apply(db, plan)
    except companion_import.ImportRejected as exc:
        raise CommandError(f"{exc} Nothing was imported.", usage=False) from exc
    if args.json:
        print(
            json.dumps(
                {
                    "dry_run": args.dry_run,
                    "new": plan.new,
                    "already": plan.already,
                    "skipped": plan.skipped,
                    "first_day": plan.first_day and plan.first_day.isoformat(),
                    "last_day": plan.last_day and plan.last_day.isoformat(),
                },
                ensure_ascii=False,
            )
        )
        return 0
    for line in plan.summary() + plan.skipped:
        print(line)
    if args.dry_run:
        print("Nothing was imported (--dry-run).")
    elif plan.new_total == 0:
        print("Nothing new to import: everything in this file is already here.")
    else:
        print(f"Imported {plan.new_total} records.")
    return 0


def _moods(pairs: list[str]) -> dict[str, int | None]:
    out: dict[str, int | None] = {}
    for pair in pairs:
        label, _, value = pair.rpartition("=")
        if not label or value.strip().lower() not in {"1", "2", "3", "4", "5", "none"}:
            raise CommandError(f"--mood {pair!r} should look like LABEL=4, or LABEL=none.")
        out[label.strip()] = None if value.strip().lower() == "none" else int(value)
    return out


def run(args: argparse.Namespace, services: Services, read_passphrase: Any) -> int:
    db = services.session.db
    if args.include_private_notes and args.format != "age":
        raise CommandError("Private notes can only go into an encrypted export (--format age).")
    try:
        if args.format == "age":
            passphrase = read_passphrase()
            count = export.export_age(db, args.out, passphrase, args.include_private_notes)
        else:
            print(PLAIN_WARNING.format(out=args.out), file=sys.stderr)
            if args.format == "json":
                count = export.export_json(db, args.out)
            else:
                count = export.export_markdown(db, args.out)
    except export.ExportError as exc:
        raise CommandError(str(exc), usage=False) from exc
    if args.json:
        print(json.dumps({"format": args.format, "out": str(args.out), "entries": count}))
    else:
        print(f"Exported {count} entries to {args.out}")
    return 0
