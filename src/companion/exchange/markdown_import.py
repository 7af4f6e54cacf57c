"""A folder of Markdown files (Companion's own export, Obsidian, any notes app)
read as journal entries, in Companion's export format.

Front matter is read line by line (`key: value`, values in JSON-flow style as
Companion writes them, or plain text). Without a date there, the date at the
start of the file name is used, then the file's modification day. Files and
folders that are links are not followed: an import never reads outside the
folder it was given.
"""

from __future__ import annotations

import base64
import json
import os
import re
import stat
import uuid
from datetime import date, datetime
from pathlib import Path
from typing import Any

from companion.exchange.json_format import FORMAT, VERSION, entry_record
from companion.exchange.text_safety import REPLACED_KEY, clean, scrub, shown

NAMESPACE = uuid.UUID("0c7d8f5e-8a41-4d8e-b3f1-2f6e8f1f4a27")
MAX_FILES = 200_000
MAX_FILE_BYTES = 4 * 1024 * 1024
MAX_PICTURE_BYTES = 10 * 1024 * 1024
NOT_ENTRIES = {"strategies.md", "safety-plan.md", "resources.md"}
DATED = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:[-_ ](.*))?$")
PICTURE = re.compile(r"^!\[[^\]]*\]\((\.\./attachments/[^)\s]+)\)\s*$")


class NotMarkdownFolder(ValueError):
    pass


def _value(raw: str) -> Any:
    raw = raw.strip()
    try:
        return json.loads(raw)
    except ValueError:
        return raw.strip("'\"")
    except RecursionError as exc:
        raise NotMarkdownFolder("its front matter is nested too deeply") from exc


def split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    if not text.startswith("---\n"):
        return {}, text
    end = text.find("\n---\n", 4)
    if end < 0:
        return {}, text
    fields: dict[str, Any] = {}
    for line in text[4:end].splitlines():
        key, sep, raw = line.partition(":")
        if sep and key.strip() and not line.startswith((" ", "\t", "-")):
            fields[key.strip().lower()] = _value(raw)
    return fields, text[end + 5 :].lstrip("\n")


def _is_regular(path: Path, follow: bool) -> bool:
    try:
        return stat.S_ISREG((path.stat() if follow else path.lstat()).st_mode)
    except OSError:
        return False


def _files(folder: Path) -> list[Path]:
    found: list[Path] = []
    for root, dirs, names in os.walk(folder, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d != "attachments")
        for name in sorted(names):
            path = Path(root) / name
            # Regular files only: a link may lead outside the folder, and opening a
            # FIFO, socket or device named *.md would wait (or read) forever.
            if name.lower().endswith(".md") and _is_regular(path, follow=False):
                found.append(path)
                if len(found) > MAX_FILES:
                    raise NotMarkdownFolder(f"it has more than {MAX_FILES:,} Markdown files")
    return found


def _day(fields: dict[str, Any], path: Path) -> str:
    value = fields.get("date")
    if isinstance(value, str) and len(value) >= 10:
        try:
            return date.fromisoformat(value[:10]).isoformat()
        except ValueError:
            pass
    match = DATED.match(path.stem)
    if match:
        try:
            return date.fromisoformat(match.group(1)).isoformat()
        except ValueError:
            pass
    try:
        return date.fromtimestamp(path.stat().st_mtime).isoformat()
    except (OverflowError, ValueError):  # a time far outside what a date can be
        return datetime.now().date().isoformat()


def _picture_file(linked: Path, root: Path) -> Path | None:
    """The picture a line links to, if it is a regular file inside the folder."""
    if "\x00" in str(linked):  # the file system cannot name it
        return None
    try:
        file = linked.resolve()
        if (
            root in file.parents
            and _is_regular(linked, follow=False)
            and file.stat().st_size <= MAX_PICTURE_BYTES
        ):
            return file
    except (OSError, ValueError, RuntimeError):  # RuntimeError: a loop of links
        pass
    return None


def _pictures(body: str, path: Path, folder: Path) -> tuple[str, list[dict[str, Any]]]:
    """Take out the picture lines Companion's export wrote, and bring the pictures."""
    kept, pictures = [], []
    root = folder.resolve()
    for line in body.splitlines():
        match = PICTURE.match(line)
        file = _picture_file(path.parent / match.group(1), root) if match else None
        if file is not None:
            try:
                data = file.read_bytes()
            except OSError:
                data = None
            if data is not None:
                name = shown(file.name)  # a name that is not UTF-8, made showable
                pictures.append(
                    {
                        "id": str(uuid.uuid5(NAMESPACE, f"{shown(path.name)}/{name}")),
                        "name": name,
                        "data": base64.b64encode(data).decode("ascii"),
                    }
                )
                continue
        kept.append(line)
    return "\n".join(kept).strip("\n"), pictures


def _mood(value: Any) -> int | None:
    """A step from 1 to 5, else no mood (`true` is not a mood, though it equals 1)."""
    if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 5:
        return value
    return None


def read_folder(folder: Path, tracker_ids: dict[str, str]) -> dict[str, Any]:
    """`tracker_ids` maps the vault's tracker names to ids, for Companion's front matter."""
    entries = []
    replaced = 0
    for path in _files(folder):
        if path.parent == folder and path.name in NOT_ENTRIES:
            continue
        if path.stat().st_size > MAX_FILE_BYTES:
            raise NotMarkdownFolder(f"{shown(path.name)} is larger than any journal entry")
        try:
            text = path.read_text("utf-8-sig")  # past a byte-order mark, if any
        except UnicodeDecodeError as exc:
            raise NotMarkdownFolder(f"{shown(path.name)} is not UTF-8 text") from exc
        try:
            fields, body = split_front_matter(text.replace("\r\n", "\n"))
        except NotMarkdownFolder as exc:
            raise NotMarkdownFolder(f"{shown(path.name)}: {exc}") from exc
        fields, n = scrub(fields)
        replaced += n
        body, pictures = _pictures(body, path, folder)
        day = _day(fields, path)
        title = fields.get("title")
        if not isinstance(title, str):
            match = DATED.match(path.stem)
            title = (match.group(2) or "") if match else path.stem
            title = title.replace("-", " ").strip() if match else title
            title, n = clean(title)  # a file name that is not UTF-8
            replaced += n
        record_id = fields.get("id")
        if not isinstance(record_id, str) or not record_id:
            record_id = str(uuid.uuid5(NAMESPACE, "\x1f".join((day, title, body))))
        tags = fields.get("tags", [])
        if isinstance(tags, str):
            tags = [t.strip() for t in tags.split(",")]
        trackers = fields.get("trackers", {})
        entries.append(
            entry_record(
                record_id,
                day,
                title,
                body,
                f"{day}T00:00:00.000Z",
                tags=[str(t) for t in tags if isinstance(t, str | int | float)]
                if isinstance(tags, list)
                else [],
                win=fields.get("win") is True,
                mood=_mood(fields.get("mood")),
                trackers={
                    tracker_ids[name]: value
                    for name, value in (trackers.items() if isinstance(trackers, dict) else ())
                    if name in tracker_ids
                },
                pictures=pictures,
            )
        )
    if not entries:
        raise NotMarkdownFolder("it has no Markdown (.md) files")
    return {"format": FORMAT, "version": VERSION, "entries": entries, REPLACED_KEY: replaced}
