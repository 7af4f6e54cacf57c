"""A fast sample of bench/fuzz_import.py: mutated files of every format, into a real vault."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.exchange.fuzzing import fuzz


@pytest.mark.parametrize("seed", [0, 1])
def test_every_importer_imports_or_refuses_with_a_sentence(tmp_path: Path, seed: int) -> None:
    tallies = fuzz(tmp_path, cases=40, seed=seed)
    assert set(tallies) == {
        "companion",
        "age",
        "jrnl",
        "dayone",
        "daylio",
        "markdown",
        "group pack",
    }
    for name, tally in tallies.items():
        assert tally.cases == 40 and tally.imported + tally.refused == 40, name
        assert tally.failures == [], tally.failures
