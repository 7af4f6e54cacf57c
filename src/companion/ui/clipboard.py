"""Copying secrets: marked for clipboard managers to skip, and cleared later.

Like KeePassXC: the copy carries the hints that KDE's Klipper and other
managers honour, and it is cleared after a while, or on lock, only if the
clipboard still holds what we put there.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QObject, QTimer
from PySide6.QtGui import QClipboard


class SecretClipboard(QObject):
    def __init__(self, clipboard: QClipboard, clear_after_seconds: int = 30) -> None:
        super().__init__()
        self._clipboard = clipboard
        self._owned: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear_if_ours)
        self.clear_after_seconds = clear_after_seconds

    def copy(self, text: str) -> None:
        data = QMimeData()
        data.setText(text)
        data.setData("x-kde-passwordManagerHint", b"secret")
        data.setData("ExcludeClipboardContentFromMonitorProcessing", b"1")
        self._clipboard.setMimeData(data)
        self._owned = text
        self._timer.start(self.clear_after_seconds * 1000)

    def clear_if_ours(self) -> None:
        if self._owned is not None and self._clipboard.text() == self._owned:
            self._clipboard.clear()
        self._owned = None
        self._timer.stop()
