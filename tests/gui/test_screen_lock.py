"""Locking when the desktop locks the screen, over a real (private) D-Bus session bus."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest

from companion.app import Built
from companion.ui.idle import ScreenLockWatcher
from tests.gui.helpers import create_vault, finish_recovery_page, start_writing

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="D-Bus is Linux")


@pytest.fixture(scope="module")
def session_bus() -> Iterator[str]:
    """One bus for the module: Qt keeps its session-bus connection for the whole process."""
    daemon = shutil.which("dbus-daemon")
    assert daemon, "dbus-daemon is needed; .ci/run installs it"
    proc = subprocess.Popen(
        [daemon, "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert proc.stdout is not None
    address = proc.stdout.readline().strip()
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
        yield address
    proc.terminate()
    proc.wait()


def emit_active_changed(address: str) -> None:
    subprocess.run(
        [
            "dbus-send",
            "--session",
            "--type=signal",
            "/org/freedesktop/ScreenSaver",
            "org.freedesktop.ScreenSaver.ActiveChanged",
            "boolean:true",
        ],
        env=dict(os.environ, DBUS_SESSION_BUS_ADDRESS=address),
        check=True,
    )


def test_screensaver_signal_locks_the_vault(built: Built, qtbot: Any, session_bus: str) -> None:
    window = built.window
    watcher = ScreenLockWatcher(window)
    assert "session:/org/freedesktop/ScreenSaver" in watcher.listening
    watcher.screen_locked.connect(window._screen_locked)
    create_vault(built, qtbot)
    finish_recovery_page(built, qtbot)
    editor = start_writing(built)
    qtbot.keyClicks(editor.body, "before the screen locked")
    with qtbot.waitSignal(watcher.screen_locked, timeout=5000):
        emit_active_changed(session_bus)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.unlock_page)
    assert editor.body.toPlainText() == ""


def test_screen_lock_setting_off_keeps_it_open(built: Built, qtbot: Any, session_bus: str) -> None:
    window = built.window
    watcher = ScreenLockWatcher(window)
    watcher.screen_locked.connect(window._screen_locked)
    create_vault(built, qtbot)
    finish_recovery_page(built, qtbot)
    window.security.screen_lock.setChecked(False)
    with qtbot.waitSignal(watcher.screen_locked, timeout=5000):
        emit_active_changed(session_bus)
    assert window.stack.currentWidget() is window.shell


def test_logind_session_path_is_escaped_like_sd_bus() -> None:
    from companion.ui.idle import logind_session_path

    assert logind_session_path("") == ""
    assert logind_session_path("2") == "/org/freedesktop/login1/session/_32"
    assert logind_session_path("c1") == "/org/freedesktop/login1/session/c1"
    assert logind_session_path("a-b") == "/org/freedesktop/login1/session/a_2db"
