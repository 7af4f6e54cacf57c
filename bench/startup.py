"""One measured start: process start to an unlocked, painted main window.

Run by bench/__main__.py in a fresh interpreter. The vault was made with cheap
KDF parameters, so the KDF is excluded by construction; the KDF is measured on
its own. Prints one JSON line.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from pathlib import Path

SPAWNED_AT = float(os.environ["BENCH_SPAWNED_AT"])


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from companion.app import build_window
    from companion.paths import Paths
    from companion.vault import keys

    data_dir, passphrase = Path(sys.argv[1]), sys.argv[2]
    app = QApplication([sys.argv[0]])
    built = build_window(app, Paths.resolve(data_dir), kdf_policy=lambda: keys.FAST_KDF)
    window = built.window
    window.show()
    window.start()
    window.unlock_page.passphrase.edit.setText(passphrase)
    window.unlock_page.unlock_button.click()
    while window.stack.currentWidget() is not window.shell:
        app.processEvents()
        time.sleep(0.0005)
    window.repaint()  # the unlocked page is painted
    app.processEvents()
    elapsed = time.time() - SPAWNED_AT
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    built.shutdown()
    print(json.dumps({"start_to_unlocked_s": elapsed, "peak_rss_mib": peak_kib / 1024}))


def baseline() -> None:
    """A bare Qt window: the floor any PySide6 app pays."""
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication([sys.argv[0]])
    label = QLabel("hello")
    label.show()
    label.repaint()
    app.processEvents()
    elapsed = time.time() - SPAWNED_AT
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"start_to_unlocked_s": elapsed, "peak_rss_mib": peak_kib / 1024}))


if __name__ == "__main__":
    baseline() if sys.argv[1] == "--baseline" else main()
