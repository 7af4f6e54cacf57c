"""Seed content shipped in companion.resources: writing prompts (more later).

Content is data, not code, one file a language, so it can be translated; a
language without its own file falls back to English.
"""

from __future__ import annotations

import json
import logging
from datetime import date
from importlib import resources

from companion.domain.toolbox import (
    STARTER_PREFIX,
    Category,
    Pace,
    SourceKind,
    StarterLibrary,
    Strategy,
)

log = logging.getLogger(__name__)


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


def starter_strategies(language: str = "en") -> StarterLibrary:
    """The starter coping strategies, in the language asked for (English as fallback)."""
    data = _load("strategies", language)
    items = data.get("strategies", [])
    out = []
    for item in items if isinstance(items, list) else []:
        try:
            pace = item.get("pace")
            out.append(
                Strategy(
                    id=STARTER_PREFIX + str(item["key"]),
                    title=str(item["title"]),
                    category=Category(item["category"]),
                    steps=str(item.get("steps", "")),
                    when_helps=str(item.get("when", "")),
                    source=SourceKind.STARTER,
                    starter_key=str(item["key"]),
                    pace=Pace(
                        float(pace["in"]),
                        float(pace["hold"]),
                        float(pace["out"]),
                        float(pace["rest"]),
                    )
                    if isinstance(pace, dict)
                    else None,
                )
            )
        except (KeyError, ValueError, TypeError, AttributeError):
            log.warning("a starter strategy was skipped: malformed")
    disclaimer = data.get("disclaimer", "")
    return StarterLibrary(out, disclaimer if isinstance(disclaimer, str) else "")
