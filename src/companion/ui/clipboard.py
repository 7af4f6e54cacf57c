"""The clipboard: secrets marked for clipboard managers to skip and cleared
later, and whatever the user copied out of the app cleared on lock.

Like KeePassXC: a secret's copy carries the hints that KDE's Klipper and other
managers honour, and it is cleared after a while, or on lock, only if the
clipboard still holds what we put there.

Text the user copies from an entry or any other field (Ctrl+C, the context
menu) is entry text too, so lock clears it, again only if the clipboard still
holds it. A change of the clipboard counts as a copy made here when the
platform says we own the clipboard (X11) or when one of our windows is active
at that moment: another application can only copy while it has the focus.
A copy made elsewhere afterwards is the user's own and stays. The X11
selection (select, then middle-click paste) is cleared if it is still ours.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QObject, QTimer
from PySide6.QtGui import QClipboard
from PySide6.QtWidgets import QApplication


class SecretClipboard(QObject):
    def __init__(self, clipboard: QClipboard, clear_after_seconds: int = 30) -> None:
        super().__init__()
        self._clipboard = clipboard
        self._owned: str | None = None
        self._copied_here: str | None = None  # the latest text copied inside the app
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear_if_ours)
        self.clear_after_seconds = clear_after_seconds
        clipboard.dataChanged.connect(self._changed)

    def copy(self, text: str) -> None:
        data = QMimeData()
        data.setText(text)
        data.setData("x-kde-passwordManagerHint", b"secret")
        data.setData("ExcludeClipboardContentFromMonitorProcessing", b"1")
        self._clipboard.setMimeData(data)
        self._owned = text
        self._timer.start(self.clear_after_seconds * 1000)

    def _changed(self) -> None:
        here = self._clipboard.ownsClipboard() or QApplication.activeWindow() is not None
        text = self._clipboard.text()
        self._copied_here = text if here and text else None

    def clear_if_ours(self) -> None:
        """Clear a secret we copied, if the clipboard still holds it (timer and lock)."""
        if self._owned is not None and self._clipboard.text() == self._owned:
            self._clipboard.clear()
        self._owned = None
        self._timer.stop()

    def clear_on_lock(self) -> None:
        """Clear what we copied and what the user copied out of the app, if still there."""
        self.clear_if_ours()
        if self._copied_here is not None and self._clipboard.text() == self._copied_here:
            self._clipboard.clear()
        self._copied_here = None
        if self._clipboard.supportsSelection() and self._clipboard.ownsSelection():
            self._clipboard.clear(QClipboard.Mode.Selection)
