from __future__ import annotations

import pytest

from companion.domain.journal import EntryError
from companion.domain.toolbox import Category, SourceKind, StrategyDraft
from companion.services import content
from companion.services.access import Services
from companion.services.toolbox import ToolboxService


@pytest.fixture
def toolbox(services: Services) -> ToolboxService:
    return services.toolbox


def test_starter_library_ships_about_25_strategies_with_steps() -> None:
    library = content.starter_strategies("en")
    assert len(library.strategies) >= 24
    assert "not medical advice" in library.disclaimer
    keys = {s.starter_key for s in library.strategies}
    for key in (
        "grounding-54321",
        "box-breathing",
        "pmr",
        "urge-surfing",
        "tipp",
        "self-compassion-break",
        "thought-record",
        "reach-out",
    ):
        assert key in keys
    assert all(s.steps for s in library.strategies)
    box = next(s for s in library.strategies if s.starter_key == "box-breathing")
    assert box.pace is not None and box.pace.cycle == 16


def test_own_strategies_join_the_starters_and_filter(toolbox: ToolboxService) -> None:
    mine = toolbox.add(
        StrategyDraft(
            "Call Jo",
            Category.REACHING_OUT,
            steps="Ring Jo.",
            source=SourceKind.GROUP,
            source_group="Tuesday group",
            source_member="Sam",
        )
    )
    everything = toolbox.strategies()
    assert everything[0].id == mine.id  # your own first
    assert len(everything) >= 25
    assert [s.id for s in toolbox.strategies(query="jo")] == [mine.id]
    breathing = toolbox.strategies(category=Category.BREATHING)
    assert breathing and all(s.category is Category.BREATHING for s in breathing)


def test_hide_copy_and_edit_starters(toolbox: ToolboxService) -> None:
    toolbox.hide_starter("starter:box-breathing", True)
    assert "starter:box-breathing" not in {s.id for s in toolbox.strategies()}
    toolbox.hide_starter("starter:box-breathing", False)
    copy = toolbox.copy_starter("starter:pmr")
    assert copy.starter_key == "pmr"
    assert copy.source is SourceKind.MINE
    edited = toolbox.update(copy.id, StrategyDraft("My muscle relaxation", Category.BODY))
    assert edited.title == "My muscle relaxation"
    with pytest.raises(EntryError, match="copy one"):
        toolbox.update("starter:pmr", StrategyDraft("x", Category.BODY))


def test_uses_and_ranking(toolbox: ToolboxService) -> None:
    walk = toolbox.add(StrategyDraft("Walk", Category.BODY))
    for _ in range(5):
        toolbox.log_use(walk.id, 7, 4)
    toolbox.log_use("starter:box-breathing", 9, 1, "before the interview")
    ranking = toolbox.ranking()
    assert ranking[0].strategy.id == walk.id
    assert ranking[0].ranked.uses == 5
    assert ranking[1].ranked.mean_drop == 8
    assert toolbox.uses_of("starter:box-breathing")[0].note == "before the interview"
    with pytest.raises(EntryError):
        toolbox.log_use(walk.id, 11, 3)
    with pytest.raises(EntryError, match="no longer exists"):
        toolbox.log_use("nope", 5, 3)


def test_safety_plan_prefill_from_ratings_and_contacts_as_written(toolbox: ToolboxService) -> None:
    walk = toolbox.add(StrategyDraft("Walk", Category.BODY))
    worse = toolbox.add(StrategyDraft("Doomscrolling", Category.DISTRACTION))
    toolbox.log_use(walk.id, 8, 3)
    toolbox.log_use("starter:box-breathing", 6, 4)
    toolbox.log_use(worse.id, 4, 7)
    added = toolbox.prefill_coping()
    assert [i.text for i in added] == ["Walk", "Box breathing"]
    assert toolbox.prefill_coping() == []  # already there
    toolbox.add_plan_item(4, "Jo (sister)", contact="07700 CALL-JO")
    plan = toolbox.plan()
    assert plan[4][0].contact == "07700 CALL-JO"
    assert [i.text for i in plan[2]] == ["Walk", "Box breathing"]
    with pytest.raises(EntryError):
        toolbox.add_plan_item(8, "x")
    with pytest.raises(EntryError):
        toolbox.add_plan_item(1, "   ")


def test_review_date(toolbox: ToolboxService) -> None:
    from datetime import date

    assert toolbox.review_date() is None
    toolbox.set_review_date(date(2026, 12, 1))
    assert toolbox.review_date() == date(2026, 12, 1)


def test_strategies_used_in_a_period_for_the_report(services: Services) -> None:
    from datetime import date

    services.toolbox.log_use("starter:box-breathing", 8, 4)
    data = services.report.gather(date(2020, 1, 1), date.today())
    assert data.strategies == [("Box breathing", 1, 4.0)]
    old = services.report.gather(date(2020, 1, 1), date(2020, 12, 31))
    assert old.strategies == []
