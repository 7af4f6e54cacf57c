"""A fast sample of the sync reader's fuzz job (bench/fuzz_sync.py runs thousands)."""

from __future__ import annotations

from pathlib import Path

from bench.fuzz_sync import run


def test_no_change_file_from_elsewhere_stops_a_sync_or_breaks_the_vault(tmp_path: Path) -> None:
    outcomes = run(150, seed=7, root=tmp_path)
    failures = {key: n for key, n in outcomes.items() if key[1] != "ok"}
    assert not failures
    assert sum(outcomes.values()) == 150
    assert len({mutation for mutation, _ in outcomes}) >= 8  # every kind of mutation ran
