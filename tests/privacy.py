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
