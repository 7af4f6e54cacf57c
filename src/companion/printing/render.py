"""Render HTML documents to PDF (QPdfWriter) or to a printer (QPrinter).

The PDF is written to a temporary name beside the target and renamed into
place, so a failed render leaves no partial file. Nothing is written anywhere
else.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter, QTextDocument


class PaperSize(Enum):
    A4 = "A4"
    LETTER = "Letter"

    def page_size(self) -> QPageSize:
        ident = QPageSize.PageSizeId.A4 if self is PaperSize.A4 else QPageSize.PageSizeId.Letter
        return QPageSize(ident)


@dataclass(frozen=True)
class PdfOptions:
    title: str
    paper: PaperSize = PaperSize.A4
    creator: str = "Companion"
    margins_mm: float = 18.0


def _apply_layout(device: QPagedPaintDevice, options: PdfOptions) -> None:
    m = options.margins_mm
    device.setPageLayout(
        QPageLayout(
            options.paper.page_size(),
            QPageLayout.Orientation.Portrait,
            QMarginsF(m, m, m, m),
            QPageLayout.Unit.Millimeter,
        )
    )


def write_pdf(html: str, target: Path, options: PdfOptions) -> None:
    """Render `html` into the PDF file `target`, atomically."""
    tmp = target.with_name(f".{target.name}.part-{os.getpid()}")
    try:
        writer = QPdfWriter(str(tmp))
        writer.setTitle(options.title)
        writer.setCreator(options.creator)
        writer.setResolution(1200)
        document = QTextDocument()
        document.setHtml(html)
        document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, options.title)
        _apply_layout(writer, options)
        document.print_(writer)
        del writer  # flushes and closes the file
        if not tmp.exists() or tmp.stat().st_size == 0:
            raise OSError(f"the PDF writer produced no output for {target.name}")
        os.replace(tmp, target)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
