"""Fuzzing the sync reader: change files from a buggy, newer or hostile device.

`python -m bench.fuzz_sync [CASES]` (default 3000) writes mutated change files
into a second device's folder, one per case, and syncs a real vault from them.
Each case must sync without an exception, say what it set aside or could not
read in sentences, and leave the vault consistent: SQLite's integrity and
foreign-key checks pass and every live record meets the domain rules. It prints
the cases and failures for each kind of mutation.

The mutations start from the records a real vault writes (one of every kind):
values replaced by other types, out of range, lone surrogates, huge texts, NaN;
fields removed or added; ids, clocks and histories broken; whole records and
documents replaced; files cut short or with bytes flipped.
"""

from __future__ import annotations

import json
import random
import sys
import tempfile
import time
import zlib
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pyrage

from companion.domain import records
from companion.exchange import sync_folder
from companion.exchange.sync import Syncer
from companion.services.access import Services
from companion.vault import keys, vault
from companion.vault.sync_store import KINDS

PASS = "fuzzing the sync reader"
VALUES: list[Any] = [
    None,
    True,
    0,
    -1,
    9,
    601,
    2**63,
    1e308,
    float("nan"),
    "",
    " ",
    "x" * 30_000,
    "\ud800",
    "a\udfffb",
    "not a date",
    "2026-13-45",
    "9999-12-31",
    "2026-11-26T25:61",
    [],
    {},
    [1, "two", None],
    {"a": {"b": {"c": []}}},
    [{"id": 5}],
    [{"title": None, "minutes": "ten"}],
]


def _mutate_record(rng: random.Random, record: dict[str, Any]) -> str:
    data = record.get("d") if isinstance(record.get("d"), dict) else None
    choice = rng.randrange(10)
    if choice < 4 and data:
        name = rng.choice(sorted(data))
        data[name] = rng.choice(VALUES)
        return "field value"
    if choice == 4 and data:
        del data[rng.choice(sorted(data))]
        return "field removed"
    if choice == 5 and data is not None:
        data[rng.choice(["colour", "x", "seq", "version", "deleted_at"])] = rng.choice(VALUES)
        return "field added"
    if choice == 6:
        record[rng.choice(["k", "i", "c", "h", "x", "v", "d"])] = rng.choice(VALUES)
        return "record shape"
    if choice == 7:
        clocks = record.get("c")
        if isinstance(clocks, dict) and clocks:
            clocks[rng.choice(sorted(clocks))] = rng.choice(["", "x.y.z", "9" * 40, "1.2"])
        return "clock"
    if choice == 8:
        record["h"] = [rng.choice(VALUES) for _ in range(rng.randrange(3))]
        return "history"
    record.clear()
    record.update({"k": rng.choice(VALUES), "i": rng.choice(VALUES)})
    return "whole record"


def _encode(document: Any, identity: str) -> bytes:
    # ensure_ascii: a lone surrogate travels as "\ud800", as another program would write it.
    raw = json.dumps(document, separators=(",", ":")).encode("ascii")
    recipient = pyrage.x25519.Identity.from_str(identity).to_public()
    encrypted: bytes = pyrage.encrypt(zlib.compress(raw), [recipient])
    return encrypted


def _consistent(db: Any, today: date) -> str | None:
    if db.scalar("PRAGMA integrity_check") != "ok":
        return "integrity check failed"
    if db.execute("PRAGMA foreign_key_check"):
        return "foreign keys broken"
    store = Syncer(db, Path()).store
    for kind in KINDS:
        for record_id, current in store.read(kind.table).items():
            if not current.deleted and (
                found := records.problem(kind.table, record_id, current.data, today)
            ):
                return f"a stored {kind.table} breaks a rule: {found}"
    return None


def run(cases: int, seed: int = 1, root: Path | None = None) -> Counter[tuple[str, str]]:
    """Run `cases` cases; returns (mutation, outcome) counts, outcome "ok" or a failure."""
    from tests.unit.exchange.conftest import fill  # one of every kind, as the app writes it

    rng = random.Random(seed)
    root = root or Path(tempfile.mkdtemp(prefix="companion-fuzz-"))
    shared = root / "Sync"
    shared.mkdir()
    writer, _ = vault.create(root / "writer", "fuzz writer passphrase", keys.FAST_KDF)
    reader, _ = vault.create(root / "reader", "fuzz reader passphrase", keys.FAST_KDF)
    fill(Services(writer))
    source = Syncer(writer.db, writer.folder)
    source.setup(shared, PASS)
    source.sync()
    identity = source.store.get("identity")
    device = source.store.get("device")
    assert identity and device
    folder = shared / sync_folder.DEVICES / device
    (first,) = list(folder.glob("snapshot-*"))
    template = sync_folder.read(first, identity)
    target = Syncer(reader.db, reader.folder)
    target.setup(shared, PASS)
    target.sync()
    today = date.today()
    outcomes: Counter[tuple[str, str]] = Counter()
    number = 1
    for _ in range(cases):
        number += 1
        document = json.loads(json.dumps(template))
        document["number"] = number
        picked = rng.sample(document["records"], k=min(3, len(document["records"])))
        for record in picked:
            if rng.random() < 0.8:
                record.pop("v", None)  # its hash made anew, so the change is not a known version
            if rng.random() < 0.3:
                record["i"] = f"new-{number}-{rng.randrange(10**6)}"  # a record new here
        mutations = [_mutate_record(rng, r) for r in picked]
        mutation = mutations[0]
        data = _encode(document, identity)
        if rng.random() < 0.1:
            mutation = "file bytes"
            cut = rng.randrange(len(data))
            data = (
                data[:cut]
                if rng.random() < 0.5
                else data[:cut] + bytes([data[cut] ^ 0xFF]) + data[cut + 1 :]
            )
        elif rng.random() < 0.05:
            mutation = "document"
            document[rng.choice(["format", "version", "records"])] = rng.choice(VALUES)
            data = _encode(document, identity)
        path = folder / sync_folder.segment_name(number)
        path.write_bytes(data)
        try:
            result = target.sync()
        except Exception as exc:  # the finding: a sync that stopped
            outcomes[(mutation, f"raised {type(exc).__name__}: {str(exc)[:80]}")] += 1
            continue
        finally:
            path.unlink()  # as the writer's compaction would, so retries stay few
        unsaid = [p for p in result.problems if not p.endswith(".")]
        found = _consistent(reader.db, today) or (
            f"not a sentence: {unsaid[0][:80]}" if unsaid else None
        )
        outcomes[(mutation, found or "ok")] += 1
    writer.close()
    reader.close()
    return outcomes


def main() -> None:
    cases = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
    start = time.perf_counter()
    outcomes = run(cases)
    by_mutation: dict[str, list[int]] = {}
    for (mutation, outcome), n in outcomes.items():
        tally = by_mutation.setdefault(mutation, [0, 0])
        tally[0] += n
        tally[1] += 0 if outcome == "ok" else n
    print(f"sync reader fuzz: {cases} cases in {time.perf_counter() - start:.0f} s")
    for mutation, (n, failed) in sorted(by_mutation.items()):
        print(f"  {mutation:14} {n:6} cases  {failed:4} failures")
    for (mutation, outcome), n in sorted(outcomes.items()):
        if outcome != "ok":
            print(f"  FAILURE {mutation}: {outcome} ({n}x)")


if __name__ == "__main__":
    main()
