"""`companion report`: a progress report for a clinician, as a PDF."""

from __future__ import annotations

import argparse
import os
from datetime import date
from pathlib import Path
from typing import Any

from companion.cli_journal import CommandError, parse_day
from companion.services.access import Services


def add_parser(sub: Any) -> None:
    report = sub.add_parser(
        "report",
        help="write a progress report for a clinician as a PDF (no journal text "
        "unless chosen with --entry)",
    )
    report.add_argument("--from", dest="first", type=parse_day, required=True, metavar="D")
    report.add_argument("--to", dest="last", type=parse_day, required=True, metavar="D")
    report.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    report.add_argument(
        "--entry",
        action="append",
        default=[],
        metavar="ID",
        help="include this entry's text; repeat for more",
    )
    report.add_argument("--paper", choices=("A4", "Letter"), default="A4")
    report.add_argument("--large-print", action="store_true")


def run(args: argparse.Namespace, services: Services, language: str) -> int:
    # The report draws with Qt; without a screen it renders offscreen.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from companion import i18n
    from companion.printing import render
    from companion.printing.report import report_document
    from companion.printing.report_text import report_text

    app = QGuiApplication.instance() or QGuiApplication(["companion"])
    i18n.install(app, language)
    if args.out.suffix.lower() != ".pdf":
        raise CommandError("--out must name a .pdf file")
    if not args.out.parent.is_dir():
        raise CommandError(f"The folder {args.out.parent} does not exist.", usage=False)
    entry_ids = []
    for wanted in args.entry:
        entry = services.journal.find(wanted)
        if entry is None:
            raise CommandError(f"No entry has the id '{wanted}'.", usage=False)
        entry_ids.append(entry.id)
    data = services.report.gather(args.first, args.last, entry_ids)
    text = report_text()
    document = report_document(data, text, date.today(), args.large_print)
    paper = render.PaperSize.A4 if args.paper == "A4" else render.PaperSize.LETTER
    render.write_document(document, args.out, render.PdfOptions(title=text.title, paper=paper))
    print(f"Wrote {args.out}")
    return 0
