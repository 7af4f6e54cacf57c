"""The whole window in the en_XA pseudo-locale: every text a person can read went
through translation (it is bracketed), and nothing is cut off."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QWidget,
)

from companion import i18n
from companion.app import Built
from tests.gui.helpers import build_in_language, create_vault, finish_recovery_page
from tests.support import extracted_sources

LETTERS = re.compile(r"[A-Za-z]{2,}")
ROOT = Path(__file__).resolve().parents[2]


class RecordingTranslator(i18n.PseudoTranslator):
    """The pseudo-locale, noting every text the app asked to translate."""

    def __init__(self, parent: QApplication) -> None:
        super().__init__(parent)
        self.asked: set[str] = set()

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if not context.startswith("Q"):  # Qt's own texts come with Qt's catalogues
            self.asked.add(source)
        return super().translate(context, source, disambiguation, n)


TAGS = re.compile(r"<[^>]+>")


@pytest.fixture
def recording(qapp: QApplication) -> Iterator[RecordingTranslator]:
    translator = RecordingTranslator(qapp)
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


@pytest.fixture
def pseudo_built(
    qapp: QApplication, qtbot: Any, tmp_path: Path, recording: RecordingTranslator
) -> Iterator[Built]:
    result = build_in_language(qapp, qtbot, tmp_path, i18n.PSEUDO)
    yield result
    result.shutdown()


def texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text on screen a person reads."""
    name = f"{type(widget).__name__} {widget.objectName() or widget.accessibleName()}"
    if isinstance(widget, QLabel):
        yield name, TAGS.sub("", widget.text())
    elif isinstance(widget, QAbstractButton):
        yield name, widget.text()
    elif isinstance(widget, QGroupBox):
        yield name, widget.title()
    elif isinstance(widget, QLineEdit):
        yield name, widget.placeholderText()
    elif isinstance(widget, QComboBox) and not widget.property("native_names"):
        for i in range(widget.count()):
            yield f"{name} item {i}", widget.itemText(i)
    if widget.toolTip():
        yield f"{name} tooltip", widget.toolTip()


def untranslated(root: QWidget, allowed: set[str]) -> list[str]:
    out = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        for where, text in texts(widget):
            if LETTERS.search(text) and "[" not in text and text not in allowed:
                out.append(f"{where}: {text!r}")
    return out


def test_every_page_is_translated_in_the_pseudo_locale(pseudo_built: Built, qtbot: Any) -> None:
    window = pseudo_built.window
    offenders = untranslated(window, set())
    code = create_vault(pseudo_built, qtbot)
    offenders += untranslated(window, {code})  # the recovery code is data, not text
    finish_recovery_page(pseudo_built, qtbot)
    for index in range(window.shell.sidebar.count()):
        window.shell.show_page(index)
        qtbot.wait(50)
        offenders += untranslated(window, set())
    for menu in window.menuBar().findChildren(QMenu):
        for action in menu.actions():
            if action.text() and "[" not in action.text():
                offenders.append(f"menu action: {action.text()!r}")
    offenders = sorted(set(offenders))
    assert not offenders, "Not marked for translation:\n" + "\n".join(offenders)


def test_every_text_shown_is_extracted_for_translators(
    pseudo_built: Built, recording: RecordingTranslator, qtbot: Any, tmp_path: Path
) -> None:
    """A text translated at run time but built in a way lupdate cannot see (a
    variable, a wrapper) would reach translators never: it must be marked, say with
    QT_TRANSLATE_NOOP, where it is written."""
    window = pseudo_built.window
    create_vault(pseudo_built, qtbot)
    finish_recovery_page(pseudo_built, qtbot)
    for index in range(window.shell.sidebar.count()):
        window.shell.show_page(index)
        qtbot.wait(50)
    window.show_shortcuts()
    missing = sorted(recording.asked - extracted_sources(tmp_path))
    assert not missing, "Shown but not extractable by lupdate:\n" + "\n".join(missing)
