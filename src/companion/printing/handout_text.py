"""The handout's words in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from companion.printing.handout import HandoutText


def handout_text(not_therapy: str) -> HandoutText:
    return HandoutText(
        not_therapy=not_therapy
        or QCoreApplication.translate("Handout", "Peer support, not therapy."),
        agenda=QCoreApplication.translate("Handout", "Agenda"),
        no_agenda=QCoreApplication.translate(
            "Handout", "No agenda was planned for this meeting. We will decide together."
        ),
        minutes=QCoreApplication.translate("Handout", "{n} min"),
        agreements=QCoreApplication.translate("Handout", "Our agreements"),
        check_in=QCoreApplication.translate("Handout", "Check-in"),
        check_out=QCoreApplication.translate("Handout", "Check-out"),
        tool=QCoreApplication.translate("Handout", "Tool of the week"),
        no_tool=QCoreApplication.translate("Handout", "No tool was chosen for this week."),
        shared=QCoreApplication.translate("Handout", "Strategies shared in the group"),
        resources=QCoreApplication.translate("Handout", "Resources"),
        crisis=QCoreApplication.translate("Handout", "If you need help now"),
        next_meeting=QCoreApplication.translate("Handout", "Next meeting"),
        notes=QCoreApplication.translate("Handout", "My notes"),
        facilitators=QCoreApplication.translate("Handout", "Facilitators: {names}"),
        note_title=QCoreApplication.translate("Handout", "Handout: {topic} ({day})"),
    )
