"""Search files for a sentinel sentence, as UTF-8 and UTF-16."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path


def encodings(sentinel: str) -> list[bytes]:
    return [sentinel.encode(enc) for enc in ("utf-8", "utf-16-le", "utf-16-be")]


def files_under(roots: Iterable[Path], since: float = 0.0) -> list[Path]:
    found = []
    for root in roots:
        for dirpath, _dirs, names in os.walk(root):
            for name in names:
                path = Path(dirpath) / name
                try:
                    if path.is_file() and not path.is_symlink() and path.stat().st_mtime >= since:
                        found.append(path)
                except OSError:
                    continue
    return found


def leaks(sentinel: str, roots: Iterable[Path], since: float = 0.0) -> list[str]:
    needles = encodings(sentinel)
    hits = []
    for path in files_under(roots, since):
        try:
            data = path.read_bytes()
        except OSError:
            continue
        for needle in needles:
            if needle in data:
                hits.append(f"{path} ({len(data)} bytes)")
                break
    return hits


# -- reading an SQLCipher 4 file page by page -----------------------------------------------
#
# SQLCipher's SQL interface only shows live rows (and this build has no sqlite_dbpage),
# so a check that deleted text is gone from free pages and cells has to decrypt the file
# itself. With a raw 32-byte key (how the vault is keyed) each 4096-byte page is
# AES-256-CBC over all but its last 80 bytes (IV 16, HMAC 64); page 1 starts with the
# 16-byte salt in the clear. WAL frames are a 24-byte header and one such page.

PAGE_SIZE = 4096
RESERVE = 80
WAL_HEADER = 32
FRAME_HEADER = 24


def decrypt_page(page: bytes, key: bytes, first: bool) -> bytes:
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    end = PAGE_SIZE - RESERVE
    start = 16 if first else 0
    decryptor = Cipher(algorithms.AES(key), modes.CBC(page[end : end + 16])).decryptor()
    return page[:start] + decryptor.update(page[start:end]) + decryptor.finalize()


def database_pages(data: bytes, key: bytes) -> list[bytes]:
    """Every page of a database file, free pages included, decrypted."""
    return [
        decrypt_page(data[i : i + PAGE_SIZE], key, i == 0)
        for i in range(0, len(data) - PAGE_SIZE + 1, PAGE_SIZE)
    ]


def wal_pages(data: bytes, key: bytes) -> list[bytes]:
    """Every page image in a WAL file (old frames too), decrypted."""
    pages = []
    step = FRAME_HEADER + PAGE_SIZE
    for offset in range(WAL_HEADER, len(data) - step + 1, step):
        number = int.from_bytes(data[offset : offset + 4], "big")
        frame = data[offset + FRAME_HEADER : offset + step]
        pages.append(decrypt_page(frame, key, number == 1))
    return pages


def vault_plaintext(folder: Path, key: bytes) -> list[bytes]:
    """The decrypted pages of vault.db and of vault.db-wal, if there is one."""
    pages = database_pages((folder / "vault.db").read_bytes(), key)
    wal = folder / "vault.db-wal"
    if wal.exists():
        pages += wal_pages(wal.read_bytes(), key)
    return pages


def pages_holding(needle: bytes, pages: Iterable[bytes]) -> int:
    """How many pages hold `needle` (ASCII needles are matched ignoring case, as the
    full-text index keeps tokens folded)."""
    low = needle.lower()
    return sum(1 for page in pages if needle in page or low in page.lower())
