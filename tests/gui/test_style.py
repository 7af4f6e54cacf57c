"""The app style: keyboard focus always visible (every control on every page looks
different when it has focus), control edges and toggles that are on, in every theme."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStyle,
    QStyleOptionButton,
    QToolButton,
    QWidget,
)

from companion.app import Built
from companion.ui.style import CompanionStyle
from companion.ui.theme import Theme, contrast, palette
from tests.gui.helpers import create_vault, finish_recovery_page


def _changed(a: QImage, b: QImage) -> int:
    if a.size() != b.size():
        return a.width() * a.height()
    return sum(
        1 for y in range(a.height()) for x in range(a.width()) if a.pixel(x, y) != b.pixel(x, y)
    )


def _focusable(page: QWidget) -> list[QWidget]:
    return [
        w
        for w in page.findChildren(QWidget)
        if w.isVisible()
        and w.isEnabled()
        and w.focusProxy() is None
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
    ]


def test_every_control_shows_keyboard_focus(built: Built, qtbot: Any, qapp: QApplication) -> None:
    window = built.window
    window.resize(1280, 720)
    create_vault(built, qtbot)
    finish_recovery_page(built, qtbot)
    assert isinstance(qapp.style(), CompanionStyle)
    window.activateWindow()
    shell = window.shell
    hidden, checked = [], 0
    for index in range(shell.sidebar.count()):
        shell.show_page(index)
        qtbot.wait(20)
        for widget in _focusable(shell.page(index)):
            shell.sidebar.setFocus(Qt.FocusReason.OtherFocusReason)
            before = widget.grab().toImage()
            widget.setFocus(Qt.FocusReason.TabFocusReason)
            if not widget.hasFocus():
                continue
            # As after pressing Tab: styles mark focus only when the keyboard moved it.
            window.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)
            checked += 1
            # More than a text caret (which is 1 pixel wide and blinks).
            if _changed(before, widget.grab().toImage()) <= widget.height():
                hidden.append(f"page {index}: {type(widget).__name__} {widget.accessibleName()!r}")
    assert checked > 60
    assert not hidden, "focus cannot be seen on:\n" + "\n".join(hidden)


@pytest.fixture(params=[Theme.LIGHT, Theme.DARK, Theme.HIGH_CONTRAST], ids=str)
def themed(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[QPalette]:
    """The app style and one theme's palette, put back afterwards."""
    before = qapp.palette()
    if not isinstance(qapp.style(), CompanionStyle):
        qapp.setStyle(CompanionStyle(qapp.style().name()))
    colours = palette(request.param)
    qapp.setPalette(colours)
    yield colours
    qapp.setPalette(before)


def test_the_focus_frame_is_drawn_in_the_highlight_colour(
    qapp: QApplication, qtbot: Any, themed: QPalette
) -> None:
    edit = QPlainTextEdit()
    qtbot.addWidget(edit)
    edit.resize(200, 100)
    edit.show()
    edit.activateWindow()
    qtbot.waitUntil(edit.isActiveWindow)
    edit.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(edit.hasFocus)
    edit.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)
    assert qapp.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, edit) >= 2
    image = edit.grab().toImage()
    highlight = themed.color(QPalette.ColorRole.Highlight).rgb()
    edge = [image.pixel(x, 1) for x in range(10, 190)] + [image.pixel(1, y) for y in range(10, 90)]
    wrong = {hex(p) for p in edge if p != highlight}
    assert not wrong, (hex(highlight), wrong)


def test_a_toggle_that_is_on_shows_a_bar_in_the_highlight_colour(
    qtbot: Any, themed: QPalette
) -> None:
    button = QToolButton()
    qtbot.addWidget(button)
    button.setText("Month")
    button.setCheckable(True)
    button.resize(90, 30)
    button.show()
    highlight = themed.color(QPalette.ColorRole.Highlight).rgb()

    def bar_pixels() -> int:
        image = button.grab().toImage()
        return sum(
            1
            for y in range(image.height() // 2, image.height())
            for x in range(image.width())
            if image.pixel(x, y) == highlight
        )

    assert bar_pixels() == 0
    button.setChecked(True)
    assert bar_pixels() >= 3 * 60


def test_the_edges_of_controls_stand_out_3_to_1(
    qapp: QApplication, qtbot: Any, themed: QPalette
) -> None:
    """WCAG 1.4.11: the boundary of a field, button or box must be seen, in every
    theme (Fusion's own edge is about 2:1 in light and invisible on black)."""
    window = themed.color(QPalette.ColorRole.Window)
    base = themed.color(QPalette.ColorRole.Base)
    edge = themed.color(QPalette.ColorRole.Mid)
    assert contrast(edge, window) >= 3 and contrast(edge, base) >= 3
    host = QWidget()
    qtbot.addWidget(host)
    host.resize(400, 400)
    controls: list[QWidget] = [
        QLineEdit(host),
        QPushButton("Save", host),
        QComboBox(host),
        QSpinBox(host),
        QPlainTextEdit(host),
    ]
    tick = QCheckBox("A small win", host)
    for i, control in enumerate([*controls, tick]):
        control.setGeometry(10, 10 + i * 60, 200, 50 if control is controls[-1] else 30)
    host.show()

    def strongest(image: QImage, xs: range, y: int) -> float:
        return max(contrast(QColor(image.pixel(x, y)), window) for x in xs)

    faint = []
    for control in controls:
        image = control.grab().toImage()
        ratio = strongest(image, range(0, 3), image.height() // 2)
        if ratio < 3:
            faint.append(f"{type(control).__name__}: {ratio:.2f}")
    option = QStyleOptionButton()
    option.initFrom(tick)
    box = qapp.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, tick)
    ratio = strongest(tick.grab().toImage(), range(box.left(), box.left() + 3), box.center().y())
    if ratio < 3:
        faint.append(f"QCheckBox: {ratio:.2f}")
    assert not faint, ", ".join(faint)
