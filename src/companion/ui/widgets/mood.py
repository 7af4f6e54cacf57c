"""Mood: a word, a colour and a shape for each step, never colour alone."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QSizePolicy, QToolButton, QWidget

from companion.domain.journal import Mood


def mood_word(mood: Mood) -> str:
    words = {
        Mood.VERY_LOW: QCoreApplication.translate("Mood", "Very low"),
        Mood.LOW: QCoreApplication.translate("Mood", "Low"),
        Mood.OKAY: QCoreApplication.translate("Mood", "Okay"),
        Mood.GOOD: QCoreApplication.translate("Mood", "Good"),
        Mood.GREAT: QCoreApplication.translate("Mood", "Great"),
    }
    return words[mood]


def paint_mood_mark(painter: QPainter, rect: QRectF, mood: Mood) -> None:
    """A filled dot whose fill level also tells the step, so it reads without colour."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor(mood.colour)
    painter.setPen(colour.darker(140))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(rect)
    level = rect.height() * int(mood) / 5
    clip = QRectF(rect.left(), rect.bottom() - level, rect.width(), level)
    painter.setClipRect(clip)
    painter.setBrush(colour)
    painter.drawEllipse(rect)
    painter.restore()


def mood_icon(mood: Mood, size: int = 16) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    paint_mood_mark(painter, QRectF(1, 1, size - 2, size - 2), mood)
    painter.end()
    return QIcon(pixmap)


class MoodPicker(QWidget):
    """Five steps; choosing the chosen one again clears the mood."""

    moodChanged = Signal(object)  # Mood | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._group = QButtonGroup(self)
        self._group.setExclusive(False)
        self._mood: Mood | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[Mood, QToolButton] = {}
        for mood in Mood:
            button = QToolButton(self)
            button.setCheckable(True)
            button.setText(mood_word(mood))
            button.setIcon(mood_icon(mood))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            # Never squeeze a mood word into "…": the word is what tells the step.
            button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
            button.setAccessibleName(self.tr("Mood: %1").replace("%1", mood_word(mood)))
            self._group.addButton(button, int(mood))
            layout.addWidget(button)
            self.buttons[mood] = button
        layout.addStretch(1)
        self._group.idClicked.connect(self._clicked)

    def mood(self) -> Mood | None:
        return self._mood

    def set_mood(self, mood: Mood | None) -> None:
        self._mood = mood
        for step, button in self.buttons.items():
            button.setChecked(step == mood)

    def _clicked(self, step: int) -> None:
        mood = Mood(step)
        self.set_mood(None if self._mood == mood else mood)
        self.moodChanged.emit(self._mood)
