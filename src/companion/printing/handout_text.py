"""The handout's words in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from companion.printing.handout import HandoutText


def handout_text(not_therapy: str) -> HandoutText:
    def t(text: str) -> str:
        return QCoreApplication.translate("Handout", text)

    return HandoutText(
        not_therapy=not_therapy or t("Peer support, not therapy."),
        agenda=t("Agenda"),
        no_agenda=t("No agenda was planned for this meeting. We will decide together."),
        minutes=t("{n} min"),
        agreements=t("Our agreements"),
        check_in=t("Check-in"),
        check_out=t("Check-out"),
        tool=t("Tool of the week"),
        no_tool=t("No tool was chosen for this week."),
        shared=t("Strategies shared in the group"),
        resources=t("Resources"),
        crisis=t("If you need help now"),
        next_meeting=t("Next meeting"),
        notes=t("My notes"),
        facilitators=t("Facilitators: {names}"),
    )
