from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from companion.services.access import Services
from companion.services.journal import JournalService
from companion.vault.journal import JournalRepository
from companion.vault.trackers import TrackerRepository
from tests.support import make_vault

TODAY = date(2026, 11, 26)


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    session, _ = make_vault(tmp_path / "vault")
    services = Services(session)
    # A fixed "today", so date rules do not depend on when the tests run.
    services.journal = JournalService(
        JournalRepository(session.db), TrackerRepository(session.db), today=lambda: TODAY
    )
    yield services
    session.close()


@pytest.fixture
def journal(services: Services) -> JournalService:
    return services.journal
