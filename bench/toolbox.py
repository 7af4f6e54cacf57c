"""The toolbox at scale: 500 strategies and 20,000 logged uses.

`python -m bench.toolbox` prints the time for the ranking and for the Toolbox
page to fill (list and ranking), offscreen. Target: both ≤ 100 ms.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from companion.domain.resources import Resource, ResourceKind
from companion.domain.toolbox import Category, StrategyDraft
from companion.services.access import Services
from companion.services.tasks import Tasks
from companion.ui.toolbox.page import ToolboxPage
from companion.ui.widgets.dialogs import Dialogs
from companion.vault import keys, vault

ROUNDS = 7


def main() -> None:
    app = QApplication([sys.argv[0]])
    rng = random.Random(5)
    with tempfile.TemporaryDirectory() as tmp:
        session, _ = vault.create(Path(tmp) / "v", "benchmark passphrase", keys.FAST_KDF)
        services = Services(session)
        toolbox = services.toolbox
        categories = list(Category)
        ids = [
            toolbox.add(
                StrategyDraft(
                    f"Strategy {i}", rng.choice(categories), steps="1. Do this.\n2. Then that."
                )
            ).id
            for i in range(500 - 25)
        ]
        ids += [s.id for s in toolbox.strategies() if s.is_starter]
        uses = []
        for _ in range(20_000):
            before = rng.randint(3, 10)
            uses.append(
                (
                    rng.choice(ids),
                    before,
                    min(10, max(0, before - rng.randint(-1, 5))),
                    "",
                    "2026-11-01T00:00:00.000Z",
                )
            )
        toolbox._repo.add_uses(uses)  # a bulk load for the benchmark only
        kinds = list(ResourceKind)
        for i in range(2000):
            services.resources.save(
                Resource(
                    "", rng.choice(kinds), f"Resource {i}", contact="0123 456", tags=("local",)
                )
            )

        ranking_ms = []
        for _ in range(ROUNDS):
            start = time.perf_counter()
            toolbox.ranking()
            ranking_ms.append((time.perf_counter() - start) * 1000)
        resources_ms = []
        for _ in range(ROUNDS):
            start = time.perf_counter()
            services.resources.find()
            resources_ms.append((time.perf_counter() - start) * 1000)
        page_ms = []
        tasks = Tasks()
        for _ in range(ROUNDS):
            page = ToolboxPage(tasks, Dialogs())
            page.resize(1000, 700)
            page.show()
            start = time.perf_counter()
            page.attach(services)
            page.repaint()
            app.processEvents()
            page_ms.append((time.perf_counter() - start) * 1000)
            page.detach()
            page.close()
            page.deleteLater()
            app.processEvents()
        tasks.shutdown()
        session.close()
    print("Toolbox: 500 strategies, 20,000 uses, 2,000 resources (median of 7)")
    print(f"  ranking                      {statistics.median(ranking_ms):6.1f} ms  (≤ 100 ms)")
    print(f"  Toolbox page, list + ranking {statistics.median(page_ms):6.1f} ms  (≤ 100 ms)")
    print(f"  resources directory, all     {statistics.median(resources_ms):6.1f} ms")


if __name__ == "__main__":
    main()
