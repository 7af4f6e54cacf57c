"""Choosing strategies for coping cards, in wallet size or on a full page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from companion.domain.toolbox import Strategy
from companion.ui.models.timeline import IdRole


class CardsDialog(QDialog):
    def __init__(
        self, strategies: list[Strategy], checked: set[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Coping cards"))
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Strategies for the cards"))
        for strategy in strategies:
            item = QListWidgetItem(strategy.title)
            item.setData(IdRole, strategy.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if strategy.id in checked else Qt.CheckState.Unchecked
            )
            self.list.addItem(item)
        self.full_page = QCheckBox(self.tr("Full-page cards instead of wallet size"), self)
        self.full_page.setAccessibleName(self.tr("Full-page cards instead of wallet size"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Tick the strategies to put on cards:"), self))
        layout.addWidget(self.list, 1)
        layout.addWidget(self.full_page)
        layout.addWidget(buttons)
        self.resize(420, 520)

    def chosen(self) -> list[str]:
        return [
            self.list.item(i).data(IdRole)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]
