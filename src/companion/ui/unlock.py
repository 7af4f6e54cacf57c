"""The unlock screen: passphrase, or the recovery code with a new passphrase."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from companion.domain.passphrase import is_long_enough
from companion.ui.widgets.common import (
    Notice,
    busy_bar,
    centered_column,
    field_block,
    heading,
    paragraph,
)
from companion.ui.widgets.passphrase import PassphraseField, StrengthMeter


class UnlockPage(QWidget):
    unlock_requested = Signal(str, bool)  # passphrase, remember me
    recover_requested = Signal(str, str)  # recovery code, new passphrase

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stack = QStackedWidget(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self._build_unlock()
        self._build_recover()
        self.set_remember_available(False, "")

    # -- passphrase ---------------------------------------------------------------

    def _build_unlock(self) -> None:
        page = QWidget(self.stack)
        col = centered_column(page, 69)
        col.addWidget(heading(self.tr("Welcome back"), parent=page))
        col.addWidget(
            paragraph(self.tr("Your journal is locked. Type your passphrase to open it."), page)
        )
        label = QLabel(self.tr("&Passphrase"), page)
        self.passphrase = PassphraseField(self.tr("Passphrase"), page)
        label.setBuddy(self.passphrase.edit)
        self.remember = QCheckBox(self.tr("&Remember me on this computer"), page)
        self.remember.setAccessibleName(self.tr("Remember me on this computer"))
        self.remember.setToolTip(
            self.tr(
                "Keeps the key in your system keyring so Companion opens without the passphrase."
            )
        )
        self.remember_note = QLabel(page)
        self.remember_note.setWordWrap(True)
        self.notice = Notice(page)
        self.busy = busy_bar(page)
        self.unlock_button = QPushButton(self.tr("&Unlock"), page)
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.use_code_button = QPushButton(self.tr("Forgot it? Use &recovery code"), page)
        self.use_code_button.setFlat(True)
        self.use_code_button.setAccessibleName(self.tr("Use recovery code"))
        col.addLayout(field_block(label, self.passphrase))
        for widget in (self.remember, self.remember_note, self.notice, self.busy):
            col.addWidget(widget)
        row = QHBoxLayout()
        row.addWidget(self.use_code_button)
        row.addStretch(1)
        row.addWidget(self.unlock_button)
        col.addLayout(row)
        self.passphrase.returnPressed.connect(self._submit)
        self.unlock_button.clicked.connect(self._submit)
        self.use_code_button.clicked.connect(self.show_recovery)
        self.setTabOrder(self.passphrase.edit, self.passphrase.toggle)
        self.setTabOrder(self.passphrase.toggle, self.remember)
        self.setTabOrder(self.remember, self.unlock_button)
        self.setTabOrder(self.unlock_button, self.use_code_button)
        self.stack.addWidget(page)
        self.unlock_panel = page

    def _submit(self) -> None:
        if self.busy.isVisible():
            return
        text = self.passphrase.text()
        if not text:
            self.notice.show_error(self.tr("Type your passphrase first."))
            self.passphrase.select_all()
            return
        self.notice.clear_message()
        self.set_busy(True)
        self.unlock_requested.emit(text, self.remember.isVisible() and self.remember.isChecked())

    def set_remember_available(self, available: bool, reason: str) -> None:
        """Remember-me shows only where a working keyring exists; otherwise say why."""
        self.remember.setVisible(available)
        if not available:
            self.remember.setChecked(False)
        self.remember_note.setVisible(not available and bool(reason))
        self.remember_note.setText(
            self.tr("Remember me is not available: %1").replace("%1", reason) if reason else ""
        )

    # -- recovery code ------------------------------------------------------------------

    def _build_recover(self) -> None:
        page = QWidget(self.stack)
        col = centered_column(page, 74)
        col.addWidget(heading(self.tr("Use your recovery code"), parent=page))
        col.addWidget(
            paragraph(
                self.tr(
                    "Type the recovery code you kept when you created your journal, then "
                    "choose a new passphrase. Capital letters and dashes do not matter."
                ),
                page,
            )
        )
        code_label = QLabel(self.tr("Recovery &code"), page)
        self.code = QLineEdit(page)
        self.code.setAccessibleName(self.tr("Recovery code"))
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        code_label.setBuddy(self.code)
        new_label = QLabel(self.tr("&New passphrase"), page)
        self.new_passphrase = PassphraseField(self.tr("New passphrase"), page)
        new_label.setBuddy(self.new_passphrase.edit)
        self.new_meter = StrengthMeter(page)
        again_label = QLabel(self.tr("Type it &again"), page)
        self.new_again = PassphraseField(self.tr("New passphrase again"), page)
        again_label.setBuddy(self.new_again.edit)
        self.recover_notice = Notice(page)
        self.recover_busy = busy_bar(page)
        self.back_button = QPushButton(self.tr("&Back"), page)
        self.back_button.setAccessibleName(self.tr("Back to passphrase"))
        self.recover_button = QPushButton(self.tr("Set passphrase and &unlock"), page)
        self.recover_button.setAccessibleName(self.tr("Set passphrase and unlock"))
        col.addLayout(field_block(code_label, self.code))
        col.addLayout(field_block(new_label, self.new_passphrase, self.new_meter))
        col.addLayout(field_block(again_label, self.new_again))
        col.addWidget(self.recover_notice)
        col.addWidget(self.recover_busy)
        row = QHBoxLayout()
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.recover_button)
        col.addLayout(row)
        self.new_passphrase.textChanged.connect(self.new_meter.update_for)
        self.back_button.clicked.connect(self.show_passphrase)
        self.recover_button.clicked.connect(self._submit_recovery)
        self.new_again.returnPressed.connect(self._submit_recovery)
        self.stack.addWidget(page)
        self.recover_panel = page

    def _submit_recovery(self) -> None:
        if self.recover_busy.isVisible():
            return
        if not self.code.text().strip():
            self.recover_notice.show_error(self.tr("Type your recovery code first."))
            self.code.setFocus()
            return
        new = self.new_passphrase.text()
        if not is_long_enough(new):
            self.recover_notice.show_error(self.tr("Choose a passphrase of at least 8 characters."))
            self.new_passphrase.select_all()
            return
        if new != self.new_again.text():
            self.recover_notice.show_error(self.tr("The two passphrases differ. Type them again."))
            self.new_again.select_all()
            return
        self.recover_notice.clear_message()
        self.set_busy(True)
        self.recover_requested.emit(self.code.text(), new)

    def show_recovery(self) -> None:
        self.notice.clear_message()
        self.stack.setCurrentWidget(self.recover_panel)
        self.code.setFocus()

    def show_passphrase(self) -> None:
        self.recover_notice.clear_message()
        self.stack.setCurrentWidget(self.unlock_panel)
        self.passphrase.setFocus()

    # -- results ----------------------------------------------------------------------

    def set_busy(self, busy: bool) -> None:
        for bar in (self.busy, self.recover_busy):
            bar.setVisible(busy)
        for widget in (
            self.passphrase,
            self.unlock_button,
            self.use_code_button,
            self.code,
            self.new_passphrase,
            self.new_again,
            self.recover_button,
            self.back_button,
        ):
            widget.setEnabled(not busy)

    def show_error(self, message: str) -> None:
        """Show why unlocking failed, and select the passphrase for a quick retype."""
        self.set_busy(False)
        if self.stack.currentWidget() is self.recover_panel:
            self.recover_notice.show_error(message)
            self.code.setFocus()
            self.code.selectAll()
        else:
            self.notice.show_error(message)
            self.passphrase.select_all()

    def reset(self) -> None:
        """Forget everything typed: called after unlock and on lock."""
        self.set_busy(False)
        for field in (self.passphrase, self.new_passphrase, self.new_again):
            field.clear()
        self.code.clear()
        self.notice.clear_message()
        self.recover_notice.clear_message()
        self.stack.setCurrentWidget(self.unlock_panel)
