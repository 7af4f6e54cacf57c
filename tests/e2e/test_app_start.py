"""The real app process: starts, refuses a second copy politely, closes cleanly on SIGTERM."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path


def start(data_dir: Path) -> subprocess.Popen[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen(
        [sys.executable, "-m", "companion", "--data-dir", str(data_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def wait_for_log(log: Path, line: str, timeout: float = 30) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if log.exists() and line in log.read_text():
            return
        time.sleep(0.05)
    raise AssertionError(f"{line!r} never appeared in {log}")


def test_second_start_raises_the_first_and_sigterm_closes_cleanly(tmp_path: Path) -> None:
    data = tmp_path / "data"
    first = start(data)
    try:
        wait_for_log(data / "state" / "companion.log", "listening for other instances")
        second = start(data)
        _out, err = second.communicate(timeout=30)
        assert second.returncode == 0
        assert "already open" in err
        assert "Traceback" not in err
    finally:
        first.send_signal(signal.SIGTERM)
        try:
            _, err = first.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            first.kill()
            raise
    assert first.returncode == 0, err
    assert "Traceback" not in err
    # The first start offered to create a vault and created nothing by itself.
    assert not (data / "vaults" / "default" / "keys.json").exists()
    assert (data / "config" / "settings.json").exists()  # window geometry was kept
