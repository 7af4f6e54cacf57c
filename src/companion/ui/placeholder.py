"""A calm page for a section whose content arrives in a later release."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from companion.services.access import Services
from companion.ui.widgets.common import centered_column, heading, paragraph


class SectionPage(QWidget):
    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        col = centered_column(self, 74)
        col.addWidget(heading(title, parent=self))
        col.addWidget(paragraph(text, self))

    def attach(self, services: Services) -> None:
        pass

    def save_drafts(self) -> None:
        pass

    def detach(self) -> None:
        pass
