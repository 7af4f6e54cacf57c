"""Seed content shipped in companion.resources: writing prompts (more later).

Content is data, not code, one file a language, so it can be translated; a
language without its own file falls back to English.
"""

from __future__ import annotations

import json
from datetime import date
from importlib import resources


def _load(kind: str, language: str) -> dict[str, object]:
    folder = resources.files("companion.resources") / kind
    for name in (language, language.split("_")[0], "en"):
        candidate = folder / f"{name}.json"
        if name and candidate.is_file():
            data = json.loads(candidate.read_text("utf-8"))
            if isinstance(data, dict):
                return data
    return {}


def prompts(language: str = "en") -> list[str]:
    items = _load("prompts", language).get("prompts", [])
    return [p for p in items if isinstance(p, str)] if isinstance(items, list) else []


def prompt_of_the_day(day: date, language: str = "en") -> str:
    """The same gentle prompt all day, a different one tomorrow."""
    items = prompts(language)
    return items[day.toordinal() % len(items)] if items else ""
