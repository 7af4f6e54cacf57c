"""Icons: shipped SVGs, drawn in the theme's colours, on every section of the sidebar."""

from __future__ import annotations

import re
from importlib import resources
from typing import Any

import pytest

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPalette
from PySide6.QtWidgets import QApplication

from companion.app import Built
from companion.ui.icons import icon, render, svg
from companion.ui.theme import Theme, palette
from tests.gui.helpers import create_vault, finish_recovery_page

FOLDER = resources.files("companion.resources") / "icons"
LINE_ICONS = sorted(
    p.name.removesuffix(".svg")
    for p in FOLDER.iterdir()
    if p.name.endswith(".svg") and p.name != "companion.svg"
)


def _ink(image: QImage, alpha: int = 200) -> list[QColor]:
    """The colours of the pixels an icon drew (by default the nearly opaque ones,
    whose colour is not blended by anti-aliasing)."""
    return [
        image.pixelColor(x, y)
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).alpha() > alpha
    ]


def _near(colour: QColor, name: str) -> bool:
    """Equal but for the rounding of semi-transparent edge pixels."""
    want = QColor(name)
    return all(
        abs(a - b) <= 12 for a, b in zip(colour.getRgb()[:3], want.getRgb()[:3], strict=True)
    )


def test_the_icons_are_line_drawings_that_take_the_theme_colour() -> None:
    assert len(LINE_ICONS) >= 9
    for name in LINE_ICONS:
        source = svg(name)
        assert 'stroke="currentColor"' in source, name
        # No colour of its own: it would vanish in one theme or another.
        assert not re.search(r"#[0-9a-fA-F]{3,8}\b|rgb\(", source), name
        assert re.search(r"<title>[^<]+</title>", source), name


@pytest.mark.parametrize("name", LINE_ICONS)
def test_every_icon_draws_at_small_and_large_sizes(qapp: QApplication, name: str) -> None:
    for side in (16, 48):
        image = render(name, QSize(side, side), "#204060").toImage()
        assert image.size() == QSize(side, side)
        assert len(_ink(image, 60)) > side, f"{name} at {side}px drew almost nothing"
        assert all(_near(c, "#204060") for c in _ink(image)), name


@pytest.mark.parametrize("theme", [Theme.LIGHT, Theme.DARK, Theme.HIGH_CONTRAST])
def test_icons_follow_the_theme_and_selection(qapp: QApplication, theme: Theme) -> None:
    before = qapp.palette()
    colours = palette(theme)
    qapp.setPalette(colours)
    try:
        journal = icon("journal")
        for mode, role in (
            (QIcon.Mode.Normal, QPalette.ColorRole.WindowText),
            (QIcon.Mode.Selected, QPalette.ColorRole.HighlightedText),
        ):
            ink = _ink(journal.pixmap(QSize(32, 32), mode).toImage())
            want = colours.color(role).name()
            assert ink and all(_near(c, want) for c in ink), (theme, mode)
    finally:
        qapp.setPalette(before)


def test_an_unknown_icon_fails_at_once() -> None:
    with pytest.raises(FileNotFoundError):
        icon("no-such-icon")


def test_every_section_has_an_icon_sized_to_the_text(
    built: Built, qtbot: Any, qapp: QApplication
) -> None:
    built.window.resize(1280, 720)
    create_vault(built, qtbot)
    finish_recovery_page(built, qtbot)
    shell = built.window.shell
    sidebar = shell.sidebar
    for row in range(sidebar.count()):
        item = sidebar.item(row)
        assert not item.icon().isNull(), item.text()
        assert not item.icon().pixmap(sidebar.iconSize()).isNull(), item.text()
    assert not built.window.help_button.icon().isNull()
    small = (sidebar.iconSize().height(), sidebar.width())
    font = shell.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    shell.setFont(font)  # as the text size setting does, through the app font
    assert sidebar.iconSize().height() > small[0] * 1.5
    assert sidebar.width() > small[1] * 1.5


def test_with_large_text_the_sidebar_keeps_only_its_icons_where_pages_need_room(
    built: Built, qtbot: Any, qapp: QApplication
) -> None:
    window = built.window
    window.resize(1280, 720)
    create_vault(built, qtbot)
    finish_recovery_page(built, qtbot)
    shell = window.shell
    assert not shell.compact
    before = qapp.font().pointSizeF()
    try:
        window.appearance.apply(window.appearance.theme, 2.0)
        too_wide = []
        for index in range(shell.sidebar.count()):
            shell.show_page(index)
            qtbot.wait(20)
            if window.minimumSizeHint().width() > window.width():
                too_wide.append(f"page {index}: {window.minimumSizeHint().width()}")
        assert not too_wide, "pages wider than a 1280 window at 200 %:\n" + "\n".join(too_wide)
        shell.show_page(1)  # the journal: a list and an editor side by side
        assert shell.compact
        for row in range(shell.sidebar.count()):
            item = shell.sidebar.item(row)
            assert item.text() == ""
            assert item.data(Qt.ItemDataRole.AccessibleTextRole) and item.toolTip()
    finally:
        font = qapp.font()
        font.setPointSizeF(before)
        qapp.setFont(font)
    qtbot.wait(20)
    assert not shell.compact and shell.sidebar.item(1).text() == "Journal"


def test_an_icon_that_cannot_be_drawn_is_logged(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """What a package missing Qt's SVG plugin would do; tests/e2e/test_frozen.py
    looks for this line in the frozen app's log."""
    monkeypatch.setattr("companion.ui.icons.svg", lambda name: "not an SVG")
    with caplog.at_level("WARNING", logger="companion.ui.icons"):
        assert render("journal", QSize(16, 16), "#000000").isNull()
    assert "icon journal could not be drawn" in caplog.text
