"""'Need help now': crisis lines in one click, locked or unlocked, no passphrase asked."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.services import crisis
from companion.settings import SettingsStore
from companion.ui.widgets.common import SPACE_M, heading, paragraph


def describe_line(line: crisis.Line) -> str:
    parts = [line.name]
    if line.phone:
        parts.append(f"☎ {line.phone}")
    if line.text:
        parts.append(f"✉ {line.text}")
    if line.hours:
        parts.append(line.hours)
    if line.languages:
        parts.append(line.languages)
    if line.notes:
        parts.append(line.notes)
    return "  ·  ".join(parts)


class HelpNowDialog(QDialog):
    open_safety_plan = Signal()

    def __init__(
        self,
        store: SettingsStore,
        override: Path | None,
        unlocked: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._data = crisis.load(override)
        self.setWindowTitle(self.tr("Need help now"))
        self.setAccessibleName(self.tr("Need help now"))
        layout = QVBoxLayout(self)
        layout.setSpacing(SPACE_M)
        layout.addWidget(heading(self.tr("You don't have to face this alone."), parent=self))
        self.emergency = QLabel(self)
        font = QFont(self.emergency.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setWeight(QFont.Weight.DemiBold)
        self.emergency.setFont(font)
        self.emergency.setWordWrap(True)
        self.emergency.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.emergency)

        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Country:"), self))
        self.country = QComboBox(self)
        self.country.setAccessibleName(self.tr("Country for crisis lines"))
        for code, country in sorted(self._data.countries.items(), key=lambda kv: kv[1].name):
            self.country.addItem(country.name, code)
        row.addWidget(self.country, 1)
        layout.addLayout(row)

        self.lines = QListWidget(self)
        self.lines.setAccessibleName(self.tr("Crisis lines"))
        self.lines.setWordWrap(True)
        self.lines.setSpacing(4)
        big = QFont(self.lines.font())
        big.setPointSizeF(big.pointSizeF() * 1.2)
        self.lines.setFont(big)
        layout.addWidget(self.lines, 2)
        self.source = paragraph("", self)
        layout.addWidget(self.source)

        layout.addWidget(heading(self.tr("Your own lines"), level=2, parent=self))
        layout.addWidget(
            paragraph(
                self.tr(
                    "These show even while Companion is locked, so they are not encrypted. Keep "
                    "personal contacts in your safety plan instead."
                ),
                self,
            )
        )
        self.own = QListWidget(self)
        self.own.setAccessibleName(self.tr("Your own crisis lines"))
        self.own.setMaximumHeight(self.fontMetrics().height() * 6)
        layout.addWidget(self.own)
        add_row = QHBoxLayout()
        self.own_name = QLineEdit(self)
        self.own_name.setPlaceholderText(self.tr("Name, e.g. local crisis team"))
        self.own_name.setAccessibleName(self.tr("Name of the line"))
        self.own_phone = QLineEdit(self)
        self.own_phone.setPlaceholderText(self.tr("Number, as you would dial it"))
        self.own_phone.setAccessibleName(self.tr("Number of the line"))
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.setAccessibleName(self.tr("Add this line"))
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setAccessibleName(self.tr("Remove the chosen line"))
        for widget in (self.own_name, self.own_phone, self.add_button, self.remove_button):
            add_row.addWidget(widget)
        layout.addLayout(add_row)

        buttons = QHBoxLayout()
        self.plan_button = QPushButton(self.tr("Open my safety plan"), self)
        self.plan_button.setAccessibleName(self.tr("Open my safety plan"))
        self.plan_button.setVisible(unlocked)
        close = QPushButton(self.tr("Close"), self)
        close.setAccessibleName(self.tr("Close"))
        buttons.addWidget(self.plan_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)

        settings = store.load()
        code = settings.crisis_country or QLocale.system().name().split("_")[-1].upper()
        index = self.country.findData(code)
        self.country.setCurrentIndex(index if index >= 0 else max(0, self.country.findData("US")))
        self.country.currentIndexChanged.connect(self._country_changed)
        self.add_button.clicked.connect(self._add_own)
        self.remove_button.clicked.connect(self._remove_own)
        self.plan_button.clicked.connect(self._open_plan)
        close.clicked.connect(self.accept)
        self._show_country()
        self._show_own()
        self.resize(620, 640)

    def _country(self) -> crisis.Country:
        return self._data.countries[self.country.currentData()]

    def _show_country(self) -> None:
        country = self._country()
        self.emergency.setText(
            self.tr("If you are in danger right now, call %1.").replace("%1", country.emergency)
        )
        self.lines.clear()
        for line in country.lines:
            self.lines.addItem(QListWidgetItem(describe_line(line)))
        self.source.setText(
            self.tr("Source: %1. %2")
            .replace("%1", country.source)
            .replace("%2", self.tr("Numbers change; verify them locally."))
        )

    def _country_changed(self) -> None:
        self._store.update(crisis_country=self.country.currentData())
        self._show_country()

    def _show_own(self) -> None:
        self.own.clear()
        for line in crisis.own_lines(self._store.load().own_crisis_lines):
            self.own.addItem(describe_line(line))
        self.remove_button.setEnabled(self.own.count() > 0)

    def _add_own(self) -> None:
        name, phone = self.own_name.text().strip(), self.own_phone.text().strip()
        if not name or not phone:
            return
        lines = list(self._store.load().own_crisis_lines)
        lines.append({"name": name[:200], "phone": phone[:200]})
        self._store.update(own_crisis_lines=lines)
        self.own_name.clear()
        self.own_phone.clear()
        self._show_own()

    def _remove_own(self) -> None:
        row = self.own.currentRow()
        lines = list(self._store.load().own_crisis_lines)
        if 0 <= row < len(lines):
            del lines[row]
            self._store.update(own_crisis_lines=lines)
            self._show_own()

    def _open_plan(self) -> None:
        self.open_safety_plan.emit()
        self.accept()
