"""The safety plan: seven steps, pre-filled coping, contacts as written, a one-page card."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

from companion.app import Built
from companion.paths import Paths
from companion.settings import SettingsStore
from tests.gui.conftest import ScriptedDialogs
from tests.gui.helpers import create_vault, finish_recovery_page


def open_plan(built: Built, qtbot: Any) -> Any:
    create_vault(built, qtbot)
    finish_recovery_page(built, qtbot)
    built.window.shell.show_page(4)
    return built.window.shell.current_page()


def test_steps_prefill_and_card_without_a_printer(
    built: Built, qtbot: Any, dialogs: ScriptedDialogs, tmp_path: Path, paths: Paths
) -> None:
    SettingsStore(paths.settings_file).update(crisis_country="IE")
    page = open_plan(built, qtbot)
    assert len(page.steps) == 7
    toolbox = built.access.services.toolbox
    toolbox.log_use("starter:walk-outside", 8, 3)
    page.prefill_button.click()
    assert page.steps[2].list.item(0).text() == "A walk outside"

    four = page.steps[4]
    four.text.setText("Jo, my sister")
    four.contact.setText("087 CALL JO")
    four.add_button.click()
    assert four.list.item(0).text() == "Jo, my sister — 087 CALL JO"
    page.steps[7].text.setText("My niece's laugh")
    page.steps[7].add_button.click()
    page.steps[1].add_button.click()  # empty: refused with a sentence
    assert "Write something" in page.notice.text()

    dialogs.confirms.append(True)  # no printer here: save as PDF instead
    dialogs.save_paths.append(tmp_path / "plan")
    page.print_card()
    pdf = tmp_path / "plan.pdf"
    assert pdf.exists()
    tool = shutil.which("pdftotext")
    assert tool
    text = subprocess.run([tool, "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    for expected in (
        "My safety plan",
        "A walk outside",
        "087 CALL JO",
        "My niece's laugh",
        "Samaritans",
        "116 123",
        "7. My reasons for living",
    ):
        assert expected in text, expected
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    assert "Pages:           1" in info


def test_plan_is_cleared_on_lock(built: Built, qtbot: Any) -> None:
    page = open_plan(built, qtbot)
    page.steps[7].text.setText("My dog")
    page.steps[7].add_button.click()
    built.window.lock()
    assert page.steps[7].list.count() == 0
