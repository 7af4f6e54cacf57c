"""Printing tests read dates the British way (the chosen locale's conventions)."""

from __future__ import annotations

import pytest

from PySide6.QtCore import QLocale


@pytest.fixture(autouse=True)
def british_dates() -> None:
    QLocale.setDefault(QLocale("en_GB"))  # put back by tests/conftest.py's locale_kept
