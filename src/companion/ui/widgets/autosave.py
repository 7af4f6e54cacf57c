"""Autosave timing: after a pause in typing, and never later than two seconds."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

PAUSE_MS = 800
MAX_WAIT_MS = 2000


class Autosaver(QObject):
    """Calls `save` after a short pause in edits, or at the latest MAX_WAIT_MS after the
    first unsaved edit, so a crash loses at most about two seconds of typing."""

    def __init__(self, save: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self._pause = QTimer(self, singleShot=True, interval=PAUSE_MS)
        self._max_wait = QTimer(self, singleShot=True, interval=MAX_WAIT_MS)
        self._pause.timeout.connect(self._fire)
        self._max_wait.timeout.connect(self._fire)

    @property
    def pending(self) -> bool:
        return self._pause.isActive() or self._max_wait.isActive()

    def touch(self) -> None:
        """Something changed: (re)start the pause, and the deadline if not running."""
        self._pause.start()
        if not self._max_wait.isActive():
            self._max_wait.start()

    def cancel(self) -> None:
        self._pause.stop()
        self._max_wait.stop()

    def _fire(self) -> None:
        self.cancel()
        self._save()
