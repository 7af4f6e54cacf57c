"""Timeline and report at 100,000 entries, in a real (offscreen) Qt view.

`python -m bench.timeline [COUNT]` reuses the vault bench/journal.py builds and
prints: first paint of the timeline, scroll to the end, the RSS the model and
view add, and the time to gather and render a clinician report to PDF.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from bench.journal import build
from companion.domain.trackers import TrackerKind
from companion.printing import render
from companion.printing.report import report_document
from companion.printing.report_text import report_text
from companion.services.access import Services
from companion.ui.journal.timeline_view import TimelineView
from companion.ui.models.timeline import TimelineModel
from companion.ui.style import CompanionStyle


def rss_mib() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def report_time(
    services: Services, first: date, last: date, chosen: list[str]
) -> tuple[float, int]:
    times = []
    pages = 0
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "report.pdf"
        for _ in range(5):
            start = time.perf_counter()
            data = services.report.gather(first, last, chosen)
            document = report_document(data, report_text(), date.today())
            render.write_document(document, target, render.PdfOptions(title="Report"))
            times.append((time.perf_counter() - start) * 1000)
            raw = target.read_bytes()
            pages = raw.count(b"/Type /Page") - raw.count(b"/Type /Pages")
    return statistics.median(times), pages


def repaint_cost(app: QApplication, journal: Any) -> tuple[float, float]:
    """One screenful of the timeline repainted, in plain Fusion and then under the
    app's style (ui/style.py, whose Python overrides run on every primitive)."""
    model = TimelineModel(journal.timeline, journal.rows, lambda r: r.headline)
    view = TimelineView()
    view.setModel(model)
    view.resize(420, 800)
    model.reload()
    view.show()
    app.processEvents()

    def median_ms() -> float:
        times = []
        for _ in range(60):
            start = time.perf_counter()
            view.viewport().repaint()
            times.append((time.perf_counter() - start) * 1000)
        return statistics.median(times)

    app.setStyle("Fusion")
    plain = median_ms()
    app.setStyle(CompanionStyle("Fusion"))
    styled = median_ms()
    view.close()
    return plain, styled


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    app = QApplication([sys.argv[0]])
    session, plain = build(count)
    plain.close()
    services = Services(session)
    journal = services.journal
    try:
        rows: list[tuple[str, str, str]] = []
        paints, scrolls, grows = [], [], []
        for _ in range(5):
            before = rss_mib()
            start = time.perf_counter()
            model = TimelineModel(journal.timeline, journal.rows, lambda r: r.headline)
            view = TimelineView()
            view.setModel(model)
            view.resize(420, 800)
            model.reload()
            view.show()
            view.repaint()
            app.processEvents()
            paints.append((time.perf_counter() - start) * 1000)
            grows.append(rss_mib() - before)
            start = time.perf_counter()
            view.scrollToBottom()
            view.repaint()
            app.processEvents()
            scrolls.append((time.perf_counter() - start) * 1000)
            assert model.rowCount() >= count
            view.close()
            view.deleteLater()
            app.processEvents()
        rows.append(("timeline first paint", f"{statistics.median(paints):.0f} ms", "≤ 300 ms"))
        rows.append(
            ("RSS added by model and view", f"{statistics.median(grows):.1f} MiB", "≤ 30 MB")
        )
        rows.append(("scroll to the end", f"{statistics.median(scrolls):.0f} ms", "≤ 100 ms"))
        plain_ms, styled_ms = repaint_cost(app, journal)
        rows.append(
            (
                "repaint a screenful: app style / plain Fusion",
                f"{styled_ms:.1f} / {plain_ms:.1f} ms ({styled_ms / plain_ms:.2f}x)",
                "≤ 16 ms",
            )
        )

        if not journal.trackers():
            for name in ("Sleep", "Anxiety", "Energy"):
                journal.add_tracker(name, TrackerKind.NUMBER)
        last = date(2026, 11, 25)
        picked = [journal.get_by_seq(s) for s in journal.timeline()[:4]]
        chosen = [e.id for e in picked if e is not None]
        for days, label in ((30, "a month"), (365, "a year")):
            ms, pages = report_time(services, last - timedelta(days=days), last, chosen)
            rows.append(
                (
                    f"clinician report: {label}, 4 entries, {pages} pages",
                    f"{ms:.0f} ms",
                    "≤ 1 s (4 pages)",
                )
            )
    finally:
        session.close()
    print(f"Timeline and report at {count:,} entries (median of 5), {os.cpu_count()} cores")
    width = [max(len(r[i]) for r in rows) for i in range(3)]
    for row in [("measure", "value", "target"), *rows]:
        print("  ".join(c.ljust(w) for c, w in zip(row, width, strict=True)))


if __name__ == "__main__":
    main()
