"""The step of a Daylio import that places the user's own mood labels on the 1-5 scale."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from companion.domain.journal import Mood
from companion.ui.widgets.mood import mood_icon, mood_word


class MoodMapDialog(QDialog):
    """One choice per label: a mood from 1 to 5, or no mood. Daylio's own labels come
    pre-set; the user's own ones start at "Choose…" and must be chosen."""

    def __init__(self, suggested: dict[str, int | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your moods from Daylio"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Daylio lets you name your own moods. Choose where each of yours sits on "
                "Companion's scale, from Very low to Great."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.combos: dict[str, QComboBox] = {}
        for label, value in suggested.items():
            combo = QComboBox(self)
            combo.addItem(self.tr("Choose…"), 0)
            for mood in reversed(Mood):
                combo.addItem(mood_icon(mood), f"{int(mood)} · {mood_word(mood)}", int(mood))
            combo.addItem(self.tr("No mood"), -1)
            if value is not None:
                combo.setCurrentIndex(combo.findData(value))
            combo.setAccessibleName(self.tr("Mood for “%1”").replace("%1", label))
            combo.currentIndexChanged.connect(self._update)
            form.addRow(label, combo)
            self.combos[label] = combo
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 50)
        self._update()

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(all(c.currentData() != 0 for c in self.combos.values()))

    def mapping(self) -> dict[str, int | None]:
        out: dict[str, int | None] = {}
        for label, combo in self.combos.items():
            value = combo.currentData()
            out[label] = None if value == -1 else int(value)
        return out
