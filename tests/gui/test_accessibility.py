"""Every interactive widget on every page has a name a screen reader can say."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from companion.app import Built
from tests.gui.helpers import create_vault, finish_recovery_page

INTERACTIVE = (
    QAbstractButton,
    QAbstractSpinBox,
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)


def unnamed(root: QWidget) -> list[str]:
    offenders = []
    checked = 0
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(root):
            continue
        if isinstance(widget.parent(), QAbstractSpinBox | QComboBox):
            continue  # the inner line edit of a spin box speaks through its parent
        checked += 1
        name = widget.accessibleName()
        if not name and isinstance(widget, QAbstractButton):
            name = widget.text().replace("&", "")
        if not name.strip():
            offenders.append(
                f"{type(widget).__name__} {widget.objectName()!r} in "
                f"{type(widget.parent()).__name__}"
            )
    assert checked > 0, f"no interactive widget found in {type(root).__name__}"
    return offenders


def test_first_run_pages_name_every_control(built: Built, qtbot: Any) -> None:
    window = built.window
    window.start()
    assert unnamed(window.create_page) == []
    create_vault(built, qtbot)
    assert unnamed(window.recovery_page) == []


def test_unlock_pages_name_every_control(built: Built, qtbot: Any) -> None:
    window = built.window
    create_vault(built, qtbot)
    finish_recovery_page(built, qtbot)
    window.lock()
    assert unnamed(window.unlock_page) == []
    window.unlock_page.show_recovery()
    assert unnamed(window.unlock_page) == []


def test_every_section_names_every_control(built: Built, qtbot: Any) -> None:
    window = built.window
    create_vault(built, qtbot)
    finish_recovery_page(built, qtbot)
    for index in range(len(window.shell.pages)):
        window.shell.show_page(index)
        offenders = unnamed(window.shell)
        assert offenders == [], f"section {index}: {offenders}"
