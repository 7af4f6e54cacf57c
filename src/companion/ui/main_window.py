"""The main window: first run, unlock, the shell, and the lock flow.

The lock flow follows KeePassXC: close child dialogs, save drafts, clear every
page (editors, undo history, models), clear the clipboard we set, close the
connection and drop the key, then show the unlock page.
"""

from __future__ import annotations

import base64
import logging
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from companion import __version__
from companion.domain.changes import Changed
from companion.services.access import Access, Created, RememberMe, Services, describe
from companion.services.tasks import Tasks
from companion.settings import SettingsStore
from companion.ui.clipboard import SecretClipboard
from companion.ui.exchange import ExchangeFlow
from companion.ui.first_run import CreateVaultPage, RecoveryCodePage
from companion.ui.help_now import HelpNowDialog
from companion.ui.icons import icon
from companion.ui.idle import IdleWatcher, ScreenLockWatcher
from companion.ui.reminders import Reminders
from companion.ui.settings.security import SecuritySettings
from companion.ui.shell import Section, Shell
from companion.ui.shortcuts import quit_keys
from companion.ui.sync import SyncController
from companion.ui.theme import Appearance
from companion.ui.today import TodayPage
from companion.ui.unlock import UnlockPage
from companion.ui.widgets.dialogs import Dialogs

if TYPE_CHECKING:  # imported for real on first visit to the page
    from companion.ui.journal.page import JournalPage
    from companion.ui.progress.page import ProgressPage
    from companion.ui.toolbox.page import ToolboxPage

log = logging.getLogger(__name__)

TODAY, JOURNAL, PROGRESS, TOOLBOX, SAFETY_PLAN, RESOURCES, SETTINGS = 0, 1, 2, 3, 4, 6, 7


MAX_SCREEN_SETUPS = 8


def screens_key() -> str:
    """The set of screens attached now, by name and size."""
    return "; ".join(
        f"{s.name()} {s.size().width()}x{s.size().height()}" for s in QApplication.screens()
    )


class MainWindow(QMainWindow):
    def __init__(
        self,
        access: Access,
        store: SettingsStore,
        tasks: Tasks,
        keyring_tasks: Tasks,
        dialogs: Dialogs,
        clipboard: SecretClipboard,
        idle: IdleWatcher,
        screen_lock: ScreenLockWatcher | None = None,
        crisis_override: Path | None = None,
        appearance: Appearance | None = None,
    ) -> None:
        super().__init__()
        self.appearance = appearance
        self.access = access
        self.store = store
        self.tasks = tasks
        self.keyring_tasks = keyring_tasks
        self.dialogs = dialogs
        self.clipboard = clipboard
        self.idle = idle
        self.crisis_override = crisis_override
        self.help_dialog: HelpNowDialog | None = None
        self._remember_state = RememberMe(False, self.tr("Looking for a system keyring…"))
        self.setWindowTitle(self.tr("Companion"))
        self.setMinimumSize(640, 480)

        self.create_page = CreateVaultPage(self)
        self.recovery_page = RecoveryCodePage(clipboard, dialogs, self)
        self.unlock_page = UnlockPage(self)
        self.security = SecuritySettings(access, tasks, keyring_tasks, store, dialogs, clipboard)
        self.shell = Shell(self._sections(), self)
        self.shell.page_created.connect(self._wire)
        self.shell.page(TODAY)
        self.stack = QStackedWidget(self)
        for page in (self.create_page, self.recovery_page, self.unlock_page, self.shell):
            self.stack.addWidget(page)
        self.setCentralWidget(self.stack)
        self.exchange = ExchangeFlow(
            self, dialogs, tasks, lambda: self.access.services, self._reload_after_import
        )
        self.sync = SyncController(tasks, self)
        self.reminders = Reminders(store, QApplication.windowIcon(), self)
        self.reminders.open_requested.connect(self.bring_to_front)
        self.reminders.check_in_requested.connect(self._check_in_from_tray)
        self.reminders.lock_requested.connect(self.lock)
        self.reminders.quit_requested.connect(self.close)
        self.reminders.reminded.connect(self._reminded)
        self.backup_timer = QTimer(self)  # daily backups while unlocked: checked hourly
        self.backup_timer.setInterval(60 * 60 * 1000)
        self.backup_timer.timeout.connect(self.back_up_if_due)
        # The first check, once the first pages have loaded. A timer the window owns
        # (not QTimer.singleShot with a callable), so it cannot fire after the window
        # is gone.
        self.backup_soon = QTimer(self)
        self.backup_soon.setSingleShot(True)
        self.backup_soon.setInterval(5000)
        self.backup_soon.timeout.connect(self.back_up_if_due)
        # Deletes whose undo offer is over leave the vault file. The pages with an offer
        # (journal, groups) purge when it ends; this catches every other kind within a
        # minute. Lock and unlock purge everything (services/purge.py).
        self.purge_timer = QTimer(self)
        self.purge_timer.setInterval(60 * 1000)
        self.purge_timer.timeout.connect(self._finish_deletes)
        self._build_menus()
        self._build_help_button()
        self._build_status_bar()

        self.create_page.create_requested.connect(self._create)
        self.recovery_page.finished.connect(self._enter_after_create)
        self.unlock_page.unlock_requested.connect(self._unlock)
        self.unlock_page.recover_requested.connect(self._recover)
        self.security.lock_requested.connect(self.lock)
        self.security.auto_lock_changed.connect(self.idle.set_minutes)
        self.idle.idle.connect(self._idle_lock)
        if screen_lock is not None:
            screen_lock.screen_locked.connect(self._screen_locked)
        self._restore_geometry()

    def _sections(self) -> list[Section]:
        # Each page is built on first visit; its module is imported only then.
        def today() -> QWidget:
            page = TodayPage(self.tasks)
            page.open_entry.connect(self._open_entry)
            page.write_entry.connect(self._write_entry)
            return page

        def journal() -> QWidget:
            from companion.ui.journal.page import JournalPage

            page = JournalPage(self.tasks, self.dialogs)
            page.open_note.connect(self._open_note)
            return page

        def progress() -> QWidget:
            from companion.ui.progress.page import ProgressPage

            return ProgressPage(self.tasks, self.dialogs)

        def toolbox() -> QWidget:
            from companion.ui.toolbox.page import ToolboxPage

            return ToolboxPage(self.tasks, self.dialogs)

        def safety_plan() -> QWidget:
            from companion.ui.safety.page import SafetyPlanPage

            return SafetyPlanPage(self.dialogs, self.store, self.crisis_override)

        def groups() -> QWidget:
            from companion.ui.groups.page import GroupsPage

            return GroupsPage(self.dialogs, self.store, self.crisis_override)

        def resources() -> QWidget:
            from companion.ui.resources.page import ResourcesPage

            return ResourcesPage(self.dialogs)

        def settings() -> QWidget:
            from companion.ui.settings.appearance import AppearanceSettings
            from companion.ui.settings.backups import BackupSettings
            from companion.ui.settings.page import SettingsPage
            from companion.ui.settings.reminders import ReminderSettings
            from companion.ui.settings.sync import SyncSettings
            from companion.ui.settings.trackers import TrackerSettings

            backups = BackupSettings(self.tasks, self.dialogs)
            backups.switch_requested.connect(self.switch_vault)
            backups.backed_up.connect(lambda: self.today.refresh())
            return SettingsPage(
                self.security,
                TrackerSettings(self.dialogs),
                SyncSettings(self.sync, self.tasks, self.dialogs),
                backups,
                AppearanceSettings(self.store, self.appearance),
                ReminderSettings(self.store, self.reminders),
            )

        return [
            (self.tr("Today"), "today", today),
            (self.tr("Journal"), "journal", journal),
            (self.tr("Progress"), "progress", progress),
            (self.tr("Toolbox"), "toolbox", toolbox),
            (self.tr("Safety plan"), "safety-plan", safety_plan),
            (self.tr("Groups"), "groups", groups),
            (self.tr("Resources"), "resources", resources),
            (self.tr("Settings"), "settings", settings),
        ]

    def _wire(self, index: int, page: QWidget) -> None:
        """A page that changes entries tells every other page that follows them."""
        for other in self.shell._built():
            if other is page:
                continue
            for source, target in ((page, other), (other, page)):
                changed = getattr(source, "changed", None)
                follow = getattr(target, "follow", None)
                if changed is not None and follow is not None:
                    changed.connect(follow)

    @property
    def today(self) -> TodayPage:
        return self.shell.page(TODAY)  # type: ignore[return-value]

    @property
    def journal(self) -> JournalPage:
        return self.shell.page(JOURNAL)  # type: ignore[return-value]

    @property
    def toolbox(self) -> ToolboxPage:
        return self.shell.page(TOOLBOX)  # type: ignore[return-value]

    @property
    def progress(self) -> ProgressPage:
        return self.shell.page(PROGRESS)  # type: ignore[return-value]

    def _open_note(self, note_id: str) -> None:
        self.shell.show_page(RESOURCES)
        self.shell.page(RESOURCES).open_note(note_id)  # type: ignore[attr-defined]

    def _open_entry(self, entry_id: str) -> None:
        self.shell.show_page(JOURNAL)
        self.journal.open(entry_id)

    def _write_entry(self, text: str) -> None:
        self.shell.show_page(JOURNAL)
        self.journal.new_entry(body=f"## {text}\n\n" if text else "")

    def _build_help_button(self) -> None:
        """'Need help now' sits in the menu bar's corner: always there, locked or not."""
        button = QPushButton(icon("help-now"), self.tr("Need help now"), self)
        button.setAccessibleName(self.tr("Need help now: crisis lines and your safety plan"))
        button.setToolTip(self.tr("Crisis lines, and your safety plan (Ctrl+Shift+H)"))
        button.setShortcut(QKeySequence("Ctrl+Shift+H"))
        button.clicked.connect(self.show_help_now)
        self.menuBar().setCornerWidget(button, Qt.Corner.TopRightCorner)
        self.help_button = button

    def show_help_now(self) -> None:
        if self.help_dialog is not None and self.help_dialog.isVisible():
            self.help_dialog.raise_()
            return
        if self.access.unlocked:
            # One click shows both: the crisis lines here, the safety plan behind them.
            self.shell.show_page(SAFETY_PLAN)
        dialog = HelpNowDialog(self.store, self.crisis_override, self.access.unlocked, self)
        dialog.open_safety_plan.connect(lambda: self.shell.show_page(SAFETY_PLAN))
        self.help_dialog = dialog
        dialog.open()

    def _build_status_bar(self) -> None:
        """A quiet line for sync: when it last ran, and a way to settle a conflict."""
        bar = self.statusBar()
        bar.setSizeGripEnabled(False)
        self.sync_status = QLabel(bar)
        self.sync_status.setAccessibleName(self.tr("Sync status"))
        self.resolve_button = QPushButton(self.tr("Resolve…"), bar)
        self.resolve_button.setAccessibleName(self.tr("Resolve sync conflicts"))
        self.resolve_button.hide()
        self.resolve_button.clicked.connect(self._resolve_conflicts)
        bar.addPermanentWidget(self.sync_status)
        bar.addPermanentWidget(self.resolve_button)
        bar.hide()  # shown once sync is set up
        self.sync.status_changed.connect(self._show_sync_status)
        self.sync.conflicts_changed.connect(lambda n: self.resolve_button.setVisible(n > 0))
        self.sync.entries_changed.connect(self._follow_sync)
        self.sync.reload_needed.connect(self._reload_after_import)

    def _show_sync_status(self, text: str) -> None:
        syncer = self.sync.syncer
        self.statusBar().setVisible(syncer is not None and syncer.status().configured)
        self.sync_status.setText(text)

    def _follow_sync(self, changed: Changed) -> None:
        """Entries that arrived from another computer: the pages that show entries follow."""
        for page in self.shell._built():
            follow = getattr(page, "follow", None)
            if follow is not None:
                follow(changed)

    def _resolve_conflicts(self) -> None:
        from companion.ui.sync_conflicts import ConflictsDialog

        if self.sync.syncer is None:
            return
        dialog = ConflictsDialog(self.sync.syncer, self)
        dialog.finished.connect(lambda _: self.sync.after_resolving())
        dialog.open()

    def back_up_if_due(self) -> None:
        """The daily automatic backup, on the worker, if one is due."""
        if not self.access.unlocked:
            return
        services = self.access.services
        if not services.backups.due(datetime.now()):
            return

        def done(_: object) -> None:
            if self.access.unlocked:
                self.today.refresh()

        def failed(error: BaseException) -> None:
            # The Today page's nudge stays until a backup works; the log has no content.
            log.warning("automatic backup failed: %s", type(error).__name__)

        self.tasks.submit(lambda: services.backups.run(datetime.now()), done, failed)

    def switch_vault(self, restored: Path) -> None:
        """Use a restored (and checked) vault in place of the open one, which is kept."""
        from companion.vault import backup

        current = self.access.folder
        if not self.lock():
            return
        try:
            aside = backup.switch_to(restored, current, datetime.now())
        except Exception as error:
            QMessageBox.warning(self, self.tr("Companion"), describe(error))
            return
        QMessageBox.information(
            self,
            self.tr("Companion"),
            self.tr(
                "You now use the restored journal: unlock it with its passphrase. The "
                "journal you had open is kept in %1."
            ).replace("%1", str(aside)),
        )

    def _check_in_from_tray(self) -> None:
        self.bring_to_front()
        if self.access.unlocked:
            self.shell.show_page(TODAY)

    def _reminded(self, text: str) -> None:
        self.statusBar().show()
        self.statusBar().showMessage(text, 10 * 60 * 1000)

    def show_shortcuts(self) -> None:
        from companion.ui.shortcuts import ShortcutsDialog

        dialog = ShortcutsDialog([title for title, _, _ in self._sections()], self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _reload_after_import(self) -> None:
        """Imported records can touch every page: rebuild them from the vault."""
        services = self.access.services
        current = self.shell.sidebar.currentRow()
        self.shell.save_drafts()
        self.shell.detach()
        self.shell.attach(services)
        self.shell.show_page(current)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.setIcon(icon("lock"))
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.triggered.connect(self.lock)
        self.lock_action.setEnabled(False)
        file_menu.addAction(self.lock_action)
        file_menu.addSeparator()
        self.export_action = QAction(self.tr("&Export…"), self)
        self.export_action.triggered.connect(self.exchange.export)
        self.import_action = QAction(self.tr("&Import…"), self)
        self.import_action.triggered.connect(self.exchange.import_)
        self.import_folder_action = QAction(self.tr("Import &Markdown Folder…"), self)
        self.import_folder_action.triggered.connect(self.exchange.import_folder)
        self.group_pack_action = QAction(self.tr("Export &Group Pack…"), self)
        self.group_pack_action.triggered.connect(self.exchange.export_group_pack)
        self.exchange_actions = (
            self.export_action,
            self.group_pack_action,
            self.import_action,
            self.import_folder_action,
        )
        for action in self.exchange_actions:
            action.setEnabled(False)
            file_menu.addAction(action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(quit_keys())
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        shortcuts = QAction(self.tr("&Keyboard Shortcuts"), self)
        shortcuts.setShortcut(QKeySequence("Ctrl+/"))
        shortcuts.triggered.connect(self.show_shortcuts)
        help_menu.addAction(shortcuts)
        about = QAction(self.tr("&About Companion"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    # -- start ----------------------------------------------------------------------------

    def start(self) -> None:
        """Show the right first page: create a vault, or unlock (maybe by remember-me)."""
        self.keyring_tasks.submit(self.access.remember_me, self._keyring_checked)
        if not self.access.vault_exists():
            self.stack.setCurrentWidget(self.create_page)
            self.create_page.first.setFocus()
            return
        self._show_unlock()
        vault_id = self.access.vault_id()
        if vault_id and vault_id in self.store.load().remember_me_vaults:
            # The passphrase stays usable meanwhile: a slow keyring never holds anyone up.
            self.unlock_page.notice.show_info(
                self.tr("Opening with the key saved on this computer…")
            )
            self.keyring_tasks.submit(
                lambda: self.access.unlock_remembered(vault_id),
                self._remembered,
                self._remembered_failed,
            )

    def _keyring_checked(self, state: RememberMe) -> None:
        self._remember_state = state
        self.unlock_page.set_remember_available(state.available, state.reason)
        if self.access.unlocked:
            self._show_remember_setting()

    def _show_remember_setting(self) -> None:
        vault_id = self.access.vault_id()
        remembered = vault_id in self.store.load().remember_me_vaults
        self.security.show_remember(self._remember_state, remembered)

    def _remembered(self, services: Services | None) -> None:
        if services is not None:
            self._enter_or_show_new_code(services)
        elif not self.access.unlocked and not self.unlock_page.busy.isVisible():
            self.unlock_page.notice.clear_message()

    def _remembered_failed(self, error: BaseException) -> None:
        # The passphrase may have won the race, or the vault is damaged: the
        # passphrase path reports what matters, so stay quiet here.
        log.info("remember-me unlock failed: %s", type(error).__name__)
        if not self.access.unlocked and not self.unlock_page.busy.isVisible():
            self.unlock_page.notice.clear_message()

    # -- create ------------------------------------------------------------------------------

    def _create(self, passphrase: str) -> None:
        def done(created: Created) -> None:
            self.create_page.reset()
            self.recovery_page.show_code(created.recovery_code)
            self.stack.setCurrentWidget(self.recovery_page)
            self.recovery_page.copy_button.setFocus()

        self.tasks.submit(
            lambda: self.access.create(passphrase),
            done,
            lambda e: self.create_page.show_error(describe(e)),
        )

    def _enter_after_create(self) -> None:
        self._enter(self.access.services)

    # -- unlock ------------------------------------------------------------------------------

    def _unlock(self, passphrase: str, remember: bool) -> None:
        def done(services: Services) -> None:
            self._enter_or_show_new_code(services)
            if remember:
                self.security.remember.setChecked(True)

        self.tasks.submit(lambda: self.access.unlock(passphrase), done, self._unlock_failed)

    def _recover(self, code: str, new_passphrase: str) -> None:
        self.tasks.submit(
            lambda: self.access.unlock_with_recovery_code(code, new_passphrase),
            self._enter,
            self._unlock_failed,
        )

    def _enter_or_show_new_code(self, services: Services) -> None:
        """Enter, unless the unlock had to replace the recovery code (re-encrypting was
        interrupted): then show the new code first, as after creating a vault."""
        code = self.access.take_replaced_recovery_code()
        if code is None:
            self._enter(services)
            return
        self.unlock_page.reset()
        self.recovery_page.show_code(code)
        self.recovery_page.notice.show_info(
            self.tr(
                "Re-encrypting the vault was interrupted, so your old recovery code no "
                "longer opens it. This is your new recovery code."
            )
        )
        self.stack.setCurrentWidget(self.recovery_page)
        self.recovery_page.copy_button.setFocus()

    def _unlock_failed(self, error: BaseException) -> None:
        if self.access.unlocked:
            return  # remember-me got there first
        if not isinstance(getattr(error, "user_message", None), str):
            log.error("unlock failed unexpectedly", exc_info=error)
        self.unlock_page.show_error(describe(error))

    def _enter(self, services: Services) -> None:
        self.unlock_page.reset()
        self.sync.attach(services)
        self.shell.attach(services)
        self.backup_timer.start()
        self.backup_soon.start()
        self.purge_timer.start()
        self.stack.setCurrentWidget(self.shell)
        self.lock_action.setEnabled(True)
        for action in self.exchange_actions:
            action.setEnabled(True)
        self._show_remember_setting()
        self.idle.set_minutes(self.store.load().auto_lock_minutes)
        self.setWindowTitle(self.tr("Companion"))

    # -- lock ---------------------------------------------------------------------------------

    def lock(self) -> bool:
        """Lock now. Returns False (and stays open) only if a draft could not be saved."""
        if not self.access.unlocked:
            return True
        self._close_child_dialogs()
        try:
            self.shell.save_drafts()
        except Exception:
            # Never drop typed text: stay unlocked and say why (the page shows it).
            log.warning("lock postponed: a draft could not be saved")
            return False
        self.shell.detach()
        self.sync.detach()
        self.backup_timer.stop()
        self.backup_soon.stop()
        self.purge_timer.stop()
        self.statusBar().hide()
        self.clipboard.clear_on_lock()
        self.tasks.run_now(self.access.lock)
        self.idle.stop()
        self.lock_action.setEnabled(False)
        for action in self.exchange_actions:
            action.setEnabled(False)
        self._show_unlock()
        self.setWindowTitle(self.tr("Companion (locked)"))
        return True

    def _finish_deletes(self) -> None:
        if not self.access.unlocked:
            return
        purge = self.access.services.purge
        self.tasks.submit(
            purge.expired,
            None,
            lambda exc: log.warning("purging deletes failed: %s", type(exc).__name__),
        )

    def _show_unlock(self) -> None:
        self.unlock_page.reset()
        self.unlock_page.set_remember_available(
            self._remember_state.available, self._remember_state.reason
        )
        self.stack.setCurrentWidget(self.unlock_page)
        self.unlock_page.passphrase.setFocus()

    def _idle_lock(self) -> None:
        log.info("locking after idle time")
        if not self.lock():
            self.idle.restart()

    def _screen_locked(self) -> None:
        if self.store.load().lock_on_screen_lock:
            log.info("locking because the screen locked")
            self.lock()

    def _close_child_dialogs(self) -> None:
        # The crisis lines stay open through a lock: they hold nothing private.
        if self.help_dialog is not None:
            self.help_dialog.plan_button.hide()
        for widget in QApplication.topLevelWidgets():
            if (
                isinstance(widget, QDialog)
                and widget.isVisible()
                and self.isAncestorOf(widget)
                and widget is not self.help_dialog
            ):
                widget.reject()
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible() and dialog is not self.help_dialog:
                dialog.reject()

    # -- window --------------------------------------------------------------------------------

    def bring_to_front(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.lock():
            event.ignore()
            return
        geometry = base64.b64encode(bytes(self.saveGeometry().data())).decode("ascii")
        kept = dict(self.store.load().window_geometries)
        kept[screens_key()] = geometry
        # The newest few screen setups: a laptop alone, with a monitor, at a projector.
        newest = dict(list(kept.items())[-MAX_SCREEN_SETUPS:])
        self.store.update(window_geometry=geometry, window_geometries=newest)
        event.accept()

    def _restore_geometry(self) -> None:
        """Where the window was on this set of screens, else where it was last."""
        settings = self.store.load()
        saved = settings.window_geometries.get(screens_key()) or settings.window_geometry
        if saved:
            try:
                self.restoreGeometry(QByteArray(base64.b64decode(saved)))
                return
            except ValueError:
                pass
        self.resize(960, 680)

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Companion"),
            self.tr(
                "Companion %1\n\nA private journal and toolbox for recovery. Everything stays "
                "on this computer, encrypted, unless you export or sync it."
            ).replace("%1", __version__),
        )
