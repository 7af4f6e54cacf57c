"""PySide6 6.12.0 on CPython 3.11 aborts ("Fatal Python error: none_dealloc")
after a few thousand void Qt calls, because each drops a reference to None.
pyproject.toml keeps that pair from being installed; this proves the installed
pair survives 20,000 such calls.
"""

from __future__ import annotations

import os
import subprocess
import sys

CALLS = 20_000
SCRIPT = f"""
from PySide6.QtCore import QCoreApplication
app = QCoreApplication([])
for _ in range({CALLS}):
    QCoreApplication.processEvents()
print("survived")
"""


def test_twenty_thousand_void_calls_do_not_abort() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=300
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "survived" in result.stdout


def test_the_broken_pair_is_not_installed() -> None:
    from importlib.metadata import version

    if sys.version_info[:2] == (3, 11):
        assert not version("PySide6-Essentials").startswith("6.12.0")
