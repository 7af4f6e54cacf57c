from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from companion.services.access import Services
from companion.services.journal import JournalService
from companion.services.progress import ProgressService
from companion.services.toolbox import ToolboxService
from companion.vault.attachments import AttachmentRepository
from companion.vault.journal import JournalRepository
from companion.vault.milestones import MilestoneRepository
from companion.vault.templates import TemplateRepository
from companion.vault.toolbox import ToolboxRepository
from companion.vault.trackers import TrackerRepository
from tests.support import make_vault

TODAY = date(2026, 11, 26)
# The progress service reads "today" from here, so a test can let days pass.
clock = {"today": TODAY}


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    session, _ = make_vault(tmp_path / "vault")
    services = Services(session)
    # A fixed "today", so date rules do not depend on when the tests run.
    entries = JournalRepository(session.db)
    services.journal = JournalService(
        entries,
        TrackerRepository(session.db),
        AttachmentRepository(session.db),
        TemplateRepository(session.db),
        today=lambda: TODAY,
    )
    services.toolbox = ToolboxService(ToolboxRepository(session.db), today=lambda: TODAY)
    services.progress = ProgressService(
        entries, MilestoneRepository(session.db), today=lambda: clock["today"]
    )
    yield services
    session.close()


@pytest.fixture
def journal(services: Services) -> JournalService:
    return services.journal


@pytest.fixture
def progress(services: Services) -> Iterator[ProgressService]:
    clock["today"] = TODAY
    yield services.progress
    clock["today"] = TODAY
