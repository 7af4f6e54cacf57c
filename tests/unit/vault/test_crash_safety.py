"""kill -9 a writer in the middle of its batches: acknowledged commits survive."""

from __future__ import annotations

import random
import signal
import time
from pathlib import Path

import pytest

from companion.vault import vault
from tests.support import TEST_PASSPHRASE, make_vault, python

BATCH = 50
WRITER = """
import sys
from pathlib import Path
from companion.vault import vault
session = vault.unlock(Path({folder!r}), {passphrase!r})
start = {start}
for batch in range(start, start + 100000):
    with session.db.transaction() as conn:
        conn.executemany(
            "INSERT INTO drafts (slot, body, updated_at) VALUES (?, ?, 'x')",
            [(f"b{{batch}}-{{i}}", "row " * 50) for i in range({batch_size})],
        )
    print(batch, flush=True)
"""


@pytest.mark.slow
def test_kill_9_mid_batch_twenty_times(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    make_vault(folder)[0].close()
    rng = random.Random(20261126)
    next_batch = 0
    for _ in range(20):
        writer = python(
            WRITER.format(
                folder=str(folder), passphrase=TEST_PASSPHRASE, start=next_batch, batch_size=BATCH
            )
        )
        assert writer.stdout is not None
        acked = []
        deadline = time.monotonic() + rng.uniform(0.05, 0.4)
        first = writer.stdout.readline()  # wait until it is really writing
        assert first.strip(), writer.stderr.read() if writer.stderr else ""
        acked.append(int(first))
        while time.monotonic() < deadline:
            line = writer.stdout.readline()
            if not line:
                break
            acked.append(int(line))
        writer.send_signal(signal.SIGKILL)
        writer.wait()

        session = vault.unlock(folder, TEST_PASSPHRASE)
        try:
            counts = dict(
                session.db.execute(
                    "SELECT substr(slot, 2, instr(slot, '-') - 2), count(*) FROM drafts "
                    "WHERE slot LIKE 'b%' GROUP BY 1"
                )
            )
            for batch in acked:
                assert counts.get(str(batch)) == BATCH, f"acknowledged batch {batch} lost"
            # A batch that was in flight is all there or not there at all.
            assert all(n == BATCH for n in counts.values())
            assert session.check() == []
        finally:
            session.close()
        next_batch = max(int(b) for b in counts) + 1
