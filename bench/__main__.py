"""Benchmarks for the foundation. `make bench` or `python -m bench` prints a table.

- KDF: Argon2id at the parameters tuned on this machine (target 0.3 to 1 s).
- Start to unlocked window, KDF excluded, against a bare Qt window started the
  same way in the same run (target: at most 0.5 s median).
- Import time of the GUI stack, against importing PySide6.QtWidgets alone.
- Peak RSS of the measured start.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROUNDS = int(os.environ.get("BENCH_ROUNDS", "7"))
PASSPHRASE = "benchmark passphrase words"


def kdf() -> tuple[str, float]:
    from companion.vault import keys

    params = keys.tune_kdf()
    times = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        keys.derive_passphrase_kek(PASSPHRASE, b"0123456789abcdef", params)
        times.append(time.perf_counter() - start)
    label = f"t={params.time_cost}, m={params.memory_kib // 1024} MiB, p={params.parallelism}"
    return label, statistics.median(times)


def _spawn(args: list[str]) -> dict[str, float]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    env["BENCH_SPAWNED_AT"] = repr(time.time())
    out = subprocess.run(
        [sys.executable, str(Path(__file__).with_name("startup.py")), *args],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def startup(data_dir: Path) -> tuple[list[dict[str, float]], list[dict[str, float]]]:
    from companion.vault import keys, vault

    folder = data_dir / "vaults" / "default"
    vault.create(folder, PASSPHRASE, keys.FAST_KDF)[0].close()
    ours, bare = [], []
    for _ in range(ROUNDS):  # interleaved, so drift hits both alike
        bare.append(_spawn(["--baseline"]))
        ours.append(_spawn([str(data_dir), PASSPHRASE]))
    return ours, bare


def import_time(module: str) -> float:
    code = f"import time; s = time.perf_counter(); import {module}; print(time.perf_counter() - s)"
    times = [
        float(
            subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, check=True
            ).stdout
        )
        for _ in range(ROUNDS)
    ]
    return statistics.median(times)


def main() -> None:
    rows: list[tuple[str, str, str]] = []
    label, seconds = kdf()
    rows.append(("KDF (Argon2id, tuned)", f"{seconds:.3f} s", label))

    with tempfile.TemporaryDirectory(prefix="companion-bench-") as tmp:
        ours, bare = startup(Path(tmp))
    start_ours = statistics.median(r["start_to_unlocked_s"] for r in ours)
    start_bare = statistics.median(r["start_to_unlocked_s"] for r in bare)
    rows.append(
        (
            "Start to unlocked window (KDF excluded)",
            f"{start_ours:.3f} s",
            f"bare Qt window {start_bare:.3f} s, ratio {start_ours / start_bare:.2f}x",
        )
    )

    gui = import_time("companion.app")
    qt = import_time("PySide6.QtWidgets")
    rows.append(
        (
            "Import of the GUI stack (companion.app)",
            f"{gui:.3f} s",
            f"PySide6.QtWidgets alone {qt:.3f} s, ratio {gui / qt:.2f}x",
        )
    )

    rss = statistics.median(r["peak_rss_mib"] for r in ours)
    rss_bare = statistics.median(r["peak_rss_mib"] for r in bare)
    rows.append(("Peak RSS of that start", f"{rss:.0f} MiB", f"bare Qt window {rss_bare:.0f} MiB"))

    width = [max(len(r[i]) for r in rows) for i in range(3)]
    print(
        f"Companion benchmarks: median of {ROUNDS}, Python {sys.version.split()[0]}, "
        f"{os.cpu_count()} cores"
    )
    for row in [("measure", "value", "baseline / notes"), *rows]:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, width, strict=True)))


if __name__ == "__main__":
    main()
