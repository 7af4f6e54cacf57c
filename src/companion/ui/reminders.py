"""The optional tray icon and the daily check-in reminder.

The reminder says only "Time for your check-in": never anything from the journal,
since a notification can show on a locked or shared screen.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon, QWidget

from companion.settings import SettingsStore

CHECK_EVERY_MS = 30_000


def reminder_text() -> str:
    return QCoreApplication.translate("Reminders", "Time for your check-in")


def parse_time(text: str) -> time | None:
    try:
        return time.fromisoformat(text) if text else None
    except ValueError:
        return None


def reminder_due(now: datetime, at: time | None, last_day: str) -> bool:
    """Once a day, from the chosen time on (a laptop asleep at that moment is
    reminded when it wakes, the same day)."""
    return at is not None and now.time() >= at and last_day != now.date().isoformat()


class Reminders(QObject):
    reminded = Signal(str)  # the text shown, for the status line and tests
    open_requested = Signal()
    check_in_requested = Signal()
    lock_requested = Signal()
    quit_requested = Signal()

    def __init__(
        self,
        store: SettingsStore,
        icon: QIcon,
        window: QWidget,
        now: Callable[[], datetime] = datetime.now,
    ) -> None:
        super().__init__(window)
        self._store = store
        self._window = window
        self._now = now
        self.tray: QSystemTrayIcon | None = None
        self._icon = icon
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        self.apply()

    @staticmethod
    def tray_available() -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def apply(self) -> None:
        """Show or hide the tray icon as the settings say."""
        wanted = self._store.load().tray_icon and self.tray_available()
        if wanted and self.tray is None:
            self.tray = self._make_tray()
            self.tray.show()
        elif not wanted and self.tray is not None:
            self.tray.hide()
            self.tray.deleteLater()
            self.tray = None

    def _make_tray(self) -> QSystemTrayIcon:
        tray = QSystemTrayIcon(self._icon, self)
        tray.setToolTip(QCoreApplication.translate("Reminders", "Companion"))
        menu = QMenu(self._window)
        for text, signal in (
            (QCoreApplication.translate("Reminders", "Open Companion"), self.open_requested),
            (QCoreApplication.translate("Reminders", "Check in now"), self.check_in_requested),
            (QCoreApplication.translate("Reminders", "Lock"), self.lock_requested),
            (QCoreApplication.translate("Reminders", "Quit"), self.quit_requested),
        ):
            action = QAction(text, menu)
            action.triggered.connect(signal.emit)
            menu.addAction(action)
        tray.setContextMenu(menu)
        tray.activated.connect(
            lambda reason: (
                self.open_requested.emit()
                if reason == QSystemTrayIcon.ActivationReason.Trigger
                else None
            )
        )
        return tray

    def check(self) -> None:
        settings = self._store.load()
        now = self._now()
        if not reminder_due(now, parse_time(settings.reminder_time), settings.last_reminder_day):
            return
        self._store.update(last_reminder_day=now.date().isoformat())
        text = reminder_text()
        if self.tray is not None and QSystemTrayIcon.supportsMessages():
            self.tray.showMessage(
                QCoreApplication.translate("Reminders", "Companion"),
                text,
                QSystemTrayIcon.MessageIcon.Information,
            )
        else:
            QApplication.alert(self._window)
        self.reminded.emit(text)
