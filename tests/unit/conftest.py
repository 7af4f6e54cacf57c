from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def no_qapplication() -> Iterator[None]:
    """Unit tests run without a QApplication; this catches one sneaking in."""
    yield
    qtcore = sys.modules.get("PySide6.QtCore")
    if qtcore is not None:
        assert qtcore.QCoreApplication.instance() is None, "a unit test created a QApplication"
