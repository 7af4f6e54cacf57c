"""Language: Qt's own translations and Companion's, for the chosen or system locale.

Companion's compiled catalogues (`companion_<lang>.qm`) are built from the
sources in translations/ at package build time and ship inside
companion.resources/translations; they are never committed.
"""

from __future__ import annotations

import logging
from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

from companion.domain.pseudo_locale import PSEUDO, pseudo

log = logging.getLogger(__name__)


class PseudoTranslator(QTranslator):
    """The en_XA pseudo-locale, made on the fly: no catalogue to keep up to date."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def isEmpty(self) -> bool:
        return False

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return pseudo(source)


# Languages whose catalogues are complete: offered in Settings, checked by the tests
# (tests/unit/test_translations.py). Others in translations/ are work in progress.
SHIPPED: tuple[str, ...] = ("de", "es", "fr")


def chosen_locale(language: str) -> QLocale:
    """The locale for a language setting: "" follows the system."""
    return QLocale(language) if language else QLocale.system()


def content_language(language: str) -> str:
    """The language of the app's content files (prompts, starter strategies, handout
    texts) for a language setting: the pseudo-locale, or a locale name like de_DE."""
    return PSEUDO if language == PSEUDO else chosen_locale(language).name()


def install(app: QCoreApplication, language: str) -> list[str]:
    """Install translators for `language`; returns the catalogues that loaded."""
    if language == PSEUDO:
        QLocale.setDefault(QLocale("en_US"))
        app.installTranslator(PseudoTranslator(app))
        return [PSEUDO]
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
        # By file name: QTranslator.load(bytes) keeps a pointer to the bytes, not a
        # copy, so they would be freed under it and every text fall back to English.
        if not catalogue.is_file():
            continue
        with resources.as_file(catalogue) as path:
            found = ours.load(str(path))
        if found:
            app.installTranslator(ours)
            loaded.append(catalogue.name)
            break
    log.info("language %s: %s", locale.name(), ", ".join(loaded) or "built-in English")
    return loaded
