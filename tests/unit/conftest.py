from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest


def _qt_app_exists() -> bool:
    qtcore = sys.modules.get("PySide6.QtCore")
    return qtcore is not None and qtcore.QCoreApplication.instance() is not None


@pytest.fixture(autouse=True)
def no_qapplication() -> Iterator[None]:
    """Unit tests run without a QApplication; this catches one sneaking in.

    (GUI tests in the same run leave theirs behind, so compare before and after.)
    """
    before = _qt_app_exists()
    yield
    if not before:
        assert not _qt_app_exists(), "a unit test created a QApplication"
