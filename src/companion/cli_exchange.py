"""`companion export`: the whole vault as Markdown, JSON or an age-encrypted file."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from companion.cli_journal import CommandError
from companion.exchange import export
from companion.services.access import Services

ENV_EXPORT_PASSPHRASE = "COMPANION_EXPORT_PASSPHRASE"
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
