"""Sync between two vaults through one folder, as a sync engine would carry it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyrage
import pytest

from companion.domain.journal import Mood
from companion.exchange import sync_folder
from companion.exchange.sync_folder import SyncFolderError, WrongSyncPassphrase
from tests.unit.exchange.sync_support import PASS, Device, _edit, _join, _write


def test_a_second_device_gets_everything_and_edits_flow_both_ways(
    pair: tuple[Device, Device, Path],
) -> None:
    a, b, shared = pair
    first = _write(a, 1, "Walked by the river", mood=Mood.GOOD, tags=("walk",))
    assert a.syncer.setup(shared, PASS) is True
    assert a.syncer.sync().sent == 1
    assert b.syncer.setup(shared, PASS) is False
    got = b.syncer.sync()
    assert got.received == 1 and got.sent == 0
    assert b.entries() == a.entries()
    assert b.services.journal.search("river")  # the search index follows
    _edit(b, first, body="Walked by the river, then slept well")
    second = _write(b, 2, "Called my sister")
    assert b.syncer.sync().sent == 2
    assert a.syncer.sync().received == 2
    assert a.entries() == b.entries() and second in a.entries()
    assert a.syncer.sync().received == 0  # applied segments are not read again


def test_the_same_entry_edited_on_both_keeps_both_texts(
    pair: tuple[Device, Device, Path],
) -> None:
    a, b, shared = pair
    entry = _write(a, 1, "Start")
    _join(a, b, shared)
    _edit(a, entry, body="Mine, from the laptop", mood=Mood.LOW)
    _edit(b, entry, body="Theirs, from the desktop", tags=("sleep",))
    a.syncer.sync()
    b.syncer.sync()
    a.syncer.sync()
    assert a.entries() == b.entries()
    body = a.entries()[entry][2]
    for device in (a, b):
        conflicts = device.syncer.store.conflicts()
        assert len(conflicts) == 1 and device.syncer.status().conflicts == 1
        texts = {conflicts[0]["mine"], conflicts[0]["theirs"]}
        assert texts == {"Mine, from the laptop", "Theirs, from the desktop"}
    # Fields merge last writer wins; tags add-wins.
    assert a.entries()[entry][3] == Mood.LOW and a.entries()[entry][4] == "sleep"
    # Keeping both makes the other text its own entry, and that syncs too.
    conflict = a.syncer.store.conflicts()[0]
    a.syncer.resolve(conflict["id"], "both")
    assert a.syncer.status().conflicts == 0
    bodies = sorted(e[2] for e in a.entries().values())
    assert bodies == sorted(["Mine, from the laptop", "Theirs, from the desktop"])
    a.syncer.sync()
    b.syncer.sync()
    assert a.entries() == b.entries()
    assert body in {"Mine, from the laptop", "Theirs, from the desktop"}


def test_a_delete_made_after_seeing_an_edit_wins(pair: tuple[Device, Device, Path]) -> None:
    a, b, shared = pair
    entry = _write(a, 1, "To be removed")
    _join(a, b, shared)
    _edit(b, entry, body="Edited first")
    b.syncer.sync()
    a.syncer.sync()
    a.services.journal.delete(entry)  # after seeing the edit
    a.syncer.sync()
    b.syncer.sync()
    assert entry not in a.entries() and entry not in b.entries()
    assert a.syncer.status().conflicts == 0 and b.syncer.status().conflicts == 0


def test_every_kind_of_record_syncs(pair: tuple[Device, Device, Path]) -> None:
    from tests.unit.exchange.conftest import fill

    a, b, shared = pair
    fill(a.services)
    _join(a, b, shared)
    from companion.exchange.json_format import build_export

    left, right = build_export(a.services.session.db), build_export(b.services.session.db)
    for doc in (left, right):
        doc.pop("exported_at")
    for kind, records in left.items():
        if isinstance(records, list):
            for record in (*records, *right[kind]):
                record.pop("version", None)  # a local counter, not content
            records.sort(key=lambda r: r["id"])
            right[kind].sort(key=lambda r: r["id"])
        assert records == right[kind], kind
    # Nothing readable in the folder; private facilitator notes never go in at all.
    from tests.unit.exchange.conftest import PRIVATE

    identity = a.syncer.store.get("identity")
    assert identity
    for path in shared.rglob("*.age"):
        raw = path.read_bytes()
        assert b"river" not in raw and PRIVATE.encode() not in raw
        if path.name == sync_folder.STATUS_FILE:
            assert PRIVATE not in str(sync_folder.read(path, identity, sync_folder.STATUS_FORMAT))
        elif path.name != sync_folder.KEY_FILE:
            assert PRIVATE not in str(sync_folder.read(path, identity))


def test_unsafe_folders_and_wrong_passphrases_are_refused(
    pair: tuple[Device, Device, Path], tmp_path: Path
) -> None:
    a, b, shared = pair
    (a.folder / "inner").mkdir()
    with pytest.raises(SyncFolderError, match="inside Companion's own vault"):
        a.syncer.setup(a.folder / "inner", PASS)
    with pytest.raises(SyncFolderError, match="vault is inside that folder"):
        a.syncer.setup(tmp_path, PASS)
    a.syncer.setup(shared, PASS)
    with pytest.raises(WrongSyncPassphrase):
        b.syncer.setup(shared, "not the words")
    assert not b.syncer.status().configured


def test_engine_conflict_copies_are_read_once_and_damage_is_reported(
    pair: tuple[Device, Device, Path],
) -> None:
    a, b, shared = pair
    _write(a, 1, "One")
    a.syncer.setup(shared, PASS)
    a.syncer.sync()
    mine = next((shared / "devices").iterdir())
    snapshot = next(mine.glob("snapshot-*"))
    # A sync engine's copy of a file it thought was in conflict: extra input.
    shutil.copy(snapshot, mine / "snapshot-00000001.sync-conflict-20261126-101010-ABCDEF.age")
    _write(a, 2, "Two")
    a.syncer.sync()
    segment = next(mine.glob("*.seg.age"))
    segment.write_bytes(b"age-encryption.org/v1\n damaged")
    b.syncer.setup(shared, PASS)
    result = b.syncer.sync()
    assert len(b.entries()) == 1  # the snapshot applied, the damaged segment did not
    assert result.problems and "damaged" in result.problems[0]
    assert b.syncer.status().problem
    copies = b.syncer.store.get("engine_copies")
    assert copies and "sync-conflict" in copies


def test_compaction_replaces_segments_with_a_snapshot(
    pair: tuple[Device, Device, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    from companion.exchange import sync as sync_module

    a, b, shared = pair
    monkeypatch.setattr(sync_module, "COMPACT_MIN_BYTES", 1)
    a.syncer.setup(shared, PASS)
    for day in range(1, 6):
        _write(a, day, f"Day {day}")
        a.syncer.sync()
    mine = next((shared / "devices").iterdir())
    names = sorted(p.name for p in mine.iterdir())
    assert any(n.startswith("snapshot-") for n in names)
    assert len([n for n in names if n.endswith(".seg.age")]) <= 1
    b.syncer.setup(shared, PASS)
    b.syncer.sync()
    assert b.entries() == a.entries() and len(b.entries()) == 5
    assert sync_folder.folder_bytes(shared) > 0


def test_a_bulk_first_sync_indexes_live_text_only(
    pair: tuple[Device, Device, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first sync of many entries rebuilds the search index once; a deleted
    entry's words must not come back into it."""
    from companion.vault import journal as journal_repo

    a, b, shared = pair
    monkeypatch.setattr(journal_repo, "BULK_INDEX_MIN", 1)
    _write(a, 1, "lighthouse keeper")
    _write(a, 4, "beacon")
    a.services.journal.delete(_write(a, 2, "confidential thoughts"))
    b.services.journal.delete(_write(b, 2, "zebracorn secret"))
    _join(a, b, shared)
    db = b.services.session.db
    assert db.scalar("SELECT count(*) FROM entries WHERE deleted_at IS NULL") == 2
    # A deleted entry goes as a tombstone only: its text never enters the folder.
    identity = a.syncer.store.get("identity")
    assert identity
    for path in (shared / "devices").rglob("*.age"):
        if path.name == sync_folder.STATUS_FILE:
            continue
        assert "confidential" not in str(sync_folder.read(path, identity))
    db.execute("CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, entries_fts, 'row')")
    assert db.scalar("SELECT count(*) FROM temp.v WHERE term = 'zebracorn'") == 0
    assert db.scalar("SELECT count(*) FROM temp.v WHERE term = 'lighthouse'") == 1
    assert [h.id for h in b.services.journal.search("lighthouse")]
    # New entries after the bulk sync are indexed as they are written.
    later = _write(b, 3, "harbourmaster")
    assert [h.id for h in b.services.journal.search("harbourmaster")] == [later]


def test_a_full_disk_while_writing_changes_nothing(
    pair: tuple[Device, Device, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The segment cannot be written: the vault keeps its changes waiting, and the
    next sync sends them."""
    import errno

    from companion.exchange import sync as sync_module
    from companion.vault.errors import StorageFull
    from companion.vault.files import write_atomic

    a, b, shared = pair
    a.syncer.setup(shared, PASS)
    a.syncer.sync()
    _write(a, 1, "Written while the disk was full")

    def full(path: Path, data: bytes) -> None:
        raise StorageFull(str(OSError(errno.ENOSPC, "No space left on device")))

    monkeypatch.setattr(sync_module, "write_atomic", full)
    with pytest.raises(StorageFull):
        a.syncer.sync()
    assert a.syncer.status().waiting == 1
    monkeypatch.setattr(sync_module, "write_atomic", write_atomic)
    assert a.syncer.sync().sent == 1
    b.syncer.setup(shared, PASS)
    b.syncer.sync()
    assert [row[2] for row in b.entries().values()] == ["Written while the disk was full"]


def test_a_missing_sync_folder_is_said_plainly(pair: tuple[Device, Device, Path]) -> None:
    a, _, shared = pair
    a.syncer.setup(shared, PASS)
    a.syncer.sync()
    shutil.rmtree(shared)  # a USB stick pulled out
    with pytest.raises(SyncFolderError, match="is not there"):
        a.syncer.sync()
    assert "is not there" in (a.syncer.status().problem or "")


def test_a_new_sync_folder_needs_a_passphrase_fit_to_travel_but_an_old_one_opens(
    pair: tuple[Device, Device, Path],
) -> None:
    a, b, shared = pair
    with pytest.raises(SyncFolderError) as caught:
        a.syncer.setup(shared, "x")
    assert "at least 8 characters" in str(caught.value)
    assert not sync_folder.has_key(shared) and not a.syncer.status().configured
    # A folder set up before the rule, with a short passphrase, can still be joined.
    a.syncer.setup(shared, PASS)
    key = shared / sync_folder.KEY_FILE
    key.write_bytes(
        pyrage.passphrase.encrypt(pyrage.passphrase.decrypt(key.read_bytes(), PASS), "x")
    )
    assert b.syncer.setup(shared, "x") is False
