"""Inputs for the user's own trackers in the entry editor. Left blank, nothing is kept."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QSpinBox,
    QWidget,
)

from companion.domain.trackers import Tracker, TrackerKind

UNSET = "—"


class TrackerInputs(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._form = QFormLayout(self)
        self._form.setContentsMargins(0, 0, 0, 0)
        self._inputs: dict[str, tuple[Tracker, QWidget]] = {}

    def set_trackers(self, trackers: list[Tracker]) -> None:
        if [t for t, _ in self._inputs.values()] == trackers:
            return
        while self._form.rowCount():
            self._form.removeRow(0)
        self._inputs = {}
        for tracker in trackers:
            widget = self._make(tracker)
            widget.setAccessibleName(tracker.name)
            label = tracker.name + (f" ({tracker.unit})" if tracker.unit else "")
            self._form.addRow(label, widget)
            self._inputs[tracker.id] = (tracker, widget)
        self.setVisible(bool(trackers))

    def _make(self, tracker: Tracker) -> QWidget:
        if tracker.kind is TrackerKind.YESNO:
            combo = QComboBox(self)
            combo.addItem(UNSET, None)
            combo.addItem(self.tr("Yes"), 1.0)
            combo.addItem(self.tr("No"), 0.0)
            combo.currentIndexChanged.connect(lambda _: self.changed.emit())
            return combo
        if tracker.kind is TrackerKind.SCALE:
            spin = QSpinBox(self)
            low = int(tracker.min_value or 0)
            spin.setRange(low - 1, int(tracker.max_value or 10))
            spin.setSpecialValueText(UNSET)  # shown at the minimum: "not answered"
            spin.setValue(low - 1)
            spin.valueChanged.connect(lambda _: self.changed.emit())
            return spin
        number = QDoubleSpinBox(self)
        number.setRange(-1, 100_000)
        number.setDecimals(1)
        number.setSpecialValueText(UNSET)
        number.setValue(-1)
        number.valueChanged.connect(lambda _: self.changed.emit())
        return number

    def set_values(self, values: dict[str, float]) -> None:
        for tracker_id, (_tracker, widget) in self._inputs.items():
            value = values.get(tracker_id)
            widget.blockSignals(True)
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(value)) if value is not None else 0)
            elif isinstance(widget, QSpinBox | QDoubleSpinBox):
                widget.setValue(widget.minimum() if value is None else value)  # type: ignore[arg-type]
            widget.blockSignals(False)

    def values(self) -> dict[str, float]:
        out: dict[str, float] = {}
        for tracker_id, (_tracker, widget) in self._inputs.items():
            if isinstance(widget, QComboBox):
                data = widget.currentData()
                if data is not None:
                    out[tracker_id] = float(data)
            elif (
                isinstance(widget, QSpinBox | QDoubleSpinBox) and widget.value() != widget.minimum()
            ):
                out[tracker_id] = float(widget.value())
        return out
