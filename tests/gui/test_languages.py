"""A shipped language, for real: the compiled catalogue loads (and stays loaded
while the app runs), every page speaks it, and the content files follow."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from companion import i18n
from companion.app import Built
from companion.services import content
from tests.gui.helpers import build_in_language, create_vault, finish_recovery_page
from tests.gui.test_pseudo_locale import texts

ROOT = Path(__file__).resolve().parents[2]


def english_that_changes(language: str) -> set[str]:
    """English texts whose translation differs: seeing one means it was missed."""
    catalogue = ROOT / "translations" / f"companion_{language}.ts"
    out = set()
    for message in ET.parse(catalogue).iter("message"):  # noqa: S314 - our own file
        source = message.findtext("source") or ""
        translation = message.find("translation")
        forms = [] if translation is None else [translation.text or ""]
        if translation is not None and message.get("numerus") == "yes":
            forms = [f.text or "" for f in translation.iter("numerusform")]
        if forms and source not in forms:
            out.add(source)
    return out


MENUS = {
    "de": ["&Datei", "&Hilfe"],
    "es": ["&Archivo", "A&yuda"],
    "fr": ["&Fichier", "&Aide"],
}
LOCALES = {"de": "de_DE", "es": "es_ES", "fr": "fr_FR"}


@pytest.fixture(params=i18n.SHIPPED)
def speaking(request: Any, qapp: QApplication, qtbot: Any, tmp_path: Path) -> Iterator[Built]:
    language = request.param
    before = set(qapp.findChildren(QTranslator))
    loaded = i18n.install(qapp, language)
    assert f"companion_{language}.qm" in loaded, "run `make qm` to compile the catalogues"
    built = build_in_language(qapp, qtbot, tmp_path, language)
    yield built
    built.shutdown()
    for translator in set(qapp.findChildren(QTranslator)) - before:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale("en_US"))


def missed(window: QWidget, english: set[str]) -> list[str]:
    out = []
    for widget in [window, *window.findChildren(QWidget)]:
        if widget is window or widget.isVisibleTo(window):
            out += [f"{where}: {text!r}" for where, text in texts(widget) if text in english]
    return out


def test_the_window_speaks_each_shipped_language(speaking: Built, qtbot: Any) -> None:
    window = speaking.window
    language = speaking.access.language()[:2]
    # Also a guard against the catalogue's bytes being freed under the translator.
    import PySide6.QtGui  # noqa: F401 - importing used to drop the translations

    assert [a.text() for a in window.menuBar().actions()] == MENUS[language]
    english = english_that_changes(language)
    found = missed(window, english)
    create_vault(speaking, qtbot)
    finish_recovery_page(speaking, qtbot)
    for index in range(window.shell.sidebar.count()):
        window.shell.show_page(index)
        qtbot.wait(50)
        found += missed(window, english)
    assert window.today.prompt.text() in content.prompts(LOCALES[language])
    assert not found, "Still in English:\n" + "\n".join(sorted(set(found)))
