"""Peer-support groups, members by alias, sessions with a timed agenda, mentoring."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from companion.domain.journal import EntryError

MAX_ALIAS = 40


class Role(StrEnum):
    MEMBER = "member"
    FACILITATOR = "facilitator"
    MENTOR = "mentor"


@dataclass(frozen=True)
class Group:
    id: str
    name: str
    focus: str = ""
    schedule: str = ""
    place: str = ""
    facilitators: str = ""
    agreements: tuple[str, ...] = ()
    resources: tuple[str, ...] = ()
    crisis_lines: tuple[str, ...] = ()
    my_role: Role = Role.MEMBER


@dataclass(frozen=True)
class Member:
    id: str
    group_id: str
    alias: str
    contact_note: str = ""
    consent: bool = False


@dataclass(frozen=True)
class AgendaItem:
    title: str
    minutes: int


@dataclass(frozen=True)
class Session:
    id: str
    group_id: str
    starts_at: datetime
    topic: str = ""
    tool_id: str | None = None
    follow_ups: str = ""
    private_notes: str = ""  # never printed, exported or synced
    agenda: tuple[AgendaItem, ...] = ()

    @property
    def total_minutes(self) -> int:
        return sum(item.minutes for item in self.agenda)


@dataclass(frozen=True)
class SharedItem:
    id: str
    session_id: str
    kind: str  # "strategy" or "story"
    title: str
    body: str = ""
    member_id: str | None = None
    consent: bool = False


@dataclass(frozen=True)
class MentoringPair:
    id: str
    group_id: str
    mentor_id: str
    mentee_id: str
    consent: bool
    every_days: int = 14
    last_check_in: date | None = None
    started: date | None = None

    def due(self, today: date) -> bool:
        """A check-in is due every `every_days` after the last one (or the start)."""
        since = self.last_check_in or self.started
        return since is None or today >= since + timedelta(days=self.every_days)


@dataclass(frozen=True)
class Cleaned:
    value: str
    notice: str = ""  # a sentence to show when the input had to change


@dataclass(frozen=True)
class GroupDraft:
    name: str
    focus: str = ""
    schedule: str = ""
    place: str = ""
    facilitators: str = ""
    agreements: tuple[str, ...] = ()
    resources: tuple[str, ...] = ()
    crisis_lines: tuple[str, ...] = ()
    my_role: Role = Role.MEMBER


def clean_alias(alias: str) -> Cleaned:
    text = " ".join(alias.split())
    if not text:
        raise EntryError("Give a first name or an alias.")
    if len(text) > MAX_ALIAS:
        return Cleaned(
            text[:MAX_ALIAS].rstrip(),
            f"The alias was cut to {MAX_ALIAS} characters; a first name or short alias is enough.",
        )
    return Cleaned(text)


def validate_group(draft: GroupDraft) -> GroupDraft:
    name = " ".join(draft.name.split())
    if not name:
        raise EntryError("Give the group a name.")
    if len(name) > 120:
        raise EntryError("A group name can be up to 120 characters long.")

    def lines(items: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(line.strip()[:300] for line in items if line.strip())[:50]

    return GroupDraft(
        name,
        draft.focus.strip()[:200],
        draft.schedule.strip()[:200],
        draft.place.strip()[:300],
        draft.facilitators.strip()[:300],
        lines(draft.agreements),
        lines(draft.resources),
        lines(draft.crisis_lines),
        Role(draft.my_role),
    )


def parse_minutes(value: object) -> int:
    """Agenda minutes: a whole number from 0 to 600, or EntryError with the sentence."""
    try:
        minutes = int(str(value).strip())
    except ValueError:
        raise EntryError("Minutes are a whole number, like 10.") from None
    if str(value).strip().startswith("-") or minutes < 0:
        raise EntryError("Minutes cannot be negative.")
    if minutes > 600:
        raise EntryError("An agenda item can be up to 600 minutes long.")
    return minutes
