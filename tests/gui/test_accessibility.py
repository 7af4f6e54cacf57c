"""Every interactive widget on every page has a name a screen reader can say."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

from companion.app import Built
from tests.gui.helpers import create_vault, finish_recovery_page

INTERACTIVE = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
)


def spoken_name(widget: QWidget) -> str:
    """What assistive technology reads: the accessible name, else what Qt derives
    (a button's text, a label's buddy)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    name = interface.text(QAccessible.Text.Name) if interface is not None else ""
    return (widget.accessibleName() or name or "").strip()


def unnamed(root: QWidget) -> list[str]:
    out = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(root):
            continue
        if isinstance(widget.parent(), QAbstractSpinBox | QComboBox):
            continue  # the line edit inside a spin box or combo box speaks for it
        if isinstance(widget, QScrollBar):
            continue  # said by its role; the keyboard scrolls the view itself
        if not spoken_name(widget):
            parent = widget.parentWidget()
            where = type(parent).__name__ if parent else "-"
            out.append(f"{type(widget).__name__} in {where} {widget.objectName()!r}")
    return out


def test_every_page_names_its_controls(built: Built, qtbot: Any) -> None:
    window = built.window
    window.start()
    offenders = unnamed(window)
    create_vault(built, qtbot)
    offenders += unnamed(window)
    finish_recovery_page(built, qtbot)
    for index in range(window.shell.sidebar.count()):
        window.shell.show_page(index)
        qtbot.wait(50)
        offenders += unnamed(window)
    offenders = sorted(set(offenders))
    print("\n".join(offenders))
    assert not offenders, f"{len(offenders)} controls have no accessible name:\n" + "\n".join(
        offenders
    )


def test_keyboard_shortcuts_are_listed_in_help(built: Built, qtbot: Any) -> None:
    from companion.ui.shortcuts import ShortcutsDialog

    window = built.window
    window.show_shortcuts()
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None
    rows = {
        dialog.table.item(r, 0).text(): dialog.table.item(r, 1).text()
        for r in range(dialog.table.rowCount())
    }
    assert rows["Lock Companion"] == "Ctrl+L"
    assert rows["Go to Journal"] == "Ctrl+2"
    assert "Need help now: crisis lines, even when locked" in rows
    assert rows["Quit"]  # Ctrl+Q where the platform names no Quit keys


def focus_chain(page: QWidget, window: QWidget) -> list[QWidget]:
    """The page's controls in the order Tab visits them (one lap of the chain)."""
    from PySide6.QtCore import Qt

    out: list[QWidget] = []
    seen: set[int] = set()
    widget = page.nextInFocusChain()
    while widget is not None and id(widget) not in seen and widget is not page:
        seen.add(id(widget))
        takes_tab = (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) == Qt.FocusPolicy.TabFocus
        if page.isAncestorOf(widget) and widget.isVisibleTo(window) and takes_tab:
            out.append(widget)
        widget = widget.nextInFocusChain()
    return out


def name(widget: QWidget) -> str:
    return widget.accessibleName() or type(widget).__name__


def test_tab_follows_the_reading_order(built: Built, qtbot: Any) -> None:
    """Going round with Tab, a page jumps back up at most once (the lap itself): never
    from a lower control to one above it on the way."""
    from PySide6.QtCore import QPoint

    window = built.window
    window.resize(1280, 720)
    create_vault(built, qtbot)
    finish_recovery_page(built, qtbot)
    problems = []
    for index in range(window.shell.sidebar.count()):
        window.shell.show_page(index)
        qtbot.wait(50)
        page = window.shell.stack.currentWidget()
        chain = focus_chain(page, window)
        places = [w.mapTo(window, QPoint(0, 0)) for w in chain]
        back = [
            f"{name(a)} -> {name(b)}"
            for a, pa, b, pb in zip(chain, places, chain[1:], places[1:], strict=False)
            if pb.y() + 4 < pa.y() and pb.x() <= pa.x()
        ]
        if len(back) > 1:
            problems.append(f"page {index}: " + "; ".join(back))
    assert not problems, "\n".join(problems)
