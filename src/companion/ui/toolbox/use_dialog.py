"""'I used this': distress before and after (0-10), and a note if you like."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSlider,
    QVBoxLayout,
    QWidget,
)


class DistressSlider(QWidget):
    def __init__(self, name: str, value: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setRange(0, 10)
        self.slider.setValue(value)
        self.slider.setPageStep(1)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setAccessibleName(name)
        self.value_label = QLabel(str(value), self)
        self.value_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("10 "))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.value_label)
        self.slider.valueChanged.connect(lambda v: self.value_label.setText(str(v)))

    def value(self) -> int:
        return self.slider.value()


class UseDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("I used this"))
        intro = QLabel(
            self.tr("How strong was the distress, from 0 (none) to 10 (the most)?"), self
        )
        intro.setWordWrap(True)
        self.before = DistressSlider(self.tr("Distress before"), 6, self)
        self.after = DistressSlider(self.tr("Distress after"), 4, self)
        self.note = QLineEdit(self)
        self.note.setAccessibleName(self.tr("A note, if you like"))
        self.note.setPlaceholderText(self.tr("A note, if you like"))
        form = QFormLayout()
        form.addRow(self.tr("Before"), self.before)
        form.addRow(self.tr("After"), self.after)
        form.addRow(self.tr("Note"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        name = QLabel(title, self)
        name.setTextFormat(Qt.TextFormat.PlainText)
        font = name.font()
        font.setBold(True)
        name.setFont(font)
        layout.addWidget(name)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
