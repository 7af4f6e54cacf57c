"""A calm breathing pacer: a circle that grows, holds and shrinks, with words for every phase.

No sound. With less motion on, the circle stays still and only the words and a
quiet bar change. The phase words are also the accessible description.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.domain.toolbox import Pace
from companion.ui.motion import reduces_motion
from companion.ui.theme import MOTION


def phase_at(pace: Pace, seconds: float) -> tuple[str, float, float]:
    """(phase, fraction of the phase done, circle size 0-1) at `seconds` into the exercise."""
    t = seconds % pace.cycle if pace.cycle else 0.0
    for phase, length in (
        ("in", pace.breathe_in),
        ("hold", pace.hold),
        ("out", pace.breathe_out),
        ("rest", pace.rest),
    ):
        if length and t < length:
            done = t / length
            size = {"in": done, "hold": 1.0, "out": 1.0 - done, "rest": 0.0}[phase]
            return phase, done, size
        t -= length
    return "in", 0.0, 0.0


class Circle(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.size_fraction = 0.0

    def sizeHint(self) -> QSize:
        side = self.fontMetrics().height() * 12
        return QSize(side, side)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height()) - 8
        radius = side / 2 * (0.35 + 0.65 * self.size_fraction)
        centre = QPointF(self.width() / 2, self.height() / 2)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#8fb3a3"))
        painter.drawEllipse(centre, radius, radius)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QColor("#2f6f62"))
        painter.drawEllipse(QRectF(centre.x() - side / 2, centre.y() - side / 2, side, side))
        painter.end()


class BreathingPacer(QWidget):
    phase_changed = Signal(str)

    def __init__(self, pace: Pace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pace = pace
        self.circle = Circle(self)
        self.circle.setAccessibleName(self.tr("Breathing pacer"))
        self.words = QLabel(self.tr("Press Start when you are ready."), self)
        self.words.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.words.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.words.setFont(font)
        self.words.setAccessibleName(self.tr("Breathing instruction"))
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 100)
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(self.tr("Progress through this breath"))
        self.less_motion = QCheckBox(self.tr("Less motion"), self)
        self.less_motion.setAccessibleName(self.tr("Less motion: keep the circle still"))
        app = QApplication.instance()
        setting = app.property(MOTION) if app is not None else None
        self.less_motion.setChecked(reduces_motion(str(setting or "system")))
        self.start_button = QPushButton(self.tr("Start"), self)
        self.start_button.setAccessibleName(self.tr("Start or stop the breathing pacer"))
        row = QHBoxLayout()
        row.addWidget(self.less_motion)
        row.addStretch(1)
        row.addWidget(self.start_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.circle, 1)
        layout.addWidget(self.words)
        layout.addWidget(self.bar)
        layout.addLayout(row)
        self._timer = QTimer(self, interval=50)
        self._timer.timeout.connect(self._tick)
        self._started = 0.0
        self._phase = ""
        self.start_button.clicked.connect(self.toggle)

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def toggle(self) -> None:
        if self.running:
            self.stop()
        else:
            self._started = time.monotonic()
            self._phase = ""
            self._timer.start()
            self.start_button.setText(self.tr("Stop"))
            self._tick()

    def stop(self) -> None:
        self._timer.stop()
        self.start_button.setText(self.tr("Start"))
        self.words.setText(self.tr("Well done. Notice how you feel now."))
        self.circle.size_fraction = 0.0
        self.circle.update()

    def show_at(self, seconds: float) -> str:
        """Show the pacer `seconds` into the exercise (the timer calls this; so can tests)."""
        phase, done, size = phase_at(self.pace, seconds)
        words = {
            "in": self.tr("Breathe in… %1 s"),
            "hold": self.tr("Hold… %1 s"),
            "out": self.tr("Breathe out… %1 s"),
            "rest": self.tr("Rest… %1 s"),
        }[phase]
        length = {
            "in": self.pace.breathe_in,
            "hold": self.pace.hold,
            "out": self.pace.breathe_out,
            "rest": self.pace.rest,
        }[phase]
        if phase != self._phase:
            self._phase = phase
            self.words.setText(words.replace("%1", f"{length:g}"))
            self.circle.setAccessibleDescription(self.words.text())
            self.phase_changed.emit(phase)
        self.bar.setValue(int(done * 100))
        if not self.less_motion.isChecked():
            self.circle.size_fraction = size
            self.circle.update()
        return phase

    def _tick(self) -> None:
        self.show_at(time.monotonic() - self._started)
