"""Laying a handout out on paper: sections kept whole where they fit, pages numbered."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPagedPaintDevice, QTextDocument

from companion.dates import day_text
from companion.domain.handout import HandoutData
from companion.printing.handout import HandoutText, handout_html, settle_breaks
from companion.printing.pages import (
    page_body_size,
    paged_document,
    print_pages,
    section_spans,
    write_paged_pdf,
)
from companion.printing.render import PdfOptions


def handout_document(
    data: HandoutData,
    text: HandoutText,
    sections: list[str],
    large_print: bool,
    options: PdfOptions,
) -> QTextDocument:
    body = page_body_size(options)
    title = f"{data.group} {day_text(data.starts_at.date())}"

    def make(breaks: frozenset[str]) -> QTextDocument:
        html = handout_html(data, text, sections, large_print, breaks)
        return paged_document(html, title, body)

    breaks = settle_breaks(lambda b: section_spans(make(b)), body.height())
    return make(breaks)


def page_label(page: int, pages: int) -> str:
    return (
        QCoreApplication.translate("Handout", "Page %1 of %2")
        .replace("%1", str(page))
        .replace("%2", str(pages))
    )


def write_handout(document: QTextDocument, target: Path, options: PdfOptions) -> None:
    write_paged_pdf(document, target, options, page_label)


def print_handout(document: QTextDocument, device: QPagedPaintDevice) -> None:
    print_pages(document, device, page_label)
