"""Printing a document, or saving it as a PDF: with no printer, saving is offered instead."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QWidget

from companion.printing import render
from companion.ui.widgets.dialogs import Dialogs


def has_printer() -> bool:
    return bool(QPrinterInfo.availablePrinters())


def save_pdf(parent: QWidget, dialogs: Dialogs, html: str, title: str, name: str) -> Path | None:
    target = dialogs.save_path(
        parent, parent.tr("Save as PDF"), Path.home() / name, parent.tr("PDF files (*.pdf)")
    )
    if target is None:
        return None
    if target.suffix.lower() != ".pdf":
        target = target.with_name(target.name + ".pdf")
    paper = render.default_paper(QLocale().name())
    render.write_pdf(html, target, render.PdfOptions(title=title, paper=paper))
    return target


def print_or_save(
    parent: QWidget, dialogs: Dialogs, html: str, title: str, name: str
) -> Path | None:
    """Ask: print or save as PDF. Returns the PDF path when one was written."""
    if not has_printer():
        if dialogs.confirm(
            parent,
            parent.tr("No printer found"),
            parent.tr(
                "No printer is set up on this computer. Save it as a PDF instead? "
                "You can print the PDF later."
            ),
            accept_label=parent.tr("Save as PDF…"),
            reject_label=parent.tr("Cancel"),
        ):
            return save_pdf(parent, dialogs, html, title, name)
        return None
    choice = dialogs.choose(
        parent,
        title,
        parent.tr("Print it, or save it as a PDF?"),
        [parent.tr("Print…"), parent.tr("Save as PDF…")],
    )
    if choice == 1:
        return save_pdf(parent, dialogs, html, title, name)
    if choice == 0:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(render.default_paper(QLocale().name()).page_size())
        if QPrintDialog(printer, parent).exec() == QDialog.DialogCode.Accepted:
            render.document_from_html(html, title).print_(printer)
    return None
