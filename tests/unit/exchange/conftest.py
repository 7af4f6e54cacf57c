from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from companion.domain.groups import GroupDraft, Role
from companion.domain.journal import EntryDraft, Mood
from companion.domain.resources import Resource, ResourceKind
from companion.domain.toolbox import Category, StrategyDraft
from companion.domain.trackers import TrackerKind
from companion.services.access import Services
from tests.support import make_vault
from tests.unit.exchange.sync_support import pair  # noqa: F401 - a fixture

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00"
    b"\x90wS\xde\x00\x00\x00\x0cIDATx\x9cc\xf8\xcf\xc0\x00\x00\x03\x01\x01\x00\xc9\xfe\x92\xef"
    b"\x00\x00\x00\x00IEND\xaeB`\x82"
)
PRIVATE = "SENTINEL-PRIVATE-NOTE"


@pytest.fixture
def filled(tmp_path: Path) -> Iterator[Services]:
    """A vault with one of every kind of record, and a private note to keep out."""
    session, _ = make_vault(tmp_path / "vault")
    services = Services(session)
    fill(services)
    yield services
    session.close()


def fill(services: Services) -> None:
    """One of every kind of record, and a private note to keep out."""
    journal = services.journal
    sleep = journal.add_tracker("Sleep", TrackerKind.NUMBER, 0, 24, "h")
    journal.save(
        None,
        EntryDraft(
            day=date(2026, 11, 20),
            title="A calmer day",
            body="Walked by the river.\nFelt *lighter*.",
            mood=Mood.GOOD,
            tags=("walk", "river"),
            win=True,
            trackers={sleep.id: 7.5},
        ),
    )
    journal.save(None, EntryDraft(day=date(2026, 11, 20), title="A calmer day", body="Again"))
    journal.attach_image(None, EntryDraft(day=date(2026, 11, 21), body="Sky"), "sky.png", PNG)
    services.toolbox.add(
        StrategyDraft("Box breathing", Category.BREATHING, "In 4, hold 4, out 4", tags=("calm",))
    )
    services.toolbox.add_plan_item(1, "Not sleeping")
    services.toolbox.add_plan_item(4, "My sister", "07700 900123")
    services.resources.save(Resource("", ResourceKind.HOTLINE, "Night line", contact="116 123"))
    group = services.groups.save_group(None, GroupDraft("Tuesday group", my_role=Role.FACILITATOR))
    s = services.groups.add_session(group.id, datetime(2026, 12, 1, 19, 0), "Sleep")
    from dataclasses import replace

    services.groups.update_session(replace(s, private_notes=PRIVATE))
