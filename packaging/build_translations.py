"""Compile translations/companion_<lang>.ts into .qm catalogues with pyside6-lrelease.

`python packaging/build_translations.py [OUT_DIR]` writes the .qm files into
OUT_DIR (default: resources/translations, where an editable install reads
them). The package build calls it too (setup.py), so wheels always carry them.
The .qm files are build output and are never committed.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def lrelease() -> str:
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    found = str(beside) if beside.exists() else shutil.which("pyside6-lrelease")
    if not found:
        raise SystemExit("pyside6-lrelease is missing: install PySide6-Essentials first.")
    return found


def build(out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    made = []
    for source in sorted((ROOT / "translations").glob("companion_*.ts")):
        target = out / f"{source.stem}.qm"
        subprocess.run(
            [lrelease(), "-silent", str(source), "-qm", str(target)], check=True, timeout=120
        )
        made.append(target)
    return made


if __name__ == "__main__":
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "resources" / "translations"
    for path in build(folder):
        print(path)
