"""Journal at 100,000 entries: SQLCipher vault against plain stdlib sqlite3.

`python -m bench.journal [COUNT]` builds both databases from the same corpus
(about 150 Zipf-distributed words an entry), runs the same repository queries
on each, and prints the figures with their ratio. The built vault is kept in
bench/out/ so later runs (and the timeline benchmark) reuse it.
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import sys
import threading
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from bench.corpus import drafts
from companion.domain.journal import EntryDraft, Mood
from companion.domain.progress import rolling_average
from companion.services.journal import JournalService
from companion.vault import keys, migrations, vault
from companion.vault.attachments import AttachmentRepository
from companion.vault.db import Database
from companion.vault.journal import JournalRepository, TimelineFilter
from companion.vault.templates import TemplateRepository
from companion.vault.trackers import TrackerRepository

OUT = Path(__file__).parent / "out"
PASSPHRASE = "benchmark passphrase words"
QUERIES = [
    "walk",
    "calm river",
    '"felt better"',
    "anx*",
    "therapist session",
    "kalomi",
    "café",
    "proud",
    "sleep tired",
    "ru*",
]


class PlainDatabase(Database):
    """The same Database interface over stdlib sqlite3, without encryption: the baseline."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.RLock()
        self._conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        for pragma in (
            "temp_store = MEMORY",
            "journal_mode = WAL",
            "synchronous = FULL",
            "foreign_keys = ON",
        ):
            self._conn.execute(f"PRAGMA {pragma}")


def build(count: int) -> tuple[vault.VaultSession, PlainDatabase]:
    OUT.mkdir(exist_ok=True)
    folder = OUT / f"vault-{count}"
    plain_path = OUT / f"plain-{count}.db"
    fresh = not (folder / "keys.json").exists() or not plain_path.exists()
    if fresh:
        import shutil

        shutil.rmtree(folder, ignore_errors=True)
        for suffix in ("", "-wal", "-shm"):
            Path(f"{plain_path}{suffix}").unlink(missing_ok=True)
        session, _ = vault.create(folder, PASSPHRASE, keys.FAST_KDF)
        plain = PlainDatabase(plain_path)
        migrations.migrate(plain)
        for db, label in ((session.db, "vault"), (plain, "plain")):
            start = time.perf_counter()
            JournalRepository(db).insert_many(drafts(count), "2026-11-26T00:00:00.000Z")
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            db.execute("ANALYZE")
            print(
                f"  built {label}: {count} entries in {time.perf_counter() - start:.1f} s",
                file=sys.stderr,
            )
    else:
        session = vault.unlock(folder, PASSPHRASE)  # migrates the vault
        plain = PlainDatabase(plain_path)
        migrations.migrate(plain)  # keep the baseline's schema level with it
    return session, plain


def timed(fn: Callable[[], object], rounds: int) -> list[float]:
    fn()  # warm the cache once, as a running app would be
    out = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


def p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def measure(db: Database) -> dict[str, float]:
    repo = JournalRepository(db)
    service = JournalService(
        repo,
        TrackerRepository(db),
        AttachmentRepository(db),
        TemplateRepository(db),
        today=lambda: date(2026, 11, 26),
    )
    out: dict[str, float] = {}

    saves = []
    for i in range(60):
        draft = EntryDraft(
            day=date(2026, 11, 26),
            title=f"Bench {i}",
            body="A short entry written during the benchmark. " * 20,
            mood=Mood.OKAY,
            tags=("bench",),
        )
        start = time.perf_counter()
        service.save(None, draft)
        saves.append((time.perf_counter() - start) * 1000)
    out["save p95"] = p(saves, 0.95)

    out["newest 200"] = statistics.median(timed(lambda: repo.newest(200), 30))
    out["timeline ids (all)"] = statistics.median(timed(repo.timeline_seqs, 10))
    out["timeline ids (tag)"] = statistics.median(
        timed(lambda: repo.timeline_seqs(TimelineFilter(tag="walk")), 10)
    )
    search = []
    for _ in range(3):
        for query in QUERIES:
            search += timed(lambda q=query: repo.search(q, 50), 1)
    out["search p50"] = p(search, 0.5)
    out["search p95"] = p(search, 0.95)

    def chart() -> None:
        days = repo.mood_by_day()
        rolling_average([(d, mean) for d, mean, _ in days], 7)

    out["mood chart (all)"] = statistics.median(timed(chart, 10))
    since = date(2026, 11, 1)
    out["calendar month"] = statistics.median(
        timed(lambda: repo.day_summaries(since, since + timedelta(days=30)), 20)
    )
    for row in service.newest(60):
        if row.title.startswith("Bench "):
            service.delete(row.id)
    return out


TARGETS = {
    "save p95": "≤ 10 ms",
    "newest 200": "≤ 5 ms",
    "search p50": "≤ 30 ms, ≤ 1.3× plain",
    "search p95": "≤ 150 ms",
    "mood chart (all)": "≤ 50 ms",
}


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    session, plain = build(count)
    try:
        ours = measure(session.db)
        base = measure(plain)
    finally:
        session.close()
        plain.close()
    print(
        f"Journal benchmarks at {count:,} entries (ms; vault = SQLCipher, plain = stdlib "
        f"sqlite3 {sqlite3.sqlite_version}), {os.cpu_count()} cores"
    )
    header = ("measure", "vault", "plain", "ratio", "target")
    rows = [
        (k, f"{ours[k]:.2f}", f"{base[k]:.2f}", f"{ours[k] / base[k]:.2f}x", TARGETS.get(k, ""))
        for k in ours
    ]
    width = [max(len(r[i]) for r in [header, *rows]) for i in range(5)]
    for row in [header, *rows]:
        print("  ".join(c.ljust(w) for c, w in zip(row, width, strict=True)))


if __name__ == "__main__":
    main()
