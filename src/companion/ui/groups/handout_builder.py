"""The handout builder: choose and order sections, name members who agreed, preview, output."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from companion.dates import day_text
from companion.printing.handout import SECTIONS
from companion.printing.handout_render import handout_document, print_handout, write_handout
from companion.printing.handout_text import handout_text
from companion.printing.render import PaperSize, PdfOptions, default_paper
from companion.services import content
from companion.services.access import Services, describe
from companion.ui.icons import icon
from companion.ui.models.timeline import IdRole
from companion.ui.widgets.common import Notice
from companion.ui.widgets.dialogs import Dialogs
from companion.ui.widgets.output import has_printer


def section_word(key: str) -> str:
    words = {
        "header": QT_TRANSLATE_NOOP("Handout", "Header: group, date, place, facilitators"),
        "agenda": QT_TRANSLATE_NOOP("Handout", "Timed agenda"),
        "agreements": QT_TRANSLATE_NOOP("Handout", "Group agreements"),
        "prompts": QT_TRANSLATE_NOOP("Handout", "Check-in and check-out prompts"),
        "tool": QT_TRANSLATE_NOOP("Handout", "Tool of the week"),
        "shared": QT_TRANSLATE_NOOP("Handout", "Shared strategies"),
        "resources": QT_TRANSLATE_NOOP("Handout", "Resources and crisis lines"),
        "next": QT_TRANSLATE_NOOP("Handout", "Next meeting"),
        "notes": QT_TRANSLATE_NOOP("Handout", "Space for notes"),
    }
    return QCoreApplication.translate("Handout", str(words[key]))


class HandoutBuilder(QDialog):
    def __init__(
        self,
        services: Services,
        session_id: str,
        crisis_lines: list[str],
        dialogs: Dialogs,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._session_id = session_id
        self._crisis_lines = crisis_lines
        self._dialogs = dialogs
        self._document: QTextDocument | None = None
        self.setWindowTitle(self.tr("Handout"))
        session = services.groups.session(session_id)
        assert session is not None
        self._group_id = session.group_id

        self.sections = QListWidget(self)
        self.sections.setAccessibleName(self.tr("Sections, in order"))
        for key in SECTIONS:
            item = QListWidgetItem(section_word(key))
            item.setData(IdRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.sections.addItem(item)
        self.up = QPushButton(self.tr("Move up"), self)
        self.down = QPushButton(self.tr("Move down"), self)
        self.members = QListWidget(self)
        self.members.setAccessibleName(self.tr("Members to name on the handout"))
        for member in services.groups.members(session.group_id):
            if not member.consent:
                continue  # only members who agreed to be mentioned can be named
            item = QListWidgetItem(member.alias)
            item.setData(IdRole, member.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.members.addItem(item)
        self.large = QCheckBox(self.tr("Large print"), self)
        self.large.setAccessibleName(self.tr("Large print"))
        self.paper = QComboBox(self)
        self.paper.setAccessibleName(self.tr("Paper size"))
        self.paper.addItem("A4", PaperSize.A4.value)
        self.paper.addItem("Letter", PaperSize.LETTER.value)
        self.paper.setCurrentIndex(self.paper.findData(default_paper(QLocale().name()).value))
        self.templates = QComboBox(self)
        self.templates.setAccessibleName(self.tr("Saved handout layouts"))
        self.save_template_button = QPushButton(self.tr("Save this layout…"), self)
        self.preview = QPrintPreviewWidget(self)
        self.preview.setAccessibleName(self.tr("Handout preview"))
        self.preview.paintRequested.connect(self._paint)
        self.notice = Notice(self)
        self.save_button = QPushButton(self.tr("&Save as PDF…"), self)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setIcon(icon("print"))
        close = QPushButton(self.tr("Close"), self)

        left = QWidget(self)
        col = QVBoxLayout(left)
        col.addWidget(QLabel(self.tr("Sections (tick, and put them in order):"), left))
        col.addWidget(self.sections, 2)
        moves = QHBoxLayout()
        moves.addWidget(self.up)
        moves.addWidget(self.down)
        col.addLayout(moves)
        col.addWidget(QLabel(self.tr("Name these members (only those who agreed):"), left))
        col.addWidget(self.members, 1)
        col.addWidget(self.large)
        col.addWidget(self.paper)
        col.addWidget(self.templates)
        col.addWidget(self.save_template_button)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(1, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.notice, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.resize(1000, 700)

        self.sections.itemChanged.connect(lambda _: self.refresh())
        self.members.itemChanged.connect(lambda _: self.refresh())
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(1))
        self.large.toggled.connect(lambda _: self.refresh())
        self.paper.currentIndexChanged.connect(lambda _: self.refresh())
        self.templates.activated.connect(self._apply_template)
        self.save_template_button.clicked.connect(self._save_template)
        self.save_button.clicked.connect(self.save_pdf)
        self.print_button.clicked.connect(self._print)
        close.clicked.connect(self.accept)
        self._fill_templates()
        self.refresh()

    # -- choices --------------------------------------------------------------------------

    def chosen_sections(self) -> list[str]:
        return [
            self.sections.item(i).data(IdRole)
            for i in range(self.sections.count())
            if self.sections.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _named(self) -> set[str]:
        return {
            self.members.item(i).data(IdRole)
            for i in range(self.members.count())
            if self.members.item(i).checkState() == Qt.CheckState.Checked
        }

    def _options(self) -> PdfOptions:
        return PdfOptions(title=self.windowTitle(), paper=PaperSize(self.paper.currentData()))

    def _move(self, delta: int) -> None:
        row = self.sections.currentRow()
        target = row + delta
        if row < 0 or not 0 <= target < self.sections.count():
            return
        item = self.sections.takeItem(row)
        self.sections.insertItem(target, item)
        self.sections.setCurrentRow(target)
        self.refresh()

    # -- building ---------------------------------------------------------------------------

    def refresh(self) -> None:
        try:
            data = self._services.groups.handout_data(
                self._session_id, self._named(), self._crisis_lines
            )
        except ValueError as exc:
            self.notice.show_error(describe(exc))
            return
        text = handout_text(content.handout_defaults(self._services.language()).not_therapy)
        self.setWindowTitle(f"{data.group} {day_text(data.starts_at.date())}")
        self._document = handout_document(
            data, text, self.chosen_sections(), self.large.isChecked(), self._options()
        )
        self.preview.updatePreview()

    @property
    def document(self) -> QTextDocument | None:
        return self._document

    def _paint(self, printer: QPrinter) -> None:
        if self._document is not None:
            printer.setPageSize(PaperSize(self.paper.currentData()).page_size())
            print_handout(self._document, printer)

    def save_pdf(self) -> Path | None:
        if self._document is None:
            return None
        target = self._dialogs.save_path(
            self,
            self.tr("Save handout"),
            Path.home() / f"{self.windowTitle()}.pdf",
            self.tr("PDF files (*.pdf)"),
        )
        if target is None:
            return None
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            write_handout(self._document, target, self._options())
        except OSError:
            self.notice.show_error(
                self.tr("The handout could not be saved there. Choose another folder.")
            )
            return None
        self.notice.show_info(self.tr("Saved to %1.").replace("%1", str(target)))
        return target

    def _print(self) -> None:
        if self._document is None:
            return
        if not has_printer():
            if self._dialogs.confirm(
                self,
                self.tr("No printer found"),
                self.tr(
                    "No printer is set up on this computer. Save the handout as a PDF "
                    "instead? You can print the PDF later."
                ),
                accept_label=self.tr("Save as PDF…"),
                reject_label=self.tr("Cancel"),
            ):
                self.save_pdf()
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(PaperSize(self.paper.currentData()).page_size())
        if QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted:
            print_handout(self._document, printer)

    # -- templates ---------------------------------------------------------------------------

    def _fill_templates(self) -> None:
        self.templates.clear()
        self.templates.addItem(self.tr("Saved layouts…"), None)
        for template_id, name, sections, large, paper in self._services.groups.templates(
            self._group_id
        ):
            self.templates.addItem(name, (template_id, sections, large, paper))

    def _apply_template(self, index: int) -> None:
        data = self.templates.itemData(index)
        if not data:
            return
        _template_id, sections, large, paper = data
        self.sections.blockSignals(True)
        items = {
            self.sections.item(i).data(IdRole): self.sections.takeItem(i)
            for i in reversed(range(self.sections.count()))
        }
        order = [key for key in sections if key in items] + [
            key for key in SECTIONS if key not in sections
        ]
        for key in order:
            item = items[key]
            item.setCheckState(
                Qt.CheckState.Checked if key in sections else Qt.CheckState.Unchecked
            )
            self.sections.addItem(item)
        self.sections.blockSignals(False)
        self.large.setChecked(large)
        self.paper.setCurrentIndex(max(0, self.paper.findData(paper)))
        self.refresh()

    def _save_template(self) -> None:
        name = self._dialogs.ask_text(
            self, self.tr("Save this layout"), self.tr("A name for this handout layout:")
        )
        if name is None:
            return
        try:
            self._services.groups.save_template(
                self._group_id,
                name,
                self.chosen_sections(),
                self.large.isChecked(),
                self.paper.currentData(),
            )
        except ValueError as exc:
            self.notice.show_error(describe(exc))
            return
        self._fill_templates()
        self.notice.show_info(self.tr("Layout saved for this group."))
