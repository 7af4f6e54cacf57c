"""Toolbox and safety-plan use-cases."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from companion.domain.changes import Changed
from companion.domain.journal import EntryError
from companion.domain.toolbox import (
    STARTER_PREFIX,
    Category,
    Ranked,
    Strategy,
    StrategyDraft,
    UseStats,
    most_used,
    rank,
    validate_strategy,
    validate_use,
)
from companion.services import content
from companion.vault.toolbox import PlanItem, ToolboxRepository, Use
from companion.vault.vault import utc_now

PLAN_STEPS = 7
COPING_STEP = 2
PROFESSIONALS_STEP = 5
REVIEW_KEY = "safety_plan_review"


@dataclass(frozen=True)
class RankedStrategy:
    strategy: Strategy
    ranked: Ranked


class ToolboxService:
    def __init__(
        self,
        repo: ToolboxRepository,
        language: Callable[[], str] = lambda: "en",
        today: Callable[[], date] = date.today,
        now: Callable[[], str] = utc_now,
    ) -> None:
        self._repo = repo
        self._language = language
        self._today = today
        self._now = now

    # -- strategies -------------------------------------------------------------------

    def disclaimer(self) -> str:
        return content.starter_strategies(self._language()).disclaimer

    def _starters(self) -> dict[str, Strategy]:
        return {s.id: s for s in content.starter_strategies(self._language()).strategies}

    def strategies(
        self, query: str = "", category: Category | None = None, include_hidden: bool = False
    ) -> list[Strategy]:
        """Your strategies and the starter library, filtered; hidden starters left out."""
        hidden = set() if include_hidden else self._repo.hidden_starters()
        found = self._repo.all() + [
            s for s in self._starters().values() if s.starter_key not in hidden
        ]
        words = query.casefold().split()
        out = [
            s
            for s in found
            if (category is None or s.category is category)
            and all(
                w in f"{s.title} {s.steps} {s.when_helps} {' '.join(s.tags)}".casefold()
                for w in words
            )
        ]
        out.sort(key=lambda s: (s.is_starter, s.title.casefold()))
        return out

    def get(self, strategy_id: str) -> Strategy | None:
        if strategy_id.startswith(STARTER_PREFIX):
            return self._starters().get(strategy_id)
        return self._repo.get(strategy_id)

    def add(self, draft: StrategyDraft) -> Strategy:
        return self._repo.add(validate_strategy(draft), self._now())

    def update(self, strategy_id: str, draft: StrategyDraft) -> Strategy:
        if strategy_id.startswith(STARTER_PREFIX):
            raise EntryError("Starter strategies cannot be changed; copy one to make it yours.")
        updated = self._repo.update(strategy_id, validate_strategy(draft), self._now())
        if updated is None:
            raise EntryError("This strategy was removed meanwhile.")
        return updated

    def remove(self, strategy_id: str) -> Changed:
        if strategy_id.startswith(STARTER_PREFIX):
            self.hide_starter(strategy_id, True)
        else:
            self._repo.remove(strategy_id, self._now())
        return Changed(vault=True)

    def copy_starter(self, strategy_id: str) -> Strategy:
        starter = self._starters().get(strategy_id)
        if starter is None:
            raise EntryError("That starter strategy is not available.")
        return self.add(
            StrategyDraft(
                title=starter.title,
                category=starter.category,
                steps=starter.steps,
                when_helps=starter.when_helps,
                starter_key=starter.starter_key,
            )
        )

    def hide_starter(self, strategy_id: str, hidden: bool) -> None:
        self._repo.hide_starter(strategy_id.removeprefix(STARTER_PREFIX), hidden, self._now())

    # -- uses and ranking ------------------------------------------------------------------

    def log_use(self, strategy_id: str, before: int, after: int, note: str = "") -> Use:
        validate_use(before, after)
        if self.get(strategy_id) is None:
            raise EntryError("That strategy no longer exists.")
        return self._repo.add_use(strategy_id, before, after, note.strip()[:2000], self._now())

    def uses_of(self, strategy_id: str) -> list[Use]:
        return self._repo.uses_of(strategy_id)

    def _stats(self) -> tuple[list[UseStats], dict[str, Strategy]]:
        known = {s.id: s for s in self.strategies(include_hidden=True)}
        return [s for s in self._repo.stats() if s.strategy_id in known], known

    def ranking(self) -> list[RankedStrategy]:
        """What works for me: by distress drop, blended so one lucky use can't top it."""
        stats, known = self._stats()
        return [RankedStrategy(known[r.strategy_id], r) for r in rank(stats)]

    def used_between(self, first: date, last: date) -> list[RankedStrategy]:
        """The strategies used from `first` to `last` (days, inclusive), best first."""
        known = {s.id: s for s in self.strategies(include_hidden=True)}
        stats = self._repo.stats(first.isoformat(), (last + timedelta(days=1)).isoformat())
        return [
            RankedStrategy(known[r.strategy_id], r)
            for r in rank([s for s in stats if s.strategy_id in known])
        ]

    def most_used(self) -> list[tuple[Strategy, int]]:
        stats, known = self._stats()
        return [(known[s.strategy_id], s.uses) for s in most_used(stats)]

    # -- safety plan ------------------------------------------------------------------------

    def plan(self) -> dict[int, list[PlanItem]]:
        steps: dict[int, list[PlanItem]] = {step: [] for step in range(1, PLAN_STEPS + 1)}
        for item in self._repo.plan():
            steps[item.step].append(item)
        return steps

    def add_plan_item(
        self, step: int, text: str, contact: str = "", strategy_id: str | None = None
    ) -> PlanItem:
        if not 1 <= step <= PLAN_STEPS:
            raise EntryError("The safety plan has seven steps.")
        clean = " ".join(text.split())
        if not clean:
            raise EntryError("Write something for this step first.")
        if len(clean) > 500 or len(contact) > 200:
            raise EntryError("Keep each line of the plan short: up to 500 characters.")
        # A phone number is kept exactly as written, letters and all.
        return self._repo.add_plan_item(step, clean, contact.strip(), strategy_id, self._now())

    def update_plan_item(self, item_id: str, text: str, contact: str = "") -> None:
        clean = " ".join(text.split())
        if not clean:
            raise EntryError("Write something for this step, or remove it.")
        self._repo.update_plan_item(item_id, clean[:500], contact.strip()[:200], self._now())

    def remove_plan_item(self, item_id: str) -> None:
        self._repo.remove_plan_item(item_id, self._now())

    def prefill_coping(self, count: int = 3) -> list[PlanItem]:
        """Step 2 from your best-rated strategies (those not already in it)."""
        present = {i.strategy_id for i in self.plan()[COPING_STEP] if i.strategy_id}
        added: list[PlanItem] = []
        for ranked in self.ranking():
            if len(added) >= count:
                break
            if ranked.ranked.mean_drop <= 0 or ranked.strategy.id in present:
                continue
            added.append(
                self.add_plan_item(
                    COPING_STEP, ranked.strategy.title, strategy_id=ranked.strategy.id
                )
            )
        return added

    def review_date(self) -> date | None:
        value = self._repo.meta(REVIEW_KEY)
        try:
            return date.fromisoformat(value) if value else None
        except ValueError:
            return None

    def set_review_date(self, day: date) -> None:
        self._repo.set_meta(REVIEW_KEY, day.isoformat())

    def review_due(self) -> bool:
        review = self.review_date()
        return review is not None and review <= self._today()
