"""Settings > Language and appearance: language, theme and text size."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QWidget

from companion import i18n
from companion.settings import SettingsStore
from companion.ui.theme import SCALES, Appearance, Theme
from companion.ui.widgets.common import Notice

# Each language by its own name, without a country ("Español", not "español de España").
ENDONYMS = {"de": "Deutsch", "es": "Español", "fr": "Français"}


class AppearanceSettings(QGroupBox):
    def __init__(
        self,
        store: SettingsStore,
        appearance: Appearance | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("How Companion looks and speaks"), parent)
        self._store = store
        self._appearance = appearance
        settings = store.load()
        form = QFormLayout(self)

        self.language = QComboBox(self)
        self.language.addItem(
            self.tr("As the system (%1)").replace("%1", _native(QLocale.system())), ""
        )
        self.language.addItem("English", "en")
        for code in i18n.SHIPPED:
            self.language.addItem(ENDONYMS.get(code) or _native(QLocale(code)), code)
        found = self.language.findData(settings.language)
        self.language.setCurrentIndex(max(found, 0))
        self.language.setAccessibleName(self.tr("Language"))
        # Each language is named in itself, on purpose: not translated.
        self.language.setProperty("native_names", True)
        form.addRow(self.tr("Language"), self.language)

        self.theme = QComboBox(self)
        for theme, label in (
            (Theme.SYSTEM, self.tr("As the system")),
            (Theme.LIGHT, self.tr("Light")),
            (Theme.DARK, self.tr("Dark")),
            (Theme.HIGH_CONTRAST, self.tr("High contrast")),
        ):
            self.theme.addItem(label, theme.value)
        self.theme.setCurrentIndex(max(self.theme.findData(settings.theme), 0))
        self.theme.setAccessibleName(self.tr("Theme"))
        form.addRow(self.tr("Theme"), self.theme)

        self.text_size = QComboBox(self)
        for scale in SCALES:
            self.text_size.addItem(f"{round(scale * 100)} %", scale)
        self.text_size.setCurrentIndex(max(self.text_size.findData(settings.text_scale), 0))
        self.text_size.setAccessibleName(self.tr("Text size"))
        form.addRow(self.tr("Text size"), self.text_size)

        self.motion = QComboBox(self)
        for value, label in (
            ("system", self.tr("As the system")),
            ("on", self.tr("Less motion")),
            ("off", self.tr("Full motion")),
        ):
            self.motion.addItem(label, value)
        self.motion.setCurrentIndex(max(self.motion.findData(settings.reduce_motion), 0))
        self.motion.setAccessibleName(self.tr("Motion"))
        form.addRow(self.tr("Motion"), self.motion)

        self.notice = Notice(self)
        form.addRow("", self.notice)
        self.language.activated.connect(self._language_chosen)
        self.theme.activated.connect(self._look_chosen)
        self.text_size.activated.connect(self._look_chosen)
        self.motion.activated.connect(self._look_chosen)

    def _language_chosen(self) -> None:
        self._store.update(language=self.language.currentData())
        self.notice.show_info(
            self.tr("Companion will speak this language the next time it starts.")
        )

    def _look_chosen(self) -> None:
        theme, scale = Theme(self.theme.currentData()), float(self.text_size.currentData())
        motion = str(self.motion.currentData())
        self._store.update(theme=theme.value, text_scale=scale, reduce_motion=motion)
        if self._appearance is not None:
            self._appearance.apply(theme, scale, motion)


def _native(locale: QLocale) -> str:
    """A language named in itself ("Deutsch"), so anyone can find their own."""
    if locale.language() == QLocale.Language.C:
        return "English"  # the "C" locale of a bare system speaks English
    name = locale.nativeLanguageName()
    return name[:1].upper() + name[1:] if name else locale.name()
