"""The frozen one-folder app (`make package`): it starts, offscreen, on its own.

Runs after `make package` (.ci/run does both); skipped when dist/companion has
not been built.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FROZEN = ROOT / "dist" / "companion" / "companion"

pytestmark = pytest.mark.skipif(
    not FROZEN.exists(), reason="the frozen app is not built: run `make package` first"
)


def test_the_frozen_app_says_its_version() -> None:
    from companion import __version__

    result = subprocess.run(
        [str(FROZEN), "--version"], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"companion {__version__}"


def test_the_frozen_app_starts_and_closes_cleanly(tmp_path: Path) -> None:
    data = tmp_path / "data"
    app = subprocess.Popen(
        [str(FROZEN), "--data-dir", str(data)],
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        stderr=subprocess.PIPE,
        text=True,
    )
    log = data / "state" / "companion.log"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and app.poll() is None:
        if log.exists() and "window shown" in log.read_text():
            break
        time.sleep(0.1)
    time.sleep(0.5)  # let it paint once
    app.send_signal(signal.SIGTERM)
    _, err = app.communicate(timeout=30)
    assert app.returncode == 0, err
    assert "Traceback" not in err
    assert "window shown" in log.read_text()
    # The Need help now button's icon is drawn at start: Qt's SVG plugin was packed.
    assert "could not be drawn" not in log.read_text()
