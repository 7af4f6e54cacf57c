"""Themes: body text reads at 4.5:1 or better in every theme; size and theme apply live."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from companion.app import Built
from companion.paths import Paths
from companion.settings import SettingsStore
from companion.ui.main_window import SETTINGS
from companion.ui.settings.page import SettingsPage
from companion.ui.theme import READ_PAIRS, Appearance, Theme, contrast, palette
from tests.gui.helpers import create_vault, finish_recovery_page


@pytest.mark.parametrize("theme", [Theme.LIGHT, Theme.DARK, Theme.HIGH_CONTRAST])
def test_body_text_contrast_is_at_least_4_5(qapp: QApplication, theme: Theme) -> None:
    colours = palette(theme)
    low = []
    for text, background in READ_PAIRS:
        ratio = contrast(colours.color(text), colours.color(background))
        if ratio < 4.5:
            low.append(f"{text.name} on {background.name}: {ratio:.2f}")
    disabled = colours.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    if contrast(disabled, colours.color(QPalette.ColorRole.Window)) < 4.5:
        low.append("disabled text")
    assert not low, f"{theme}: " + ", ".join(low)


def test_contrast_is_the_wcag_ratio() -> None:
    from PySide6.QtGui import QColor

    assert round(contrast(QColor("#000000"), QColor("#ffffff")), 1) == 21.0
    assert round(contrast(QColor("#777777"), QColor("#ffffff")), 2) == 4.48


def test_theme_and_text_size_apply_at_once_and_are_kept(
    built: Built, qtbot: Any, qapp: QApplication, paths: Paths
) -> None:
    create_vault(built, qtbot)
    finish_recovery_page(built, qtbot)
    settings = built.window.shell.page(SETTINGS)
    assert isinstance(settings, SettingsPage)
    appearance = settings.appearance
    before = qapp.font().pointSizeF()
    try:
        appearance.theme.setCurrentIndex(appearance.theme.findData("dark"))
        appearance.theme.activated.emit(appearance.theme.currentIndex())
        appearance.text_size.setCurrentIndex(appearance.text_size.findData(2.0))
        appearance.text_size.activated.emit(appearance.text_size.currentIndex())
        assert qapp.palette().color(QPalette.ColorRole.Window).name() == "#1d2023"
        assert qapp.font().pointSizeF() == pytest.approx(before * 2)
        stored = SettingsStore(paths.settings_file).load()
        assert (stored.theme, stored.text_scale) == ("dark", 2.0)
        appearance.language.setCurrentIndex(appearance.language.findData("en"))
        appearance.language.activated.emit(appearance.language.currentIndex())
        assert SettingsStore(paths.settings_file).load().language == "en"
        assert "next time" in appearance.notice.text()
    finally:
        assert built.window.appearance is not None
        built.window.appearance.apply(Theme.SYSTEM, 1.0)
    assert qapp.font().pointSizeF() == pytest.approx(before)


def test_unknown_settings_fall_back(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    (tmp_path / "settings.json").write_text('{"theme": "neon", "text_scale": 9}')
    loaded = store.load()
    assert (loaded.theme, loaded.text_scale) == ("system", 1.0)


def test_appearance_follows_the_base_size(qapp: QApplication) -> None:
    appearance = Appearance(qapp)
    base = qapp.font().pointSizeF()
    appearance.apply(Theme.HIGH_CONTRAST, 1.5)
    try:
        assert qapp.font().pointSizeF() == pytest.approx(base * 1.5)
        assert qapp.palette().color(QPalette.ColorRole.Highlight).name() == "#ffff00"
    finally:
        appearance.apply(Theme.SYSTEM, 1.0)


def test_the_window_comes_back_where_it_was_on_these_screens(
    built: Built, qtbot: Any, paths: Paths
) -> None:
    from companion.ui.main_window import screens_key

    window = built.window
    window.resize(1111, 666)
    window.close()
    stored = SettingsStore(paths.settings_file).load()
    assert screens_key() in stored.window_geometries
    assert stored.window_geometries[screens_key()] == stored.window_geometry
    # Another set of screens the window was on before is kept alongside.
    SettingsStore(paths.settings_file).update(
        window_geometries={"elsewhere 800x600": "AAAA", **stored.window_geometries}
    )
    again = SettingsStore(paths.settings_file).load().window_geometries
    assert set(again) == {"elsewhere 800x600", screens_key()}


def test_less_motion_follows_the_choice_and_reaches_the_pacer(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    from companion.domain.toolbox import Pace
    from companion.ui import motion
    from companion.ui.toolbox.pacer import BreathingPacer

    assert motion.reduces_motion("on") and not motion.reduces_motion("off")
    monkeypatch.setattr(motion, "desktop_reduces_motion", lambda: True)
    assert motion.reduces_motion("system")
    appearance = Appearance(qapp)
    try:
        appearance.apply(Theme.SYSTEM, 1.0, "system")  # the desktop says less
        assert BreathingPacer(Pace(4, 4, 4, 4)).less_motion.isChecked()
        appearance.apply(Theme.SYSTEM, 1.0, "off")
        assert not BreathingPacer(Pace(4, 4, 4, 4)).less_motion.isChecked()
    finally:
        appearance.apply(Theme.SYSTEM, 1.0)


def test_the_desktop_is_asked_without_hanging(monkeypatch: pytest.MonkeyPatch) -> None:
    import subprocess

    from companion.ui import motion

    def slow(*args: Any, **kwargs: Any) -> Any:
        raise subprocess.TimeoutExpired("gsettings", motion.ASK_TIMEOUT_S)

    monkeypatch.setattr(motion.shutil, "which", lambda name: "/usr/bin/" + name)
    monkeypatch.setattr(motion.subprocess, "run", slow)
    assert motion.desktop_reduces_motion() is False


@pytest.mark.parametrize("theme", [Theme.LIGHT, Theme.DARK, Theme.HIGH_CONTRAST])
def test_chart_marks_stand_out_from_the_background(qapp: QApplication, theme: Theme) -> None:
    from companion.ui.progress.charts import screen_style

    colours = palette(theme)
    background = colours.color(QPalette.ColorRole.Window)
    style = screen_style(colours)
    line, points, bars = (contrast(c, background) for c in (style.line, style.points, style.bars))
    # WCAG 1.4.11: 3:1 for graphics; the running average reads above the daily points.
    assert line >= 4.5 and points >= 3.0 and bars >= 3.0, (theme, line, points, bars)
    assert line > points, theme
