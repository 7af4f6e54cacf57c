"""Text editors that refuse a paste too large to keep, instead of freezing on it."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Signal
from PySide6.QtWidgets import QPlainTextEdit, QWidget


class GuardedPlainTextEdit(QPlainTextEdit):
    """A plain-text editor with a cap on pasted and dropped text.

    Laying out megabytes of pasted text can stall the window for minutes, and the
    draft could not be kept anyway. Such a paste is refused whole (nothing half
    inserted) and `paste_refused` says how long it was.
    """

    paste_refused = Signal(int)

    def __init__(self, max_chars: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.max_chars = max_chars

    def insertFromMimeData(self, source: QMimeData) -> None:
        incoming = len(source.text()) if source.hasText() else 0
        selected = len(self.textCursor().selectedText())
        if self.document().characterCount() - selected + incoming > self.max_chars:
            self.paste_refused.emit(incoming)
            return
        super().insertFromMimeData(source)
