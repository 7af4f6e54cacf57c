"""Export and import at 100,000 entries: JSON, age, Markdown; JSON back into a new vault.

`python -m bench.exchange [COUNT]` reuses the vault built by bench.journal and
prints each export's time and size. The JSON export is also run on the plain
sqlite3 copy of the same data in the same run, so the ratio shows what
SQLCipher costs; the age row's ratio is against the JSON export (the cost of
encrypting).
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench.journal import build
from companion.exchange import companion_import, export
from companion.vault import backup, keys, vault
from companion.vault.db import Database

ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))
TARGETS = {
    "JSON": "≤ 15 s",
    "age (encrypted JSON)": "≤ 20 s",
    "import of the JSON (new vault)": "≤ 30 s",
}


def _size(path: Path) -> int:
    if path.is_dir():
        return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    return path.stat().st_size


def timed(make: Callable[[Path], object], folder: Path, name: str) -> tuple[float, int]:
    times, size = [], 0
    for i in range(ROUNDS):
        target = folder / f"{name}-{i}"
        start = time.perf_counter()
        make(target)
        times.append(time.perf_counter() - start)
        size = _size(target)
        if target.is_dir():
            shutil.rmtree(target)
        else:
            target.unlink()
    return statistics.median(times), size


def import_into_new_vault(db: Database, folder: Path) -> tuple[float, int]:
    """Read, check, preview and write the whole JSON export into an empty vault."""
    source = folder / "import.json"
    export.export_json(db, source)
    times = []
    for i in range(ROUNDS):
        target, _ = vault.create(folder / f"vault-{i}", "bench passphrase words", keys.FAST_KDF)
        start = time.perf_counter()
        plan = companion_import.preview(target.db, companion_import.read_file(source))
        companion_import.apply(target.db, plan)
        times.append(time.perf_counter() - start)
        print(f"  imported {plan.new.get('entries', 0)} entries", file=sys.stderr)
        target.close()
    return statistics.median(times), source.stat().st_size


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    session, plain = build(count)
    db = session.db
    folder = Path(tempfile.mkdtemp(prefix="companion-bench-"))
    try:
        rows = {
            "JSON": timed(lambda t: export.export_json(db, t), folder, "json"),
            "JSON (plain sqlite3)": timed(lambda t: export.export_json(plain, t), folder, "pj"),
            "age (encrypted JSON)": timed(
                lambda t: export.export_age(db, t, "bench passphrase"), folder, "age"
            ),
            "Markdown folder": timed(lambda t: export.export_markdown(db, t), folder, "md"),
        }
        rows["import of the JSON (new vault)"] = import_into_new_vault(db, folder)
        rows["backup (snapshot + age)"] = timed(
            lambda t: backup.write_backup(session, t, "bench passphrase"), folder, "backup"
        )
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        session.close()
        plain.close()
    vault_size = sum(p.stat().st_size for p in session.folder.iterdir() if p.is_file())
    print(
        f"Export at {count:,} entries (median of {ROUNDS}; s), {os.cpu_count()} cores; "
        f"vault folder {vault_size / 1e6:.0f} MB"
    )
    ratio = {
        "JSON": rows["JSON"][0] / rows["JSON (plain sqlite3)"][0],
        "age (encrypted JSON)": rows["age (encrypted JSON)"][0] / rows["JSON"][0],
    }
    header = ("export", "seconds", "size MB", "ratio", "target")
    table = [
        (
            name,
            f"{secs:.2f}",
            f"{size / 1e6:.1f}",
            f"{ratio[name]:.2f}x" if name in ratio else "",
            TARGETS.get(name, ""),
        )
        for name, (secs, size) in rows.items()
    ]
    width = [max(len(r[i]) for r in [header, *table]) for i in range(5)]
    for row in [header, *table]:
        print("  ".join(c.ljust(w) for c, w in zip(row, width, strict=True)))


if __name__ == "__main__":
    main()
