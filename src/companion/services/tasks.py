"""The worker: one background thread that runs slow jobs in order.

Unlocking (the KDF), key changes, checks and later search, export and import run
here, so the window never freezes. Results come back to the GUI thread through
a queued Qt signal; callbacks always run on the thread that created `Tasks`.
A job never touches a widget.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)

Callback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]


@dataclass
class _Job:
    fn: Callable[[], Any]
    on_done: Callback | None
    on_error: ErrorCallback | None
    sync: bool = False  # run_now: reports through its own event, not the signal


class Tasks(QObject):
    """Run callables one at a time off the GUI thread."""

    # (job, ok, value) delivered on the owner's thread.
    _finished = Signal(object, bool, object)
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queue: queue.Queue[_Job | None] = queue.Queue()
        self._pending = 0
        self._finished.connect(self._deliver)
        self._thread = threading.Thread(target=self._run, name="companion-worker", daemon=True)
        self._thread.start()

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def submit(
        self,
        fn: Callable[[], Any],
        on_done: Callback | None = None,
        on_error: ErrorCallback | None = None,
    ) -> None:
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        self._queue.put(_Job(fn, on_done, on_error))

    def run_now(self, fn: Callable[[], Any]) -> Any:
        """Run `fn` on the worker and wait for it (for lock and quit, which must finish)."""
        done = threading.Event()
        box: list[Any] = []

        def job() -> None:
            try:
                box.append((True, fn()))
            except BaseException as exc:
                box.append((False, exc))
            finally:
                done.set()

        if threading.current_thread() is self._thread:
            job()
        else:
            self._queue.put(_Job(job, None, None, sync=True))
            done.wait()
        ok, value = box[0]
        if not ok:
            raise value
        return value

    def shutdown(self) -> None:
        if self._thread.is_alive():
            self._queue.put(None)
            self._thread.join(timeout=10)

    def _run(self) -> None:
        while True:
            job = self._queue.get()
            if job is None:
                return
            if job.sync:
                job.fn()
                continue
            try:
                value = job.fn()
            except BaseException as exc:
                self._finished.emit(job, False, exc)
            else:
                self._finished.emit(job, True, value)

    def _deliver(self, job: _Job, ok: bool, value: Any) -> None:
        self._pending -= 1
        if self._pending == 0:
            self.busy_changed.emit(False)
        if ok:
            if job.on_done is not None:
                job.on_done(value)
        elif job.on_error is not None:
            job.on_error(value)
        else:
            log.error("background job failed: %s", type(value).__name__, exc_info=value)
