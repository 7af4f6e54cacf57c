"""Handout HTML and page-break rules: pure, no Qt application."""

from __future__ import annotations

from datetime import datetime

from companion.domain.handout import HandoutData, SharedLine
from companion.printing.handout import (
    SECTIONS,
    HandoutText,
    handout_html,
    sections_to_move,
    settle_breaks,
)

TEXT = HandoutText(
    not_therapy="Peer support, not therapy.",
    agenda="Agenda",
    no_agenda="No agenda yet.",
    minutes="{n} min",
    agreements="Our agreements",
    check_in="Check-in",
    check_out="Check-out",
    tool="Tool of the week",
    no_tool="No tool.",
    shared="Shared",
    resources="Resources",
    crisis="Help now",
    next_meeting="Next meeting",
    notes="My notes",
    facilitators="Facilitators: {names}",
)


def data(**changes: object) -> HandoutData:
    base = dict(
        group="Tuesday group",
        starts_at=datetime(2026, 12, 1, 19, 0),
        place="Library",
        facilitators="Ana",
        topic="Sleep",
        agenda=[("Welcome", 5), ("Check-in round", 15)],
        agreements=["What is said here stays here."],
        check_in_prompts=["One word."],
        check_out_prompts=["One step."],
        tool=("Box breathing", "1. In for 4\n2. Hold"),
        shared=[SharedLine("Cold water", "Splash your face", "Sam"), SharedLine("Walk", "")],
        resources=["Library drop-in"],
        crisis_lines=["Samaritans: 116 123"],
        next_meeting="2026-12-08 19:00",
    )
    base.update(changes)
    return HandoutData(**base)  # type: ignore[arg-type]


def test_agenda_times_run_on_from_the_start() -> None:
    html = handout_html(data(), TEXT, list(SECTIONS))
    assert "19:00</td><td>Welcome" in html
    assert "19:05</td><td>Check-in round" in html
    assert "15 min" in html
    for expected in (
        "Peer support, not therapy.",
        "What is said here stays here.",
        "Box breathing",
        "In for 4",
        "Samaritans: 116 123",
        "2026-12-08 19:00",
        "Facilitators: Ana",
        "<b>Cold water</b> (Sam)",
    ):
        assert expected in html, expected


def test_sections_follow_the_chosen_order_and_can_be_left_out() -> None:
    html = handout_html(data(), TEXT, ["tool", "agenda"])
    assert html.index("Tool of the week") < html.index("Agenda")
    assert "Our agreements" not in html


def test_an_empty_agenda_is_still_printable_with_a_sentence() -> None:
    assert "No agenda yet." in handout_html(data(agenda=[]), TEXT, ["agenda"])


def test_breaks_and_large_print() -> None:
    html = handout_html(data(), TEXT, list(SECTIONS), large_print=True, breaks=frozenset({"tool"}))
    assert "font-size: 15pt" in html
    assert html.count("page-break-before: always") == 1


def test_text_is_escaped() -> None:
    assert "&lt;b&gt;" in handout_html(data(topic="<b>bold</b>"), TEXT, ["header"])


def test_sections_to_move() -> None:
    spans = {"a": (0, 500), "b": (520, 1100), "c": (1100, 3000)}
    assert sections_to_move(spans, 1000) == {"b"}  # c is longer than a page: it splits


def test_settle_breaks_moves_one_section_at_a_time() -> None:
    def layout(breaks: frozenset[str]) -> dict[str, tuple[float, float]]:
        return (
            {"a": (0, 500), "b": (1000, 1580)}
            if "b" in breaks
            else {"a": (0, 500), "b": (520, 1100)}
        )

    assert settle_breaks(layout, 1000) == frozenset({"b"})
