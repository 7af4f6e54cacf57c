"""Helpers shared by the tests: vault creation with cheap keys, file snapshots, subprocesses."""

from __future__ import annotations

import contextlib
import hashlib
import os
import subprocess
import sys
from collections.abc import Iterator
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


@contextlib.contextmanager
def vault_held_elsewhere(folder: Path, passphrase: str = TEST_PASSPHRASE) -> Iterator[None]:
    """Another process keeps the vault open until the block ends, then dies by SIGKILL."""
    holder = python(
        "import sys\n"
        "from pathlib import Path\n"
        "from companion.vault import vault\n"
        f"s = vault.unlock(Path({str(folder)!r}), {passphrase!r})\n"
        "print('ready', flush=True)\n"
        "sys.stdin.read()\n"
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "ready"
        yield
    finally:
        holder.kill()  # no chance to clean up, as in a crash
        holder.wait()


class MemoryKeyring:
    """A working keyring backend that keeps secrets in memory."""

    priority = 1

    def __init__(self) -> None:
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, user: str) -> str | None:
        return self.store.get((service, user))

    def set_password(self, service: str, user: str, value: str) -> None:
        self.store[(service, user)] = value

    def delete_password(self, service: str, user: str) -> None:
        from keyring.errors import PasswordDeleteError

        if (service, user) not in self.store:
            raise PasswordDeleteError("not stored")
        del self.store[(service, user)]


def extracted_sources(tmp: Path) -> set[str]:
    """What pyside6-lupdate finds in the code: the texts translators are given."""
    import subprocess
    import sys
    import xml.etree.ElementTree as ET

    root = Path(__file__).resolve().parents[1]
    files = sorted(str(p) for p in (root / "src" / "companion").rglob("*.py"))
    catalogue = tmp / "all.ts"
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run(
        [str(lupdate), "-no-obsolete", "-locations", "none", *files, "-ts", str(catalogue)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    messages = ET.parse(catalogue).iter("message")  # noqa: S314 - lupdate's own output
    return {m.findtext("source") or "" for m in messages}
