"""`companion group|session|handout`: group notes and session handouts from the command line."""

from __future__ import annotations

import argparse
import json
import os
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from companion.cli_journal import CommandError, parse_day
from companion.domain.groups import GroupDraft, Role
from companion.services.access import Services

if TYPE_CHECKING:
    from companion.printing.handout import HandoutText


def add_parsers(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    group = sub.add_parser("group", help="list and add peer-support groups and members")
    gsub = group.add_subparsers(dest="group_command", metavar="ACTION", parser_class=parser_class)
    gsub.required = True
    glist = gsub.add_parser("list", help="your groups")
    glist.add_argument("--json", action="store_true")
    gadd = gsub.add_parser("add", help="add a group")
    gadd.add_argument("name", metavar="NAME")
    gadd.add_argument("--focus", default="")
    gadd.add_argument("--schedule", default="")
    gadd.add_argument("--place", default="")
    gadd.add_argument("--facilitators", default="")
    gadd.add_argument("--role", choices=[r.value for r in Role], default="member")
    member = gsub.add_parser("member", help="members (first names or aliases only)")
    msub = member.add_subparsers(dest="member_command", metavar="ACTION", parser_class=parser_class)
    msub.required = True
    madd = msub.add_parser("add", help="add a member by first name or alias")
    madd.add_argument("group", metavar="GROUP", help="the group's name or id")
    madd.add_argument("alias", metavar="ALIAS")
    madd.add_argument(
        "--consent", action="store_true", help="they agreed to be mentioned in shared notes"
    )

    session = sub.add_parser("session", help="add and list group sessions")
    ssub = session.add_subparsers(
        dest="session_command", metavar="ACTION", parser_class=parser_class
    )
    ssub.required = True
    sadd = ssub.add_parser("add", help="add a session")
    sadd.add_argument("group", metavar="GROUP")
    sadd.add_argument("--date", type=parse_day, required=True)
    sadd.add_argument("--time", default="19:00", help="HH:MM, 19:00 if left out")
    sadd.add_argument("--topic", default="")
    sadd.add_argument("--agenda-template", choices=("default", "none"), default="default")
    slist = ssub.add_parser("list", help="a group's sessions, newest first")
    slist.add_argument("group", metavar="GROUP")
    slist.add_argument("--json", action="store_true")

    handout = sub.add_parser("handout", help="write a session handout as a PDF")
    handout.add_argument("session", metavar="SESSION_ID")
    handout.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    handout.add_argument("--large-print", action="store_true")
    handout.add_argument("--paper", choices=("a4", "letter"), default="a4")
    handout.add_argument(
        "--sections",
        help="comma-separated, in order: header, agenda, "
        "agreements, prompts, tool, shared, resources, next, notes",
    )


def _group(services: Services, name: str) -> Any:
    group = services.groups.find_group(name)
    if group is None:
        raise CommandError(
            f"No group is called '{name}'. `companion group list` shows them.", usage=False
        )
    return group


def _session_id(services: Services, wanted: str) -> str:
    matches = [
        sid
        for g in services.groups.groups()
        for sid, _when, _topic in services.groups.sessions(g.id)
        if sid.startswith(wanted)
    ]
    if len(matches) != 1:
        raise CommandError(f"No single session has the id '{wanted}'.", usage=False)
    return matches[0]


def run(args: argparse.Namespace, services: Services, crisis_lines: list[str]) -> int:
    groups = services.groups
    if args.command == "group":
        if args.group_command == "list":
            found = groups.groups()
            if args.json:
                print(
                    json.dumps(
                        [
                            {
                                "id": g.id,
                                "name": g.name,
                                "focus": g.focus,
                                "schedule": g.schedule,
                                "place": g.place,
                                "role": g.my_role.value,
                                "sessions": groups.session_count(g.id),
                            }
                            for g in found
                        ],
                        ensure_ascii=False,
                        indent=2,
                    )
                )
            else:
                for g in found:
                    print(f"{g.id[:8]}  {g.name}  ({g.my_role.value})")
            return 0
        if args.group_command == "add":
            g = groups.save_group(
                None,
                GroupDraft(
                    args.name,
                    args.focus,
                    args.schedule,
                    args.place,
                    args.facilitators,
                    my_role=Role(args.role),
                ),
            )
            print(f"Added group {g.id}")
            return 0
        added = groups.add_member(_group(services, args.group).id, args.alias, consent=args.consent)
        if added.notice:
            print(added.notice)
        print(f"Added member {added.member.alias}")
        return 0
    if args.command == "session":
        group = _group(services, args.group)
        if args.session_command == "add":
            try:
                hour, minute = (int(p) for p in args.time.split(":"))
                starts = datetime(args.date.year, args.date.month, args.date.day, hour, minute)
            except ValueError:
                raise CommandError("--time is like 19:00") from None
            s = groups.add_session(
                group.id, starts, args.topic, None if args.agenda_template == "none" else "default"
            )
            print(f"Added session {s.id}")
            return 0
        sessions = groups.sessions(group.id)
        if args.json:
            print(
                json.dumps(
                    [
                        {"id": sid, "starts_at": when.isoformat(timespec="minutes"), "topic": topic}
                        for sid, when, topic in sessions
                    ],
                    ensure_ascii=False,
                    indent=2,
                )
            )
        else:
            for sid, when, topic in sessions:
                print(f"{sid[:8]}  {when:%Y-%m-%d %H:%M}  {topic}")
        return 0
    # handout
    from companion.printing.handout import SECTIONS

    target: Path = args.out
    if target.suffix.lower() != ".pdf":
        raise CommandError("--out must name a .pdf file")
    if not target.parent.is_dir():
        raise CommandError(f"The folder {target.parent} does not exist.", usage=False)
    sections = list(SECTIONS)
    if args.sections:
        sections = [s.strip() for s in args.sections.split(",") if s.strip()]
        unknown = [s for s in sections if s not in SECTIONS]
        if unknown:
            raise CommandError(
                f"Unknown section(s): {', '.join(unknown)}. Choose from {', '.join(SECTIONS)}."
            )
    data = groups.handout_data(_session_id(services, args.session), crisis_lines=crisis_lines)
    text = cli_handout_text(services)
    from companion.dates import day_text
    from companion.printing.handout_render import handout_document, write_handout
    from companion.printing.render import PaperSize, PdfOptions

    options = PdfOptions(
        title=f"{data.group} {day_text(data.starts_at.date())}",
        paper=PaperSize.A4 if args.paper == "a4" else PaperSize.LETTER,
    )
    document = handout_document(data, text, sections, args.large_print, options)
    write_handout(document, target, options)
    print(f"Wrote {target}")
    return 0


def cli_handout_text(services: Services) -> HandoutText:
    """The handout's words and dates in the chosen language, with the Qt application
    (offscreen) that fonts, rendering and translations need."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from companion import i18n
    from companion.printing.handout_text import handout_text
    from companion.services import content

    app = QGuiApplication.instance() or QGuiApplication(["companion"])
    i18n.install(app, services.language())
    return handout_text(content.handout_defaults(services.language()).not_therapy)
