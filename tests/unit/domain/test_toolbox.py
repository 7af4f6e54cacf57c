from __future__ import annotations

import pytest

from companion.domain.journal import EntryError
from companion.domain.toolbox import (
    PRIOR_USES,
    Category,
    StrategyDraft,
    UseStats,
    most_used,
    rank,
    validate_strategy,
    validate_use,
)


def test_one_lucky_use_does_not_top_a_strategy_that_helped_many_times() -> None:
    ranked = rank([UseStats("lucky", 1, 10), UseStats("steady", 12, 12 * 4)])
    assert [r.strategy_id for r in ranked] == ["steady", "lucky"]
    lucky = next(r for r in ranked if r.strategy_id == "lucky")
    assert lucky.mean_drop == 10
    assert lucky.uses == 1


def test_score_shrinks_the_mean_drop_towards_no_change() -> None:
    [a, b] = rank([UseStats("a", 2, 8), UseStats("b", 2, 0)])
    assert a.mean_drop == 4
    assert a.score == pytest.approx(8 / (2 + PRIOR_USES))
    assert b.score == 0


def test_ties_break_by_uses_then_id() -> None:
    ranked = rank([UseStats("b", 3, 6), UseStats("a", 3, 6), UseStats("c", 0, 0)])
    assert [r.strategy_id for r in ranked] == ["a", "b"]  # unused strategies are not ranked


def test_a_strategy_that_made_things_worse_ranks_low_but_counts() -> None:
    ranked = rank([UseStats("worse", 4, -8), UseStats("better", 4, 8)])
    assert ranked[-1].strategy_id == "worse"
    assert ranked[-1].mean_drop == -2


def test_most_used() -> None:
    assert [s.strategy_id for s in most_used([UseStats("x", 1, 0), UseStats("y", 5, 0)])] == [
        "y",
        "x",
    ]


@pytest.mark.parametrize(("before", "after"), [(-1, 3), (11, 3), (3, 12), (5, -2)])
def test_distress_outside_0_to_10_is_refused(before: int, after: int) -> None:
    with pytest.raises(EntryError, match="0 \\(none\\) to 10"):
        validate_use(before, after)


def test_a_strategy_needs_a_title() -> None:
    with pytest.raises(EntryError, match="title"):
        validate_strategy(StrategyDraft(title="   ", category=Category.BREATHING))
    clean = validate_strategy(
        StrategyDraft(title="  Slow   walk ", category=Category.BODY, tags=("#outside", "outside"))
    )
    assert clean.title == "Slow walk"
    assert clean.tags == ("outside",)
