"""Keyboard focus is always visible: every control on every page looks different
when it has focus, including multi-line text, read-only text and empty lists."""

from __future__ import annotations

from typing import Any

import pytest

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QStyle, QWidget

from companion.app import Built
from companion.ui.style import CompanionStyle
from companion.ui.theme import Theme, palette
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


@pytest.mark.parametrize("theme", [Theme.LIGHT, Theme.DARK, Theme.HIGH_CONTRAST])
def test_the_focus_frame_is_drawn_in_the_highlight_colour(
    qapp: QApplication, qtbot: Any, theme: Theme
) -> None:
    before = qapp.palette()
    if not isinstance(qapp.style(), CompanionStyle):
        qapp.setStyle(CompanionStyle(qapp.style().name()))
    colours = palette(theme)
    qapp.setPalette(colours)
    try:
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
        highlight = colours.color(colours.ColorRole.Highlight).rgb()
        edge = [image.pixel(x, 1) for x in range(10, 190)] + [
            image.pixel(1, y) for y in range(10, 90)
        ]
        wrong = {hex(p) for p in edge if p != highlight}
        assert not wrong, (theme, hex(highlight), wrong)
    finally:
        qapp.setPalette(before)


@pytest.mark.parametrize("theme", [Theme.LIGHT, Theme.DARK, Theme.HIGH_CONTRAST])
def test_a_toggle_that_is_on_shows_a_bar_in_the_highlight_colour(
    qapp: QApplication, qtbot: Any, theme: Theme
) -> None:
    from PySide6.QtWidgets import QToolButton

    before = qapp.palette()
    if not isinstance(qapp.style(), CompanionStyle):
        qapp.setStyle(CompanionStyle(qapp.style().name()))
    colours = palette(theme)
    qapp.setPalette(colours)
    try:
        button = QToolButton()
        qtbot.addWidget(button)
        button.setText("Month")
        button.setCheckable(True)
        button.resize(90, 30)
        button.show()
        highlight = colours.color(colours.ColorRole.Highlight).rgb()

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
        assert bar_pixels() >= 3 * 60, theme
    finally:
        qapp.setPalette(before)


@pytest.mark.parametrize("theme", [Theme.LIGHT, Theme.DARK, Theme.HIGH_CONTRAST])
def test_the_edges_of_controls_stand_out_3_to_1(
    qapp: QApplication, qtbot: Any, theme: Theme
) -> None:
    """WCAG 1.4.11: the boundary of a field, button or box must be seen, in every
    theme (Fusion's own edge is about 2:1 in light and invisible on black)."""
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import (
        QCheckBox,
        QComboBox,
        QLineEdit,
        QPushButton,
        QSpinBox,
        QStyleOptionButton,
    )

    from companion.ui.theme import contrast

    before = qapp.palette()
    if not isinstance(qapp.style(), CompanionStyle):
        qapp.setStyle(CompanionStyle(qapp.style().name()))
    colours = palette(theme)
    qapp.setPalette(colours)
    window = colours.color(colours.ColorRole.Window)
    base = colours.color(colours.ColorRole.Base)
    edge = colours.color(colours.ColorRole.Mid)
    assert contrast(edge, window) >= 3 and contrast(edge, base) >= 3, theme
    try:
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
        faint = []
        for control in controls:
            image = control.grab().toImage()
            middle = image.height() // 2
            strongest = max(contrast(QColor(image.pixel(x, middle)), window) for x in range(0, 3))
            if strongest < 3:
                faint.append(f"{type(control).__name__}: {strongest:.2f}")
        option = QStyleOptionButton()
        option.initFrom(tick)
        box = qapp.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, tick)
        image = tick.grab().toImage()
        strongest = max(
            contrast(QColor(image.pixel(x, box.center().y())), window)
            for x in range(box.left(), box.left() + 3)
        )
        if strongest < 3:
            faint.append(f"QCheckBox: {strongest:.2f}")
        assert not faint, f"{theme}: " + ", ".join(faint)
    finally:
        qapp.setPalette(before)
