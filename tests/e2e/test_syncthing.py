"""Sync through real Syncthing: two vaults, offline edits on both, one conflict.

Skipped only where the `syncthing` program is missing; .ci/run installs it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from companion.domain.journal import EntryDraft
from companion.exchange.sync import Syncer
from companion.services.access import Services
from tests.e2e import syncthing
from tests.support import make_vault

pytestmark = pytest.mark.skipif(
    not syncthing.available(), reason="syncthing is not installed (apt-get install syncthing)"
)
PASS = "words for the sync folder"


@pytest.fixture
def engines(tmp_path: Path) -> Iterator[tuple[syncthing.Instance, syncthing.Instance]]:
    a, b = syncthing.start_pair(tmp_path)
    yield a, b
    syncthing.stop(a, b)


def _entries(services: Services) -> dict[str, tuple[object, ...]]:
    rows = services.session.db.execute(
        "SELECT id, day, title, body, mood, tags_text FROM entries WHERE deleted_at IS NULL"
    )
    return {r[0]: tuple(r[1:]) for r in rows}


def _edit(services: Services, entry_id: str, body: str) -> None:
    entry = services.journal.get(entry_id)
    assert entry is not None
    draft = EntryDraft(day=entry.day, title=entry.title, body=entry.body, mood=entry.mood)
    services.journal.save(entry_id, replace(draft, body=body))


def test_two_vaults_converge_through_syncthing(
    tmp_path: Path, engines: tuple[syncthing.Instance, syncthing.Instance]
) -> None:
    st_a, st_b = engines
    session_a, _ = make_vault(tmp_path / "vault-laptop")
    session_b, _ = make_vault(tmp_path / "vault-desktop")
    a, b = Services(session_a), Services(session_b)
    sync_a = Syncer(session_a.db, session_a.folder)
    sync_b = Syncer(session_b.db, session_b.folder)
    try:
        shared = a.journal.save(None, EntryDraft(day=date(2026, 11, 1), body="Start of the month"))
        gone = a.journal.save(None, EntryDraft(day=date(2026, 11, 2), body="Will be deleted"))
        assert shared.entry and gone.entry
        assert sync_a.setup(st_a.folder, PASS) is True
        sync_a.sync()
        syncthing.settle(st_a, st_b)

        assert sync_b.setup(st_b.folder, PASS) is False
        assert sync_b.sync().received == 2
        assert _entries(a) == _entries(b)

        # Offline on both sides: one entry edited on both, new entries, a delete.
        _edit(a, shared.entry.id, "Edited on the laptop")
        _edit(b, shared.entry.id, "Edited on the desktop")
        a.journal.save(None, EntryDraft(day=date(2026, 11, 3), body="Laptop only"))
        b.journal.save(None, EntryDraft(day=date(2026, 11, 4), body="Desktop only"))
        a.journal.delete(gone.entry.id)
        sync_a.sync()
        sync_b.sync()
        syncthing.settle(st_a, st_b)
        sync_a.sync()
        sync_b.sync()
        syncthing.settle(st_a, st_b)
        sync_a.sync()
        sync_b.sync()

        left, right = _entries(a), _entries(b)
        assert left == right
        bodies = sorted(row[2] for row in left.values())
        assert "Laptop only" in bodies and "Desktop only" in bodies
        assert gone.entry.id not in left
        for syncer in (sync_a, sync_b):
            conflicts = syncer.store.conflicts()
            assert len(conflicts) == 1 and conflicts[0]["record_id"] == shared.entry.id
            assert {conflicts[0]["mine"], conflicts[0]["theirs"]} == {
                "Edited on the laptop",
                "Edited on the desktop",
            }
    finally:
        session_a.close()
        session_b.close()
