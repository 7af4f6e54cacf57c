"""Peak memory of importing a large Companion JSON export.

`python -m bench.import_memory [MB] [--age]` writes an export of about MB
megabytes (default 200: entries with 10 kB bodies, a picture every 50 entries),
then imports it into a new vault in a fresh process per phase and prints each
process's peak RSS (VmHWM on Linux), and that peak as a multiple of the file's size. The
baseline row is a process that loads the same modules and opens a vault but
imports nothing, so the difference is what the import itself costs.

Figures on the 2-core dev machine, 199 MB JSON export (12,793 entries):
before (bytes, text and document held at once) 651 MB peak, 3.07x the file;
after (bytes dropped once decoded, text once parsed) 452 MB, 2.07x. An age
export of the same data peaks at 776 MB (3.69x) before and after: pyrage's
passphrase decryption is one call over the whole file, holding input, its own
buffer and the output together; pyrage 1.4 has no streaming passphrase API.
"""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

BODY = ("Walked by the river and felt lighter. " * 270)[:10_000]
PICTURE = base64.b64encode(b"\x89PNG\r\n\x1a\n" + os.urandom(200_000)).decode("ascii")
PASSPHRASE = "bench import words"

CHILD = """
import resource, sys
from datetime import date
from pathlib import Path
from companion.exchange import companion_import as ci
from companion.vault import keys, vault

source, phase, folder = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
session = vault.create(folder, "bench words", keys.FAST_KDF)[0]
if phase != "baseline":
    passphrase = sys.argv[4] if len(sys.argv) > 4 else None
    document = ci.read_file(source, passphrase)
    plan = ci.preview(session.db, document, date(2030, 1, 1))
    if phase == "import":
        del document
        ci.apply(session.db, plan)
session.close()
# VmHWM, not ru_maxrss: the latter carries over the parent's peak across exec.
status = Path("/proc/self/status").read_text()
hwm = [line for line in status.splitlines() if line.startswith("VmHWM:")]
if hwm:
    print(int(hwm[0].split()[1]) * 1024)
else:  # not Linux
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def write_export(path: Path, megabytes: int) -> int:
    """About `megabytes` MB of export, written a record at a time. Returns entries."""
    count = megabytes * 1_000_000 // (len(BODY) + len(PICTURE) // 50 + 300)
    with path.open("w", encoding="utf-8") as out:
        out.write('{"format": "companion-export", "version": 1, "entries": [\n')
        for i in range(count):
            pictures = []
            if i % 50 == 0:
                pictures = [{"id": f"p{i}", "name": f"{i}.png", "data": PICTURE}]
            record = {
                "id": f"bench-{i}",
                "date": f"{2000 + i % 25}-{1 + i % 12:02d}-{1 + i % 28:02d}",
                "title": f"Day {i}",
                "body": f"{i} {BODY}",
                "mood": 1 + i % 5,
                "win": i % 7 == 0,
                "tags": ["walk", f"t{i % 40}"],
                "trackers": {},
                "pictures": pictures,
                "created_at": "2026-01-01T10:00:00.000Z",
                "updated_at": "2026-01-01T10:00:00.000Z",
            }
            out.write(("," if i else "") + json.dumps(record) + "\n")
        out.write("]}\n")
    return count


def peak(source: Path, phase: str, folder: Path, passphrase: str | None) -> int:
    args = [sys.executable, "-c", CHILD, str(source), phase, str(folder)]
    result = subprocess.run(
        args + ([passphrase] if passphrase else []),
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise SystemExit(result.stderr)
    return int(result.stdout.strip().splitlines()[-1])


def main() -> None:
    numbers = [a for a in sys.argv[1:] if a.isdigit()]
    megabytes = int(numbers[0]) if numbers else 200
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = folder / "big.json"
        count = write_export(source, megabytes)
        passphrase = None
        if "--age" in sys.argv:
            import pyrage

            encrypted = folder / "big.age"
            encrypted.write_bytes(pyrage.passphrase.encrypt(source.read_bytes(), PASSPHRASE))
            source.unlink()
            source, passphrase = encrypted, PASSPHRASE
        size = source.stat().st_size
        print(f"export: {size / 1e6:.0f} MB, {count:,} entries ({source.suffix[1:]})")
        base = peak(source, "baseline", folder / "v0", None)
        print(f"{'phase':<28}{'peak RSS':>12}{'over baseline':>16}{'x file size':>14}")
        print(f"{'baseline (no import)':<28}{base / 1e6:>10.0f} MB{'':>16}{'':>14}")
        for phase, label in (("read", "read and check (preview)"), ("import", "whole import")):
            value = peak(source, phase, folder / f"v-{phase}", passphrase)
            extra = value - base
            print(
                f"{label:<28}{value / 1e6:>10.0f} MB{extra / 1e6:>13.0f} MB{extra / size:>13.2f}x"
            )


if __name__ == "__main__":
    main()
