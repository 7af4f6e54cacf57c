"""Journal entries: the record, its rules, and mood words and colours."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from enum import IntEnum

# Pasting a whole book into one entry is refused with a sentence, not kept half.
MAX_BODY_CHARS = 2_000_000
MAX_TITLE_CHARS = 300
MAX_TAG_CHARS = 60
MAX_TAGS = 30


class Mood(IntEnum):
    VERY_LOW = 1
    LOW = 2
    OKAY = 3
    GOOD = 4
    GREAT = 5

    @property
    def word(self) -> str:
        """The English word; the UI translates it."""
        return _MOOD_WORDS[self]

    @property
    def colour(self) -> str:
        """A calm colour for the step; never the only signal (the word goes with it)."""
        return _MOOD_COLOURS[self]


_MOOD_WORDS = {
    Mood.VERY_LOW: "Very low",
    Mood.LOW: "Low",
    Mood.OKAY: "Okay",
    Mood.GOOD: "Good",
    Mood.GREAT: "Great",
}
# Blue-violet through teal to warm gold: no red, so a low day never looks like an alarm.
_MOOD_COLOURS = {
    Mood.VERY_LOW: "#5b5f97",
    Mood.LOW: "#6f8fb5",
    Mood.OKAY: "#8fb3a3",
    Mood.GOOD: "#7fb77e",
    Mood.GREAT: "#e0b84f",
}


class EntryError(ValueError):
    """A rule an entry breaks. `user_message` is the sentence the user reads."""

    def __init__(self, user_message: str) -> None:
        super().__init__(user_message)
        self.user_message = user_message


@dataclass(frozen=True)
class EntryDraft:
    """What the user wrote: everything but identity and timestamps."""

    day: date
    title: str = ""
    body: str = ""
    mood: Mood | None = None
    tags: tuple[str, ...] = ()
    win: bool = False
    trackers: dict[str, float] = field(default_factory=dict)  # tracker id -> value

    def is_empty(self) -> bool:
        """Nothing worth keeping: no words, no mood, no tracker value, no mark."""
        return (
            not self.title.strip()
            and not self.body.strip()
            and self.mood is None
            and not self.trackers
            and not self.win
        )


@dataclass(frozen=True)
class Entry:
    id: str
    day: date
    title: str
    body: str
    mood: Mood | None
    tags: tuple[str, ...]
    win: bool
    created_at: str
    updated_at: str
    version: int = 1
    trackers: dict[str, float] = field(default_factory=dict)

    @property
    def headline(self) -> str:
        """The title, or else the first line of the body, for lists."""
        if self.title.strip():
            return self.title.strip()
        return first_line(self.body)


def first_line(body: str, limit: int = 120) -> str:
    for line in body.splitlines():
        text = re.sub(r"^[#>*\-\s\d.]+", "", line).strip()
        text = re.sub(r"[*_`~]+", "", text)
        if text:
            return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
    return ""


def normalize_tag(tag: str) -> str:
    """Trim, drop a leading #, collapse spaces, NFC. Case is kept; matching ignores it."""
    text = unicodedata.normalize("NFC", tag).strip().lstrip("#").strip()
    return re.sub(r"\s+", " ", text)


def normalize_tags(tags: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for tag in tags:
        clean = normalize_tag(tag)
        if clean and clean.casefold() not in seen:
            seen[clean.casefold()] = clean
    return tuple(seen.values())


def validate(draft: EntryDraft, today: date) -> EntryDraft:
    """Check the rules and return the cleaned draft, or raise EntryError."""
    if draft.day > today:
        raise EntryError("An entry cannot be dated in the future. Choose today or an earlier day.")
    if len(draft.body) > MAX_BODY_CHARS:
        raise EntryError(
            "This entry is too long to keep (over two million characters). Split it into "
            "smaller entries; nothing has been lost."
        )
    title = " ".join(draft.title.split())
    if len(title) > MAX_TITLE_CHARS:
        raise EntryError("The title is too long. Keep it under 300 characters.")
    tags = normalize_tags(draft.tags)
    if len(tags) > MAX_TAGS:
        raise EntryError("An entry can have up to 30 tags.")
    if any(len(t) > MAX_TAG_CHARS for t in tags):
        raise EntryError("A tag can be up to 60 characters long.")
    if draft.mood is not None and draft.mood not in Mood:
        raise EntryError("Mood is a step from 1 to 5.")
    return EntryDraft(
        day=draft.day,
        title=title,
        body=draft.body,
        mood=draft.mood,
        tags=tags,
        win=draft.win,
        trackers=dict(draft.trackers),
    )
