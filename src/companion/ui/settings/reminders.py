"""Settings > Reminders: a tray icon, and a daily reminder to check in."""

from __future__ import annotations

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QCheckBox, QGroupBox, QHBoxLayout, QTimeEdit, QVBoxLayout, QWidget

from companion.settings import SettingsStore
from companion.ui.reminders import Reminders, parse_time
from companion.ui.widgets.common import paragraph


class ReminderSettings(QGroupBox):
    def __init__(
        self, store: SettingsStore, reminders: Reminders, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Tray and check-in reminder"), parent)
        self._store = store
        self._reminders = reminders
        settings = store.load()
        layout = QVBoxLayout(self)
        self.tray = QCheckBox(self.tr("Show Companion in the system tray"), self)
        self.tray.setChecked(settings.tray_icon)
        layout.addWidget(self.tray)
        if not reminders.tray_available():
            self.tray.setEnabled(False)
            layout.addWidget(
                paragraph(self.tr("This desktop has no system tray, so there is no icon."), self)
            )
        row = QHBoxLayout()
        self.remind = QCheckBox(self.tr("Remind me to check in every day at"), self)
        self.time = QTimeEdit(self)
        self.time.setDisplayFormat("HH:mm")
        self.time.setAccessibleName(self.tr("Reminder time"))
        at = parse_time(settings.reminder_time)
        self.remind.setChecked(at is not None)
        self.time.setTime(QTime(at.hour, at.minute) if at else QTime(20, 0))
        self.time.setEnabled(at is not None)
        row.addWidget(self.remind)
        row.addWidget(self.time)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(
            paragraph(
                self.tr(
                    "The reminder only says \u201cTime for your check-in\u201d. It never shows "
                    "anything you wrote."
                ),
                self,
            )
        )
        self.tray.toggled.connect(self._tray_changed)
        self.remind.toggled.connect(self._reminder_changed)
        self.time.timeChanged.connect(self._reminder_changed)

    def _tray_changed(self, on: bool) -> None:
        self._store.update(tray_icon=on)
        self._reminders.apply()

    def _reminder_changed(self) -> None:
        on = self.remind.isChecked()
        self.time.setEnabled(on)
        self._store.update(reminder_time=self.time.time().toString("HH:mm") if on else "")
