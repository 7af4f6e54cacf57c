"""Pictures in an entry: thumbnails from the vault, shown in memory, never written to disk."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from companion.domain.attachments import MAX_ATTACHMENT_BYTES, Attachment
from companion.ui.models.timeline import IdRole
from companion.ui.widgets.dialogs import Dialogs

THUMB = 72


class PictureViewer(QDialog):
    def __init__(self, name: str, image: QImage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(name)
        label = QLabel(self)
        label.setPixmap(QPixmap.fromImage(image))
        label.setAccessibleName(name)
        area = QScrollArea(self)
        area.setWidget(label)
        area.setAlignment(Qt.AlignmentFlag.AlignCenter)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(area)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        self.resize(min(image.width() + 40, 1000), min(image.height() + 80, 800))


class PictureStrip(QWidget):
    """Thumbnails plus 'Add picture…'. The editor does the saving."""

    add_requested = Signal(str, bytes)  # file name, bytes (already checked to be an image)
    remove_requested = Signal(str)  # attachment id
    open_requested = Signal(str)  # attachment id
    problem = Signal(str)  # a sentence to show

    def __init__(self, dialogs: Dialogs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dialogs = dialogs
        self.list = QListWidget(self)
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(QSize(THUMB, THUMB))
        self.list.setFlow(QListView.Flow.LeftToRight)
        self.list.setWrapping(False)
        self.list.setFixedHeight(THUMB + 2 * self.fontMetrics().height())
        self.list.setAccessibleName(self.tr("Pictures in this entry"))
        self.add_button = QPushButton(self.tr("Add &picture…"), self)
        self.add_button.setAccessibleName(self.tr("Add a picture to this entry"))
        self.remove_button = QPushButton(self.tr("Remove picture"), self)
        self.remove_button.setAccessibleName(self.tr("Remove the chosen picture"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self._choose)
        self.remove_button.clicked.connect(self._remove)
        self.list.itemActivated.connect(lambda item: self.open_requested.emit(item.data(IdRole)))
        self.list.currentRowChanged.connect(lambda _: self._update())
        self._update()

    def _update(self) -> None:
        self.list.setVisible(self.list.count() > 0)
        self.remove_button.setVisible(self.list.count() > 0)
        self.remove_button.setEnabled(self.list.currentItem() is not None)

    def show_pictures(self, pictures: list[tuple[Attachment, QImage]]) -> None:
        self.list.clear()
        for attachment, image in pictures:
            item = QListWidgetItem(attachment.name)
            thumb = image.scaled(
                THUMB,
                THUMB,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            item.setIcon(QIcon(QPixmap.fromImage(thumb)))
            item.setData(IdRole, attachment.id)
            item.setToolTip(attachment.name)
            self.list.addItem(item)
        self._update()

    def clear(self) -> None:
        self.list.clear()
        self._update()

    def _choose(self) -> None:
        path = self._dialogs.open_path(
            self,
            self.tr("Add a picture"),
            Path.home(),
            self.tr("Pictures (*.png *.jpg *.jpeg *.gif *.webp)"),
        )
        if path is None:
            return
        try:
            if path.stat().st_size > MAX_ATTACHMENT_BYTES:
                megabytes = path.stat().st_size / (1024 * 1024)
                self.problem.emit(
                    self.tr(
                        "This picture is %1 MB; pictures can be up to 10 MB. Try a smaller copy "
                        "of it. Nothing was added."
                    ).replace("%1", f"{megabytes:.1f}")
                )
                return
            data = path.read_bytes()
        except OSError:
            self.problem.emit(self.tr("That file could not be read. Nothing was added."))
            return
        if QImage.fromData(data).isNull():
            self.problem.emit(
                self.tr(
                    "That file is not a picture Companion can show, or it is damaged. "
                    "Nothing was added."
                )
            )
            return
        self.add_requested.emit(path.name, data)

    def _remove(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.remove_requested.emit(item.data(IdRole))
