"""Seed content shipped in companion.resources: writing prompts (more later).

Content is data, not code, one file a language, so it can be translated; a
language without its own file falls back to English.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import date
from importlib import resources

from companion.domain.pseudo_locale import PSEUDO, pseudo
from companion.domain.toolbox import (
    STARTER_PREFIX,
    Category,
    Pace,
    SourceKind,
    StarterLibrary,
    Strategy,
)

log = logging.getLogger(__name__)


# Fields of the content files that are names for the program, not text for people.
_NOT_TEXT = frozenset({"format", "language", "key", "category"})


def _pseudo(value: object, key: str = "") -> object:
    if isinstance(value, str):
        return value if key in _NOT_TEXT else pseudo(value)
    if isinstance(value, list):
        return [_pseudo(v, key) for v in value]
    if isinstance(value, dict):
        return {k: _pseudo(v, k) for k, v in value.items()}
    return value


def _load(kind: str, language: str) -> dict[str, object]:
    if language == PSEUDO:
        english = _load(kind, "en")
        return {k: _pseudo(v, k) for k, v in english.items()}
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


@dataclass(frozen=True)
class HandoutDefaults:
    not_therapy: str
    agreements: list[str]
    check_in_prompts: list[str]
    check_out_prompts: list[str]
    agenda: list[tuple[str, str, int]]  # (key, title, minutes)


def handout_defaults(language: str = "en") -> HandoutDefaults:
    data = _load("handout", language)

    def texts(key: str) -> list[str]:
        items = data.get(key, [])
        return [t for t in items if isinstance(t, str)] if isinstance(items, list) else []

    agenda = []
    raw_agenda = data.get("agenda")
    for item in raw_agenda if isinstance(raw_agenda, list) else []:
        if isinstance(item, dict) and isinstance(item.get("minutes"), int):
            agenda.append((str(item.get("key", "")), str(item.get("title", "")), item["minutes"]))
    not_therapy = data.get("not_therapy", "")
    return HandoutDefaults(
        not_therapy if isinstance(not_therapy, str) else "",
        texts("agreements"),
        texts("check_in_prompts"),
        texts("check_out_prompts"),
        agenda,
    )


_CATEGORY_WORDS = {
    Category.BREATHING: ("breath", "breathe", "inhale", "exhale"),
    Category.GROUNDING: ("ground", "senses", "notice"),
    Category.REACHING_OUT: ("call", "text", "friend", "talk", "reach"),
    Category.BODY: ("walk", "stretch", "run", "move", "exercise", "cold"),
    Category.CREATIVE: ("draw", "write", "paint", "music", "sing"),
    Category.THINKING: ("thought", "think", "reframe"),
    Category.ROUTINE: ("routine", "sleep", "plan", "schedule"),
    Category.DISTRACTION: ("distract", "game", "count", "puzzle"),
}


def guess_category(title: str, body: str) -> Category:
    """A first guess for a strategy shared in a group; the member can change it."""
    text = f"{title} {body}".casefold()
    for category, words in _CATEGORY_WORDS.items():
        if any(word in text for word in words):
            return category
    return Category.SELF_SOOTHING
