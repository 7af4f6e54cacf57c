"""Group packs: what a facilitator passes to members, in one encrypted file.

A pack holds one group's details (agreements, resources, crisis lines), one
session's agenda and its handout text, and the strategies shared in it (and the
session's tool). It is a Companion export document (docs/export-format.md), so
members import it with File > Import or `companion import`, with the same
preview and the same "nothing twice" rule. It is built from the handout's data,
which has no field for private notes, check-in notes or member names, so none
can ever go in.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pyrage

from companion.domain.handout import HandoutData
from companion.exchange.export import ExportError, require_fit_to_travel, to_json_bytes, write_file
from companion.exchange.json_format import FORMAT, VERSION
from companion.services.access import Services
from companion.services.content import guess_category

NAMESPACE = uuid.UUID("9d3f4c2e-6a1b-4e8f-b7c5-1f0e2d3c4b5a")


def _id(*parts: str) -> str:
    """A stable id: a pack made twice, or imported twice, is the same records."""
    return str(uuid.uuid5(NAMESPACE, "\x1f".join(parts)))


def choose_session(services: Services, group_id: str, now: datetime) -> str | None:
    """The next session from now, else the latest one."""
    sessions = services.groups.sessions(group_id)
    if not sessions:
        return None
    upcoming = [s for s in sessions if s[1] >= now]
    return (
        min(upcoming, key=lambda s: s[1])[0] if upcoming else max(sessions, key=lambda s: s[1])[0]
    )


# The note's title and Markdown body for a session's handout data, in the reader's
# language; made by the caller (printing.handout.pack_note), which knows the words.
NoteMaker = Callable[[HandoutData], tuple[str, str]]


def build_pack(
    services: Services, group_id: str, session_id: str, note: NoteMaker
) -> dict[str, Any]:
    groups = services.groups
    group = groups.group(group_id)
    session = groups.session(session_id)
    if group is None or session is None or session.group_id != group.id:
        raise ExportError("That group or session no longer exists.")
    data = groups.handout_data(session_id)
    shared = [(_id(session_id, "shared", s.title, s.body), s.title, s.body) for s in data.shared]
    if data.tool is not None:
        shared.append((_id(session_id, "tool", data.tool[0]), *data.tool))
    strategies: list[dict[str, Any]] = [
        {
            "id": strategy_id,
            "title": title,
            "steps": steps,
            "category": guess_category(title, steps).value,
            "when_helps": "",
            "tags": [],
            "source_kind": "group",
            "source_group": group.name,
            "source_member": "",
            "starter_key": None,
        }
        for strategy_id, title, steps in shared
    ]
    when = session.starts_at.strftime("%Y-%m-%dT%H:%M")
    note_title, note_body = note(data)
    return {
        "format": FORMAT,
        "version": VERSION,
        "pack": {"kind": "group-pack", "group": group.name, "session": when},
        "groups": [
            {
                "id": group.id,
                "name": group.name,
                "focus": group.focus,
                "schedule": group.schedule,
                "place": group.place,
                "facilitators": group.facilitators,
                "agreements": list(group.agreements),
                "resources": list(group.resources),
                "crisis_lines": list(group.crisis_lines),
                "my_role": "member",
            }
        ],
        "sessions": [
            {
                "id": session.id,
                "group_id": group.id,
                "starts_at": when,
                "topic": session.topic,
                "tool_id": None,
                "follow_ups": "",
                "agenda": [{"title": a.title, "minutes": a.minutes} for a in session.agenda],
            }
        ],
        "strategies": strategies,
        "notes": [
            {
                "id": _id(session_id, "handout"),
                "title": note_title,
                "topic": group.name,
                "body": note_body,
                "source": group.name,
                "questions": "",
            }
        ],
    }


def write_pack(
    services: Services,
    group_id: str,
    session_id: str,
    target: Path,
    passphrase: str,
    note: NoteMaker,
) -> dict[str, Any]:
    """The pack, encrypted with the group passphrase (age scrypt, like `age -p`)."""
    if not passphrase:
        raise ExportError("A group pack needs a group passphrase.")
    require_fit_to_travel(passphrase)
    pack = build_pack(services, group_id, session_id, note)
    write_file(target, pyrage.passphrase.encrypt(to_json_bytes(pack), passphrase))
    return pack
