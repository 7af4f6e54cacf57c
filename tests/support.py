"""Helpers shared by the tests: vault creation with cheap keys, file snapshots, subprocesses."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

from companion.vault import keys, vault

TEST_PASSPHRASE = "a calm green meadow"


def make_vault(folder: Path, passphrase: str = TEST_PASSPHRASE) -> tuple[vault.VaultSession, str]:
    return vault.create(folder, passphrase, keys.FAST_KDF)


def snapshot(folder: Path) -> dict[str, tuple[str, int]]:
    """sha256 and mtime (ns) of every file under `folder`."""
    out = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            stat = path.stat()
            out[str(path.relative_to(folder))] = (
                hashlib.sha256(path.read_bytes()).hexdigest(),
                stat.st_mtime_ns,
            )
    return out


def python(code: str, **kwargs: object) -> subprocess.Popen[str]:
    """Start `code` in a fresh interpreter with the test's environment."""
    return subprocess.Popen(
        [sys.executable, "-c", code],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=dict(os.environ),
        **kwargs,  # type: ignore[call-overload]
    )
