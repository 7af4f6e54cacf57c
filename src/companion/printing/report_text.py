"""The report's words in the user's language (through Qt's translators)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from companion.printing.report import ReportText


def report_text() -> ReportText:
    return ReportText(
        title=QCoreApplication.translate("Report", "Progress report"),
        period=QCoreApplication.translate("Report", "From {first} to {last}"),
        prepared=QCoreApplication.translate(
            "Report",
            "Prepared with Companion on {today}. It holds only what its owner chose to share.",
        ),
        mood=QCoreApplication.translate("Report", "Mood"),
        mood_words={
            1: QCoreApplication.translate("Report", "Very low"),
            2: QCoreApplication.translate("Report", "Low"),
            3: QCoreApplication.translate("Report", "Okay"),
            4: QCoreApplication.translate("Report", "Good"),
            5: QCoreApplication.translate("Report", "Great"),
        },
        average=QCoreApplication.translate("Report", "Average over the period: {value}"),
        days_with_entries=QCoreApplication.translate(
            "Report", "Days with a journal entry: {count}"
        ),
        month=QCoreApplication.translate("Report", "Month"),
        mean=QCoreApplication.translate("Report", "Average"),
        count=QCoreApplication.translate("Report", "Days"),
        wins_per_week=QCoreApplication.translate("Report", "Small wins per week"),
        wins=QCoreApplication.translate("Report", "Small wins"),
        untitled_win=QCoreApplication.translate("Report", "A small win"),
        no_wins=QCoreApplication.translate("Report", "No wins were marked in this period."),
        milestones=QCoreApplication.translate("Report", "Goals reached"),
        strategies=QCoreApplication.translate("Report", "Coping strategies used"),
        strategy_line=QCoreApplication.translate(
            "Report", "{title}: used {uses} times, distress down {drop} on average (0-10)"
        ),
        entries=QCoreApplication.translate("Report", "Journal entries chosen for this report"),
        no_data=QCoreApplication.translate("Report", "Nothing recorded in this period."),
        not_advice=QCoreApplication.translate(
            "Report",
            "This report is the person's own record, kept for their care. It is not a diagnosis.",
        ),
    )
