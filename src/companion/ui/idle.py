"""Lock triggers: idle time, and the desktop's own screen lock."""

from __future__ import annotations

import logging
import os
from typing import Any

from PySide6.QtCore import SLOT, QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtDBus import QDBusConnection

log = logging.getLogger(__name__)

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.InputMethod,
}


class IdleWatcher(QObject):
    """Emits `idle` after a stretch without keyboard or mouse input in the app."""

    idle = Signal()

    def __init__(self, app: QObject, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self._interval_ms = 0
        app.installEventFilter(self)

    def set_interval_ms(self, ms: int) -> None:
        """0 turns idle locking off."""
        self._interval_ms = ms
        self.restart()

    def set_minutes(self, minutes: int) -> None:
        self.set_interval_ms(minutes * 60_000)

    def restart(self) -> None:
        if self._interval_ms > 0:
            self._timer.start(self._interval_ms)
        else:
            self._timer.stop()

    def stop(self) -> None:
        self._timer.stop()

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self._timer.isActive():
            self._timer.start(self._interval_ms)
        return False


def _bus_configured(which: str) -> bool:
    """Whether a bus is there to ask; asking a missing one makes Qt print warnings."""
    if which == "session":
        return bool(os.environ.get("DBUS_SESSION_BUS_ADDRESS"))
    return bool(os.environ.get("DBUS_SYSTEM_BUS_ADDRESS")) or os.path.exists(
        "/run/dbus/system_bus_socket"
    )


def logind_session_path(session_id: str) -> str:
    """logind's object path for our session (sd-bus escaping); "" matches any session."""
    if not session_id:
        return ""
    escaped = "".join(
        ch if ch.isascii() and ch.isalnum() and not (i == 0 and ch.isdigit()) else f"_{ord(ch):02x}"
        for i, ch in enumerate(session_id)
    )
    return f"/org/freedesktop/login1/session/{escaped}"


class ScreenLockWatcher(QObject):
    """Emits `screen_locked` when the desktop locks the screen (Linux D-Bus).

    Listens to org.freedesktop.ScreenSaver on the session bus and to logind's
    session Lock signal on the system bus. Where neither bus exists, it is
    silent: idle time and Ctrl+L still lock.
    """

    screen_locked = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.listening: list[str] = []
        # PySide6 takes the slot as a SLOT() string although its stubs say bytes.
        session = QDBusConnection.sessionBus() if _bus_configured("session") else None
        if session is not None and session.isConnected():
            for path in ("/org/freedesktop/ScreenSaver", "/ScreenSaver"):
                active_slot: Any = SLOT("on_active_changed(bool)")
                if session.connect(
                    "", path, "org.freedesktop.ScreenSaver", "ActiveChanged", self, active_slot
                ):
                    self.listening.append(f"session:{path}")
        system = QDBusConnection.systemBus() if _bus_configured("system") else None
        lock_slot: Any = SLOT("on_lock()")
        if (
            system is not None
            and system.isConnected()
            and system.connect(
                "org.freedesktop.login1",
                "",
                "org.freedesktop.login1.Session",
                "Lock",
                self,
                lock_slot,
            )
        ):
            self.listening.append("system:logind")
        log.info("screen lock signals: %s", ", ".join(self.listening) or "none")

    @Slot(bool)
    def on_active_changed(self, active: bool) -> None:
        if active:
            self.screen_locked.emit()

    @Slot()
    def on_lock(self) -> None:
        self.screen_locked.emit()
