"""The Settings page. Security is its first section; later sections join it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from companion.services.access import Services
from companion.ui.settings.appearance import AppearanceSettings
from companion.ui.settings.backups import BackupSettings
from companion.ui.settings.reminders import ReminderSettings
from companion.ui.settings.security import SecuritySettings
from companion.ui.settings.sync import SyncSettings
from companion.ui.settings.trackers import TrackerSettings
from companion.ui.widgets.common import SPACE_L, heading


class SettingsPage(QScrollArea):
    def __init__(
        self,
        security: SecuritySettings,
        trackers: TrackerSettings,
        sync: SyncSettings,
        backups: BackupSettings,
        appearance: AppearanceSettings,
        reminders: ReminderSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.security = security
        self.trackers = trackers
        self.sync = sync
        self.backups = backups
        self.appearance = appearance
        self.reminders = reminders
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(SPACE_L, SPACE_L, SPACE_L, SPACE_L)
        layout.addWidget(heading(self.tr("Settings"), parent=body))
        layout.addWidget(heading(self.tr("Language and appearance"), level=2, parent=body))
        layout.addWidget(appearance)
        layout.addWidget(heading(self.tr("Reminders"), level=2, parent=body))
        layout.addWidget(reminders)
        layout.addWidget(heading(self.tr("Security"), level=2, parent=body))
        layout.addWidget(security)
        layout.addWidget(heading(self.tr("Journal"), level=2, parent=body))
        layout.addWidget(trackers)
        layout.addWidget(heading(self.tr("Backups"), level=2, parent=body))
        layout.addWidget(backups)
        layout.addWidget(heading(self.tr("Sync"), level=2, parent=body))
        layout.addWidget(sync)
        self.setWidget(body)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        # Wrap instead of scrolling sideways, at any font size.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def attach(self, services: Services) -> None:
        self.trackers.attach(services)
        self.backups.attach(services)
        self.sync.refresh()

    def save_drafts(self) -> None:
        pass

    def detach(self) -> None:
        self.security.detach()
        self.trackers.detach()
        self.backups.detach()
