"""Help > Keyboard shortcuts: every main action's keys, in one table."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def quit_keys() -> QKeySequence:
    """The platform's Quit keys; Ctrl+Q where the platform names none."""
    keys = QKeySequence(QKeySequence.StandardKey.Quit)
    return keys if not keys.isEmpty() else QKeySequence("Ctrl+Q")


def shortcuts(sections: list[str]) -> list[tuple[str, str]]:
    """(what it does, keys), in the order a newcomer meets them."""
    rows = [
        (
            QCoreApplication.translate(
                "Shortcuts", "Need help now: crisis lines, even when locked"
            ),
            "Ctrl+Shift+H",
        ),
        (QCoreApplication.translate("Shortcuts", "Lock Companion"), "Ctrl+L"),
    ]
    rows += [
        (QCoreApplication.translate("Shortcuts", "Go to %1").replace("%1", name), f"Ctrl+{i + 1}")
        for i, name in enumerate(sections)
    ]
    find = QKeySequence(QKeySequence.StandardKey.Find).toString()
    rows += [
        (QCoreApplication.translate("Shortcuts", "Journal: new entry"), "Ctrl+N"),
        (QCoreApplication.translate("Shortcuts", "Journal: search"), find),
        (QCoreApplication.translate("Shortcuts", "Editor: bold"), "Ctrl+B"),
        (QCoreApplication.translate("Shortcuts", "Editor: italic"), "Ctrl+I"),
        (QCoreApplication.translate("Shortcuts", "Editor: bulleted list"), "Ctrl+Shift+8"),
        (QCoreApplication.translate("Shortcuts", "Editor: numbered list"), "Ctrl+Shift+7"),
        (QCoreApplication.translate("Shortcuts", "Editor: heading 1, 2, 3"), "Ctrl+Alt+1, 2, 3"),
        (QCoreApplication.translate("Shortcuts", "Move between fields"), "Tab, Shift+Tab"),
        (QCoreApplication.translate("Shortcuts", "Quit"), quit_keys().toString()),
    ]
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, sections: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        layout = QVBoxLayout(self)
        rows = shortcuts(sections)
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        for row, (what, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(what))
            self.table.setItem(
                row,
                1,
                QTableWidgetItem(
                    QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
                    if "," not in keys
                    else keys
                ),
            )
        # Rows follow their text as the columns settle, at any text size.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.resize(self.fontMetrics().averageCharWidth() * 80, self.fontMetrics().height() * 28)
