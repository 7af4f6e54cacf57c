"""The vault's files never hold plaintext, WAL and shared memory included."""

from __future__ import annotations

import io
import signal
import tarfile
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pyrage
import pytest

from companion.domain.journal import EntryDraft, Mood
from companion.domain.resources import Note, Resource, ResourceKind
from companion.domain.toolbox import Category, StrategyDraft
from companion.domain.trackers import TrackerKind
from companion.services.access import Access, Services
from companion.services.purge import UNDO_SECONDS, PurgeService
from companion.vault import backup, journal, keys, vault
from companion.vault.sync_store import SyncStore
from tests.privacy import database_pages, leaks, pages_holding, vault_plaintext
from tests.support import TEST_PASSPHRASE, make_vault, python


def test_sentinel_is_not_in_any_vault_file_while_open_or_after_lock(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    sentinel = f"Sentinel {uuid.uuid4()} written in the vault"
    session, _ = make_vault(folder)
    with session.db.transaction() as conn:
        for i in range(50):
            conn.execute(
                "INSERT INTO drafts (slot, body, updated_at) VALUES (?, ?, 'x')",
                (f"s{i}", f"{sentinel} #{i}"),
            )
    # While open, the WAL and -shm files hold the latest pages: they must be encrypted too.
    assert {p.name for p in folder.iterdir()} >= {"vault.db-wal", "vault.db-shm"}
    assert leaks(sentinel, [folder]) == []
    session.close()
    assert leaks(sentinel, [folder]) == []
    assert leaks(sentinel, [tmp_path]) == []
    reopened = vault.unlock(folder, TEST_PASSPHRASE)
    assert (
        reopened.db.scalar("SELECT count(*) FROM drafts WHERE body LIKE ?", (f"{sentinel}%",)) == 50
    )
    reopened.close()


# -- a delete really deletes, once the undo window is over ------------------------------------


def _later(seconds: float) -> Callable[[], datetime]:
    return lambda: datetime.now(UTC) + timedelta(seconds=seconds)


def _sentinels() -> tuple[str, bytes]:
    """A word no page holds by chance (kept whole by the tokenizer), and a picture's bytes."""
    word = f"zebrafinch{uuid.uuid4().hex}"
    return word, word[-24:].encode("ascii")


def _picture(pattern: bytes) -> bytes:
    # Long enough to need overflow pages, as a real photo does.
    return b"\x89PNG\r\n\x1a\n" + pattern * 2000


def _backup_pages(path: Path, key: bytes) -> list[bytes]:
    plain = pyrage.passphrase.decrypt(path.read_bytes(), "backup words here")
    with tarfile.open(fileobj=io.BytesIO(plain)) as tar:
        member = tar.extractfile(vault.DB_NAME)
        assert member is not None
        return database_pages(member.read(), key)


def _write_entry(services: Services, word: str, pattern: bytes) -> str:
    tracker = services.journal.add_tracker("Sleep", TrackerKind.NUMBER, 0, 24, "h")
    saved = services.journal.save(
        None,
        EntryDraft(
            day=date(2026, 11, 2),
            title=f"Title {word}",
            body=f"Today I wrote {word} and more. " * 40,
            mood=Mood(2),
            tags=(f"tag{word}",),
            trackers={tracker.id: 7.5},
        ),
    )
    assert saved.entry is not None
    services.journal.attach_image(
        saved.entry.id, EntryDraft(day=date(2026, 11, 2)), "a.png", _picture(pattern)
    )
    return saved.entry.id


def test_a_deleted_entry_leaves_the_file_once_the_undo_window_is_over(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    word, pattern = _sentinels()
    session, _ = make_vault(folder)
    key = session.data_key()
    services = Services(session)
    entry_id = _write_entry(services, word, pattern)
    session.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    services.journal.delete(entry_id)
    assert services.journal.search(word) == []
    # The scan finds what is there: before the purge the tombstone still holds it all.
    before = vault_plaintext(folder, key)
    assert pages_holding(word.encode(), before) > 0
    assert pages_holding(pattern, before) > 0

    # Still inside the undo window: nothing goes.
    assert PurgeService(session.db, now=_later(UNDO_SECONDS - 1)).expired() == 0
    assert pages_holding(word.encode(), vault_plaintext(folder, key)) > 0

    # The moment the offer ends (its timer may be a hair early; the times are cut to ms).
    # A purge that is not the end of an offer waits for the whole window.
    assert PurgeService(session.db, now=_later(UNDO_SECONDS - 0.1)).expired() == 0
    assert PurgeService(session.db, now=_later(UNDO_SECONDS - 0.1)).offer_ended() >= 1
    after = vault_plaintext(folder, key)
    assert pages_holding(word.encode(), after) == 0
    assert pages_holding(pattern, after) == 0
    # The tombstone stays, for sync: its id and times, with no text.
    row = session.db.records(
        "SELECT title, body, tags_text, mood, created_at, updated_at, deleted_at"
        " FROM entries WHERE id = ?",
        (entry_id,),
    )[0]
    assert (row["title"], row["body"], row["tags_text"], row["mood"]) == ("", "", "", None)
    assert row["created_at"] and row["updated_at"] and row["deleted_at"]
    assert session.db.scalar("SELECT count(*) FROM tags") == 0
    assert session.db.scalar("SELECT count(*) FROM tracker_values") == 0
    assert session.check() == []

    # A backup made now does not hold it either.
    backup.write_backup(session, tmp_path / "b.age", "backup words here")
    pages = _backup_pages(tmp_path / "b.age", key)
    assert pages and pages_holding(word.encode(), pages) == 0
    assert pages_holding(pattern, pages) == 0
    session.close()
    assert pages_holding(word.encode(), vault_plaintext(folder, key)) == 0


def test_undo_inside_the_window_brings_everything_back(tmp_path: Path) -> None:
    word, pattern = _sentinels()
    session, _ = make_vault(tmp_path / "vault")
    services = Services(session)
    entry_id = _write_entry(services, word, pattern)
    services.journal.delete(entry_id)
    assert PurgeService(session.db, now=_later(UNDO_SECONDS - 1)).expired() == 0
    services.journal.undo_delete(entry_id)
    entry = services.journal.get(entry_id)
    assert entry is not None and word in entry.body and entry.tags == (f"tag{word}",)
    assert [hit.id for hit in services.journal.search(word)] == [entry_id]
    assert services.journal.attachments(entry_id)
    session.close()


def test_lock_purges_every_tombstone_and_so_does_unlock_after_a_kill(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    word, pattern = _sentinels()
    access = Access(folder, kdf_policy=lambda: keys.FAST_KDF)
    access.create(TEST_PASSPHRASE)
    key = access.services.session.data_key()
    entry_id = _write_entry(access.services, word, pattern)
    access.services.journal.delete(entry_id)
    access.lock()  # inside the window: the undo offer goes with the lock
    assert pages_holding(word.encode(), vault_plaintext(folder, key)) == 0

    # The app is killed with a deleted entry in its window ...
    child = python(
        "import os, signal, sys\n"
        "from datetime import date\n"
        "from pathlib import Path\n"
        "from companion.domain.journal import EntryDraft\n"
        "from companion.services.access import Services\n"
        "from companion.vault import vault\n"
        f"s = Services(vault.unlock(Path({str(folder)!r}), {TEST_PASSPHRASE!r}))\n"
        f"e = s.journal.save(None, EntryDraft(day=date(2026, 11, 3), body={word!r} + ' again'))\n"
        "s.journal.delete(e.entry.id)\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    child.communicate(timeout=60)
    assert child.returncode == -signal.SIGKILL
    assert pages_holding(word.encode(), vault_plaintext(folder, key)) > 0
    # ... and the next unlock finishes the delete.
    access.unlock(TEST_PASSPHRASE)
    assert pages_holding(word.encode(), vault_plaintext(folder, key)) == 0
    access.lock()


def test_other_kinds_lose_their_text_too(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    word, _ = _sentinels()
    session, _ = make_vault(folder)
    key = session.data_key()
    services = Services(session)
    strategy = services.toolbox.add(
        StrategyDraft(title=f"S {word}", category=Category.GROUNDING, steps=word)
    )
    services.toolbox.remove(strategy.id)
    resource = services.resources.save(
        Resource(id="", kind=ResourceKind.HOTLINE, name=f"R {word}", notes=word)
    )
    services.resources.remove(resource.id)
    note = services.resources.save_note(Note(id="", title=f"N {word}", body=word))
    services.resources.remove_note(note.id)
    template = services.journal.add_template(f"T {word}", word)
    services.journal.remove_template(template.id)
    assert pages_holding(word.encode(), vault_plaintext(folder, key)) > 0
    # The timer waits a little past the window, never racing an offer's last moment.
    assert PurgeService(session.db, now=_later(UNDO_SECONDS + 1)).expired() == 0
    PurgeService(session.db, now=_later(UNDO_SECONDS + 3)).expired()
    assert pages_holding(word.encode(), vault_plaintext(folder, key)) == 0
    assert services.resources.search_notes(word) == []
    assert session.check() == []
    session.close()


def test_a_backup_made_inside_the_undo_window_holds_no_deleted_text(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    word, pattern = _sentinels()
    session, _ = make_vault(folder)
    key = session.data_key()
    services = Services(session)
    entry_id = _write_entry(services, word, pattern)
    services.journal.delete(entry_id)
    backup.write_backup(session, tmp_path / "b.age", "backup words here")
    pages = _backup_pages(tmp_path / "b.age", key)
    assert pages and pages_holding(word.encode(), pages) == 0
    assert pages_holding(pattern, pages) == 0
    # The live vault still offers the undo.
    services.journal.undo_delete(entry_id)
    entry = services.journal.get(entry_id)
    assert entry is not None and word in entry.body
    session.close()


def test_a_bulk_write_leaves_no_deleted_words_in_the_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A big sync or import rebuilds the search index with secure-delete paused (it
    costs 25 ms a row); what the rebuild masks must still leave the pages."""
    monkeypatch.setattr(journal, "BULK_INDEX_MIN", 1)
    folder = tmp_path / "vault"
    word, pattern = _sentinels()
    session, _ = make_vault(folder)
    key = session.data_key()
    services = Services(session)
    entry_id = _write_entry(services, word, pattern)
    services.journal.delete(entry_id)  # still in its window while the sync writes
    now = "2026-11-04T10:00:00.000Z"
    record = {
        "day": "2026-11-04",
        "title": "",
        "body": "from the other laptop",
        "mood": None,
        "win": 0,
        "tags_text": "",
        "created_at": now,
        "updated_at": now,
        "trackers": {},
    }
    with session.db.transaction() as conn:
        SyncStore(session.db).write_many(
            conn, "entries", [(str(uuid.uuid4()), dict(record), False) for _ in range(3)], now
        )
    assert session.db.scalar("SELECT v FROM entries_fts_config WHERE k = 'secure-delete'") == 1
    assert len(services.journal.search("laptop")) == 3
    services.purge.everything()
    assert pages_holding(word.encode(), vault_plaintext(folder, key)) == 0
    assert session.check() == []
    session.close()
