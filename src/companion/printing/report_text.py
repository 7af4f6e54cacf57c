"""The report's words in the user's language (through Qt's translators)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from companion.printing.report import ReportText


def _t(text: str) -> str:
    return QCoreApplication.translate("Report", text)


def report_text() -> ReportText:
    return ReportText(
        title=_t("Progress report"),
        period=_t("From {first} to {last}"),
        prepared=_t(
            "Prepared with Companion on {today}. It holds only what its owner chose to share."
        ),
        mood=_t("Mood"),
        mood_words={
            1: _t("Very low"),
            2: _t("Low"),
            3: _t("Okay"),
            4: _t("Good"),
            5: _t("Great"),
        },
        average=_t("Average over the period: {value}"),
        days_with_entries=_t("Days with a journal entry: {count}"),
        month=_t("Month"),
        mean=_t("Average"),
        count=_t("Days"),
        wins_per_week=_t("Small wins per week"),
        wins=_t("Small wins"),
        untitled_win=_t("A small win"),
        no_wins=_t("No wins were marked in this period."),
        milestones=_t("Goals reached"),
        strategies=_t("Coping strategies used"),
        strategy_line=_t("{title}: used {uses} times, distress down {drop} on average (0-10)"),
        entries=_t("Journal entries chosen for this report"),
        no_data=_t("Nothing recorded in this period."),
        not_advice=_t(
            "This report is the person's own record, kept for their care. It is not a diagnosis."
        ),
    )
