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
from datetime import datetime
from pathlib import Path
from typing import Any

import pyrage

from companion.domain.handout import HandoutData
from companion.exchange.export import ExportError, to_json_bytes, write_file
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


def handout_markdown(data: HandoutData) -> str:
    """The handout's text, for members to keep with their group notes."""
    lines = [f"# {data.topic or data.group}", "", f"{data.group}, {data.starts_at:%Y-%m-%d %H:%M}"]
    if data.place:
        lines.append(data.place)
    sections: list[tuple[str, list[str]]] = [
        ("Agenda", [f"{title} ({minutes} min)" for title, minutes in data.agenda]),
        ("Our agreements", data.agreements),
        ("Check-in", data.check_in_prompts),
    ]
    if data.tool:
        sections.append((f"Tool: {data.tool[0]}", [data.tool[1]]))
    sections += [
        (
            "Shared in the group",
            [f"{s.title}: {s.body}" if s.body else s.title for s in data.shared],
        ),
        ("Check-out", data.check_out_prompts),
        ("Resources", data.resources),
        ("If you need help now", data.crisis_lines),
    ]
    for heading, items in sections:
        if items:
            lines += ["", f"## {heading}", ""] + [f"- {item}" for item in items]
    if data.next_meeting:
        lines += ["", f"Next meeting: {data.next_meeting}"]
    return "\n".join(lines) + "\n"


def build_pack(services: Services, group_id: str, session_id: str) -> dict[str, Any]:
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
                "title": f"Handout: {session.topic or group.name} ({when[:10]})",
                "topic": group.name,
                "body": handout_markdown(data),
                "source": group.name,
                "questions": "",
            }
        ],
    }


def write_pack(
    services: Services, group_id: str, session_id: str, target: Path, passphrase: str
) -> dict[str, Any]:
    """The pack, encrypted with the group passphrase (age scrypt, like `age -p`)."""
    if not passphrase:
        raise ExportError("A group pack needs a group passphrase.")
    pack = build_pack(services, group_id, session_id)
    write_file(target, pyrage.passphrase.encrypt(to_json_bytes(pack), passphrase))
    return pack
