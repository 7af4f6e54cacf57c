"""The safety plan, after Stanley and Brown: seven steps, written while calm, for hard moments."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from companion.domain.changes import Changed
from companion.printing.toolbox_text import plan_html
from companion.services.access import Services, describe
from companion.services.crisis import crisis_lines_for_card
from companion.settings import SettingsStore
from companion.ui.icons import icon
from companion.ui.models.timeline import IdRole
from companion.ui.widgets.common import SPACE_L, Notice, heading, paragraph
from companion.ui.widgets.dates import to_date, to_qdate
from companion.ui.widgets.dialogs import Dialogs
from companion.ui.widgets.empty import EmptyHint
from companion.ui.widgets.output import print_or_save

ContactRole = Qt.ItemDataRole.UserRole + 5


def step_titles() -> dict[int, tuple[str, str]]:
    return {
        1: (
            QCoreApplication.translate("SafetyPlan", "1. My warning signs"),
            QCoreApplication.translate(
                "SafetyPlan",
                "Thoughts, moods, situations or behaviours that tell me a crisis may be coming.",
            ),
        ),
        2: (
            QCoreApplication.translate("SafetyPlan", "2. Things I can do on my own"),
            QCoreApplication.translate(
                "SafetyPlan", "Ways to take my mind off things without contacting anyone."
            ),
        ),
        3: (
            QCoreApplication.translate(
                "SafetyPlan", "3. People and places that help me feel better"
            ),
            QCoreApplication.translate(
                "SafetyPlan", "People to be with, and places to go, that can distract me."
            ),
        ),
        4: (
            QCoreApplication.translate("SafetyPlan", "4. People I can ask for help"),
            QCoreApplication.translate("SafetyPlan", "Their name, and how to reach them."),
        ),
        5: (
            QCoreApplication.translate("SafetyPlan", "5. Professionals and services"),
            QCoreApplication.translate(
                "SafetyPlan",
                "My clinicians, local services and crisis lines. The crisis lines "
                "are also under Need help now.",
            ),
        ),
        6: (
            QCoreApplication.translate("SafetyPlan", "6. Making my surroundings safer"),
            QCoreApplication.translate(
                "SafetyPlan", "Steps that put distance between me and ways to harm myself."
            ),
        ),
        7: (
            QCoreApplication.translate("SafetyPlan", "7. My reasons for living"),
            QCoreApplication.translate("SafetyPlan", "In my own words."),
        ),
    }


class StepBox(QGroupBox):
    def __init__(self, step: int, title: str, hint: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.step = step
        self.list = QListWidget(self)
        self.list.setAccessibleName(title)
        self.list.setMaximumHeight(self.fontMetrics().height() * 8)
        EmptyHint(self.list, self.tr("Nothing here yet. Write a line below and choose Add."))
        self.text = QLineEdit(self)
        self.text.setAccessibleName(self.tr("Add to: %1").replace("%1", title))
        self.text.setPlaceholderText(self.tr("Add a line"))
        self.contact = QLineEdit(self)
        self.contact.setAccessibleName(self.tr("How to reach them"))
        self.contact.setPlaceholderText(self.tr("Phone or how to reach them"))
        self.contact.setVisible(step in (4, 5))
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.setAccessibleName(self.tr("Add to step %1").replace("%1", str(step)))
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setAccessibleName(
            self.tr("Remove the chosen line from step %1").replace("%1", str(step))
        )
        row = QHBoxLayout()
        row.addWidget(self.text, 2)
        row.addWidget(self.contact, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(paragraph(hint, self))
        layout.addWidget(self.list)
        layout.addLayout(row)
        self.extra = layout  # for step-specific buttons
        self.text.returnPressed.connect(self.add_button.click)
        self.contact.returnPressed.connect(self.add_button.click)


class SafetyPlanPage(QScrollArea):
    changed = Signal(object)

    def __init__(
        self,
        dialogs: Dialogs,
        settings: SettingsStore,
        crisis_override: Path | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._dialogs = dialogs
        self._settings = settings
        self._crisis_override = crisis_override
        self._services: Services | None = None
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(SPACE_L, SPACE_L, SPACE_L, SPACE_L)
        layout.setSpacing(SPACE_L)
        layout.addWidget(heading(self.tr("My safety plan"), parent=body))
        layout.addWidget(
            paragraph(
                self.tr(
                    "A plan for hard moments, written while you are calm. Go through the steps "
                    "in order until you feel safer. If you are in danger now, use Need help "
                    "now at the top right."
                ),
                body,
            )
        )
        self.notice = Notice(body)
        layout.addWidget(self.notice)
        self.steps: dict[int, StepBox] = {}
        for step, (title, hint) in step_titles().items():
            box = StepBox(step, title, hint, body)
            box.add_button.clicked.connect(lambda _=False, b=box: self._add(b))
            box.remove_button.clicked.connect(lambda _=False, b=box: self._remove(b))
            box.list.itemChanged.connect(self._edited)
            self.steps[step] = box
            layout.addWidget(box)
            if step == 2:
                self.prefill_button = QPushButton(self.tr("Add my best strategies"), box)
                self.prefill_button.setAccessibleName(
                    self.tr("Add the strategies that help me most to step 2")
                )
                box.extra.addWidget(self.prefill_button)
                self.prefill_button.clicked.connect(self._prefill)
        review = QHBoxLayout()
        review.addWidget(QLabel(self.tr("Look at this plan again on"), body))
        self.review = QDateEdit(body)
        self.review.setCalendarPopup(True)
        self.review.setAccessibleName(self.tr("Review date"))
        review.addWidget(self.review)
        review.addStretch(1)
        self.print_button = QPushButton(self.tr("Print or save as a card…"), body)
        self.print_button.setIcon(icon("print"))
        self.print_button.setAccessibleName(self.tr("Print the safety plan or save it as a PDF"))
        review.addWidget(self.print_button)
        layout.addLayout(review)
        layout.addStretch(1)
        self.setWidget(body)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.review.dateChanged.connect(self._review_changed)
        self.print_button.clicked.connect(self.print_card)

    # -- VaultPage ---------------------------------------------------------------------------

    def attach(self, services: Services) -> None:
        self._services = services
        self.refresh()

    def save_drafts(self) -> None:
        for box in self.steps.values():
            if box.text.text().strip():
                self._add(box)

    def detach(self) -> None:
        self._services = None
        for box in self.steps.values():
            box.list.clear()
            box.text.setText("")
            box.contact.setText("")
        self.notice.clear_message()

    def follow(self, _changed: Changed) -> None:
        self.refresh()

    def refresh(self) -> None:
        if self._services is None:
            return
        plan = self._services.toolbox.plan()
        for step, box in self.steps.items():
            box.list.blockSignals(True)
            box.list.clear()
            for item in plan[step]:
                text = f"{item.text} — {item.contact}" if item.contact else item.text
                row = QListWidgetItem(text)
                row.setData(IdRole, item.id)
                row.setData(ContactRole, item.contact)
                row.setFlags(row.flags() | Qt.ItemFlag.ItemIsEditable)
                box.list.addItem(row)
            box.list.blockSignals(False)
        review = self._services.toolbox.review_date()
        self.review.blockSignals(True)
        self.review.setDate(to_qdate(review) if review else QDate.currentDate().addMonths(3))
        self.review.blockSignals(False)

    # -- edits -----------------------------------------------------------------------------------

    def _add(self, box: StepBox) -> None:
        if self._services is None:
            return
        try:
            self._services.toolbox.add_plan_item(box.step, box.text.text(), box.contact.text())
        except ValueError as exc:
            self.notice.show_error(describe(exc))
            return
        box.text.setText("")
        box.contact.setText("")
        self.notice.clear_message()
        self.refresh()
        if self._services.toolbox.review_date() is None:
            self._review_changed(self.review.date())

    def _remove(self, box: StepBox) -> None:
        item = box.list.currentItem()
        if self._services is None or item is None:
            return
        self._services.toolbox.remove_plan_item(item.data(IdRole))
        self.refresh()

    def _edited(self, item: QListWidgetItem) -> None:
        if self._services is None:
            return
        contact = item.data(ContactRole) or ""
        text = item.text()
        suffix = f" — {contact}"
        if contact and text.endswith(suffix):
            text = text[: -len(suffix)]
        try:
            self._services.toolbox.update_plan_item(item.data(IdRole), text, contact)
        except ValueError as exc:
            self.notice.show_error(describe(exc))
        self.refresh()

    def _prefill(self) -> None:
        if self._services is None:
            return
        added = self._services.toolbox.prefill_coping()
        if added:
            self.notice.show_info(
                self.tr("Added %n strategies that have helped you.", "", len(added))
            )
        else:
            self.notice.show_info(
                self.tr(
                    'Nothing new to add yet. Log uses in the Toolbox with "I used this" to see '
                    "what helps."
                )
            )
        self.refresh()

    def card_html(self) -> str:
        """The one-page card: the plan as it stands, and the crisis lines for the country."""
        assert self._services is not None
        plan = self._services.toolbox.plan()
        steps = {step: [(i.text, i.contact) for i in items] for step, items in plan.items()}
        return plan_html(steps, crisis_lines_for_card(self._settings, self._crisis_override))

    def print_card(self) -> None:
        if self._services is None:
            return
        saved = print_or_save(
            self,
            self._dialogs,
            self.card_html(),
            self.tr("My safety plan"),
            self.tr("My safety plan.pdf"),
        )
        if saved is not None:
            self.notice.show_info(self.tr("Saved to %1.").replace("%1", str(saved)))

    def _review_changed(self, value: QDate) -> None:
        if self._services is not None:
            self._services.toolbox.set_review_date(to_date(value))
