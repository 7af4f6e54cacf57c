"""The report for a clinician: choose the dates and any entries, preview, then save or print."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
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
from companion.domain.report import ReportData
from companion.printing import render
from companion.printing.report import report_document
from companion.printing.report_text import report_text
from companion.services.access import Services, describe
from companion.services.tasks import Tasks
from companion.ui.models.timeline import IdRole
from companion.ui.widgets.common import Notice, busy_bar
from companion.ui.widgets.dates import to_date
from companion.ui.widgets.dialogs import Dialogs
from companion.vault.journal import TimelineFilter

MAX_CHOOSABLE = 300


class ReportDialog(QDialog):
    def __init__(
        self, services: Services, tasks: Tasks, dialogs: Dialogs, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._tasks = tasks
        self._dialogs = dialogs
        self._document: QTextDocument | None = None
        self.setWindowTitle(self.tr("Report for a clinician"))
        today = date.today()
        self.first = QDateEdit(self)
        self.first.setCalendarPopup(True)
        self.first.setAccessibleName(self.tr("From"))
        self.first.setDate(QDate(today.year, today.month, today.day).addDays(-89))
        self.last = QDateEdit(self)
        self.last.setCalendarPopup(True)
        self.last.setAccessibleName(self.tr("To"))
        self.last.setMaximumDate(QDate(today.year, today.month, today.day))
        self.last.setDate(QDate(today.year, today.month, today.day))
        self.paper = QComboBox(self)
        self.paper.setAccessibleName(self.tr("Paper size"))
        self.paper.addItem("A4", render.PaperSize.A4)
        self.paper.addItem("Letter", render.PaperSize.LETTER)
        self.large = QCheckBox(self.tr("Large print"), self)
        self.large.setAccessibleName(self.tr("Large print"))
        note = QLabel(self.tr("Journal text stays private unless you tick entries below."), self)
        note.setWordWrap(True)
        self.entries = QListWidget(self)
        self.entries.setAccessibleName(self.tr("Entries to include"))
        self.preview = QPrintPreviewWidget(self)
        self.preview.setAccessibleName(self.tr("Preview"))
        self.preview.paintRequested.connect(self._paint)
        self.notice = Notice(self)
        self.busy = busy_bar(self)
        self.save_button = QPushButton(self.tr("&Save as PDF…"), self)
        self.save_button.setAccessibleName(self.tr("Save the report as a PDF"))
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setAccessibleName(self.tr("Print the report"))
        close = QPushButton(self.tr("Close"), self)
        close.setAccessibleName(self.tr("Close"))

        form = QFormLayout()
        form.addRow(self.tr("From"), self.first)
        form.addRow(self.tr("To"), self.last)
        form.addRow(self.tr("Paper"), self.paper)
        form.addRow("", self.large)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.addLayout(form)
        left_layout.addWidget(note)
        left_layout.addWidget(self.entries, 1)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(1, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.busy, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.notice)
        layout.addLayout(buttons)
        self.resize(1000, 700)

        for edit in (self.first, self.last):
            edit.dateChanged.connect(self._range_changed)
        self.paper.currentIndexChanged.connect(lambda _: self.refresh())
        self.large.toggled.connect(lambda _: self.refresh())
        self.entries.itemChanged.connect(lambda _: self.refresh())
        self.save_button.clicked.connect(self._save)
        self.print_button.clicked.connect(self._print)
        close.clicked.connect(self.reject)
        self._range_changed()

    def _range(self) -> tuple[date, date]:
        return to_date(self.first.date()), to_date(self.last.date())

    def _range_changed(self) -> None:
        first, last = self._range()
        journal = self._services.journal
        seqs = journal.timeline(TimelineFilter(since=first, until=last))[:MAX_CHOOSABLE]
        rows = journal.rows(seqs)
        self.entries.blockSignals(True)
        self.entries.clear()
        for seq in seqs:
            row = rows.get(seq)
            if row is None:
                continue
            item = QListWidgetItem(f"{day_text(row.day)}  {row.headline}")
            item.setData(IdRole, row.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.entries.addItem(item)
        self.entries.blockSignals(False)
        self.refresh()

    def chosen(self) -> list[str]:
        return [
            self.entries.item(i).data(IdRole)
            for i in range(self.entries.count())
            if self.entries.item(i).checkState() == Qt.CheckState.Checked
        ]

    def refresh(self) -> None:
        first, last = self._range()
        chosen = self.chosen()
        self.busy.show()

        def done(data: ReportData) -> None:
            self.busy.hide()
            self.notice.clear_message()
            self._document = report_document(
                data, report_text(), date.today(), self.large.isChecked()
            )
            self.preview.updatePreview()

        def failed(exc: BaseException) -> None:
            self.busy.hide()
            self.notice.show_error(describe(exc))

        self._tasks.submit(lambda: self._services.report.gather(first, last, chosen), done, failed)

    @property
    def document(self) -> QTextDocument | None:
        return self._document

    def _paint(self, printer: QPrinter) -> None:
        if self._document is not None:
            printer.setPageSize(self.paper.currentData().page_size())
            self._document.print_(printer)

    def _save(self) -> None:
        if self._document is None:
            return
        first, last = self._range()
        target = self._dialogs.save_path(
            self,
            self.tr("Save report"),
            Path.home()
            / self.tr("Progress report %1 to %2.pdf")
            .replace("%1", first.isoformat())
            .replace("%2", last.isoformat()),
            self.tr("PDF files (*.pdf)"),
        )
        if target is None:
            return
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        options = render.PdfOptions(title=report_text().title, paper=self.paper.currentData())
        try:
            render.write_document(self._document, target, options)
        except OSError:
            self.notice.show_error(
                self.tr("The report could not be saved there. Choose another folder.")
            )
            return
        self.notice.show_info(self.tr("Saved to %1.").replace("%1", str(target)))

    def _print(self) -> None:
        if self._document is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(self.paper.currentData().page_size())
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._document.print_(printer)
