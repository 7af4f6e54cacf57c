"""File dialogs and confirmations behind one small class, so tests can script them.

Qt's file dialog remembers where it has been: on closing, it writes the last
folder, the folder history, the sidebar and the view to the "QtProject"
settings (~/.config/QtProject.conf on Linux, the registry on Windows, a plist
on macOS), whether the dialog shown was Qt's own or the platform's. A list of
recent folders names what the user keeps and where, so none is kept (DESIGN:
no recent-file lists). On Unix, user and system QSettings files of this
process are pointed below /dev/null, where no file can be made, so the write
fails quietly and nothing reaches the disk; the app keeps its own settings in
settings.json, not QSettings. Where that cannot apply (the registry, macOS
preferences), the dialog's group is removed again as soon as it closes.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.ui.widgets.mood_map import MoodMapDialog


def keep_no_dialog_history() -> None:
    """Send Qt's own settings writes nowhere (see the module's notes). Idempotent."""
    if os.name != "posix":
        return
    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(settings_format, scope, os.devnull)


def _forget_dialog_history() -> None:
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    if "FileDialog" in settings.childGroups():
        settings.remove("FileDialog")
        settings.sync()


class Dialogs:
    def __init__(self) -> None:
        keep_no_dialog_history()

    def save_path(self, parent: QWidget, title: str, suggested: Path, filters: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), filters)
        _forget_dialog_history()
        return Path(name) if name else None

    def open_path(self, parent: QWidget, title: str, start: Path, filters: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(parent, title, str(start), filters)
        _forget_dialog_history()
        return Path(name) if name else None

    def open_folder(self, parent: QWidget, title: str, start: Path) -> Path | None:
        name = QFileDialog.getExistingDirectory(parent, title, str(start))
        _forget_dialog_history()
        return Path(name) if name else None

    def confirm(
        self, parent: QWidget, title: str, text: str, accept_label: str, reject_label: str
    ) -> bool:
        """Ask a yes/no question; the safe answer (reject) is the default."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(title)
        box.setText(text)
        reject = box.addButton(reject_label, QMessageBox.ButtonRole.RejectRole)
        accept = box.addButton(accept_label, QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(reject)
        box.exec()
        return box.clickedButton() is accept

    def choose(self, parent: QWidget, title: str, text: str, options: list[str]) -> int | None:
        """One of several answers (its index), or None if the box was closed.

        Each answer is a large button of its own, stacked: long answers and large
        fonts are never cut off, as they are in a row of message-box buttons."""
        box = QDialog(parent)
        box.setWindowTitle(title)
        layout = QVBoxLayout(box)
        label = QLabel(text, box)
        label.setWordWrap(True)
        layout.addWidget(label)
        chosen: list[int] = []

        def pick(index: int) -> None:
            chosen.append(index)
            box.accept()

        for i, option in enumerate(options):
            button = QPushButton(option, box)
            button.setAutoDefault(i == 0)
            button.clicked.connect(lambda _=False, i=i: pick(i))
            layout.addWidget(button)
        cancel = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, box)
        cancel.rejected.connect(box.reject)
        layout.addWidget(cancel)
        box.setMinimumWidth(box.fontMetrics().averageCharWidth() * 50)
        box.exec()
        return chosen[0] if chosen else None

    def ask_text(self, parent: QWidget, title: str, label: str) -> str | None:
        """Ask for a short text, such as a name; None if cancelled."""
        text, ok = QInputDialog.getText(parent, title, label)
        return text if ok else None

    def ask_passphrase(self, parent: QWidget, title: str, label: str) -> str | None:
        """Ask for the current passphrase before a serious change; None if cancelled."""
        text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Password)
        return text if ok and text else None

    def map_moods(
        self, parent: QWidget, suggested: dict[str, int | None]
    ) -> dict[str, int | None] | None:
        """Place another app's mood labels on the 1-5 scale; None if cancelled."""
        box = MoodMapDialog(suggested, parent)
        return box.mapping() if box.exec() == QDialog.DialogCode.Accepted else None
