"""Screenshots for the AppStream metainfo, with made-up sample data.

`QT_QPA_PLATFORM=offscreen python packaging/screenshots.py` writes
packaging/linux/screenshots/{today,journal,progress,toolbox}.png at 1280x720 from a
throwaway vault in a temporary folder.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from companion.app import build_window
from companion.domain.journal import EntryDraft, Mood
from companion.domain.trackers import TrackerKind
from companion.paths import Paths
from companion.vault import keys

OUT = Path(__file__).resolve().parent / "linux" / "screenshots"
SAMPLES = [
    ("Walked to the river", "Walked to the river with Sam. The light on the water was lovely.",
     Mood.GOOD, ("walk", "friends"), True),
    ("", "Slept badly. Tried box breathing at 3am, which helped a little.", Mood.LOW,
     ("sleep",), False),
    ("Group night", "Shared my small win at group. People clapped.", Mood.GREAT, ("group",), True),
    ("", "Quiet day. Tea, a book, an early night.", Mood.OKAY, (), False),
]


def main() -> None:
    app = QApplication(sys.argv)
    folder = Path(tempfile.mkdtemp(prefix="companion-shots-"))
    built = build_window(app, Paths.resolve(folder / "data"), kdf_policy=lambda: keys.FAST_KDF,
                         screen_lock=False)
    window = built.window
    window.resize(1280, 720)
    window.show()
    window.start()

    def pump(seconds: float = 0.6) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()

    def run() -> None:
        page = window.create_page
        page.first.edit.setText("sample passphrase words")
        page.second.edit.setText("sample passphrase words")
        page.create_button.click()
        pump(1.5)
        window.recovery_page.kept.setChecked(True)
        window.recovery_page.continue_button.click()
        pump()
        services = built.access.services
        sleep = services.journal.add_tracker("Sleep", TrackerKind.NUMBER, unit="h")
        rnd = random.Random(7)
        for i in range(60):
            title, body, mood, tags, win = SAMPLES[i % len(SAMPLES)]
            services.journal.save(None, EntryDraft(
                day=date.today() - timedelta(days=i), title=title, body=body,
                mood=Mood(max(1, min(5, mood + rnd.choice((-1, 0, 0, 1))))), tags=tags,
                win=win, trackers={sleep.id: rnd.choice((5.5, 6, 6.5, 7, 7.5, 8))}))
        services.progress.add_days_since("Alcohol-free", date.today() - timedelta(days=45))
        OUT.mkdir(parents=True, exist_ok=True)
        for index, name in ((1, "journal"), (2, "progress"), (3, "toolbox"), (0, "today")):
            window.shell.show_page(index)
            built.window.shell.page(index).attach(services)  # type: ignore[attr-defined]
            pump(1.2)
            window.grab().save(str(OUT / f"{name}.png"))
            print(OUT / f"{name}.png")
        built.shutdown()
        app.quit()

    QTimer.singleShot(300, run)
    app.exec()


if __name__ == "__main__":
    main()
