"""Sync between a person's own devices through a folder a sync engine carries.

One `sync()` does three things, in this order:

1. Read the other devices' new change files (no lock held: the slow part).
2. In one transaction: write this device's changes since the last sync as its
   next numbered segment, then merge what the others wrote (domain/sync.py), so a
   local edit is always a version before anything is merged into it.
3. Now and then, compact this device's segments into one snapshot.

Segments already applied, and those older than a snapshot already applied, are
never read again. A damaged file stops that device's files at that point and is
reported; everything else still syncs.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from companion.domain.sync import HISTORY, Clock, Version, merge, parse_clock
from companion.exchange import sync_folder
from companion.exchange.sync_folder import DeviceFiles, SyncFolderError
from companion.vault.db import Database
from companion.vault.files import write_atomic
from companion.vault.sync_store import BY_NAME, KINDS, ORDER, Current, SyncStore, digest
from companion.vault.vault import utc_now

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
    problems: list[str] = field(default_factory=list)
    changed: dict[str, set[str]] = field(default_factory=dict)  # kind -> ids written here


@dataclass
class _Incoming:
    versions: dict[tuple[str, str], Version] = field(default_factory=dict)
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
        incoming = self._read(files, me, identity)
        result = SyncResult(problems=list(incoming.problems))
        clock = self._clock(me)
        with self._db.transaction() as conn:
            conn.execute("UPDATE sync_flag SET applying = 1")
            conn.execute("PRAGMA defer_foreign_keys = ON")
            result.sent = self._export(conn, folder, me, identity, clock, files.get(me))
            self._merge(conn, incoming, clock, result)
            applied = self._applied() | incoming.applied
            copies = sorted(
                set(json.loads(self.store.get("engine_copies") or "[]")) | set(incoming.copies)
            )
            self.store.put(
                {
                    "applied": json.dumps(applied),
                    "engine_copies": json.dumps(copies),
                    "clock": f"{clock.millis}.{clock.counter}",
                    "last_sync": utc_now(),
                    "problem": "; ".join(result.problems) or None,
                },
                conn,
            )
            conn.execute("UPDATE sync_flag SET applying = 0")
        self._compact(folder, me, identity)
        return result

    def _applied(self) -> dict[str, int]:
        return {k: int(v) for k, v in json.loads(self.store.get("applied") or "{}").items()}

    def _clock(self, me: str) -> Clock:
        millis, _, counter = (self.store.get("clock") or "0.0").partition(".")
        return Clock(me, int(millis), int(counter))

    # -- reading the others ---------------------------------------------------------------

    def _read(self, files: dict[str, DeviceFiles], me: str, identity: str) -> _Incoming:
        applied = self._applied()
        copies_read = set(json.loads(self.store.get("engine_copies") or "[]"))
        incoming = _Incoming()
        for device, found in sorted(files.items()):
            for path in found.engine_copies:
                key = f"{device}/{path.name}"
                if key not in copies_read and self._take(path, identity, incoming):
                    incoming.copies.append(key)
            if device == me:
                continue
            at = applied.get(device, 0)
            newer = [n for n in found.snapshots if n > at]
            if newer and (at == 0 or at + 1 not in found.segments):
                if not self._take(found.snapshots[max(newer)], identity, incoming):
                    continue
                at = max(newer)
            while at + 1 in found.segments:
                if not self._take(found.segments[at + 1], identity, incoming):
                    break
                at += 1
            if at != applied.get(device, 0):
                incoming.applied[device] = at
        return incoming

    def _take(self, path: Path, identity: str, incoming: _Incoming) -> bool:
        try:
            document = sync_folder.read(path, identity)
        except SyncFolderError as exc:
            incoming.problems.append(f"{path.parent.name}/{path.name}: {exc}")
            return False
        for raw in document["records"]:
            parsed = _parse(raw)
            if parsed is None:
                continue
            key, version = parsed
            incoming.versions[key] = merge(incoming.versions.get(key), version).version
        return True

    # -- writing this device's changes ----------------------------------------------------

    def _export(
        self,
        conn: Any,
        folder: Path,
        me: str,
        identity: str,
        clock: Clock,
        mine: DeviceFiles | None,
    ) -> int:
        dirty = self.store.dirty()
        if not dirty:
            return 0
        now = utc_now()
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
                    if old.deleted:
                        if not now_here.deleted:
                            # A tombstone is never brought back: the record stays deleted.
                            self.store.write(conn, kind.table, record_id, {}, True, now)
                        continue
                    new_digest = digest(now_here.data)
                    changed = [f for f, h in new_digest.items() if old_digest.get(f) != h]
                    if not changed and old.deleted == now_here.deleted:
                        continue
                    clocks = dict(old.clocks)
                    clocks.update(dict.fromkeys(changed, stamp))
                    if now_here.deleted and not old.deleted:
                        clocks["deleted"] = stamp
                    version = Version(
                        now_here.data, clocks, (*old.history, old.hash)[-HISTORY:], now_here.deleted
                    )
                out.append((kind.table, record_id, version))
        conn.execute("DELETE FROM sync_dirty")
        if not out:
            return 0
        numbers = [*(mine.segments if mine else ()), *(mine.snapshots if mine else ())]
        number = max([int(self.store.get("mine") or 0), *numbers]) + 1
        first = not numbers and not self.store.get("mine")
        name = sync_folder.snapshot_name(number) if first else sync_folder.segment_name(number)
        self._write(folder, me, identity, name, number, [_record(*r) for r in out])
        for kind in KINDS:
            self.store.remember(conn, kind.table, [(i, v) for k, i, v in out if k == kind.table])
        self.store.put({"mine": str(number)}, conn)
        return len(out)

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

    def _merge(self, conn: Any, incoming: _Incoming, clock: Clock, result: SyncResult) -> None:
        by_kind: dict[str, list[str]] = {}
        for kind, record_id in incoming.versions:
            by_kind.setdefault(kind, []).append(record_id)
        now = utc_now()
        for kind in sorted(by_kind, key=ORDER.__getitem__):
            ids = by_kind[kind]
            current = self.store.read(kind, ids)
            known = self.store.versions(kind, ids)
            remembered, writes = [], []
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
                merged = merge(local, remote)
                version = merged.version
                if local is None or version.hash != local.hash:
                    writes.append((record_id, version.data, version.deleted))
                if local is None or version.hash != local.hash or version.history != local.history:
                    # Also when only the ancestry grew: this device now knows the other
                    # version, so a later edit of it is not taken for a concurrent one.
                    remembered.append((record_id, version))
                for conflict in merged.conflicts:
                    mine_won = local is not None and local.data.get(conflict.field) == conflict.kept
                    theirs, mine = (
                        (conflict.other, conflict.kept)
                        if mine_won
                        else (conflict.kept, conflict.other)
                    )
                    self.store.add_conflict(
                        conn, kind, record_id, conflict.field, theirs, mine, now
                    )
                    result.conflicts += 1
            self.store.write_many(conn, kind, writes, now)
            self.store.remember(conn, kind, remembered)
            result.received += len(writes)
            if writes:
                result.changed[kind] = {record_id for record_id, _, _ in writes}
        for kind in self.store.drop_orphans(conn, by_kind):
            result.problems.append(f"A {kind} record arrived before what it belongs to.")

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
        with self._db.transaction():
            if self.store.dirty_count():
                return  # an edit since this sync: compact next time, from a settled state
            number = int(self.store.get("mine") or 0)
            records = []
            for kind in KINDS:
                current = self.store.read(kind.table)
                for record_id, (old, _) in self.store.versions(kind.table).items():
                    here = current.get(record_id)
                    data = here.data if here is not None and not old.deleted else {}
                    records.append(
                        _record(
                            kind.table,
                            record_id,
                            Version(data, old.clocks, old.history, old.deleted, old.hash),
                        )
                    )
            self._write(folder, me, identity, sync_folder.snapshot_name(number), number, records)
        for n, path in [*mine.segments.items(), *mine.snapshots.items()]:
            if n <= number and path.name != sync_folder.snapshot_name(number):
                path.unlink(missing_ok=True)


def _record(kind: str, record_id: str, version: Version) -> dict[str, Any]:
    return {
        "k": kind,
        "i": record_id,
        "d": version.data,
        "c": version.clocks,
        "h": list(version.history),
        "x": version.deleted,
        "v": version.hash,
    }


def _parse(raw: Any) -> tuple[tuple[str, str], Version] | None:
    """One record from a change file, or None if it is not one this version knows."""
    if not isinstance(raw, dict):
        return None
    kind, record_id, data, clocks, history = (raw.get(k) for k in ("k", "i", "d", "c", "h"))
    if (
        kind not in BY_NAME
        or not isinstance(record_id, str)
        or not isinstance(data, dict)
        or not isinstance(clocks, dict)
        or not isinstance(history, list)
        or not all(isinstance(c, str) for c in clocks.values())
        or not all(isinstance(h, str) for h in history)
    ):
        return None
    try:
        for text in clocks.values():
            parse_clock(text)
    except ValueError:
        return None
    version = Version(
        data, clocks, tuple(history[-HISTORY:]), bool(raw.get("x")), str(raw.get("v") or "")
    )
    return (kind, record_id), version
