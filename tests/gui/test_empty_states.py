"""Empty lists say something kind and useful, to the eye and to a screen reader."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QAbstractItemView, QApplication, QListWidget

from companion.app import Built
from companion.ui.widgets.empty import EmptyHint
from tests.gui.helpers import create_vault, finish_recovery_page


def _differs(a: QImage, b: QImage) -> int:
    return sum(
        1
        for y in range(0, a.height(), 2)
        for x in range(0, a.width(), 2)
        if a.pixelColor(x, y) != b.pixelColor(x, y)
    )


def test_the_hint_shows_only_while_the_list_is_empty(qapp: QApplication, qtbot: Any) -> None:
    plain = QListWidget()
    hinted = QListWidget()
    hint = EmptyHint(hinted, "No groups yet.", "groups")
    for view in (plain, hinted):
        qtbot.addWidget(view)
        view.resize(300, 300)
        view.show()
    qtbot.waitExposed(hinted)
    assert hint.is_shown() and hinted.accessibleDescription() == "No groups yet."
    assert _differs(plain.viewport().grab().toImage(), hinted.viewport().grab().toImage()) > 50

    hinted.addItem("Tuesday walkers")
    plain.addItem("Tuesday walkers")
    assert not hint.is_shown() and hinted.accessibleDescription() == ""
    assert _differs(plain.viewport().grab().toImage(), hinted.viewport().grab().toImage()) == 0

    hinted.clear()
    hint.set_text("No groups match.")
    assert hinted.accessibleDescription() == "No groups match."
    hinted.deleteLater()  # the model empties itself as the view goes; no error from the hint
    qtbot.wait(10)


def test_every_empty_list_in_a_new_vault_explains_itself(built: Built, qtbot: Any) -> None:
    create_vault(built, qtbot)
    finish_recovery_page(built, qtbot)
    shell = built.window.shell
    silent = []
    for index in range(shell.sidebar.count()):
        shell.show_page(index)
        page = shell.page(index)
        for view in page.findChildren(QAbstractItemView):
            if view.model() is None or view.model().rowCount() or not view.isVisibleTo(page):
                continue
            hints = [h for h in view.findChildren(EmptyHint) if h.is_shown()]
            if not hints:
                silent.append(f"{type(page).__name__}: {view.accessibleName()}")
    assert not silent, "empty lists with nothing to say:\n" + "\n".join(silent)


def test_what_works_for_me_says_how_to_fill_it(built: Built, qtbot: Any) -> None:
    create_vault(built, qtbot)
    finish_recovery_page(built, qtbot)
    built.window.shell.show_page(3)
    page = built.window.toolbox
    assert page.ranking.count() == 0
    assert "I used this" in page.ranking_hint.text and page.ranking_hint.is_shown()
    page.search.setText("no strategy is called this")
    page._reload_list()
    assert page.list.count() == 0 and page.list_hint.is_shown()
