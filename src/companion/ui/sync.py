"""Sync in the running app: on unlock, on a timer, and when the sync folder changes.

Each sync runs on the worker. Only one runs at a time; a request while one runs
runs once more afterwards. What arrived is shown at once: changed entries go to
the pages that follow entries, anything else reloads the pages.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject, QTimer, Signal

from companion.domain.changes import Changed
from companion.exchange.sync import Syncer, SyncResult, SyncStatus
from companion.exchange.sync_folder import DEVICES, SyncFolderError
from companion.services.access import Services
from companion.services.tasks import Tasks

log = logging.getLogger(__name__)

INTERVAL_MS = 60_000  # local edits go out within a minute; folder changes at once
SETTLE_MS = 400  # a sync engine writes a file in several steps: wait for it to settle
FOLLOW_LIMIT = 500  # more changed entries than this: reload the pages instead


def _count(one: str, many: str, n: int) -> str:
    """English needs its own singular until the translations give every plural form.
    Both texts come already translated."""
    return one if n == 1 else many


def status_text(status: SyncStatus, now: datetime | None = None) -> str:
    """One calm line: when it last synced, what waits, and any conflict."""
    if not status.configured:
        return QCoreApplication.translate("SyncStatus", "Sync is off.")
    parts = []
    if status.last_sync is None:
        parts.append(QCoreApplication.translate("SyncStatus", "Not synced yet"))
    else:
        then = datetime.fromisoformat(status.last_sync.replace("Z", "+00:00"))
        minutes = int(((now or datetime.now(UTC)) - then).total_seconds() // 60)
        if minutes < 1:
            parts.append(QCoreApplication.translate("SyncStatus", "Synced just now"))
        elif minutes < 60:
            parts.append(
                _count(
                    QCoreApplication.translate("SyncStatus", "Synced a minute ago"),
                    QCoreApplication.translate("SyncStatus", "Synced %n minutes ago", "", minutes),
                    minutes,
                )
            )
        elif minutes < 48 * 60:
            parts.append(
                _count(
                    QCoreApplication.translate("SyncStatus", "Synced an hour ago"),
                    QCoreApplication.translate(
                        "SyncStatus", "Synced %n hours ago", "", minutes // 60
                    ),
                    minutes // 60,
                )
            )
        else:
            parts.append(
                QCoreApplication.translate(
                    "SyncStatus", "Synced %n days ago", "", minutes // (24 * 60)
                )
            )
    if status.waiting:
        parts.append(
            _count(
                QCoreApplication.translate("SyncStatus", "1 change waiting"),
                QCoreApplication.translate("SyncStatus", "%n changes waiting", "", status.waiting),
                status.waiting,
            )
        )
    if status.conflicts:
        parts.append(
            _count(
                QCoreApplication.translate("SyncStatus", "Conflict in 1 entry"),
                QCoreApplication.translate(
                    "SyncStatus", "Conflict in %n entries", "", status.conflicts
                ),
                status.conflicts,
            )
        )
    if status.problem:
        parts.append(QCoreApplication.translate("SyncStatus", "A problem: see Settings > Sync"))
    return " · ".join(parts)


class SyncController(QObject):
    status_changed = Signal(str)
    problem_changed = Signal(str)  # the sentences saying what went wrong, or ""
    entries_changed = Signal(Changed)
    reload_needed = Signal()
    conflicts_changed = Signal(int)

    def __init__(self, tasks: Tasks, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self.syncer: Syncer | None = None
        self._running = False
        self._again = False
        self.last_error = ""
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(self._folder_changed)
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.sync_now)
        self.settle = QTimer(self)
        self.settle.setSingleShot(True)
        self.settle.setInterval(SETTLE_MS)
        self.settle.timeout.connect(self.sync_now)
        self.clock = QTimer(self)  # keeps "Synced 2 minutes ago" true
        self.clock.setInterval(30_000)
        self.clock.timeout.connect(self.refresh_status)

    # -- life cycle ------------------------------------------------------------------------

    def attach(self, services: Services) -> None:
        self.syncer = Syncer(services.session.db, services.session.folder)
        self.clock.start()
        self.start_if_configured()

    def detach(self) -> None:
        self.timer.stop()
        self.settle.stop()
        self.clock.stop()
        self._unwatch()
        self.syncer = None

    def detach_folder(self) -> None:
        """Stop watching and syncing, staying unlocked (the person stopped sync)."""
        self.timer.stop()
        self.settle.stop()
        self._unwatch()

    def after_resolving(self) -> None:
        """A conflict was settled: its text changed here, and the choice syncs out."""
        self.reload_needed.emit()
        self.refresh_status()
        self.sync_now()

    def start_if_configured(self) -> None:
        if self.syncer is None:
            return
        status = self.syncer.status()
        if status.configured:
            self.timer.start()
            self._watch(Path(status.folder or ""))
            self.sync_now()
        self.refresh_status()

    # -- watching the folder ---------------------------------------------------------------

    def _watch(self, folder: Path) -> None:
        self._unwatch()
        devices = folder / DEVICES
        paths = [str(folder)]
        if devices.is_dir():
            paths.append(str(devices))
            paths += [str(p) for p in devices.iterdir() if p.is_dir()]
        self.watcher.addPaths(paths)

    def _unwatch(self) -> None:
        watched = self.watcher.directories() + self.watcher.files()
        if watched:
            self.watcher.removePaths(watched)

    def _folder_changed(self, _path: str) -> None:
        self.settle.start()  # restarts: a burst of changes is one sync

    # -- syncing ---------------------------------------------------------------------------

    def sync_now(self) -> None:
        syncer = self.syncer
        if syncer is None or not syncer.status().configured:
            return
        if self._running:
            self._again = True
            return
        self._running = True
        self._tasks.submit(syncer.sync, self._done, self._failed)

    def _done(self, result: object) -> None:
        self._running = False
        self.last_error = ""
        assert isinstance(result, SyncResult)
        if self.syncer is not None:
            status = self.syncer.status()
            self._watch(Path(status.folder or ""))  # new device folders appear
            if result.changed:
                entries = result.changed.get("entries", set())
                if set(result.changed) <= {"entries"} and len(entries) <= FOLLOW_LIMIT:
                    self.entries_changed.emit(Changed(entries=frozenset(entries)))
                else:
                    self.reload_needed.emit()
        self.refresh_status()
        self._maybe_again()

    def _failed(self, error: BaseException) -> None:
        self._running = False
        message = getattr(error, "user_message", None)
        if isinstance(error, SyncFolderError):
            self.last_error = str(error)
        elif isinstance(message, str) and message:
            self.last_error = message  # a full disk, a folder gone: said in a sentence
        else:
            log.error("sync failed unexpectedly", exc_info=error)
            self.last_error = self.tr("Sync stopped unexpectedly. It will try again.")
        self.refresh_status()
        self._maybe_again()

    def _maybe_again(self) -> None:
        if self._again:
            self._again = False
            self.sync_now()

    def refresh_status(self) -> None:
        if self.syncer is None:
            return
        status = self.syncer.status()
        text = self.last_error or status_text(status)
        self.status_changed.emit(text)
        self.problem_changed.emit("" if self.last_error else status.problem or "")
        self.conflicts_changed.emit(status.conflicts)
