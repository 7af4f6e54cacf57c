"""jrnl's JSON export (`jrnl --export json`), turned into Companion's format.

jrnl entries have no id, so each gets a stable one from its date, time, title
and text: importing the same file twice finds them already here.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from companion.exchange.json_format import FORMAT, VERSION, entry_record

# A fixed namespace: the same jrnl entry always gets the same id, on any machine.
NAMESPACE = uuid.UUID("5b0a5d1e-3c55-4f57-9d43-6a0f7d2b9c11")
MAX_ENTRIES = 1_000_000


class NotJrnl(ValueError):
    pass


def looks_like_jrnl(document: Any) -> bool:
    if not isinstance(document, dict) or "format" in document:
        return False
    entries = document.get("entries")
    return (
        isinstance(entries, list)
        and isinstance(document.get("tags", {}), dict)
        and all(isinstance(e, dict) and "date" in e and "body" in e for e in entries[:20])
    )


def _text(entry: dict[str, Any], key: str, where: str) -> str:
    value = entry.get(key, "")
    if not isinstance(value, str):
        raise NotJrnl(f"{where} '{key}' should be text")
    return value


def _time(value: str, where: str) -> str:
    """jrnl writes "21:30"; seconds, if any, are left out. No time is midnight."""
    if not value:
        return "00:00"
    try:
        return datetime.strptime(value[:5], "%H:%M").strftime("%H:%M")
    except ValueError:
        raise NotJrnl(f"{where} 'time' should be a time like 21:30") from None


def to_companion(document: dict[str, Any]) -> dict[str, Any]:
    """The same entries as a Companion export document; checked again by its reader."""
    entries = document["entries"]
    if len(entries) > MAX_ENTRIES:
        raise NotJrnl("more entries than any journal holds")
    out: list[dict[str, Any]] = []
    for i, entry in enumerate(entries):
        where = f"entry {i + 1}"
        if not isinstance(entry, dict):
            raise NotJrnl(f"{where} should be a record")
        day = _text(entry, "date", where)
        time = _time(_text(entry, "time", where), where)
        title = _text(entry, "title", where)
        body = _text(entry, "body", where)
        tags = entry.get("tags", [])
        if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
            raise NotJrnl(f"{where} 'tags' should be a list of texts")
        starred = entry.get("starred", False)
        if not isinstance(starred, bool):
            raise NotJrnl(f"{where} 'starred' should be true or false")
        stamp = f"{day}T{time}:00.000Z"
        out.append(
            entry_record(
                str(uuid.uuid5(NAMESPACE, "\x1f".join((day, time, title, body)))),
                day,
                title,
                body,
                stamp,
                tags=[t.lstrip("@") for t in tags],
                win=starred,
            )
        )
    return {"format": FORMAT, "version": VERSION, "entries": out}
