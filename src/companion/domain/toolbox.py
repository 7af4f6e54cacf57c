"""Coping strategies, their uses, and what works for me (a ranking that is fair to rare ones)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from companion.domain.journal import EntryError, normalize_tags

STARTER_PREFIX = "starter:"
MAX_TITLE = 120
MAX_STEPS = 20_000

# The seven steps of the Stanley-Brown safety plan, as printed and exported.
SAFETY_STEP_TITLES = {
    1: "1. My warning signs",
    2: "2. Things I can do on my own",
    3: "3. People and places that help me feel better",
    4: "4. People I can ask for help",
    5: "5. Professionals and services",
    6: "6. Making my surroundings safer",
    7: "7. My reasons for living",
}
# A strategy's score counts PRIOR_USES imaginary uses that changed nothing, so
# one lucky use (10 -> 0) cannot outrank one that helped a little many times.
PRIOR_USES = 5


class Category(StrEnum):
    GROUNDING = "grounding"
    BREATHING = "breathing"
    BODY = "body"
    REACHING_OUT = "reaching-out"
    DISTRACTION = "distraction"
    SELF_SOOTHING = "self-soothing"
    THINKING = "thinking"
    CREATIVE = "creative"
    ROUTINE = "routine"


class SourceKind(StrEnum):
    MINE = "mine"
    GROUP = "group"
    PROFESSIONAL = "professional"
    STARTER = "starter"


@dataclass(frozen=True)
class Pace:
    """Breathing pacer timings in seconds."""

    breathe_in: float
    hold: float
    breathe_out: float
    rest: float

    @property
    def cycle(self) -> float:
        return self.breathe_in + self.hold + self.breathe_out + self.rest


@dataclass(frozen=True)
class Strategy:
    id: str
    title: str
    category: Category
    steps: str = ""
    when_helps: str = ""
    tags: tuple[str, ...] = ()
    source: SourceKind = SourceKind.MINE
    source_group: str = ""
    source_member: str = ""
    starter_key: str | None = None
    pace: Pace | None = None

    @property
    def is_starter(self) -> bool:
        return self.id.startswith(STARTER_PREFIX)


@dataclass(frozen=True)
class StrategyDraft:
    title: str
    category: Category
    steps: str = ""
    when_helps: str = ""
    tags: tuple[str, ...] = ()
    source: SourceKind = SourceKind.MINE
    source_group: str = ""
    source_member: str = ""
    starter_key: str | None = None


def validate_strategy(draft: StrategyDraft) -> StrategyDraft:
    title = " ".join(draft.title.split())
    if not title:
        raise EntryError("Give the strategy a title, in your own words.")
    if len(title) > MAX_TITLE:
        raise EntryError("A strategy title can be up to 120 characters long.")
    if len(draft.steps) > MAX_STEPS or len(draft.when_helps) > MAX_STEPS:
        raise EntryError("The steps are too long to keep. Shorten them a little.")
    if draft.source is SourceKind.STARTER:
        raise EntryError("Starter strategies come with Companion; copy one to make it yours.")
    return StrategyDraft(
        title=title,
        category=Category(draft.category),
        steps=draft.steps.strip(),
        when_helps=draft.when_helps.strip(),
        tags=normalize_tags(draft.tags),
        source=draft.source,
        source_group=draft.source_group.strip()[:80],
        source_member=draft.source_member.strip()[:40],
        starter_key=draft.starter_key,
    )


def validate_use(before: int, after: int) -> None:
    for name, value in (("before", before), ("after", after)):
        if not isinstance(value, int) or not 0 <= value <= 10:
            raise EntryError(f"Distress {name} is a whole number from 0 (none) to 10 (the most).")


@dataclass(frozen=True)
class Ranked:
    strategy_id: str
    uses: int
    mean_drop: float  # mean of (before - after); positive means it helped
    score: float  # total drop / (uses + PRIOR_USES): the mean drop, shrunk towards 0


@dataclass(frozen=True)
class UseStats:
    strategy_id: str
    uses: int
    total_drop: int


def rank(stats: list[UseStats]) -> list[Ranked]:
    """Best first by shrunk score, then by uses, then by id (stable for ties)."""
    ranked = [
        Ranked(s.strategy_id, s.uses, s.total_drop / s.uses, s.total_drop / (s.uses + PRIOR_USES))
        for s in stats
        if s.uses > 0
    ]
    ranked.sort(key=lambda r: (-r.score, -r.uses, r.strategy_id))
    return ranked


def most_used(stats: list[UseStats]) -> list[UseStats]:
    return sorted((s for s in stats if s.uses), key=lambda s: (-s.uses, s.strategy_id))


@dataclass(frozen=True)
class StarterLibrary:
    strategies: list[Strategy] = field(default_factory=list)
    disclaimer: str = ""
