"""The Markdown folder export: one file per entry, readable in any editor.

Front matter is YAML written in its JSON-compatible flow style, so any YAML or
JSON reader parses it and no YAML library is needed to write it.
"""

from __future__ import annotations

import base64
import json
import re
from pathlib import Path
from typing import Any

from companion.domain.toolbox import SAFETY_STEP_TITLES
from companion.vault.files import FILE_MODE, ensure_private_dir

_SAFE = re.compile(r"[^a-z0-9]+")


def slug(text: str, limit: int = 50) -> str:
    return _SAFE.sub("-", text.lower()).strip("-")[:limit].strip("-")


def safe_name(name: str) -> str:
    """A file name with no folder parts, so an attachment cannot escape its folder."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1].strip().lstrip(".")
    return re.sub(r"[\x00-\x1f:*?\"<>|]", "_", base)[:100] or "picture"


def _write(path: Path, text: str | bytes) -> None:
    data = text.encode("utf-8") if isinstance(text, str) else text
    with path.open("xb") as handle:
        handle.write(data)
    path.chmod(FILE_MODE)


def _flow(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def write_folder(document: dict[str, Any], folder: Path) -> None:
    entries_dir = ensure_private_dir(folder / "entries")
    tracker_names = {t["id"]: t["name"] for t in document["trackers"]}
    used: set[str] = set()
    for entry in document["entries"]:
        stem = f"{entry['date']}-{slug(entry['title']) or 'entry'}"
        name, n = stem, 1
        while name in used:
            n += 1
            name = f"{stem}-{n}"
        used.add(name)
        lines = [
            "---",
            f"id: {_flow(entry['id'])}",
            f"date: {entry['date']}",
            f"title: {_flow(entry['title'])}",
            f"mood: {_flow(entry['mood'])}",
            f"win: {_flow(entry['win'])}",
            f"tags: {_flow(entry['tags'])}",
            "trackers: "
            + _flow({tracker_names.get(k, k): v for k, v in entry["trackers"].items()}),
            "---",
            "",
            entry["body"],
        ]
        if entry["pictures"]:
            pictures = ensure_private_dir(folder / "attachments" / name)
            lines.append("")
            for picture in entry["pictures"]:
                file_name = safe_name(picture["name"])
                _write(pictures / file_name, base64.b64decode(picture["data"]))
                lines.append(f"![{file_name}](../attachments/{name}/{file_name})")
        _write(entries_dir / f"{name}.md", "\n".join(lines).rstrip() + "\n")
    _write(folder / "strategies.md", _strategies(document))
    _write(folder / "safety-plan.md", _safety_plan(document))
    _write(folder / "resources.md", _resources(document))


def _strategies(document: dict[str, Any]) -> str:
    out = ["# Coping strategies", ""]
    for s in sorted(document["strategies"], key=lambda s: s["title"].lower()):
        out += [f"## {s['title']}", ""]
        if s["category"]:
            out.append(f"Category: {s['category']}")
        if s["when_helps"]:
            out.append(f"When it helps: {s['when_helps']}")
        if s["tags"]:
            out.append("Tags: " + ", ".join(s["tags"]))
        out += ["", s["steps"], ""]
    return "\n".join(out).rstrip() + "\n"


def _safety_plan(document: dict[str, Any]) -> str:
    out = ["# My safety plan", ""]
    for step, title in SAFETY_STEP_TITLES.items():
        items = [i for i in document["safety_plan"] if i["step"] == step]
        out += [f"## {title}", ""]
        for item in items:
            contact = f" ({item['contact']})" if item["contact"] else ""
            out.append(f"- {item['text']}{contact}")
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def _resources(document: dict[str, Any]) -> str:
    out = ["# Resources", ""]
    for r in sorted(document["resources"], key=lambda r: (r["kind"], r["name"].lower())):
        out += [f"## {r['name']}", "", f"Kind: {r['kind']}"]
        for label, key in (("Contact", "contact"), ("Cost", "cost"), ("Notes", "notes")):
            if r[key]:
                out.append(f"{label}: {r[key]}")
        out.append("")
    return "\n".join(out).rstrip() + "\n"
