"""Right-to-left: the whole window mirrors (sidebar on the right, forms right-aligned)
and every page still fits, with nothing drawn outside the window."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget

from companion.app import Built
from tests.gui.helpers import create_vault, finish_recovery_page


def outside(window: QWidget) -> list[str]:
    """Visible widgets whose left or right edge falls outside the window."""
    out = []
    width = window.width()
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.isWindow():
            continue
        left = widget.mapTo(window, QPoint(0, 0)).x()
        if left < -1 or left + widget.width() > width + 1:
            out.append(f"{type(widget).__name__} {widget.accessibleName()!r} at {left}")
    return out


def test_the_window_mirrors_right_to_left(built: Built, qtbot: Any, qapp: QApplication) -> None:
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        window = built.window
        window.resize(1280, 720)
        create_vault(built, qtbot)
        finish_recovery_page(built, qtbot)
        assert window.isRightToLeft()
        sidebar = window.shell.sidebar
        stack = window.shell.stack
        assert sidebar.mapTo(window, QPoint(0, 0)).x() > stack.mapTo(window, QPoint(0, 0)).x()
        problems = []
        for index in range(sidebar.count()):
            window.shell.show_page(index)
            qtbot.wait(50)
            problems += [f"page {index}: {p}" for p in outside(window)]
        assert not problems, "\n".join(problems)
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_main_pages_fit_1280_by_720_without_scrolling(built: Built, qtbot: Any) -> None:
    from datetime import date, timedelta

    from companion.domain.journal import EntryDraft
    from companion.domain.trackers import TrackerKind
    from companion.ui.main_window import PROGRESS
    from companion.ui.progress.page import ProgressPage

    window = built.window
    window.resize(1280, 720)
    create_vault(built, qtbot)
    finish_recovery_page(built, qtbot)
    services = built.access.services
    for i in range(5):
        services.journal.save(
            None, EntryDraft(day=date.today() - timedelta(days=i), title=f"Win {i}", win=True)
        )
    services.progress.add_days_since("Alcohol-free", date.today() - timedelta(days=45))
    sleep = services.journal.add_tracker("Sleep", TrackerKind.NUMBER, unit="h")
    services.journal.save(None, EntryDraft(day=date.today(), trackers={sleep.id: 7.0}))
    today = window.today
    today.refresh()
    qtbot.waitUntil(lambda: "Win 0" in today.wins.text(), timeout=10000)
    qtbot.wait(100)
    assert today.verticalScrollBar().maximum() == 0

    # Progress: a month of mood, one tracker, wins and milestones, in two columns.
    window.shell.show_page(PROGRESS)
    progress = window.shell.page(PROGRESS)
    assert isinstance(progress, ProgressPage)
    qtbot.waitUntil(lambda: len(progress.tracker_cards) == 1, timeout=10000)
    qtbot.wait(100)
    assert progress.verticalScrollBar().maximum() == 0

    # The pages that are not scroll areas ask for no more room than the window has.
    for index in range(window.shell.sidebar.count()):
        page = window.shell.page(index)
        hint = page.minimumSizeHint()
        assert hint.height() <= window.shell.stack.height(), (index, hint)
        assert hint.width() <= window.shell.stack.width(), (index, hint)
