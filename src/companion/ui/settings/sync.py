"""Settings > Sync: choose the sync folder and passphrase, sync now, stop syncing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QGridLayout, QGroupBox, QPushButton, QVBoxLayout, QWidget

from companion.exchange.sync_folder import SyncFolderError, has_key
from companion.services.tasks import Tasks
from companion.ui.sync import SyncController
from companion.ui.sync_conflicts import ConflictsDialog
from companion.ui.widgets.common import SPACE_M, Notice, busy_bar, paragraph
from companion.ui.widgets.dialogs import Dialogs


class SyncSettings(QGroupBox):
    def __init__(
        self,
        controller: SyncController,
        tasks: Tasks,
        dialogs: Dialogs,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Sync between your devices"), parent)
        self._controller = controller
        self._tasks = tasks
        self._dialogs = dialogs
        layout = QVBoxLayout(self)
        layout.setSpacing(SPACE_M)
        layout.addWidget(
            paragraph(
                self.tr(
                    "Companion can keep your other computer up to date through a folder that "
                    "a sync app you already use carries (Syncthing, Nextcloud, Dropbox) or a "
                    "USB stick. Everything in that folder is encrypted with a sync passphrase "
                    "you choose; the sync app never sees your journal."
                ),
                self,
            )
        )
        self.folder_label = paragraph("", self)
        self.status_label = paragraph("", self)
        self.status_label.setAccessibleName(self.tr("Sync status"))
        self.problem_label = paragraph("", self)
        self.problem_label.setAccessibleName(self.tr("Sync problems"))
        self.problem_label.hide()
        layout.addWidget(self.folder_label)
        layout.addWidget(self.status_label)
        layout.addWidget(self.problem_label)
        self.busy = busy_bar(self)
        layout.addWidget(self.busy)
        self.notice = Notice(self)
        layout.addWidget(self.notice)
        # Two short rows, not one long one: at large text sizes a row of four
        # buttons would be wider than the page.
        buttons = QGridLayout()
        self.choose_button = QPushButton(self.tr("Choose sync folder…"), self)
        self.sync_button = QPushButton(self.tr("Sync now"), self)
        self.conflicts_button = QPushButton(self.tr("Resolve conflicts…"), self)
        self.leave_button = QPushButton(self.tr("Stop syncing on this computer"), self)
        for i, button in enumerate(
            (self.choose_button, self.sync_button, self.conflicts_button, self.leave_button)
        ):
            button.setAccessibleName(button.text().rstrip("…"))
            buttons.addWidget(button, i // 2, i % 2)
        buttons.setColumnStretch(2, 1)
        layout.addLayout(buttons)
        self.choose_button.clicked.connect(self.choose_folder)
        self.sync_button.clicked.connect(controller.sync_now)
        self.conflicts_button.clicked.connect(self.resolve_conflicts)
        self.leave_button.clicked.connect(self.leave)
        controller.status_changed.connect(self.status_label.setText)
        controller.problem_changed.connect(self._show_problem)
        controller.conflicts_changed.connect(lambda n: self.conflicts_button.setVisible(n > 0))
        self.refresh()

    def refresh(self) -> None:
        syncer = self._controller.syncer
        status = syncer.status() if syncer is not None else None
        configured = bool(status and status.configured)
        self.folder_label.setText(
            self.tr("Sync folder: %1").replace("%1", status.folder or "")
            if status is not None and status.configured
            else self.tr("Sync is off on this computer.")
        )
        self.sync_button.setVisible(configured)
        self.leave_button.setVisible(configured)
        self.conflicts_button.setVisible(bool(status and status.conflicts))
        self.choose_button.setText(
            self.tr("Change sync folder…") if configured else self.tr("Choose sync folder…")
        )
        self._controller.refresh_status()

    def _show_problem(self, text: str) -> None:
        self.problem_label.setText(text)
        self.problem_label.setAccessibleDescription(text)
        self.problem_label.setVisible(bool(text))

    # -- setting up ------------------------------------------------------------------------

    def choose_folder(self) -> None:
        syncer = self._controller.syncer
        if syncer is None:
            return
        folder = self._dialogs.open_folder(self, self.tr("Choose the sync folder"), Path.home())
        if folder is None:
            return
        joining = has_key(folder)
        passphrase = self._dialogs.ask_passphrase(
            self,
            self.tr("Sync passphrase"),
            self.tr("The sync passphrase you chose on your first computer:")
            if joining
            else self.tr(
                "Choose a sync passphrase. You will type it once on each of your computers."
            ),
        )
        if passphrase is None:
            return
        if not joining:
            again = self._dialogs.ask_passphrase(
                self, self.tr("Sync passphrase"), self.tr("Type the sync passphrase again:")
            )
            if again != passphrase:
                self.notice.show_error(
                    self.tr("The two passphrases differ. Nothing was changed; try again.")
                )
                return
        self.busy.show()
        self.choose_button.setEnabled(False)
        self.notice.clear_message()

        def done(created: object) -> None:
            self.busy.hide()
            self.choose_button.setEnabled(True)
            self.notice.show_info(
                self.tr("Sync is on. Set it up on your other computer with the same folder.")
                if created
                else self.tr("This computer now syncs with your others.")
            )
            self._controller.start_if_configured()
            self.refresh()

        def failed(error: BaseException) -> None:
            self.busy.hide()
            self.choose_button.setEnabled(True)
            if isinstance(error, SyncFolderError):
                self.notice.show_error(str(error))
            else:
                raise error

        self._tasks.submit(lambda: syncer.setup(folder, passphrase), done, failed)

    def leave(self) -> None:
        syncer = self._controller.syncer
        if syncer is None or not self._dialogs.confirm(
            self,
            self.tr("Stop syncing"),
            self.tr(
                "Stop syncing on this computer? Your journal here stays as it is, and so do "
                "the sync folder and your other computers."
            ),
            self.tr("Stop syncing"),
            self.tr("Keep syncing"),
        ):
            return
        self._controller.detach_folder()
        syncer.leave()
        self.notice.show_info(self.tr("This computer no longer syncs."))
        self.refresh()

    def resolve_conflicts(self) -> None:
        syncer = self._controller.syncer
        if syncer is None:
            return
        dialog = ConflictsDialog(syncer, self)
        dialog.finished.connect(lambda _: self._controller.after_resolving())
        dialog.open()
