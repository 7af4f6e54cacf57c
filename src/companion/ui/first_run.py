"""First run: "Create your private journal", then the recovery code."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from companion.dates import day_text
from companion.domain.passphrase import is_long_enough
from companion.ui.clipboard import SecretClipboard
from companion.ui.widgets.common import (
    Notice,
    busy_bar,
    centered_column,
    field_block,
    heading,
    paragraph,
)
from companion.ui.widgets.dialogs import Dialogs
from companion.ui.widgets.passphrase import PassphraseField, StrengthMeter


class CreateVaultPage(QWidget):
    create_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        col = centered_column(self)
        col.addWidget(heading(self.tr("Create your private journal"), parent=self))
        col.addWidget(
            paragraph(
                self.tr(
                    "Everything you write in Companion stays on this computer, locked with a "
                    "passphrase that only you know. Choose one you can remember: a few "
                    "unrelated words work well."
                ),
                self,
            )
        )
        self.first_label = QLabel(self.tr("&Passphrase"), self)
        self.first = PassphraseField(self.tr("Passphrase"), self)
        self.first_label.setBuddy(self.first.edit)
        self.meter = StrengthMeter(self)
        self.second_label = QLabel(self.tr("Type it &again"), self)
        self.second = PassphraseField(self.tr("Passphrase again"), self)
        self.second_label.setBuddy(self.second.edit)
        self.match = QLabel(self)
        self.match.setWordWrap(True)
        self.notice = Notice(self)
        self.busy = busy_bar(self)
        self.create_button = QPushButton(self.tr("Create my journal"), self)
        self.create_button.setAccessibleName(self.tr("Create my journal"))
        self.create_button.setDefault(True)
        col.addLayout(field_block(self.first_label, self.first, self.meter))
        col.addLayout(field_block(self.second_label, self.second, self.match))
        col.addWidget(self.notice)
        col.addWidget(self.busy)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.create_button)
        col.addLayout(row)

        self.first.textChanged.connect(self._changed)
        self.second.textChanged.connect(self._changed)
        self.second.returnPressed.connect(self._submit)
        self.first.returnPressed.connect(self.second.setFocus)
        self.create_button.clicked.connect(self._submit)
        self.setTabOrder(self.first.edit, self.first.toggle)
        self.setTabOrder(self.first.toggle, self.second.edit)
        self.setTabOrder(self.second.edit, self.second.toggle)
        self.setTabOrder(self.second.toggle, self.create_button)
        self._changed()

    def _valid(self) -> bool:
        return is_long_enough(self.first.text()) and self.first.text() == self.second.text()

    def _changed(self) -> None:
        self.meter.update_for(self.first.text())
        if not self.second.text():
            self.match.setText("")
        elif self.first.text() == self.second.text():
            self.match.setText(self.tr("The two passphrases match."))
        else:
            self.match.setText(self.tr("The two passphrases do not match yet."))
        self.create_button.setEnabled(self._valid() and not self.busy.isVisible())

    def _submit(self) -> None:
        if not self._valid():
            if not is_long_enough(self.first.text()):
                self.notice.show_error(self.tr("Choose a passphrase of at least 8 characters."))
            else:
                self.notice.show_error(self.tr("The two passphrases differ. Type them again."))
            return
        self.notice.clear_message()
        self.set_busy(True)
        self.create_requested.emit(self.first.text())

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.first.setEnabled(not busy)
        self.second.setEnabled(not busy)
        self._changed()

    def show_error(self, message: str) -> None:
        self.set_busy(False)
        self.notice.show_error(message)

    def reset(self) -> None:
        self.first.clear()
        self.second.clear()
        self.notice.clear_message()
        self.set_busy(False)


class RecoveryCodePage(QWidget):
    """Shows a recovery code once, with copy and save-as-PDF, until the user confirms."""

    finished = Signal()

    def __init__(
        self, clipboard: SecretClipboard, dialogs: Dialogs, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._clipboard = clipboard
        self._dialogs = dialogs
        self._code = ""
        col = centered_column(self, 89)
        col.addWidget(heading(self.tr("Your recovery code"), parent=self))
        col.addWidget(
            paragraph(
                self.tr(
                    "If you ever forget your passphrase, this code is the only other way into "
                    "your journal. Write it down or save it, and keep it somewhere safe, away "
                    "from this computer. It is shown only now."
                ),
                self,
            )
        )
        self.code_label = QLabel(self)
        font = QFont("DejaVu Sans Mono")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(self.font().pointSizeF() * 1.6)
        font.setWeight(QFont.Weight.Bold)
        self.code_label.setFont(font)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setWordWrap(True)  # breaks after a dash when the font is large
        self.code_label.setAccessibleName(self.tr("Recovery code"))
        col.addWidget(self.code_label)

        self.copy_button = QPushButton(self.tr("&Copy"), self)
        self.copy_button.setAccessibleName(self.tr("Copy the recovery code"))
        self.save_button = QPushButton(self.tr("&Save as PDF…"), self)
        self.save_button.setAccessibleName(self.tr("Save the recovery code as a PDF"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        col.addLayout(buttons)
        self.notice = Notice(self)
        col.addWidget(self.notice)

        self.kept = QCheckBox(self.tr("I have &kept it somewhere safe"), self)
        self.kept.setAccessibleName(self.tr("I have kept the recovery code somewhere safe"))
        col.addWidget(self.kept)
        self.skip_button = QPushButton(self.tr("Skip"), self)
        self.skip_button.setAccessibleName(self.tr("Skip keeping the recovery code"))
        self.continue_button = QPushButton(self.tr("C&ontinue"), self)
        self.continue_button.setAccessibleName(self.tr("Continue"))
        self.continue_button.setDefault(True)
        row = QHBoxLayout()
        row.addWidget(self.skip_button)
        row.addStretch(1)
        row.addWidget(self.continue_button)
        col.addLayout(row)

        self.copy_button.clicked.connect(self._copy)
        self.save_button.clicked.connect(self._save_pdf)
        self.kept.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self._finish)
        self.skip_button.clicked.connect(self._skip)
        self.continue_button.setEnabled(False)

    def show_code(self, code: str) -> None:
        self._code = code
        self.code_label.setText(code)
        self.kept.setChecked(False)
        self.notice.clear_message()
        self.continue_button.setEnabled(False)

    def _copy(self) -> None:
        self._clipboard.copy(self._code)
        self.notice.show_info(
            self.tr(
                "Copied. The clipboard will be cleared in %n seconds.",
                "",
                self._clipboard.clear_after_seconds,
            )
        )

    def _save_pdf(self) -> None:
        target = self._dialogs.save_path(
            self,
            self.tr("Save recovery code"),
            Path.home() / self.tr("Companion recovery code.pdf"),
            self.tr("PDF files (*.pdf)"),
        )
        if target is None:
            return
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        from companion.printing import documents, render  # only when saving: keeps start-up light

        text = documents.RecoverySheetText(
            title=self.tr("Companion recovery code"),
            intro=self.tr("This code opens your Companion journal if you forget your passphrase."),
            code_label=self.tr("Recovery code:"),
            created_label=self.tr("Created on"),
            keep_safe=self.tr(
                "Keep this page somewhere safe and private. Anyone with this code and your "
                "computer can read your journal."
            ),
            how_to_use=self.tr(
                'To use it, choose "Use recovery code" on the unlock screen and type the code. '
                "Capital letters and dashes do not matter."
            ),
        )
        html = documents.recovery_sheet(self._code, day_text(date.today(), long=True), text)
        try:
            render.write_pdf(html, target, render.PdfOptions(title=text.title))
        except OSError:
            self.notice.show_error(
                self.tr("The PDF could not be saved there. Choose another folder and try again.")
            )
            return
        self.notice.show_info(self.tr("Saved to %1.").replace("%1", str(target)))

    def _finish(self) -> None:
        self._forget()
        self.finished.emit()

    def _skip(self) -> None:
        if self._dialogs.confirm(
            self,
            self.tr("Skip the recovery code?"),
            self.tr(
                "Without the recovery code, nobody can open your journal if you forget your "
                "passphrase: not you, and not us. You can make a new code later in Settings."
            ),
            accept_label=self.tr("I understand, skip"),
            reject_label=self.tr("Go back"),
        ):
            self._finish()

    def _forget(self) -> None:
        self._code = ""
        self.code_label.clear()
        self.kept.setChecked(False)
