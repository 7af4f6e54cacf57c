"""Language: Qt's own translations and Companion's, for the chosen or system locale.

Companion's compiled catalogues (`companion_<lang>.qm`) are built from the
sources in translations/ at package build time and ship inside
companion.resources/translations; they are never committed.
"""

from __future__ import annotations

import logging
from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)


def chosen_locale(language: str) -> QLocale:
    """The locale for a language setting: "" follows the system."""
    return QLocale(language) if language else QLocale.system()


def install(app: QCoreApplication, language: str) -> list[str]:
    """Install translators for `language`; returns the catalogues that loaded."""
    locale = chosen_locale(language)
    QLocale.setDefault(locale)
    loaded = []
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(locale, "qtbase", "_", qt_dir):
        app.installTranslator(qt)
        loaded.append("qtbase")
    ours = QTranslator(app)
    folder = resources.files("companion.resources") / "translations"
    for name in locale.uiLanguages():
        catalogue = folder / f"companion_{name.replace('-', '_')}.qm"
        if catalogue.is_file() and ours.load(catalogue.read_bytes()):
            app.installTranslator(ours)
            loaded.append(catalogue.name)
            break
    log.info("language %s: %s", locale.name(), ", ".join(loaded) or "built-in English")
    return loaded
