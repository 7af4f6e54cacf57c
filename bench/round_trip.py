"""The export/import round trip as a property, at many more examples than the suite.

`python -m bench.round_trip [JSON_EXAMPLES] [AGE_EXAMPLES]` (defaults 500 and 20)
runs the property of tests/unit/exchange/test_round_trip.py and prints how many
examples passed, and how many records of each kind they held in all.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from tests.unit.exchange.test_round_trip import _round_trip
from tests.unit.exchange.vaults import VAULT


def run(examples: int, encrypted: bool) -> tuple[int, Counter[str]]:
    seen: Counter[str] = Counter()
    count = 0

    @settings(max_examples=examples, deadline=None, database=None)
    @given(plan=VAULT)
    def prop(plan: dict[str, Any]) -> None:
        nonlocal count
        with tempfile.TemporaryDirectory() as tmp:
            _round_trip(Path(tmp), plan, encrypted)
        count += 1
        for kind, items in plan.items():
            seen[kind] += len(items)

    prop()
    return count, seen


def main() -> None:
    args = [int(a) for a in sys.argv[1:3]]
    json_examples, age_examples = (args + [500, 20][len(args) :])[:2]
    for label, examples, encrypted in (
        ("JSON", json_examples, False),
        ("age", age_examples, True),
    ):
        start = time.perf_counter()
        count, seen = run(examples, encrypted)
        took = time.perf_counter() - start
        kinds = ", ".join(f"{k} {v}" for k, v in sorted(seen.items()))
        print(f"{label}: {count} examples passed in {took:.0f} s ({kinds})")


if __name__ == "__main__":
    main()
