"""The Progress page: charts with text twins, milestones with lapses, and the report."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt

from companion.app import Built
from companion.domain.charts import Span
from companion.domain.journal import EntryDraft, Mood
from companion.domain.trackers import TrackerKind
from tests.gui.conftest import ScriptedDialogs
from tests.gui.helpers import create_vault, finish_recovery_page

PROGRESS = 2
SECRET = "a sentence only for me"


def open_progress(built: Built, qtbot: Any) -> Any:
    create_vault(built, qtbot)
    finish_recovery_page(built, qtbot)
    services = built.access.services
    sleep = services.journal.add_tracker("Sleep", TrackerKind.NUMBER, unit="h")
    for i in range(20):
        services.journal.save(
            None,
            EntryDraft(
                day=date.today() - timedelta(days=i),
                body=f"{SECRET} {i}",
                mood=Mood(3 + i % 2),
                win=i % 5 == 0,
                trackers={sleep.id: 7.0},
            ),
        )
    built.window.shell.show_page(PROGRESS)
    page = built.window.progress
    page.attach(services)
    qtbot.waitUntil(lambda: "over 20 days" in page.mood_card.summary.text(), timeout=3000)
    return page


def test_charts_have_sentences_and_tables(built: Built, qtbot: Any) -> None:
    page = open_progress(built, qtbot)
    assert (
        "3.5 (Okay)" in page.mood_card.summary.text()
        or "3.5 (Good)" in page.mood_card.summary.text()
    )
    assert page.mood_card.view.accessibleName() == "Mood"
    assert page.mood_card.view.accessibleDescription() == page.mood_card.summary.text()
    page.mood_card.table_button.click()
    assert page.mood_card.table.isVisible()
    assert page.mood_card.table.rowCount() >= 1
    assert page.tracker_cards[0].title.text() == "Sleep"
    assert "7.0 h" in page.tracker_cards[0].summary.text()
    assert "small wins" in page.wins_card.summary.text()
    assert "of the last 30 days" in page.rhythm.text()
    page.set_span(Span.WEEK)
    qtbot.waitUntil(lambda: "over 7 days" in page.mood_card.summary.text(), timeout=3000)


def test_counter_lapse_keeps_the_longest_period(built: Built, qtbot: Any) -> None:
    page = open_progress(built, qtbot)
    page.add_counter.click()
    dialog = page.dialog
    dialog.label.setText("Alcohol-free")
    start = date.today() - timedelta(days=94)
    dialog.day.setDate(QDate(start.year, start.month, start.day))
    dialog.accept()
    qtbot.waitUntil(
        lambda: (
            page.milestone_list.count() == 1
            and "Alcohol-free: 94 days" in page.milestone_list.item(0).text()
        ),
        timeout=3000,
    )
    page.milestone_list.setCurrentRow(0)
    assert page.lapse_button.isEnabled()
    assert not page.reached_button.isEnabled()
    page.lapse_button.click()
    lapse = page.dialog
    lapse.reflection.setPlainText("A hard night. I called Jo afterwards.")
    lapse.accept()
    qtbot.waitUntil(
        lambda: "longest period: 94 days" in page.milestone_list.item(0).text(), timeout=3000
    )
    assert "Thank you for writing it down" in page.milestone_notice.text()
    assert "Alcohol-free: 0 days" in page.milestone_list.item(0).text()


def test_report_preview_and_save_leave_journal_text_out_unless_chosen(
    built: Built, qtbot: Any, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    page = open_progress(built, qtbot)
    page.open_report()
    report = page.dialog
    qtbot.waitUntil(lambda: report.document is not None, timeout=5000)
    assert "Progress report" in report.document.toPlainText()
    assert SECRET not in report.document.toPlainText()
    assert report.entries.count() == 20

    dialogs.save_paths.append(tmp_path / "report")
    report.save_button.click()
    pdf = tmp_path / "report.pdf"
    assert pdf.exists()
    tool = shutil.which("pdftotext")
    assert tool
    text = subprocess.run([tool, str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Mood" in text and "Sleep" in text and "Average over the period" in text
    assert SECRET not in text

    report.entries.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: SECRET in report.document.toPlainText(), timeout=5000)
