"""Paginated printing with our own page numbers, so layout can keep sections whole.

QTextDocument.print_() numbers pages only when it paginates the document itself;
handouts need to know where the page breaks fall before printing, so they lay
the document out at the page size here and draw each page, and its number.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QPagedPaintDevice,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from companion.printing.render import PdfOptions, _apply_layout

SCREEN_DPI = 96.0
MM_PER_INCH = 25.4
FOOTER_MM = 10.0


def page_body_size(options: PdfOptions) -> QSizeF:
    """The size of a page's text area in document units (96 per inch), footer left free."""
    size = options.paper.page_size().size(options.paper.page_size().Unit.Millimeter)
    width = size.width() - 2 * options.margins_mm
    height = size.height() - 2 * options.margins_mm - FOOTER_MM
    return QSizeF(width / MM_PER_INCH * SCREEN_DPI, height / MM_PER_INCH * SCREEN_DPI)


def paged_document(html: str, title: str, body: QSizeF) -> QTextDocument:
    document = QTextDocument()
    font = QFont("DejaVu Sans")
    font.setPointSizeF(10)
    document.setDefaultFont(font)
    document.setHtml(html)
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    document.setPageSize(body)
    return document


def section_spans(document: QTextDocument) -> dict[str, tuple[float, float]]:
    """Where each `<a name="sec-KEY">` section starts and where its last line ends,
    in document coordinates (blank space before a page break is not counted)."""
    layout = document.documentLayout()
    spans: dict[str, tuple[float, float]] = {}
    current = ""
    block = document.begin()
    while block.isValid():
        rect = layout.blockBoundingRect(block)
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.isValid():
                for name in fragment.charFormat().anchorNames():
                    if name.startswith("sec-"):
                        current = name[4:]
                        spans[current] = (rect.top(), rect.bottom())
            it += 1
        if current:
            top, bottom = spans[current]
            spans[current] = (top, max(bottom, rect.bottom()))
        block = block.next()
    return spans


def print_pages(
    document: QTextDocument, device: QPagedPaintDevice, page_label: Callable[[int, int], str]
) -> None:
    painter = QPainter(device)
    try:
        area = device.pageLayout().paintRectPixels(device.logicalDpiX())
        page = document.pageSize()
        scale = area.width() / page.width()
        pages = document.pageCount()
        font = QFont("DejaVu Sans")
        font.setPointSizeF(8)
        for index in range(pages):
            if index:
                device.newPage()
            painter.save()
            painter.scale(scale, scale)
            painter.translate(0, -index * page.height())
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = QRectF(0, index * page.height(), page.width(), page.height())
            document.documentLayout().draw(painter, context)
            painter.restore()
            painter.setFont(font)
            painter.drawText(
                QRectF(0, 0, area.width(), area.height()),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
                page_label(index + 1, pages),
            )
    finally:
        painter.end()


def write_paged_pdf(
    document: QTextDocument,
    target: Path,
    options: PdfOptions,
    page_label: Callable[[int, int], str],
) -> None:
    """Write the laid-out document to `target` atomically, with page numbers."""
    tmp = target.with_name(f".{target.name}.part-{os.getpid()}")
    try:
        writer = QPdfWriter(str(tmp))
        writer.setTitle(options.title)
        writer.setCreator(options.creator)
        writer.setResolution(600)
        _apply_layout(writer, options)
        print_pages(document, writer, page_label)
        del writer
        if not tmp.exists() or tmp.stat().st_size == 0:
            raise OSError(f"the PDF writer produced no output for {target.name}")
        os.replace(tmp, target)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
