"""The Toolbox page: the starter library, 'I used this', the ranking and the pacer."""

from __future__ import annotations

from typing import Any

from companion.app import Built
from companion.domain.toolbox import Category
from companion.ui.toolbox.pacer import phase_at
from tests.gui.conftest import ScriptedDialogs
from tests.gui.helpers import create_vault, finish_recovery_page


def open_toolbox(built: Built, qtbot: Any) -> Any:
    create_vault(built, qtbot)
    finish_recovery_page(built, qtbot)
    built.window.shell.show_page(3)
    return built.window.toolbox


def test_starters_are_listed_and_shown_with_the_disclaimer(built: Built, qtbot: Any) -> None:
    page = open_toolbox(built, qtbot)
    assert page.list.count() >= 25
    page.search.setText("box breathing")
    page._reload_list()
    assert page.list.count() == 1
    assert page.title.text() == "Box breathing"
    assert "not medical advice" in page.disclaimer.text()
    assert page.breathe_button.isVisible()
    assert page.copy_button.isVisible() and not page.edit_button.isVisible()


def test_i_used_this_updates_what_works(built: Built, qtbot: Any) -> None:
    page = open_toolbox(built, qtbot)
    page.search.setText("5-4-3-2-1")
    page._reload_list()
    page.use_button.click()
    dialog = page.dialog
    dialog.before.slider.setValue(8)
    dialog.after.slider.setValue(3)
    dialog.note.setText("on the bus")
    dialog.accept()
    assert "Noted" in page.notice.text()
    assert (
        "used 1 times" in page.ranking.item(0).text()
        or "used 1 time" in page.ranking.item(0).text()
    )
    assert "5.0" in page.ranking.item(0).text()
    assert "Used 1 times" in page.stats.text() or "Used 1 time" in page.stats.text()


def test_own_strategy_new_edit_remove(built: Built, qtbot: Any, dialogs: ScriptedDialogs) -> None:
    page = open_toolbox(built, qtbot)
    page.new_button.click()
    dialog = page.dialog
    dialog.title.setText("Call Jo")
    dialog.category.setCurrentIndex(dialog.category.findData(Category.REACHING_OUT.value))
    dialog.steps.setPlainText("1. Ring Jo.")
    dialog.accept()
    assert page.title.text() == "Call Jo"
    assert page.edit_button.isVisible()
    page.new_button.click()
    page.dialog.accept()  # no title
    assert "title" in page.notice.text()
    dialogs.confirms.append(True)
    page.remove_button.click()
    assert all(page.list.item(i).text() != "Call Jo" for i in range(page.list.count()))


def test_pacer_phases_follow_the_pace_and_less_motion_keeps_the_circle_still(
    built: Built, qtbot: Any
) -> None:
    page = open_toolbox(built, qtbot)
    page.search.setText("box breathing")
    page._reload_list()
    page.breathe_button.click()
    pacer = page.pacer
    assert pacer.show_at(1.0) == "in"
    assert "Breathe in" in pacer.words.text()
    assert pacer.show_at(5.0) == "hold"
    assert pacer.show_at(9.0) == "out"
    assert pacer.show_at(13.0) == "rest"
    pacer.less_motion.setChecked(True)
    pacer.circle.size_fraction = 0.0
    pacer.show_at(3.9)
    assert pacer.circle.size_fraction == 0.0
    assert pacer.circle.accessibleDescription()
    pacer.toggle()
    assert pacer.running
    page.dialog.accept()
    assert not pacer.running


def test_phase_math() -> None:
    from companion.domain.toolbox import Pace

    pace = Pace(4, 0, 6, 0)
    assert phase_at(pace, 2)[0] == "in"
    assert phase_at(pace, 4.5)[0] == "out"
    assert phase_at(pace, 10.5)[0] == "in"  # the next breath


def test_coping_cards_save_as_pdf_when_there_is_no_printer(
    built: Built, qtbot: Any, dialogs: ScriptedDialogs, tmp_path: Any
) -> None:
    import shutil
    import subprocess

    page = open_toolbox(built, qtbot)
    page.search.setText("box breathing")
    page._reload_list()
    page.cards_button.click()
    dialog = page.dialog
    assert dialog.chosen() == ["starter:box-breathing"]
    dialogs.confirms.append(True)
    dialogs.save_paths.append(tmp_path / "cards.pdf")
    dialog.accept()
    pdf = tmp_path / "cards.pdf"
    assert pdf.exists()
    tool = shutil.which("pdftotext")
    assert tool
    text = subprocess.run([tool, str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Box breathing" in text
    assert "Breathe in through your nose" in text


def test_what_works_can_be_ordered_by_how_often(built: Built, qtbot: Any) -> None:
    page = open_toolbox(built, qtbot)
    toolbox = built.access.services.toolbox
    toolbox.log_use("starter:box-breathing", 9, 1)
    for _ in range(3):
        toolbox.log_use("starter:walk-outside", 5, 4)
    page.refresh()
    page.order.setCurrentIndex(1)
    assert page.ranking.item(0).text().startswith("A walk outside")
    page.order.setCurrentIndex(0)
    assert page.ranking.item(0).text().startswith("Box breathing")


def test_default_paper_follows_the_country() -> None:
    from companion.printing.render import PaperSize, default_paper

    assert default_paper("en_US") is PaperSize.LETTER
    assert default_paper("en_GB") is PaperSize.A4
    assert default_paper("de_DE") is PaperSize.A4
