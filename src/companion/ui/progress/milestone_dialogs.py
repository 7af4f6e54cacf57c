"""Small dialogs for milestones: a new counter or goal, and a lapse as a reflection."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from companion.ui.widgets.dates import to_qdate


class MilestoneDialog(QDialog):
    """Name and date for a new 'days since' counter or a goal."""

    def __init__(self, goal: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.goal = goal
        self.setWindowTitle(self.tr("Set a goal") if goal else self.tr("Count the days since…"))
        self.label = QLineEdit(self)
        self.label.setAccessibleName(self.tr("Name, in your own words"))
        self.label.setPlaceholderText(
            self.tr("For example: Walk 5 km") if goal else self.tr("For example: Alcohol-free")
        )
        self.day = QDateEdit(self)
        self.day.setCalendarPopup(True)
        self.day.setAccessibleName(self.tr("Target date") if goal else self.tr("Start date"))
        today = date.today()
        if goal:
            self.day.setMinimumDate(to_qdate(today))
            self.day.setDate(to_qdate(today).addDays(30))
        else:
            self.day.setMaximumDate(to_qdate(today))
            self.day.setDate(to_qdate(today))
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.label)
        form.addRow(self.tr("Target date") if goal else self.tr("Counting from"), self.day)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)


class LapseDialog(QDialog):
    """A lapse is a reflection: some words, and the choice to count again from that day."""

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("A hard moment"))
        intro = QLabel(
            self.tr(
                "Slips happen on the way to recovery, and they do not erase the days behind "
                "you. Write a little about what happened, if you like; it goes in your "
                "journal as a reflection."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.day = QDateEdit(self)
        self.day.setCalendarPopup(True)
        self.day.setAccessibleName(self.tr("When"))
        self.day.setMaximumDate(to_qdate(date.today()))
        self.day.setDate(to_qdate(date.today()))
        self.reflection = QPlainTextEdit(self)
        self.reflection.setAccessibleName(self.tr("Reflection"))
        self.reflection.setPlaceholderText(
            self.tr("What happened, what helped, what I'll try next")
        )
        self.restart = QCheckBox(
            self.tr("Start counting %1 again from this day").replace("%1", label), self
        )
        self.restart.setAccessibleName(self.tr("Start counting again from this day"))
        self.restart.setChecked(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        form = QFormLayout()
        form.addRow(self.tr("When"), self.day)
        layout.addLayout(form)
        layout.addWidget(self.reflection)
        layout.addWidget(self.restart)
        layout.addWidget(buttons)
