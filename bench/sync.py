"""Sync at 100,000 entries: the first device's snapshot, a new device's first sync,
one changed entry from segment arrival to visible, and the folder's size.

`python -m bench.sync [COUNT]` copies the vault built by bench.journal (so that
one is left as it was), sets up sync through a temporary folder, then joins a
second, empty vault to it. The baseline for the new device's first sync is the
import of the same entries from a JSON export, measured in the same run.
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from bench.journal import PASSPHRASE, build
from companion.domain.journal import EntryDraft
from companion.exchange import companion_import, export, sync_folder
from companion.exchange.sync import Syncer
from companion.services.access import Services
from companion.vault import keys, vault

ROUNDS = int(os.environ.get("BENCH_ROUNDS", "5"))
SYNC_PASSPHRASE = "bench sync passphrase"


def _vault_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.iterdir() if p.is_file())


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    built, plain = build(count)
    source = built.folder
    built.close()
    plain.close()
    work = Path(tempfile.mkdtemp(prefix="companion-bench-sync-"))
    try:
        shutil.copytree(source, work / "laptop")
        laptop = vault.unlock(work / "laptop", PASSPHRASE)
        shared = work / "Sync"
        shared.mkdir()
        a = Syncer(laptop.db, laptop.folder)
        a.setup(shared, SYNC_PASSPHRASE)
        start = time.perf_counter()
        a.sync()
        first_snapshot = time.perf_counter() - start
        laptop.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

        desktop, _ = vault.create(work / "desktop", PASSPHRASE, keys.FAST_KDF)
        b = Syncer(desktop.db, desktop.folder)
        b.setup(shared, SYNC_PASSPHRASE)
        start = time.perf_counter()
        received = b.sync().received
        new_device = time.perf_counter() - start
        print(f"  new device received {received} records", file=sys.stderr)

        json_file = work / "all.json"
        export.export_json(laptop.db, json_file)
        fresh, _ = vault.create(work / "baseline", PASSPHRASE, keys.FAST_KDF)
        start = time.perf_counter()
        plan = companion_import.preview(fresh.db, companion_import.read_file(json_file))
        companion_import.apply(fresh.db, plan)
        baseline = time.perf_counter() - start
        fresh.close()

        # One changed entry: written and synced on the laptop, then from the
        # segment's arrival to the text being readable on the desktop.
        services_a, services_b = Services(laptop), Services(desktop)
        entry = services_a.journal.save(None, EntryDraft(day=date(2026, 11, 26), body="start"))
        assert entry.entry is not None
        a.sync()
        b.sync()
        visible = []
        for i in range(ROUNDS):
            text = f"changed on the laptop, round {i}"
            services_a.journal.save(entry.entry.id, EntryDraft(day=date(2026, 11, 26), body=text))
            a.sync()
            start = time.perf_counter()
            b.sync()
            seen = services_b.journal.get(entry.entry.id)
            visible.append(time.perf_counter() - start)
            assert seen is not None and seen.body == text
        desktop.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        folder_size = sync_folder.folder_bytes(shared)
        vault_size = _vault_bytes(laptop.folder)
        laptop.close()
        desktop.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"Sync at {count:,} entries, {os.cpu_count()} cores")
    rows = [
        ("first device: writing its snapshot", f"{first_snapshot:.2f} s", "", ""),
        (
            "new device: first sync from the snapshot",
            f"{new_device:.2f} s",
            f"{new_device / baseline:.2f}x JSON import ({baseline:.2f} s)",
            "≤ 30 s",
        ),
        (
            "one changed entry: arrival to visible (median)",
            f"{statistics.median(visible) * 1000:.0f} ms",
            "",
            "≤ 1 s",
        ),
        (
            "sync folder size",
            f"{folder_size / 1e6:.0f} MB",
            f"{folder_size / vault_size:.2f}x the vault ({vault_size / 1e6:.0f} MB)",
            "≤ 1.5x",
        ),
    ]
    width = [max(len(r[i]) for r in rows) for i in range(4)]
    for row in rows:
        print("  ".join(c.ljust(w) for c, w in zip(row, width, strict=True)))


if __name__ == "__main__":
    main()
