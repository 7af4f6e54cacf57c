"""A passphrase field with a show/hide toggle, and a strength meter."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QProgressBar, QToolButton, QWidget

from companion.domain.passphrase import Strength, estimate


class PassphraseField(QWidget):
    textChanged = Signal(str)
    returnPressed = Signal()

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setAccessibleName(accessible_name)
        # Keep input methods and autocompletion away from the secret.
        self.edit.setInputMethodHints(self.edit.inputMethodHints())
        self.toggle = QToolButton(self)
        self.toggle.setCheckable(True)
        self.toggle.setText(self.tr("Show"))
        self.toggle.setAccessibleName(self.tr("Show passphrase"))
        self.toggle.setToolTip(self.tr("Show or hide what you typed"))
        self.toggle.toggled.connect(self._set_visible)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.toggle)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self.textChanged)
        self.edit.returnPressed.connect(self.returnPressed)

    def _set_visible(self, visible: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password
        self.edit.setEchoMode(mode)
        self.toggle.setText(self.tr("Hide") if visible else self.tr("Show"))

    def text(self) -> str:
        return self.edit.text()

    def clear(self) -> None:
        self.edit.clear()
        self.toggle.setChecked(False)

    def select_all(self) -> None:
        self.edit.setFocus()
        self.edit.selectAll()


class StrengthMeter(QWidget):
    """Shows how hard a passphrase is to guess, in a word and a bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(8)
        self.bar.setAccessibleName(self.tr("Passphrase strength"))
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.label, 3)
        self.update_for("")

    def update_for(self, passphrase: str) -> Strength:
        report = estimate(passphrase)
        words = {
            Strength.TOO_SHORT: self.tr("Use at least 8 characters."),
            Strength.WEAK: self.tr("Weak: easy to guess. A few unrelated words work well."),
            Strength.FAIR: self.tr("Fair: a little longer would be safer."),
            Strength.GOOD: self.tr("Good."),
            Strength.STRONG: self.tr("Strong."),
        }
        if not passphrase:
            self.label.setText(self.tr("A few unrelated words are strong and easy to remember."))
        elif report.hint == "common":
            self.label.setText(self.tr("Weak: this is one of the first that guessers try."))
        else:
            self.label.setText(words[report.strength])
        self.bar.setValue(int(report.strength))
        self.bar.setAccessibleDescription(self.label.text())
        return report.strength
