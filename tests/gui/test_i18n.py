from __future__ import annotations

from collections.abc import Iterator

import pytest

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from companion import i18n


@pytest.fixture
def restore_translators(qapp: QApplication) -> Iterator[None]:
    before = QLocale()
    yield
    for translator in qapp.findChildren(i18n.QTranslator):
        QCoreApplication.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(before)


def test_qt_standard_buttons_follow_the_chosen_language(
    qapp: QApplication, restore_translators: None
) -> None:
    assert "qtbase" in i18n.install(qapp, "de")
    assert QLocale().language() == QLocale.Language.German
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Abbrechen"


def test_empty_setting_follows_the_system() -> None:
    assert i18n.chosen_locale("").name() == QLocale.system().name()
