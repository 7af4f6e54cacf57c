"""Groups at scale and handout rendering.

`python -m bench.groups` builds 50 groups, 2,000 sessions and 500 members,
then prints the time for the Groups page to open a group (members, sessions,
wall, mentoring) and to render a 4-page handout to PDF. Targets: ≤ 100 ms and
≤ 1 s.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from companion.domain.groups import AgendaItem, GroupDraft
from companion.printing.handout import SECTIONS
from companion.printing.handout_render import handout_document, write_handout
from companion.printing.handout_text import handout_text
from companion.printing.render import PdfOptions
from companion.services.access import Services
from companion.settings import SettingsStore
from companion.ui.groups.page import GroupsPage
from companion.ui.widgets.dialogs import Dialogs
from companion.vault import keys, vault

ROUNDS = 7


def main() -> None:
    app = QApplication([sys.argv[0]])
    rng = random.Random(9)
    with tempfile.TemporaryDirectory() as tmp:
        session, _ = vault.create(Path(tmp) / "v", "benchmark passphrase", keys.FAST_KDF)
        services = Services(session)
        groups = services.groups
        ids = [
            groups.save_group(None, GroupDraft(f"Group {i}", place="Library")).id for i in range(50)
        ]
        for i in range(500):
            groups.add_member(ids[i % 50], f"Member{i}", consent=i % 2 == 0)
        start = datetime(2020, 1, 7, 19, 0)
        last = ""
        for i in range(2000):
            s = groups.add_session(ids[i % 50], start + timedelta(days=7 * (i // 50)), f"T{i}")
            last = s.id
        busiest = ids[(2000 - 1) % 50]
        # A long session for a multi-page handout.
        s = groups.session(last)
        assert s is not None
        agenda = tuple(
            AgendaItem(f"Item {n}: a longer title for the agenda", rng.randint(5, 20))
            for n in range(40)
        )
        groups.update_session(replace(s, agenda=agenda, tool_id="starter:box-breathing"))
        for n in range(12):
            groups.share(last, "strategy", f"Shared idea {n}", "Some words about it. " * 8)

        page = GroupsPage(Dialogs(), SettingsStore(Path(tmp) / "settings.json"), None)
        page.resize(1100, 750)
        page.show()
        page.attach(services)
        open_ms = []
        for _ in range(ROUNDS):
            page.groups.setCurrentRow(0)
            app.processEvents()
            start_t = time.perf_counter()
            for row in range(page.groups.count()):
                if page.groups.item(row).data(0x0101) == busiest:
                    page.groups.setCurrentRow(row)
                    break
            page.repaint()
            app.processEvents()
            open_ms.append((time.perf_counter() - start_t) * 1000)

        options = PdfOptions(title="Handout")
        text = handout_text("Peer support, not therapy.")
        render_ms = []
        pages = 0
        target = Path(tmp) / "handout.pdf"
        for _ in range(ROUNDS):
            start_t = time.perf_counter()
            data = groups.handout_data(last, crisis_lines=["Samaritans: 116 123"])
            document = handout_document(data, text, list(SECTIONS), False, options)
            write_handout(document, target, options)
            render_ms.append((time.perf_counter() - start_t) * 1000)
            pages = document.pageCount()
        page.detach()
        session.close()
    print("Groups: 50 groups, 2,000 sessions, 500 members (median of 7)")
    print(f"  open a group (40 sessions)   {statistics.median(open_ms):7.1f} ms  (≤ 100 ms)")
    print(f"  handout, {pages} pages, to PDF    {statistics.median(render_ms):7.1f} ms  (≤ 1 s)")


if __name__ == "__main__":
    main()
