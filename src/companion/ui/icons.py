"""The app's icons: SVG line drawings in resources/icons, drawn in the theme's text colour.

Each SVG strokes with `currentColor`. The engine paints it in the palette's colour
for the icon's mode when asked (text, selected text, disabled text), so icons follow
a theme change without being made again, stay sharp at any size and scale, and cost
nothing at start-up until they are first painted.
"""

from __future__ import annotations

import logging
from functools import cache, lru_cache
from importlib import resources

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize
from PySide6.QtGui import (
    QGuiApplication,
    QIcon,
    QIconEngine,
    QImage,
    QImageReader,
    QPainter,
    QPalette,
    QPixmap,
)

log = logging.getLogger(__name__)

_ROLES = {
    QIcon.Mode.Normal: QPalette.ColorRole.WindowText,
    QIcon.Mode.Active: QPalette.ColorRole.WindowText,
    QIcon.Mode.Selected: QPalette.ColorRole.HighlightedText,
    QIcon.Mode.Disabled: QPalette.ColorRole.PlaceholderText,
}


@cache
def svg(name: str) -> str:
    """The SVG source of a shipped icon; raises FileNotFoundError for an unknown name."""
    return (resources.files("companion.resources") / "icons" / f"{name}.svg").read_text("utf-8")


def render(name: str, size: QSize, colour: str) -> QPixmap:
    """The icon drawn at `size` device pixels in `colour` (a #rrggbb name)."""
    data = QByteArray(svg(name).replace("currentColor", colour).encode("utf-8"))
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, QByteArray(b"svg"))
    reader.setScaledSize(size)
    image = reader.read()
    if image.isNull():  # e.g. a package that left out Qt's SVG image plugin
        log.warning("icon %s could not be drawn: %s", name, reader.errorString())
    return QPixmap.fromImage(image)


class _Engine(QIconEngine):
    def __init__(self, name: str) -> None:
        super().__init__()
        self._name = name
        self._cache: dict[tuple[int, int, str], QPixmap] = {}

    def _colour(self, mode: QIcon.Mode) -> str:
        role = _ROLES.get(mode, QPalette.ColorRole.WindowText)
        return QGuiApplication.palette().color(QPalette.ColorGroup.Active, role).name()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        side = min(size.width(), size.height())
        colour = self._colour(mode)
        key = (side, int(mode.value), colour)
        pixmap = self._cache.get(key)
        if pixmap is None:
            if len(self._cache) > 32:  # sizes x modes x themes seen; keep it small
                self._cache.clear()
            pixmap = render(self._name, QSize(side, side), colour)
            self._cache[key] = pixmap
        return pixmap

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        pixmap = self.pixmap(
            QSize(round(size.width() * scale), round(size.height() * scale)), mode, state
        )
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        scale = painter.device().devicePixelRatioF() if painter.device() else 1.0
        pixmap = self.scaledPixmap(rect.size(), mode, state, scale)
        side = min(rect.width(), rect.height())
        target = QRect(0, 0, side, side)
        target.moveCenter(rect.center())
        painter.drawPixmap(target, pixmap)

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        side = min(size.width(), size.height())
        return QSize(side, side)

    def clone(self) -> QIconEngine:
        return _Engine(self._name)

    def key(self) -> str:
        return "companion-svg"

    def iconName(self) -> str:
        return self._name


def icon(name: str) -> QIcon:
    """A shipped icon by file name (without .svg), e.g. icon("journal")."""
    svg(name)  # fail here, on a wrong name, rather than paint nothing later
    return QIcon(_Engine(name))


def glyph(name: str, side: int) -> QPixmap:
    """A still picture of the icon at `side` logical pixels, for labels (empty states)."""
    app = QGuiApplication.instance()
    scale = app.devicePixelRatio() if isinstance(app, QGuiApplication) else 1.0
    colour = QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText).name()
    return QPixmap.fromImage(_glyph(name, side, colour, scale))


# Drawn on every paint of an empty list: rendered once per look. Kept as a QImage,
# which, unlike a QPixmap, may outlive the application at exit.
@lru_cache(maxsize=16)
def _glyph(name: str, side: int, colour: str, scale: float) -> QImage:
    image = render(name, QSize(round(side * scale), round(side * scale)), colour).toImage()
    image.setDevicePixelRatio(scale)
    return image
