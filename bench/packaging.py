"""Packaging figures: Qt modules the app imports, the cost of loading translations,
and how fast the frozen app (`make package`) reaches its window.

`python -m bench.packaging` prints them. The frozen start is compared with the
same start from the source tree (`python -m companion`) in the same run.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FROZEN = ROOT / "dist" / "companion" / "companion"
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "5"))
# What the app needs: widgets, printing, SVG icons, the local socket of the
# single-instance check, and D-Bus for the screen-lock signal.
NEEDED = {"QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtSvg", "QtNetwork", "QtDBus"}

IMPORTS = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
import companion.app as a
from companion.paths import Paths
import tempfile
built = a.build_window(app, Paths.resolve(tempfile.mkdtemp()), screen_lock=True)
print(" ".join(sorted(m.split(".")[1] for m in sys.modules if m.startswith("PySide6.Qt"))))
built.shutdown()
"""

TRANSLATIONS = """
import time
from PySide6.QtWidgets import QApplication
app = QApplication([])
from companion import i18n
start = time.perf_counter()
loaded = i18n.install(app, "{language}")
print(round((time.perf_counter() - start) * 1000, 2), ",".join(loaded) or "-")
"""


def qt_modules() -> list[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, "-c", IMPORTS], capture_output=True, text=True, env=env, check=True
    )
    return out.stdout.split()


def translation_ms(language: str) -> tuple[float, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    times, loaded = [], ""
    for _ in range(ROUNDS):
        out = subprocess.run(
            [sys.executable, "-c", TRANSLATIONS.format(language=language)],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        ms, loaded = out.stdout.split()
        times.append(float(ms))
    return statistics.median(times), loaded


def start_to_window(command: list[str]) -> float:
    times = []
    for _ in range(ROUNDS):
        data = Path(tempfile.mkdtemp(prefix="companion-bench-start-"))
        log = data / "state" / "companion.log"
        start = time.perf_counter()
        app = subprocess.Popen(
            [*command, "--data-dir", str(data)],
            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
            stderr=subprocess.DEVNULL,
        )
        while not (log.exists() and "window shown" in log.read_text()):
            if time.perf_counter() - start > 60:
                raise SystemExit("no window within 60 s")
            time.sleep(0.005)
        times.append(time.perf_counter() - start)
        app.terminate()
        app.wait(30)
    return statistics.median(times)


def main() -> None:
    modules = qt_modules()
    extra = sorted(set(modules) - NEEDED)
    print(f"Qt modules imported by a started window: {' '.join(modules)}")
    print(f"  not needed: {' '.join(extra) or 'none'}")
    english, _ = translation_ms("en")
    for language in ("de", "fr", "es"):
        ms, loaded = translation_ms(language)
        print(
            f"Loading translations ({language}: {loaded}): {ms:.1f} ms "
            f"(English, nothing to load: {english:.1f} ms)  target ≤ 20 ms"
        )
    source = start_to_window([sys.executable, "-m", "companion"])
    if FROZEN.exists():
        frozen = start_to_window([str(FROZEN)])
        # Symbolic links (Qt's versioned .so names) point into the folder: count once.
        size = sum(
            p.stat().st_size for p in FROZEN.parent.rglob("*") if p.is_file() and not p.is_symlink()
        )
        print(
            f"Start to unlock window, frozen app: {frozen:.2f} s "
            f"({frozen / source:.2f}x the source tree's {source:.2f} s)  target ≤ 1.5 s; "
            f"dist/companion is {size / 2**20:.0f} MiB"
        )
    else:
        print(
            f"Start to unlock window from the source tree: {source:.2f} s (run make package "
            "for the frozen app's figure)"
        )


if __name__ == "__main__":
    main()
