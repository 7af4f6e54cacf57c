"""Sync between a person's own devices through a folder a sync engine carries.

One `sync()` does three things, in this order:

1. Read the other devices' new change files (no lock held: the slow part).
2. In one transaction: write this device's changes since the last sync as its
   next numbered segment, then merge what the others wrote (domain/sync.py), so a
   local edit is always a version before anything is merged into it.
3. Now and then, compact this device's segments into one snapshot.

Segments already applied, and those older than a snapshot already applied, are
never read again. Nothing from elsewhere can stop a sync (exchange/sync_health.py):
a file that cannot be read is skipped, tried again next time and reported to the
device that wrote it, which sends everything again; a record that breaks a rule
is set aside with a sentence, and every other record applies.
"""

from __future__ import annotations

import contextlib
import json
import logging
import socket
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from companion.domain import records
from companion.domain.sync import (
    DELETED,
    HISTORY,
    TEXT_FIELDS,
    Clock,
    Conflict,
    Version,
    advance,
    merge,
)
from companion.exchange import sync_folder, sync_records
from companion.exchange.sync_folder import DeviceFiles, SyncFolderError
from companion.exchange.sync_health import Health, Rejected
from companion.vault.db import Database
from companion.vault.files import write_atomic
from companion.vault.sync_store import KINDS, ORDER, Current, SyncStore, digest
from companion.vault.vault import utc_now

log = logging.getLogger(__name__)

COMPACT_RATIO = 0.25  # segments worth a quarter of the snapshot: write a new snapshot
COMPACT_MIN_BYTES = 256 * 1024


@dataclass(frozen=True)
class SyncStatus:
    folder: str | None
    last_sync: str | None
    waiting: int
    conflicts: int
    problem: str | None

    @property
    def configured(self) -> bool:
        return self.folder is not None


@dataclass
class SyncResult:
    sent: int = 0
    received: int = 0
    conflicts: int = 0
    deleted: int = 0  # of those received, deletes
    problems: list[str] = field(default_factory=list)
    changed: dict[str, set[str]] = field(default_factory=dict)  # kind -> ids written here


@dataclass
class _Incoming:
    versions: dict[tuple[str, str], Version] = field(default_factory=dict)
    sources: dict[tuple[str, str], str] = field(default_factory=dict)  # the device
    conflicts: dict[tuple[str, str], list[Conflict]] = field(default_factory=dict)
    applied: dict[str, int] = field(default_factory=dict)
    copies: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


class Syncer:
    def __init__(
        self,
        db: Database,
        vault_dir: Path,
        now_millis: Callable[[], int] = lambda: int(time.time() * 1000),
    ) -> None:
        self._db = db
        self._vault_dir = vault_dir
        self._now_millis = now_millis
        self.store = SyncStore(db)

    # -- setting up -----------------------------------------------------------------------

    def status(self) -> SyncStatus:
        get = self.store.get
        return SyncStatus(
            folder=get("folder"),
            last_sync=get("last_sync"),
            waiting=self.store.dirty_count() if get("folder") else 0,
            conflicts=int(self._db.scalar("SELECT count(DISTINCT record_id) FROM sync_conflicts")),
            problem=get("problem"),
        )

    def setup(self, folder: Path, passphrase: str) -> bool:
        """Start syncing through `folder`. Returns True if it was new (this device
        wrote the key), False if this device joined an existing sync folder."""
        target = sync_folder.check_folder(folder, self._vault_dir)
        created = not sync_folder.has_key(target)
        if created:
            folder_id, identity = sync_folder.create_key(target, passphrase)
        else:
            folder_id, identity = sync_folder.open_key(target, passphrase)
        with self._db.transaction() as conn:
            if self.store.get("folder_id") != folder_id:
                # Another folder: nothing of what this device knew of it applies.
                conn.execute("DELETE FROM sync_records")
                conn.execute("DELETE FROM sync_state")
            self.store.put(
                {
                    "folder": str(target),
                    "folder_id": folder_id,
                    "identity": identity,
                    "device": self.store.get("device") or uuid.uuid4().hex[:12],
                    "problem": None,
                },
                conn,
            )
            self.store.mark_all_dirty(conn)  # everything here is news to the folder
        return created

    def resolve(self, conflict_id: int, keep: str) -> None:
        """Settle a conflict: keep "mine", "theirs", or "both". Keeping both makes the
        other text an entry of its own (for other kinds, it follows in the same text).
        The choice syncs to the other devices as an ordinary edit."""
        if keep not in ("mine", "theirs", "both"):
            raise ValueError(f"keep must be mine, theirs or both, not {keep!r}")
        self.store.resolve_conflict(conflict_id, keep, str(uuid.uuid4()), utc_now())

    def conflict_name(self, kind: str, record_id: str) -> tuple[date | None, str]:
        """What a conflict is about: an entry's day, and the record's own words
        (its title or name)."""
        fields = TEXT_FIELDS.get(kind, ())
        name = self.store.record_name(kind, record_id, fields[0] if fields else None)
        day = self._db.scalar("SELECT day FROM entries WHERE id = ?", (record_id,))
        try:
            return (date.fromisoformat(day) if kind == "entries" and day else None), name
        except ValueError:
            return None, name

    def leave(self) -> None:
        """Stop syncing on this device. The folder and other devices are left as they are."""
        self.store.forget_everything()

    # -- syncing --------------------------------------------------------------------------

    def sync(self) -> SyncResult:
        folder_text, identity, me = (
            self.store.get("folder"),
            self.store.get("identity"),
            self.store.get("device"),
        )
        if not folder_text or not identity or not me:
            raise SyncFolderError("Sync is not set up on this device. Choose a sync folder first.")
        folder = Path(folder_text)
        if not folder.is_dir() or not sync_folder.has_key(folder):
            problem = (
                f"The sync folder {folder} is not there. If it is on a drive, connect it; "
                "otherwise choose the folder again in Settings > Sync."
            )
            self.store.put({"problem": problem})
            raise SyncFolderError(problem)
        files = sync_folder.scan(folder)
        health = Health.load(self.store)
        health.read_reports(files, identity, me)
        incoming = self._read(files, me, identity, health)
        result = SyncResult(problems=list(incoming.problems))
        clock = self._clock(me)
        with self._db.transaction() as conn:
            conn.execute("UPDATE sync_flag SET applying = 1")
            conn.execute("PRAGMA defer_foreign_keys = ON")
            segment = self._export(conn, me, clock, files.get(me))
            self._merge(conn, incoming, clock, result, health)
            applied = self._applied() | incoming.applied
            copies = sorted(
                set(json.loads(self.store.get("engine_copies") or "[]")) | set(incoming.copies)
            )
            status_due = health.changed or files.get(me) is None or files[me].status is None
            health.save(self.store, conn)
            self.store.put(
                {
                    "applied": json.dumps(applied),
                    "engine_copies": json.dumps(copies),
                    "clock": f"{clock.millis}.{clock.counter}",
                    "last_sync": utc_now(),
                },
                conn,
            )
            conn.execute("UPDATE sync_flag SET applying = 0")
            if segment is not None:
                # Written last, inside the transaction: if anything before failed,
                # no file was written, so a failing sync cannot fill the folder.
                name, number, out = segment
                self._write(folder, me, identity, name, number, out)
                result.sent = len(out)
        if result.deleted:
            # Deletes from elsewhere were emptied in place (vault/purge.py): the WAL
            # still holds the pages as they were, until this checkpoint.
            self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        if status_due:
            health.write_status(folder, me, _computer_name(), identity)
        mine = sync_folder.scan(folder).get(me)
        if health.needs_resend(me, mine) and self._snapshot(folder, me, identity, resend=True):
            health.resent_now(me, mine)
            with self._db.transaction() as conn:
                health.save(self.store, conn)
        else:
            self._compact(folder, me, identity)
        # Told with the files as they were before any resend, so this sync says so.
        result.problems += health.sentences(me, mine)
        self.store.put({"problem": "\n".join(dict.fromkeys(result.problems)) or None})
        return result

    def _applied(self) -> dict[str, int]:
        return {k: int(v) for k, v in json.loads(self.store.get("applied") or "{}").items()}

    def _clock(self, me: str) -> Clock:
        millis, _, counter = (self.store.get("clock") or "0.0").partition(".")
        return Clock(me, int(millis), int(counter))

    # -- reading the others ---------------------------------------------------------------

    def _read(
        self, files: dict[str, DeviceFiles], me: str, identity: str, health: Health
    ) -> _Incoming:
        applied = self._applied()
        copies_read = set(json.loads(self.store.get("engine_copies") or "[]"))
        incoming = _Incoming()
        today = date.today()
        for device, found in sorted(files.items()):
            for path in found.engine_copies:
                key = f"{device}/{path.name}"
                if key not in copies_read:
                    # Read once, even when damaged: a broken copy is not worth a
                    # problem on every sync, and the original is read as usual.
                    self._take(device, path, identity, incoming, health, today)
                    incoming.copies.append(key)
            if device == me:
                continue
            health.forget_gone(device, found)
            for name in sorted(health.unreadable.get(device, {})):
                again = found.named(name)  # tried again: it may have arrived whole since
                if again and self._take(device, again, identity, incoming, health, today):
                    health.read_again(device, name)
            at = applied.get(device, 0)
            newer = [n for n in found.snapshots if n > at]
            if newer and (at == 0 or at + 1 not in found.segments):
                at = max(newer)
                if self._take(device, found.snapshots[at], identity, incoming, health, today):
                    health.snapshot_read(device, at)
            while at + 1 in found.segments:
                at += 1
                self._take(device, found.segments[at], identity, incoming, health, today)
            if at != applied.get(device, 0):
                incoming.applied[device] = at
        return incoming

    def _take(
        self,
        device: str,
        path: Path,
        identity: str,
        incoming: _Incoming,
        health: Health,
        today: date,
    ) -> bool:
        """Read one file into `incoming`. A file that cannot be read is noted in
        `health` (and skipped); a record that breaks a rule is set aside."""
        try:
            document = sync_folder.read(path, identity)
        except SyncFolderError as exc:
            if sync_folder.ENGINE_COPY.search(path.name):
                incoming.problems.append(
                    f"A copy your sync app made ({path.name}) could not be read: {exc}."
                )
            else:
                health.could_not_read(device, path.name, str(exc))
            return False
        for raw in document["records"]:
            parsed = sync_records.from_json(raw)
            if isinstance(parsed, Rejected):
                health.reject(Rejected(device, parsed.kind, parsed.id, parsed.problem))
                continue
            if parsed is None:
                continue  # a kind this version does not know: a newer device's
            key, version = parsed
            found = None if version.deleted else records.problem(*key, version.data, today)
            if found:
                health.reject(Rejected(device, key[0], key[1], found))
                continue
            health.accepted(device, *key)
            merged = merge(incoming.versions.get(key), version, TEXT_FIELDS.get(key[0], ()))
            incoming.versions[key] = merged.version
            incoming.sources[key] = device
            if merged.conflicts:
                incoming.conflicts.setdefault(key, []).extend(merged.conflicts)
        return True

    # -- writing this device's changes ----------------------------------------------------

    def _export(
        self, conn: Any, me: str, clock: Clock, mine: DeviceFiles | None
    ) -> tuple[str, int, list[dict[str, Any]]] | None:
        """This device's changes since the last sync, as versions remembered in the
        vault; returns the file to write (name, number, records), or None."""
        dirty = self.store.dirty()
        if not dirty:
            return None
        stamp = clock.tick(self._now_millis())
        out: list[tuple[str, str, Version]] = []
        for kind in KINDS:
            ids = dirty.get(kind.table)
            if not ids:
                continue
            current = self.store.read(kind.table, ids)
            known = self.store.versions(kind.table, ids)
            for record_id in ids:
                now_here = current[record_id]
                if now_here.deleted:
                    # A tombstone says only that: a deleted text never leaves the device.
                    now_here = Current({}, True)
                before = known.get(record_id)
                if before is None:
                    if now_here.deleted and not now_here.data:
                        continue  # made and removed between two syncs: nothing to tell
                    version = Version(
                        now_here.data, dict.fromkeys(now_here.data, stamp), (), now_here.deleted
                    )
                else:
                    old, old_digest = before
                    new_digest = digest(now_here.data)
                    changed = [f for f, h in new_digest.items() if old_digest.get(f) != h]
                    if not changed and old.deleted == now_here.deleted:
                        continue
                    # An undo after the delete synced is a newer version than the
                    # tombstone, so it brings the record back everywhere.
                    clocks = advance(old.clocks, changed, stamp)
                    if now_here.deleted != old.deleted:
                        clocks = advance(clocks, [DELETED], stamp)
                    version = Version(
                        now_here.data, clocks, (*old.history, old.hash)[-HISTORY:], now_here.deleted
                    )
                out.append((kind.table, record_id, version))
        conn.execute("DELETE FROM sync_dirty")
        if not out:
            return None
        numbers = [*(mine.segments if mine else ()), *(mine.snapshots if mine else ())]
        number = max([int(self.store.get("mine") or 0), *numbers]) + 1
        first = not numbers and not self.store.get("mine")
        name = sync_folder.snapshot_name(number) if first else sync_folder.segment_name(number)
        for kind in KINDS:
            self.store.remember(conn, kind.table, [(i, v) for k, i, v in out if k == kind.table])
        self.store.put({"mine": str(number)}, conn)
        return name, number, [sync_records.to_json(*r) for r in out]

    def _write(
        self, folder: Path, me: str, identity: str, name: str, number: int, records: list[Any]
    ) -> None:
        document = {
            "format": sync_folder.FILE_FORMAT,
            "version": sync_folder.VERSION,
            "device": me,
            "number": number,
            "records": records,
        }
        path = sync_folder.device_dir(folder, me) / name
        write_atomic(path, sync_folder.encode(document, identity))

    # -- merging the others' changes ------------------------------------------------------

    def _merge(
        self, conn: Any, incoming: _Incoming, clock: Clock, result: SyncResult, health: Health
    ) -> None:
        by_kind: dict[str, list[str]] = {}
        for kind, record_id in incoming.versions:
            by_kind.setdefault(kind, []).append(record_id)
        now = utc_now()
        for kind in sorted(by_kind, key=ORDER.__getitem__):
            ids = by_kind[kind]
            current = self.store.read(kind, ids)
            known = self.store.versions(kind, ids)
            remembered, writes = [], []
            found: dict[str, list[tuple[str, str, str]]] = {}  # id -> (field, theirs, mine)
            for record_id in ids:
                remote = incoming.versions[(kind, record_id)]
                if remote.clock:
                    clock.observe(remote.clock)
                here = current[record_id]
                local = None
                if record_id in known:
                    old = known[record_id][0]
                    local = Version(here.data, old.clocks, old.history, old.deleted, old.hash)
                elif here.data:
                    local = Version(here.data, {}, (), here.deleted)
                merged = merge(local, remote, TEXT_FIELDS.get(kind, ()))
                version = merged.version
                if local is None or version.hash != local.hash:
                    writes.append((record_id, version.data, version.deleted))
                if local is None or version.hash != local.hash or version.history != local.history:
                    # Also when only the ancestry grew: this device now knows the other
                    # version, so a later edit of it is not taken for a concurrent one.
                    remembered.append((record_id, version))
                texts = [_sides(c, local) for c in merged.conflicts]
                texts += [
                    (c.field, c.other, c.kept)
                    for c in incoming.conflicts.get((kind, record_id), [])
                ]
                if texts:
                    found[record_id] = texts
            bad = self._write_all(conn, kind, writes, now)
            for record_id, why in bad.items():
                device = incoming.sources[(kind, record_id)]
                health.reject(Rejected(device, kind, record_id, why))
            for record_id, texts in found.items():
                if record_id in bad:
                    continue
                for name, theirs, mine in texts:
                    self.store.add_conflict(conn, kind, record_id, name, theirs, mine, now)
                    result.conflicts += 1
            self.store.remember(conn, kind, [(i, v) for i, v in remembered if i not in bad])
            written = {record_id for record_id, _, _ in writes} - set(bad)
            result.deleted += sum(1 for i, _, gone in writes if gone and i not in bad)
            result.received += len(written)
            if written:
                result.changed[kind] = written
        for kind in self.store.drop_orphans(conn, by_kind):
            result.problems.append(f"A {kind} record arrived before what it belongs to.")

    def _write_all(
        self, conn: Any, kind: str, writes: list[tuple[str, dict[str, Any], bool]], now: str
    ) -> dict[str, str]:
        """Write merged records in bulk; if the vault refuses some (a rule the
        domain checks did not catch, a missing column), write them one by one and
        return the ones refused, with why, so that the others still apply."""
        try:
            with _savepoint(conn):
                self.store.write_many(conn, kind, writes, now)
            return {}
        except Exception as exc:  # one bad record must not stop the others
            log.info(
                "a batch of synced %s was refused (%s); writing one by one",
                kind,
                type(exc).__name__,
            )
        bad = {}
        for write in writes:
            try:
                with _savepoint(conn):
                    self.store.write_many(conn, kind, [write], now)
            except Exception as exc:  # said to the user as a sentence
                bad[write[0]] = _refused(exc)
        return bad

    # -- compacting -----------------------------------------------------------------------

    def _compact(self, folder: Path, me: str, identity: str) -> None:
        mine = sync_folder.scan(folder).get(me)
        if mine is None or not mine.segments:
            return
        last_snapshot = max(mine.snapshots, default=0)
        after = [n for n in mine.segments if n > last_snapshot]
        segment_bytes = sum(mine.segments[n].stat().st_size for n in after)
        snapshot_bytes = mine.snapshots[last_snapshot].stat().st_size if last_snapshot else 0
        if segment_bytes < max(COMPACT_MIN_BYTES, snapshot_bytes * COMPACT_RATIO):
            return
        self._snapshot(folder, me, identity)

    def _snapshot(self, folder: Path, me: str, identity: str, resend: bool = False) -> bool:
        """Write everything this device knows as one snapshot and remove its older
        files. `resend`: under a new number, so that every other device reads it
        again (one of them could not read a file of ours). False if not now."""
        with self._db.transaction() as conn:
            if self.store.dirty_count():
                return False  # an edit since this sync: next time, from a settled state
            number = int(self.store.get("mine") or 0) + (1 if resend else 0)
            records = []
            for kind in KINDS:
                current = self.store.read(kind.table)
                for record_id, (old, _) in self.store.versions(kind.table).items():
                    here = current.get(record_id)
                    data = here.data if here is not None and not old.deleted else {}
                    records.append(
                        sync_records.to_json(
                            kind.table,
                            record_id,
                            Version(data, old.clocks, old.history, old.deleted, old.hash),
                        )
                    )
            self._write(folder, me, identity, sync_folder.snapshot_name(number), number, records)
            self.store.put({"mine": str(number)}, conn)
        mine = sync_folder.scan(folder).get(me)
        for n, path in [*mine.segments.items(), *mine.snapshots.items()] if mine else []:
            if n <= number and path.name != sync_folder.snapshot_name(number):
                path.unlink(missing_ok=True)
        return True


@contextlib.contextmanager
def _savepoint(conn: Any) -> Iterator[None]:
    conn.execute("SAVEPOINT sync_write")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK TO sync_write")
        conn.execute("RELEASE sync_write")
        raise
    conn.execute("RELEASE sync_write")


def _refused(exc: Exception) -> str:
    text = str(exc).lower()
    if "foreign key" in text:
        return "it points to something this computer does not have"
    if "not null" in text or "no value" in text or "has no column" in text:
        return "it is missing something every record of its kind has"
    if "check constraint" in text:
        return "one of its values is outside what Companion allows"
    return "this computer could not store it"


def _sides(conflict: Conflict, local: Version | None) -> tuple[str, str, str]:
    """(field, theirs, mine) of a conflict found merging a version from elsewhere."""
    if conflict.field == DELETED:
        here_deleted = local is not None and local.deleted
        return (DELETED, conflict.kept, "") if here_deleted else (DELETED, "", conflict.kept)
    mine_won = local is not None and local.data.get(conflict.field) == conflict.kept
    if mine_won:
        return conflict.field, conflict.other, conflict.kept
    return conflict.field, conflict.kept, conflict.other


def _computer_name() -> str:
    """This computer's name, so the others can say which one had a problem."""
    try:
        return socket.gethostname()[:60]
    except OSError:
        return ""
