"""Sync loses nothing: deletes against edits, every free text, and bad input from
another device (a rule broken, a file cut short, another sync key, an engine's
conflict copy). Two real vaults and one folder each time."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pyrage
import pytest

from companion.domain.sync import DELETED, TEXT_FIELDS
from companion.exchange import sync_folder
from companion.exchange.sync import Syncer
from tests.unit.exchange.sync_support import Device, _edit, _join, _write


def _device_dir(shared: Path, device: Device) -> Path:
    me = device.syncer.store.get("device")
    assert me
    return shared / "devices" / me


def _newest(folder: Path) -> Path:
    """The device's newest change file (its first is a snapshot)."""
    return max(
        (p for p in folder.iterdir() if sync_folder.file_number(p.name)),
        key=lambda p: sync_folder.file_number(p.name) or 0,
    )


def _tamper(device: Device, shared: Path, change: Any) -> Path:
    """Rewrite the device's newest segment as a buggy or newer app would have."""
    identity = device.syncer.store.get("identity")
    assert identity
    path = _newest(_device_dir(shared, device))
    document = sync_folder.read(path, identity)
    change(document["records"])
    path.write_bytes(sync_folder.encode(document, identity))
    return path


@pytest.mark.parametrize("deleted_first", [True, False])
def test_an_edit_that_races_a_delete_survives_on_both(
    pair: tuple[Device, Device, Path], deleted_first: bool
) -> None:
    a, b, shared = pair
    entry = _write(a, 1, "Written on the laptop")
    _join(a, b, shared)
    a.services.journal.delete(entry)
    _edit(b, entry, body="Rewritten on the desktop, before it heard of the delete")
    first, second = (a, b) if deleted_first else (b, a)
    first.syncer.sync()
    second.syncer.sync()
    first.syncer.sync()
    text = "Rewritten on the desktop, before it heard of the delete"
    for device in (a, b):
        assert device.entries()[entry][2] == text
        assert device.services.journal.search("desktop")
        assert device.syncer.status().conflicts == 1
        (conflict,) = device.syncer.store.conflicts()
        assert conflict["field"] == DELETED
    # The laptop deleted it: its side is the empty one. Choosing it deletes after all,
    # and that reaches the desktop as an ordinary delete.
    (conflict,) = a.syncer.store.conflicts()
    assert conflict["mine"] == "" and conflict["theirs"] == text
    a.syncer.resolve(conflict["id"], "mine")
    a.syncer.sync()
    b.syncer.sync()
    assert entry not in a.entries() and entry not in b.entries()


def test_keeping_an_entry_that_was_deleted_elsewhere_keeps_it(
    pair: tuple[Device, Device, Path],
) -> None:
    a, b, shared = pair
    entry = _write(a, 1, "Keep me")
    _join(a, b, shared)
    a.services.journal.delete(entry)
    _edit(b, entry, body="Keep me, please")
    a.syncer.sync()
    b.syncer.sync()
    (conflict,) = b.syncer.store.conflicts()
    assert conflict["mine"] == "Keep me, please" and conflict["theirs"] == ""
    b.syncer.resolve(conflict["id"], "both")
    b.syncer.sync()
    a.syncer.sync()
    assert entry in a.entries() and entry in b.entries()
    assert b.syncer.status().conflicts == 0


def test_undo_after_the_delete_synced_brings_the_entry_back_everywhere(
    pair: tuple[Device, Device, Path],
) -> None:
    a, b, shared = pair
    entry = _write(a, 1, "Deleted by mistake")
    _join(a, b, shared)
    a.services.journal.delete(entry)
    a.syncer.sync()
    b.syncer.sync()
    assert entry not in b.entries()
    a.services.journal.undo_delete(entry)
    a.syncer.sync()
    b.syncer.sync()
    assert entry in a.entries() and entry in b.entries()


def _texts(device: Device) -> dict[tuple[str, str, str], str]:
    """Every free-text field of every record: (kind, id, field) -> text."""
    db = device.services.session.db
    out = {}
    for kind, fields in TEXT_FIELDS.items():
        key = "key" if kind == "starter_hidden" else "id"
        for row in db.records(f"SELECT {key} AS id, {', '.join(fields)} FROM {kind}"):  # noqa: S608
            for name in fields:
                out[(kind, row["id"], name)] = row[name]
    return out


def test_concurrent_edits_of_every_free_text_field_keep_both_texts(
    pair: tuple[Device, Device, Path],
) -> None:
    from tests.unit.exchange.conftest import fill

    a, b, shared = pair
    fill(a.services)
    a.services.groups.add_member(a.services.groups.groups()[0].id, "Sam", consent=True)
    _join(a, b, shared)
    before = _texts(a)
    assert {kind for kind, _, _ in before} >= {
        "entries",
        "strategies",
        "safety_plan_items",
        "resources",
        "groups",
        "group_members",
        "group_sessions",
    }
    for device, word in ((a, "laptop"), (b, "desktop")):
        db = device.services.session.db
        with db.transaction() as conn:
            for kind, record_id, name in before:
                key = "key" if kind == "starter_hidden" else "id"
                conn.execute(
                    f"UPDATE {kind} SET {name} = ? WHERE {key} = ?",  # noqa: S608
                    (f"{name} {word}", record_id),  # within every limit
                )
    a.syncer.sync()
    b.syncer.sync()
    a.syncer.sync()
    for device in (a, b):
        conflicts = {
            (c["kind"], c["record_id"], c["field"]): c for c in device.syncer.store.conflicts()
        }
        assert set(conflicts) == set(before), device.folder  # every field, counted once
        for (kind, _, name), conflict in conflicts.items():
            assert {conflict["mine"], conflict["theirs"]} == {
                f"{name} laptop",
                f"{name} desktop",
            }, (kind, name)
    assert _texts(a) == _texts(b)
    # Keeping both keeps both words in a free-text field other than a body.
    strategy = next(c for c in a.syncer.store.conflicts() if c["kind"] == "strategies")
    # The dialog can say which strategy: its title, whichever text is in place.
    _, name = a.syncer.conflict_name("strategies", strategy["record_id"])
    assert name in {"title laptop", "title desktop"}
    a.syncer.resolve(strategy["id"], "both")
    kept = _texts(a)[("strategies", strategy["record_id"], strategy["field"])]
    assert "laptop" in kept and "desktop" in kept


def test_only_fields_both_sides_changed_conflict(pair: tuple[Device, Device, Path]) -> None:
    from companion.domain.journal import Mood

    a, b, shared = pair
    entry = _write(a, 1, "One body", title="One title")
    _join(a, b, shared)
    _edit(a, entry, mood=Mood.LOW)
    _edit(b, entry, body="A new body")
    a.syncer.sync()
    b.syncer.sync()
    a.syncer.sync()
    assert a.entries()[entry] == b.entries()[entry]
    assert a.entries()[entry][2:4] == ("A new body", Mood.LOW)
    assert a.syncer.status().conflicts == 0 and b.syncer.status().conflicts == 0


def test_a_poisoned_record_is_set_aside_and_everything_else_applies(
    pair: tuple[Device, Device, Path],
) -> None:
    a, b, shared = pair
    _join(a, b, shared)
    bad_mood = _write(b, 2, "Mood from a buggy app")
    bad_day = _write(b, 3, "A day that is not a date")
    wrong_type = _write(b, 4, "A body that is a number")
    newer = _write(b, 5, "From a newer Companion")
    good = _write(b, 6, "An ordinary entry")
    b.syncer.sync()

    def poison(records: list[dict[str, Any]]) -> None:
        for record in records:
            if record["i"] == bad_mood:
                record["d"]["mood"] = 9
            elif record["i"] == bad_day:
                record["d"]["day"] = "not a date"
            elif record["i"] == wrong_type:
                record["d"]["body"] = 12345
            elif record["i"] == newer:
                record["d"]["colour"] = "teal"  # a column this version does not have
        records.append({"k": "entries", "i": "broken", "d": "not a record"})
        records.append({"k": "kinds-from-the-future", "i": "x", "d": {}, "c": {}, "h": []})

    segment = _tamper(b, shared, poison)
    result = a.syncer.sync()  # no exception: the rest applies
    assert set(a.entries()) >= {newer, good}
    assert not {bad_mood, bad_day, wrong_type} & set(a.entries())
    problem = a.syncer.status().problem or ""
    assert "set aside" in problem and "mood is 9" in problem
    assert (b.syncer.store.get("device") or "")[:6] in problem  # names the device
    assert any("set aside" in p for p in result.problems)
    # Later syncs work, the folder does not grow, and the status still says it.
    files = sorted(p.name for p in _device_dir(shared, a).iterdir())
    for _ in range(3):
        a.syncer.sync()
    assert sorted(p.name for p in _device_dir(shared, a).iterdir()) == files
    assert "set aside" in (a.syncer.status().problem or "")
    # The writer hears of it too, from the reader's status file.
    b.syncer.sync()
    assert "set aside" in (b.syncer.status().problem or "")
    # A good version of the record arrives later: it applies and the notice goes.
    _edit(b, bad_mood, body="Mood fixed")
    segment.unlink()  # the writer compacted
    b.syncer.sync()
    a.syncer.sync()
    assert a.entries()[bad_mood][2] == "Mood fixed"
    assert "mood is 9" not in (a.syncer.status().problem or "")


def test_a_cut_short_segment_does_not_block_later_changes_and_the_writer_resends(
    pair: tuple[Device, Device, Path],
) -> None:
    a, b, shared = pair
    _join(a, b, shared)
    lost = _write(b, 2, "In the file that arrives broken")
    b.syncer.sync()
    broken = _newest(_device_dir(shared, b))
    later = _write(b, 3, "Written after it")
    b.syncer.sync()
    broken.write_bytes(broken.read_bytes()[:40])  # cut short on the way
    a.syncer.sync()
    assert later in a.entries() and lost not in a.entries()
    problem = a.syncer.status().problem or ""
    assert broken.name in problem and "could not be read" in problem
    # The writer sees the problem and sends everything again; the reader catches up.
    b.syncer.sync()
    assert broken.name in (b.syncer.status().problem or "")
    a.syncer.sync()
    assert lost in a.entries() and later in a.entries()
    assert not a.syncer.status().problem
    b.syncer.sync()
    assert not b.syncer.status().problem


def test_a_segment_made_with_another_sync_key_is_reported_and_skipped(
    pair: tuple[Device, Device, Path],
) -> None:
    a, b, shared = pair
    _join(a, b, shared)
    _write(b, 2, "Before the foreign file")
    b.syncer.sync()
    b_dir = _device_dir(shared, b)
    mine = sync_folder.scan(shared)[b_dir.name]
    number = max([*mine.segments, *mine.snapshots]) + 1
    stranger = pyrage.x25519.Identity.generate()
    foreign = sync_folder.encode(
        {"format": "companion-sync", "version": 1, "records": []}, str(stranger)
    )
    (b_dir / sync_folder.segment_name(number)).write_bytes(foreign)
    b.syncer.store.put({"mine": str(number)})  # as if b had written it
    after = _write(b, 4, "After the foreign file")
    b.syncer.sync()
    a.syncer.sync()
    assert after in a.entries()
    assert "another sync key" in (a.syncer.status().problem or "")


def test_syncthing_conflict_copies_of_a_segment_are_read_as_more_input(
    pair: tuple[Device, Device, Path],
) -> None:
    a, b, shared = pair
    _join(a, b, shared)
    _write(b, 1, "The desktop's first file is a snapshot")
    b.syncer.sync()
    one = _write(b, 2, "The version Syncthing kept")
    b.syncer.sync()
    kept = _newest(_device_dir(shared, b))
    other_copy = kept.read_bytes()
    # The other writer of the same name (a restored backup of the desktop, say).
    b.syncer.store.put({"mine": str(int(kept.name[:8]) - 1)})
    two = _write(b, 3, "The version Syncthing set aside")
    kept.unlink()
    b.syncer.sync()
    assert kept.exists()
    (kept.parent / f"{kept.name[:12]}.sync-conflict-20261201-120000-ABCDEFG.age").write_bytes(
        other_copy
    )
    a.syncer.sync()
    assert one in a.entries() and two in a.entries()
    assert a.syncer.sync().received == 0  # read once


def test_a_sync_that_fails_writes_no_file_and_keeps_the_changes_waiting(
    pair: tuple[Device, Device, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b, shared = pair
    _join(a, b, shared)
    _write(a, 2, "Waiting")
    files = sorted(p.name for p in _device_dir(shared, a).iterdir())

    def broken(self: Syncer, *args: Any) -> None:
        raise RuntimeError("a bug in merging")

    monkeypatch.setattr(Syncer, "_merge", broken)
    for _ in range(3):
        with pytest.raises(RuntimeError):
            a.syncer.sync()
    assert sorted(p.name for p in _device_dir(shared, a).iterdir()) == files
    assert a.syncer.status().waiting == 1
    monkeypatch.undo()
    assert a.syncer.sync().sent == 1
    b.syncer.sync()
    assert "Waiting" in [e[2] for e in b.entries().values()]


def test_many_deletes_arriving_at_once_leave_no_deleted_words_in_the_file(
    pair: tuple[Device, Device, Path],
) -> None:
    """More than FTS_BULK_MIN rows are written with one index merge instead of a
    secure delete per row; the words must still leave every page of the file."""
    from tests.privacy import pages_holding, vault_plaintext

    a, b, shared = pair
    ids = [_write(a, 1 + i % 28, f"zebracorn number {i}") for i in range(120)]
    kept = _write(a, 1, "stays here")
    _join(a, b, shared)
    for entry in ids:
        b.services.journal.delete(entry)
    b.syncer.sync()
    assert a.syncer.sync().received == 120
    assert set(a.entries()) == {kept}
    a.services.purge.everything()
    session = a.services.session
    pages = vault_plaintext(session.folder, session.data_key())
    where = [
        (i, page[:1].hex(), (session.folder / "vault.db").stat().st_size // 4096)
        for i, page in enumerate(pages)
        if b"zebracorn" in page.lower()
    ]
    assert pages_holding(b"zebracorn", pages) == 0, where
    assert session.db.scalar("SELECT v FROM entries_fts_config WHERE k = 'secure-delete'") == 1
    assert [h.id for h in a.services.journal.search("stays")] == [kept]


def test_a_status_file_of_the_wrong_shape_from_another_device_is_ignored(
    pair: tuple[Device, Device, Path],
) -> None:
    a, b, shared = pair
    _join(a, b, shared)
    identity = b.syncer.store.get("identity")
    assert identity
    me = a.syncer.store.get("device")
    for odd in ({me: 5}, 7, {me: "x"}):
        document = {
            "format": sync_folder.STATUS_FORMAT,
            "version": 1,
            "name": ["not", "text"],
            "unreadable": odd,
            "set_aside": 9,
        }
        status = _device_dir(shared, b) / sync_folder.STATUS_FILE
        status.write_bytes(sync_folder.encode(document, identity))
        a.syncer.sync()  # no exception
        assert not a.syncer.status().problem
