"""Building the safety-plan card and coping cards from the user's data, in their language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from companion.domain.toolbox import SAFETY_STEP_TITLES, Strategy
from companion.printing.documents import Card, PlanSection, coping_cards, safety_plan_card

STEP_TITLES = SAFETY_STEP_TITLES


def plan_html(
    steps: dict[int, list[tuple[str, str]]], crisis: list[str], large_print: bool = False
) -> str:
    """`steps`: step -> [(text, contact)]; `crisis`: lines like 'Samaritans: 116 123'."""
    sections = [
        PlanSection(
            QCoreApplication.translate("SafetyPlan", STEP_TITLES[step]),
            [f"{text} — {contact}" if contact else text for text, contact in items],
        )
        for step, items in sorted(steps.items())
    ]
    return safety_plan_card(
        QCoreApplication.translate("SafetyPlan", "My safety plan"),
        sections,
        crisis,
        QCoreApplication.translate("SafetyPlan", "If I am in danger now"),
        QCoreApplication.translate(
            "SafetyPlan", "Keep this card where you can find it. Made with Companion."
        ),
        large_print,
    )


def cards_html(strategies: list[Strategy], wallet: bool = True) -> str:
    cards = [Card(s.title, s.steps.replace("**", ""), s.when_helps) for s in strategies]
    return coping_cards(
        cards,
        QCoreApplication.translate(
            "Cards", "General information, not medical advice. Made with Companion."
        ),
        wallet,
    )
