"""Settings > Security: passphrase, locking, remember-me, recovery code, re-encryption."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from companion.domain.passphrase import is_long_enough
from companion.services.access import Access, RememberMe, describe
from companion.services.tasks import Tasks
from companion.settings import SettingsStore
from companion.ui.clipboard import SecretClipboard
from companion.ui.first_run import RecoveryCodePage
from companion.ui.widgets.common import SPACE_M, Notice, busy_bar, paragraph
from companion.ui.widgets.dialogs import Dialogs
from companion.ui.widgets.passphrase import PassphraseField, StrengthMeter


class SecuritySettings(QWidget):
    auto_lock_changed = Signal(int)
    lock_requested = Signal()

    def __init__(
        self,
        access: Access,
        tasks: Tasks,
        keyring_tasks: Tasks,
        store: SettingsStore,
        dialogs: Dialogs,
        clipboard: SecretClipboard,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._access = access
        self._tasks = tasks
        self._keyring_tasks = keyring_tasks
        self._store = store
        self._dialogs = dialogs
        self._clipboard = clipboard
        layout = QVBoxLayout(self)
        layout.setSpacing(SPACE_M)
        layout.addWidget(self._passphrase_group())
        layout.addWidget(self._locking_group())
        layout.addWidget(self._remember_group())
        layout.addWidget(self._keys_group())
        layout.addStretch(1)
        self.code_dialog: QDialog | None = None

    # -- passphrase -------------------------------------------------------------------

    def _passphrase_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Passphrase"), self)
        form = _form(box)
        self.current = PassphraseField(self.tr("Current passphrase"), box)
        self.new = PassphraseField(self.tr("New passphrase"), box)
        self.meter = StrengthMeter(box)
        self.again = PassphraseField(self.tr("New passphrase again"), box)
        self.change_button = QPushButton(self.tr("Change passphrase"), box)
        self.change_button.setAccessibleName(self.tr("Change passphrase"))
        self.passphrase_notice = Notice(box)
        self.passphrase_busy = busy_bar(box)
        form.addRow(self.tr("Current passphrase"), self.current)
        form.addRow(self.tr("New passphrase"), self.new)
        form.addRow("", self.meter)
        form.addRow(self.tr("Type it again"), self.again)
        form.addRow("", self.passphrase_busy)
        form.addRow("", self.passphrase_notice)
        form.addRow("", self.change_button)
        self.new.textChanged.connect(self.meter.update_for)
        self.change_button.clicked.connect(self._change_passphrase)
        return box

    def _change_passphrase(self) -> None:
        current, new = self.current.text(), self.new.text()
        if not current:
            self.passphrase_notice.show_error(self.tr("Type your current passphrase first."))
            return
        if not is_long_enough(new):
            self.passphrase_notice.show_error(
                self.tr("Choose a passphrase of at least 8 characters.")
            )
            return
        if new != self.again.text():
            self.passphrase_notice.show_error(
                self.tr("The two new passphrases differ. Type them again.")
            )
            return
        self._busy(self.passphrase_busy, self.change_button, True)

        def done(_: object) -> None:
            self._busy(self.passphrase_busy, self.change_button, False)
            for field in (self.current, self.new, self.again):
                field.clear()
            if self._forget_remember_setting():
                self.passphrase_notice.show_info(
                    self.tr(
                        "Your passphrase has been changed. Use the new one next time. "
                        "Companion will ask for it on this computer too; you can turn "
                        "remember-me on again below."
                    )
                )
                return
            self.passphrase_notice.show_info(
                self.tr("Your passphrase has been changed. Use the new one next time.")
            )

        def failed(exc: BaseException) -> None:
            self._busy(self.passphrase_busy, self.change_button, False)
            self.passphrase_notice.show_error(describe(exc))
            self.current.select_all()

        self._tasks.submit(lambda: self._access.change_passphrase(current, new), done, failed)

    # -- locking ------------------------------------------------------------------------

    def _locking_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Locking"), self)
        form = _form(box)
        self.auto_lock = QSpinBox(box)
        self.auto_lock.setRange(0, 240)
        self.auto_lock.setSuffix(self.tr(" min"))
        self.auto_lock.setSpecialValueText(self.tr("Never"))
        self.auto_lock.setAccessibleName(self.tr("Lock after minutes without use"))
        self.screen_lock = QCheckBox(self.tr("Lock when the screen locks"), box)
        self.screen_lock.setAccessibleName(self.tr("Lock when the screen locks"))
        self.lock_now = QPushButton(self.tr("Lock now (Ctrl+L)"), box)
        self.lock_now.setAccessibleName(self.tr("Lock now"))
        form.addRow(self.tr("Lock after"), self.auto_lock)
        form.addRow("", self.screen_lock)
        form.addRow("", self.lock_now)
        settings = self._store.load()
        self.auto_lock.setValue(settings.auto_lock_minutes)
        self.screen_lock.setChecked(settings.lock_on_screen_lock)
        self.auto_lock.valueChanged.connect(self._auto_lock_edited)
        self.screen_lock.toggled.connect(lambda on: self._store.update(lock_on_screen_lock=on))
        self.lock_now.clicked.connect(self.lock_requested)
        return box

    def _auto_lock_edited(self, minutes: int) -> None:
        self._store.update(auto_lock_minutes=minutes)
        self.auto_lock_changed.emit(minutes)

    # -- remember me ---------------------------------------------------------------------

    def _remember_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Remember me"), self)
        col = QVBoxLayout(box)
        self.remember = QCheckBox(self.tr("Open without the passphrase on this computer"), box)
        self.remember.setAccessibleName(self.tr("Remember me on this computer"))
        self.remember_note = paragraph("", box)
        self.remember_notice = Notice(box)
        col.addWidget(self.remember)
        col.addWidget(self.remember_note)
        col.addWidget(self.remember_notice)
        self.remember.setEnabled(False)
        self.remember.toggled.connect(self._remember_toggled)
        return box

    def show_remember(self, state: RememberMe, enabled: bool) -> None:
        self.remember.blockSignals(True)
        self.remember.setChecked(state.available and enabled)
        self.remember.blockSignals(False)
        self.remember.setEnabled(state.available)
        if state.available:
            self.remember_note.setText(
                self.tr(
                    "The key is kept in your system keyring. Anyone who can use your "
                    "computer account can then open your journal."
                )
            )
        else:
            self.remember_note.setText(self.tr("Not available: %1").replace("%1", state.reason))

    def _forget_remember_setting(self) -> bool:
        """A passphrase change ends remember-me (services/access.py): say so here too.
        Returns whether it was on."""
        vault_id = self._access.vault_id()
        ids = self._store.load().remember_me_vaults
        if vault_id is None or vault_id not in ids:
            return False
        self._store.update(remember_me_vaults=[v for v in ids if v != vault_id])
        self.remember.blockSignals(True)
        self.remember.setChecked(False)
        self.remember.blockSignals(False)
        return True

    def _remember_toggled(self, enabled: bool) -> None:
        vault_id = self._access.vault_id()
        if vault_id is None:
            return

        def done(_: object) -> None:
            settings = self._store.load()
            ids = [v for v in settings.remember_me_vaults if v != vault_id]
            self._store.update(remember_me_vaults=ids + ([vault_id] if enabled else []))
            self.remember_notice.show_info(
                self.tr("Companion will open without the passphrase on this computer.")
                if enabled
                else self.tr("Companion will ask for your passphrase again.")
            )

        def failed(exc: BaseException) -> None:
            self.remember.blockSignals(True)
            self.remember.setChecked(not enabled)
            self.remember.blockSignals(False)
            self.remember_notice.show_error(describe(exc))

        self._keyring_tasks.submit(lambda: self._access.set_remember_me(enabled), done, failed)

    # -- recovery code, re-encryption, check -------------------------------------------------

    def _keys_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Recovery and repair"), self)
        col = QVBoxLayout(box)
        col.addWidget(
            paragraph(
                self.tr(
                    "Lost your recovery code? Make a new one; the old one stops working. "
                    "Re-encrypting changes the key of the whole journal, for example if "
                    "you think someone had your recovery code or saved key."
                ),
                box,
            )
        )
        row = QHBoxLayout()
        self.new_code_button = QPushButton(self.tr("New recovery code…"), box)
        self.new_code_button.setAccessibleName(self.tr("Make a new recovery code"))
        self.reencrypt_button = QPushButton(self.tr("Re-encrypt journal…"), box)
        self.reencrypt_button.setAccessibleName(self.tr("Re-encrypt the journal"))
        self.check_button = QPushButton(self.tr("Check journal"), box)
        self.check_button.setAccessibleName(self.tr("Check the journal for damage"))
        for button in (self.new_code_button, self.reencrypt_button, self.check_button):
            row.addWidget(button)
        row.addStretch(1)
        col.addLayout(row)
        self.keys_busy = busy_bar(box)
        self.keys_notice = Notice(box)
        col.addWidget(self.keys_busy)
        col.addWidget(self.keys_notice)
        self.new_code_button.clicked.connect(self._new_code)
        self.reencrypt_button.clicked.connect(self._reencrypt)
        self.check_button.clicked.connect(self._check)
        return box

    def _with_passphrase(self, title: str, action: Callable[[str], str]) -> None:
        passphrase = self._dialogs.ask_passphrase(
            self, title, self.tr("Type your passphrase to go on:")
        )
        if passphrase is None:
            return
        self._busy(self.keys_busy, None, True)

        def done(code: str) -> None:
            self._busy(self.keys_busy, None, False)
            self.keys_notice.clear_message()
            self._show_code(code)

        def failed(exc: BaseException) -> None:
            self._busy(self.keys_busy, None, False)
            self.keys_notice.show_error(describe(exc))

        self._tasks.submit(lambda: action(passphrase), done, failed)

    def _new_code(self) -> None:
        self._with_passphrase(self.tr("New recovery code"), self._access.new_recovery_code)

    def _reencrypt(self) -> None:
        if not self._dialogs.confirm(
            self,
            self.tr("Re-encrypt your journal?"),
            self.tr(
                "Companion will encrypt the whole journal again with a new key and give you "
                "a new recovery code. The old recovery code will stop working."
            ),
            accept_label=self.tr("Re-encrypt"),
            reject_label=self.tr("Cancel"),
        ):
            return
        self._with_passphrase(self.tr("Re-encrypt journal"), self._access.reencrypt)

    def _show_code(self, code: str) -> None:
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Your new recovery code"))
        page = RecoveryCodePage(self._clipboard, self._dialogs, dialog)
        page.show_code(code)
        page.finished.connect(dialog.accept)
        QVBoxLayout(dialog).addWidget(page)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.resize(680, 520)
        self.code_dialog = dialog
        dialog.open()

    def _check(self) -> None:
        self._busy(self.keys_busy, self.check_button, True)

        def done(problems: list[str]) -> None:
            self._busy(self.keys_busy, self.check_button, False)
            if problems:
                self.keys_notice.show_error(
                    self.tr(
                        "The check found damage in your journal. Keep a copy of the vault "
                        "folder and restore from a backup."
                    )
                )
            else:
                self.keys_notice.show_info(self.tr("Your journal is healthy."))

        def failed(exc: BaseException) -> None:
            self._busy(self.keys_busy, self.check_button, False)
            self.keys_notice.show_error(describe(exc))

        self._tasks.submit(self._access.check, done, failed)

    # -- helpers -----------------------------------------------------------------------------

    @staticmethod
    def _busy(bar: QWidget, button: QPushButton | None, busy: bool) -> None:
        bar.setVisible(busy)
        if button is not None:
            button.setEnabled(not busy)

    def detach(self) -> None:
        for field in (self.current, self.new, self.again):
            field.clear()
        for notice in (self.passphrase_notice, self.remember_notice, self.keys_notice):
            notice.clear_message()
        if self.code_dialog is not None:
            self.code_dialog.reject()
            self.code_dialog = None


def _form(box: QWidget) -> QFormLayout:
    form = QFormLayout(box)
    # Text fields grow with the window; buttons and spin boxes keep their natural size.
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    return form
