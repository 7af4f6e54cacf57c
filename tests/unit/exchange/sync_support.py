"""Two vaults and one folder, as a sync engine would carry it between two computers."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from companion.domain.journal import EntryDraft
from companion.exchange.sync import Syncer
from companion.services.access import Services
from tests.support import make_vault

PASS = "our shared sync words"


@dataclass
class Device:
    services: Services
    syncer: Syncer
    folder: Path

    def entries(self) -> dict[str, tuple[Any, ...]]:
        rows = self.services.session.db.execute(
            "SELECT id, day, title, body, mood, tags_text FROM entries WHERE deleted_at IS NULL"
        )
        return {r[0]: tuple(r[1:]) for r in rows}


def _device(root: Path, name: str) -> Device:
    session, _ = make_vault(root / name)
    return Device(Services(session), Syncer(session.db, root / name), root / name)


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Device, Device, Path]]:
    shared = tmp_path / "Sync"
    shared.mkdir()
    a, b = _device(tmp_path, "laptop"), _device(tmp_path, "desktop")
    yield a, b, shared
    a.services.session.close()
    b.services.session.close()


def _join(a: Device, b: Device, shared: Path) -> None:
    """The first device sets the folder up and syncs; the second joins and syncs."""
    a.syncer.setup(shared, PASS)
    a.syncer.sync()
    b.syncer.setup(shared, PASS)
    b.syncer.sync()


def _write(device: Device, day: int, body: str, **more: Any) -> str:
    saved = device.services.journal.save(
        None, EntryDraft(day=date(2026, 11, day), body=body, **more)
    )
    assert saved.entry is not None
    return saved.entry.id


def _edit(device: Device, entry_id: str, **changes: Any) -> None:
    from dataclasses import replace

    entry = device.services.journal.get(entry_id)
    assert entry is not None
    draft = EntryDraft(
        day=entry.day, title=entry.title, body=entry.body, mood=entry.mood, tags=entry.tags
    )
    device.services.journal.save(entry_id, replace(draft, **changes))
