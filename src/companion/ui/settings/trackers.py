"""Settings > Trackers: the user's own things to track with each entry."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.domain.trackers import Tracker, TrackerKind
from companion.services.access import Services, describe
from companion.ui.models.timeline import IdRole
from companion.ui.widgets.common import Notice, paragraph
from companion.ui.widgets.dialogs import Dialogs
from companion.ui.widgets.empty import EmptyHint


class TrackerSettings(QGroupBox):
    def __init__(self, dialogs: Dialogs, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Trackers"), parent)
        self._dialogs = dialogs
        self._services: Services | None = None
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Your trackers"))
        EmptyHint(self.list, self.tr("No trackers yet. Add one below, like Sleep or Anxiety."))
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Tracker name"))
        self.name.setPlaceholderText(self.tr("For example: Sleep, Anxiety, Took medication"))
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Kind of tracker"))
        self.kind.addItem(self.tr("A number (like hours)"), TrackerKind.NUMBER)
        self.kind.addItem(self.tr("A scale (like 0 to 10)"), TrackerKind.SCALE)
        self.kind.addItem(self.tr("Yes or no"), TrackerKind.YESNO)
        self.low = QDoubleSpinBox(self)
        self.low.setAccessibleName(self.tr("Lowest value"))
        self.low.setRange(-1000, 1000)
        self.low.setDecimals(0)
        self.high = QDoubleSpinBox(self)
        self.high.setAccessibleName(self.tr("Highest value"))
        self.high.setRange(-1000, 1000)
        self.high.setDecimals(0)
        self.high.setValue(10)
        self.unit = QLineEdit(self)
        self.unit.setAccessibleName(self.tr("Unit"))
        self.unit.setPlaceholderText(self.tr("For example: hours"))
        self.add_button = QPushButton(self.tr("Add tracker"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setAccessibleName(self.tr("Remove this tracker"))
        self.notice = Notice(self)

        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Kind"), self.kind)
        scale = QHBoxLayout()
        scale.addWidget(self.low)
        scale.addWidget(self.high)
        form.addRow(self.tr("From, to"), scale)
        form.addRow(self.tr("Unit"), self.unit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(
            paragraph(
                self.tr(
                    "Track what matters to you with each entry: sleep, anxiety, energy, cravings, "
                    "medication. Leave any of them blank on a day; blank is never counted as zero."
                ),
                self,
            )
        )
        layout.addWidget(self.list)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.notice)
        self.kind.currentIndexChanged.connect(lambda _: self._kind_changed())
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self._kind_changed()

    def _kind(self) -> TrackerKind:
        return TrackerKind(self.kind.currentData())  # Qt hands the enum back as its text

    def _kind_changed(self) -> None:
        scale = self._kind() is TrackerKind.SCALE
        self.low.setEnabled(scale)
        self.high.setEnabled(scale)
        self.unit.setEnabled(self._kind() is TrackerKind.NUMBER)

    def attach(self, services: Services) -> None:
        self._services = services
        self._reload()

    def detach(self) -> None:
        self._services = None
        self.list.clear()
        self.name.clear()
        self.notice.clear_message()

    def _reload(self) -> None:
        self.list.clear()
        if self._services is None:
            return
        for tracker in self._services.journal.trackers():
            item = QListWidgetItem(self._describe(tracker))
            item.setData(IdRole, tracker.id)
            self.list.addItem(item)

    def _describe(self, tracker: Tracker) -> str:
        if tracker.kind is TrackerKind.SCALE:
            return (
                self.tr("%1: a scale from %2 to %3")
                .replace("%1", tracker.name)
                .replace("%2", f"{tracker.min_value:g}")
                .replace("%3", f"{tracker.max_value:g}")
            )
        if tracker.kind is TrackerKind.YESNO:
            return self.tr("%1: yes or no").replace("%1", tracker.name)
        unit = f" ({tracker.unit})" if tracker.unit else ""
        return self.tr("%1: a number").replace("%1", tracker.name) + unit

    def _add(self) -> None:
        if self._services is None:
            return
        kind = self._kind()
        try:
            self._services.journal.add_tracker(
                self.name.text(),
                kind,
                self.low.value() if kind is TrackerKind.SCALE else None,
                self.high.value() if kind is TrackerKind.SCALE else None,
                self.unit.text().strip() if kind is TrackerKind.NUMBER else "",
            )
        except ValueError as exc:
            self.notice.show_error(describe(exc))
            return
        self.notice.show_info(self.tr("Added. It appears in each entry from now on."))
        self.name.clear()
        self.unit.clear()
        self._reload()

    def _remove(self) -> None:
        item = self.list.currentItem()
        if self._services is None or item is None:
            return
        if not self._dialogs.confirm(
            self,
            self.tr("Remove this tracker?"),
            self.tr(
                "It will no longer appear in entries. Values you already recorded stay in "
                "your journal."
            ),
            accept_label=self.tr("Remove"),
            reject_label=self.tr("Keep it"),
        ):
            return
        self._services.journal.remove_tracker(item.data(IdRole))
        self._reload()
