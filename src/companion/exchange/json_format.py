"""The Companion JSON export: every kind of record, in one versioned document.

See docs/export-format.md. Private facilitator notes are included only when
asked for, and only the encrypted export may ask.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from companion import __version__
from companion.vault.db import Database

FORMAT = "companion-export"
VERSION = 1
Progress = Callable[[int, int], bool]  # (done, total) -> keep going?


class Cancelled(Exception):
    """The user stopped an export or import."""


def entry_record(
    record_id: str,
    day: str,
    title: str,
    body: str,
    stamp: str,
    *,
    tags: list[str] | None = None,
    win: bool = False,
    mood: int | None = None,
    trackers: dict[str, Any] | None = None,
    pictures: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """One entry in this format, for the readers of other apps' exports."""
    return {
        "id": record_id,
        "date": day,
        "title": title[:300],
        "body": body,
        "mood": mood,
        "win": win,
        "tags": tags or [],
        "trackers": trackers or {},
        "pictures": pictures or [],
        "created_at": stamp,
        "updated_at": stamp,
    }


def _rows(db: Database, sql: str, params: tuple[Any, ...] = ()) -> list[dict[str, Any]]:
    return db.records(sql, params)


def _split(text: str) -> list[str]:
    return [t for t in text.split("\n") if t]


def build_export(
    db: Database, include_private: bool = False, progress: Progress | None = None
) -> dict[str, Any]:
    """The whole vault as one JSON-ready dict (live records only, no tombstones)."""
    entries = _rows(
        db,
        "SELECT id, day, title, body, mood, win, tags_text, created_at,"
        " updated_at, version, seq FROM entries WHERE deleted_at IS NULL"
        " ORDER BY day, seq",
    )
    values: dict[int, dict[str, float]] = {}
    for row in _rows(db, "SELECT entry_seq, tracker_id, value FROM tracker_values"):
        values.setdefault(row["entry_seq"], {})[row["tracker_id"]] = row["value"]
    pictures: dict[str, list[dict[str, Any]]] = {}
    for row in _rows(
        db, "SELECT id, entry_id, name, mime, data FROM attachments WHERE deleted_at IS NULL"
    ):
        pictures.setdefault(row["entry_id"], []).append(
            {
                "id": row["id"],
                "name": row["name"],
                "mime": row["mime"],
                "data": base64.b64encode(row["data"]).decode("ascii"),
            }
        )
    out_entries = []
    total = len(entries)
    for i, row in enumerate(entries):
        if progress is not None and i % 1000 == 0 and not progress(i, total):
            raise Cancelled()
        out_entries.append(
            {
                "id": row["id"],
                "date": row["day"],
                "title": row["title"],
                "body": row["body"],
                "mood": row["mood"],
                "win": bool(row["win"]),
                "tags": _split(row["tags_text"]),
                "trackers": values.get(row["seq"], {}),
                "pictures": pictures.get(row["id"], []),
                "created_at": row["created_at"],
                "updated_at": row["updated_at"],
                "version": row["version"],
            }
        )
    sessions = _rows(
        db,
        "SELECT id, group_id, starts_at, topic, tool_id, follow_ups,"
        " private_notes, created_at, updated_at FROM group_sessions"
        " WHERE deleted_at IS NULL ORDER BY starts_at",
    )
    for session in sessions:
        if not include_private:
            del session["private_notes"]
        session["agenda"] = [
            {"title": a["title"], "minutes": a["minutes"]}
            for a in _rows(
                db,
                "SELECT title, minutes FROM agenda_items WHERE session_id = ? ORDER BY position",
                (session["id"],),
            )
        ]
    document: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
        "app_version": __version__,
        "includes_private_notes": include_private,
        "entries": out_entries,
        "trackers": _rows(
            db,
            "SELECT id, name, kind, min_value, max_value, unit, position"
            " FROM trackers WHERE deleted_at IS NULL",
        ),
        "templates": _rows(db, "SELECT id, name, body FROM templates WHERE deleted_at IS NULL"),
        "milestones": _rows(
            db,
            "SELECT id, kind, label, start_day, target_day, reached_day"
            " FROM milestones WHERE deleted_at IS NULL",
        ),
        "strategies": [
            {**row, "tags": _split(row.pop("tags_text"))}
            for row in _rows(
                db,
                "SELECT id, title, steps, category, when_helps, tags_text,"
                " source_kind, source_group, source_member, starter_key"
                " FROM strategies WHERE deleted_at IS NULL",
            )
        ],
        "strategy_uses": _rows(
            db,
            "SELECT id, strategy_id, used_at, before, after, note"
            " FROM strategy_uses WHERE deleted_at IS NULL",
        ),
        "safety_plan": _rows(
            db,
            "SELECT id, step, position, text, contact FROM"
            " safety_plan_items WHERE deleted_at IS NULL ORDER BY step,"
            " position",
        ),
        "resources": [
            {**row, "tags": _split(row.pop("tags_text"))}
            for row in _rows(
                db,
                "SELECT id, kind, name, contact, notes, cost, recommended_by,"
                " rating, experience, tags_text FROM resources"
                " WHERE deleted_at IS NULL",
            )
        ],
        "notes": _rows(
            db,
            "SELECT id, title, topic, body, source, questions FROM"
            " knowledge_notes WHERE deleted_at IS NULL",
        ),
        "groups": [
            {
                **row,
                "agreements": _split(row.pop("agreements")),
                "resources": _split(row.pop("resources")),
                "crisis_lines": _split(row.pop("crisis_lines")),
            }
            for row in _rows(
                db,
                "SELECT id, name, focus, schedule, place, facilitators,"
                " agreements, resources, crisis_lines, my_role FROM groups"
                " WHERE deleted_at IS NULL",
            )
        ],
        "members": [
            {**row, "consent": bool(row["consent"])}
            for row in _rows(
                db,
                "SELECT id, group_id, alias, contact_note, consent FROM"
                " group_members WHERE deleted_at IS NULL",
            )
        ],
        "sessions": sessions,
    }
    if progress is not None:
        progress(total, total)
    return document
