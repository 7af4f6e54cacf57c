"""Fuzz every importer: `python -m bench.fuzz_import [CASES_PER_FORMAT] [SEED]`.

Defaults: 3000 cases per format, seed 0. Each case is a mutation of a real file
(Companion JSON and age exports, a group pack, jrnl, Day One, Daylio, a Markdown
folder), imported into a real filled vault (see tests/unit/exchange/fuzzing.py).
Prints, per format, the cases, how many imported and how many were refused
with a sentence, and the failures: an exception other than ImportRejected, a
refusal that is not a sentence, or a vault changed by a refused import.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from tests.unit.exchange.fuzzing import fuzz


def main() -> int:
    cases = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        tallies = fuzz(Path(tmp), cases, seed)
    print(f"{'format':<12}{'cases':>7}{'imported':>10}{'refused':>9}{'failures':>10}")
    for name, tally in tallies.items():
        print(
            f"{name:<12}{tally.cases:>7}{tally.imported:>10}{tally.refused:>9}"
            f"{len(tally.failures):>10}"
        )
    print(f"({time.perf_counter() - start:.0f} s, seed {seed})")
    failures = [f for tally in tallies.values() for f in tally.failures]
    for failure in failures[:50]:
        print("FAIL", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
