"""Settings > Backups: how automatic backups are locked, where they go, back up
now, and restore one (into a new folder, checked, then switched to on request)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox, QGridLayout, QGroupBox, QPushButton, QVBoxLayout, QWidget

from companion.services.access import Services, describe
from companion.services.backups import BackupMode
from companion.services.tasks import Tasks
from companion.ui.widgets.common import SPACE_M, Notice, busy_bar, paragraph
from companion.ui.widgets.dialogs import Dialogs
from companion.vault import backup
from companion.vault.errors import VaultError


class BackupSettings(QGroupBox):
    # A restored and checked vault the person asked to use now: (restored folder).
    switch_requested = Signal(object)
    backed_up = Signal()

    def __init__(self, tasks: Tasks, dialogs: Dialogs, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Automatic backups"), parent)
        self._tasks = tasks
        self._dialogs = dialogs
        self._services: Services | None = None
        layout = QVBoxLayout(self)
        layout.setSpacing(SPACE_M)
        layout.addWidget(
            paragraph(
                self.tr(
                    "Companion backs up your whole journal once a day while it is open, and "
                    "keeps the newest ten. Backups are encrypted: your recovery code opens "
                    "them, or a backup passphrase if you choose one."
                ),
                self,
            )
        )
        self.mode = QComboBox(self)
        self.mode.addItem(self.tr("Daily, opened with my recovery code"), BackupMode.RECOVERY_CODE)
        self.mode.addItem(self.tr("Daily, opened with a backup passphrase"), BackupMode.PASSPHRASE)
        self.mode.addItem(self.tr("Off"), BackupMode.OFF)
        self.mode.setAccessibleName(self.tr("Automatic backups"))
        layout.addWidget(self.mode)
        self.folder_label = paragraph("", self)
        self.last_label = paragraph("", self)
        self.last_label.setAccessibleName(self.tr("Last backup"))
        layout.addWidget(self.folder_label)
        layout.addWidget(self.last_label)
        self.busy = busy_bar(self)
        layout.addWidget(self.busy)
        self.notice = Notice(self)
        layout.addWidget(self.notice)
        buttons = QGridLayout()
        self.now_button = QPushButton(self.tr("Back up now"), self)
        self.folder_button = QPushButton(self.tr("Choose backup folder…"), self)
        self.default_button = QPushButton(self.tr("Use the standard folder"), self)
        self.restore_button = QPushButton(self.tr("Restore from a backup…"), self)
        for i, button in enumerate(
            (self.now_button, self.folder_button, self.restore_button, self.default_button)
        ):
            button.setAccessibleName(button.text().rstrip("…"))
            buttons.addWidget(button, i // 2, i % 2)
        buttons.setColumnStretch(2, 1)
        layout.addLayout(buttons)
        self.mode.activated.connect(self._mode_chosen)
        self.now_button.clicked.connect(self.back_up_now)
        self.folder_button.clicked.connect(self._choose_folder)
        self.default_button.clicked.connect(lambda: self._set(folder=None))
        self.restore_button.clicked.connect(self.restore)

    def attach(self, services: Services) -> None:
        self._services = services
        self.refresh()

    def detach(self) -> None:
        self._services = None
        self.notice.clear_message()

    def refresh(self) -> None:
        services = self._services
        if services is None:
            return
        backups = services.backups
        config = backups.config()
        self.mode.setCurrentIndex(self.mode.findData(config.mode))
        # Only a vault whose recovery code was made by this version has a backup key.
        model = self.mode.model()
        if isinstance(model, QStandardItemModel):
            model.item(0).setEnabled(config.has_recovery_key)
        self.folder_label.setText(self.tr("Backup folder: %1").replace("%1", str(backups.folder())))
        self.default_button.setVisible(config.folder is not None)
        last = backups.last_backup()
        self.last_label.setText(
            self.tr("Last backup: %1").replace(
                "%1",
                QLocale().toString(
                    QDateTime(
                        QDate(last.year, last.month, last.day),
                        QTime(last.hour, last.minute, last.second),
                    ),
                    QLocale.FormatType.LongFormat,
                ),
            )
            if last
            else self.tr("No backup yet.")
        )

    # -- choices ---------------------------------------------------------------------------

    def _mode_chosen(self) -> None:
        mode = BackupMode(self.mode.currentData())
        services = self._services
        if services is None:
            return
        passphrase = None
        if mode is BackupMode.PASSPHRASE:
            passphrase = self._dialogs.ask_passphrase(
                self,
                self.tr("Backup passphrase"),
                self.tr("A passphrase for your backups. You need it to restore one:"),
            )
            again = (
                self._dialogs.ask_passphrase(
                    self, self.tr("Backup passphrase"), self.tr("Type it again:")
                )
                if passphrase
                else None
            )
            if not passphrase or again != passphrase:
                if passphrase:
                    self.notice.show_error(self.tr("The two passphrases differ. Nothing changed."))
                self.refresh()
                return
        self._set(mode=mode, passphrase=passphrase)

    def _choose_folder(self) -> None:
        folder = self._dialogs.open_folder(self, self.tr("Choose the backup folder"), Path.home())
        if folder is not None:
            self._set(folder=folder)

    def _set(
        self,
        mode: BackupMode | None = None,
        folder: Path | str | None = "keep",
        passphrase: str | None = None,
    ) -> None:
        services = self._services
        if services is None:
            return
        config = services.backups.config()
        try:
            services.backups.configure(
                mode or config.mode,
                config.folder if isinstance(folder, str) else folder,
                passphrase,
            )
        except ValueError:
            self.notice.show_error(
                self.tr(
                    "Choose a backup passphrase first, or keep backups with your recovery code."
                )
            )
        except VaultError as exc:  # a passphrase too short for a file that travels
            self.refresh()
            self.notice.show_error(describe(exc))
            return
        self.refresh()

    # -- doing ------------------------------------------------------------------------------

    def back_up_now(self) -> None:
        services = self._services
        if services is None:
            return
        self.busy.show()
        self.now_button.setEnabled(False)

        def done(target: object) -> None:
            self.busy.hide()
            self.now_button.setEnabled(True)
            self.notice.show_info(self.tr("Backed up to %1.").replace("%1", str(target)))
            self.refresh()
            self.backed_up.emit()

        def failed(error: BaseException) -> None:
            self.busy.hide()
            self.now_button.setEnabled(True)
            self.notice.show_error(describe(error))

        self._tasks.submit(lambda: services.backups.run(datetime.now()), done, failed)

    def restore(self) -> None:
        services = self._services
        if services is None:
            return
        d = self._dialogs
        source = d.open_path(
            self,
            self.tr("Restore from a backup"),
            services.backups.folder(),
            self.tr("Companion backup (*.age)"),
        )
        if source is None:
            return
        if backup.locked_with_recovery_code(source):
            secret = d.ask_passphrase(
                self, self.tr("Restore"), self.tr("Your recovery code opens this backup:")
            )
            vault_secret = secret
        else:
            secret = d.ask_passphrase(
                self, self.tr("Restore"), self.tr("The backup passphrase of this backup:")
            )
            vault_secret = (
                d.ask_passphrase(
                    self,
                    self.tr("Restore"),
                    self.tr("The passphrase of your journal in that backup:"),
                )
                if secret
                else None
            )
        if not secret or not vault_secret:
            return
        target = backup.restored_name(services.session.folder, datetime.now())
        self.busy.show()
        self.restore_button.setEnabled(False)

        def done(_: object) -> None:
            self.busy.hide()
            self.restore_button.setEnabled(True)
            if d.confirm(
                self,
                self.tr("Restored"),
                self.tr(
                    "The backup is restored and checked. Use it now instead of the journal "
                    "you have open? The one you have open now is kept, not deleted: it "
                    "moves to a folder beside it."
                ),
                self.tr("Use the restored journal"),
                self.tr("Not now"),
            ):
                self.switch_requested.emit(target)
            else:
                self.notice.show_info(
                    self.tr("The restored journal is in %1. Nothing else was changed.").replace(
                        "%1", str(target)
                    )
                )

        def failed(error: BaseException) -> None:
            self.busy.hide()
            self.restore_button.setEnabled(True)
            self.notice.show_error(describe(error))

        self._tasks.submit(
            lambda: backup.restore(source, secret, target, vault_secret), done, failed
        )
