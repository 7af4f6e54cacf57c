"""The cost of finishing deletes, at COUNT entries (default 10,000).

`python -m bench.purge [COUNT]` builds vaults from the corpus and prints, each
against a baseline measured in the same run:
- writing the entries with `secure_delete` on, against off;
- deleting 50 entries, and editing 50 others (an edit re-indexes the text), with
  the full-text index's secure-delete on, against off;
- purging those tombstones (with the checkpoint), and a purge with nothing to
  do (what every undo expiry, lock and unlock pays);
- the 'optimize' merge that would be the alternative to FTS secure-delete.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bench.corpus import drafts
from companion.services.purge import PurgeService
from companion.vault import keys, purge, vault
from companion.vault.journal import JournalRepository

PASSPHRASE = "benchmark passphrase words"
DELETES = 50


@dataclass
class Figures:
    insert: float
    delete_each: float
    edit_each: float
    purge: float
    idle_purge: float
    optimize: float


def _timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def _run(folder: Path, count: int, secure: bool, secure_fts: bool) -> Figures:
    session, _ = vault.create(folder, PASSPHRASE, keys.FAST_KDF)
    db = session.db
    db.execute(f"PRAGMA secure_delete = {'ON' if secure else 'OFF'}")
    if secure_fts:
        purge.use_secure_fts(db)
    repo = JournalRepository(db)
    insert = _timed(lambda: repo.insert_many(drafts(count), "2026-01-01T00:00:00.000Z"))
    ids = [r[0] for r in db.execute("SELECT id FROM entries ORDER BY random() LIMIT ?", (DELETES,))]
    edited = [
        r[0] for r in db.execute("SELECT id FROM entries ORDER BY random() LIMIT ?", (DELETES,))
    ]
    new_text = list(drafts(DELETES, seed=11))
    edit = _timed(
        lambda: [
            repo.update(i, d, "2026-01-02T00:00:00.000Z")
            for i, d in zip(edited, new_text, strict=True)
        ]
    )
    delete = _timed(lambda: [repo.soft_delete(i, "2026-01-02T00:00:00.000Z") for i in ids])
    service = PurgeService(db)
    purged = _timed(service.everything)
    idle = statistics.median(_timed(service.everything) for _ in range(7))
    optimize = _timed(
        lambda: db.execute("INSERT INTO entries_fts (entries_fts) VALUES ('optimize')")
    )
    session.close()
    return Figures(insert, delete / DELETES, edit / DELETES, purged, idle, optimize)


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    with tempfile.TemporaryDirectory() as tmp:
        on = _run(Path(tmp) / "on", count, secure=True, secure_fts=True)
        off = _run(Path(tmp) / "off", count, secure=False, secure_fts=False)
    print(f"{count} entries (secure = as the app runs; plain = both secure-deletes off)")
    ratio = on.insert / off.insert
    print(f"  insert all:     {on.insert:7.2f} s  vs {off.insert:7.2f} s  x{ratio:.2f}")
    print(
        f"  one delete:     {on.delete_each * 1000:7.1f} ms vs {off.delete_each * 1000:7.1f} ms"
        f" x{on.delete_each / off.delete_each:.1f}"
    )
    print(
        f"  one edit:       {on.edit_each * 1000:7.1f} ms vs {off.edit_each * 1000:7.1f} ms"
        f" x{on.edit_each / off.edit_each:.1f}"
    )
    print(f"  purge {DELETES}:       {on.purge * 1000:7.0f} ms vs {off.purge * 1000:7.0f} ms")
    print(f"  idle purge:     {on.idle_purge * 1000:7.1f} ms vs {off.idle_purge * 1000:7.1f} ms")
    print(f"  fts optimize:   {off.optimize * 1000:7.0f} ms (the alternative, per purge)")


if __name__ == "__main__":
    main()
