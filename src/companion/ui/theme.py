"""Light, dark and high-contrast themes, and the text size: one calm look everywhere.

"system" follows the desktop's colour scheme (Qt >= 6.5 reports it) and changes
with it. Every pair of text and background colours here reads at a contrast of
at least 4.5:1 (WCAG AA for body text); tests/gui/test_theme.py computes it.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from companion.ui.style import CompanionStyle

SCALES = (1.0, 1.25, 1.5, 1.75, 2.0)
MOTION = "companionMotion"  # an app property: the motion setting (system, on, off)


class Theme(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"
    HIGH_CONTRAST = "high-contrast"


# role -> colour; disabled text is dimmer but still readable.
_COLOURS: dict[Theme, dict[QPalette.ColorRole, str]] = {
    Theme.LIGHT: {
        QPalette.ColorRole.Window: "#f5f4f0",
        QPalette.ColorRole.WindowText: "#1f2328",
        QPalette.ColorRole.Base: "#ffffff",
        QPalette.ColorRole.AlternateBase: "#eeece6",
        QPalette.ColorRole.Text: "#1f2328",
        QPalette.ColorRole.PlaceholderText: "#595e63",
        QPalette.ColorRole.Button: "#e9e7e1",
        QPalette.ColorRole.ButtonText: "#1f2328",
        QPalette.ColorRole.Highlight: "#2b6a88",
        QPalette.ColorRole.Mid: "#85898e",  # edges of controls, >= 3:1 (ui/style.py)
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#ffffff",
        QPalette.ColorRole.ToolTipText: "#1f2328",
        QPalette.ColorRole.Link: "#1d5a78",
        QPalette.ColorRole.BrightText: "#ffffff",
    },
    Theme.DARK: {
        QPalette.ColorRole.Window: "#1d2023",
        QPalette.ColorRole.WindowText: "#e6e4df",
        QPalette.ColorRole.Base: "#25292d",
        QPalette.ColorRole.AlternateBase: "#2c3136",
        QPalette.ColorRole.Text: "#e6e4df",
        QPalette.ColorRole.PlaceholderText: "#a3a8ad",
        QPalette.ColorRole.Button: "#30363b",
        QPalette.ColorRole.ButtonText: "#e6e4df",
        QPalette.ColorRole.Highlight: "#7cc0dd",
        QPalette.ColorRole.Mid: "#7b8288",
        QPalette.ColorRole.HighlightedText: "#10171b",
        QPalette.ColorRole.ToolTipBase: "#25292d",
        QPalette.ColorRole.ToolTipText: "#e6e4df",
        QPalette.ColorRole.Link: "#8fcbe6",
        QPalette.ColorRole.BrightText: "#ffffff",
    },
    Theme.HIGH_CONTRAST: {
        QPalette.ColorRole.Window: "#000000",
        QPalette.ColorRole.WindowText: "#ffffff",
        QPalette.ColorRole.Base: "#000000",
        QPalette.ColorRole.AlternateBase: "#1a1a1a",
        QPalette.ColorRole.Text: "#ffffff",
        QPalette.ColorRole.PlaceholderText: "#d0d0d0",
        QPalette.ColorRole.Button: "#000000",
        QPalette.ColorRole.ButtonText: "#ffffff",
        QPalette.ColorRole.Highlight: "#ffff00",
        QPalette.ColorRole.Mid: "#ffffff",
        QPalette.ColorRole.HighlightedText: "#000000",
        QPalette.ColorRole.ToolTipBase: "#000000",
        QPalette.ColorRole.ToolTipText: "#ffffff",
        QPalette.ColorRole.Link: "#7fd4ff",
        QPalette.ColorRole.BrightText: "#ffffff",
    },
}
_DISABLED_TEXT = {Theme.LIGHT: "#5f6468", Theme.DARK: "#9aa0a6", Theme.HIGH_CONTRAST: "#c8c8c8"}

# (text, background) pairs a person reads, checked for contrast.
READ_PAIRS = (
    (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
    (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
    (QPalette.ColorRole.Text, QPalette.ColorRole.AlternateBase),
    (QPalette.ColorRole.PlaceholderText, QPalette.ColorRole.Base),
    (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
    (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight),
    (QPalette.ColorRole.ToolTipText, QPalette.ColorRole.ToolTipBase),
    (QPalette.ColorRole.Link, QPalette.ColorRole.Base),
)


def system_is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    scheme = getattr(hints, "colorScheme", None)  # Qt >= 6.5
    return scheme is not None and scheme() == Qt.ColorScheme.Dark


def resolve(theme: Theme) -> Theme:
    if theme is Theme.SYSTEM:
        return Theme.DARK if system_is_dark() else Theme.LIGHT
    return theme


def palette(theme: Theme) -> QPalette:
    chosen = resolve(theme)
    result = QPalette()
    for role, colour in _COLOURS[chosen].items():
        result.setColor(QPalette.ColorGroup.All, role, QColor(colour))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        result.setColor(QPalette.ColorGroup.Disabled, role, QColor(_DISABLED_TEXT[chosen]))
    return result


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio, 1 to 21."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def readable(colour: QColor, background: QColor, ratio: float = 3.0) -> QColor:
    """`colour`, made lighter or darker (away from `background`) until it stands out
    from it by `ratio`: 3:1 is WCAG's minimum for lines, marks and bars."""
    lighter = luminance(background) < 0.18
    hue, saturation, value = colour.hsvHueF(), colour.hsvSaturationF(), colour.valueF()
    alpha = colour.alphaF()
    result = QColor(colour)
    while contrast(result, background) < ratio and 0.0 < value < 1.0:
        value = min(1.0, value + 0.03) if lighter else max(0.0, value - 0.03)
        if lighter:
            saturation = max(0.0, saturation - 0.02)  # pale, not neon
        result = QColor.fromHsvF(hue, saturation, value, alpha)
    return result


def softened(colour: QColor, background: QColor, ratio: float = 3.0) -> QColor:
    """`colour` mixed toward `background` as far as it can go while still standing
    out by `ratio`: a quieter mark of the same hue (a chart's daily points under
    its line)."""
    best = QColor(colour)
    for step in range(1, 20):
        share = step / 20
        mixed = QColor.fromRgbF(
            colour.redF() * (1 - share) + background.redF() * share,
            colour.greenF() * (1 - share) + background.greenF() * share,
            colour.blueF() * (1 - share) + background.blueF() * share,
        )
        if contrast(mixed, background) < ratio:
            break
        best = mixed
    return best


class Appearance(QObject):
    """Applies the theme and text size to the running app, and keeps "system"
    in step with the desktop. A QObject owned by the app, so the connection to
    the desktop's colour-scheme signal ends with it, never with a freed object."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        if not isinstance(app.style(), CompanionStyle):
            # Over the desktop's own style; kept here so Python keeps its overrides.
            self._style = CompanionStyle(app.style().name())
            app.setStyle(self._style)
        self._base_size = app.font().pointSizeF()
        self.theme = Theme.SYSTEM
        hints = QGuiApplication.styleHints()
        changed = getattr(hints, "colorSchemeChanged", None)
        if changed is not None:
            changed.connect(self._scheme_changed)

    def apply(self, theme: Theme, scale: float, motion: str = "system") -> None:
        self.theme = theme
        # Read by whatever moves (the breathing pacer) when it is made; the desktop
        # is asked only then, not at start-up.
        self._app.setProperty(MOTION, motion)
        self._app.setPalette(palette(theme))
        font = QFont(self._app.font())
        font.setPointSizeF(self._base_size * scale)
        self._app.setFont(font)

    def _scheme_changed(self, *_: object) -> None:
        if self.theme is Theme.SYSTEM:
            self._app.setPalette(palette(Theme.SYSTEM))
