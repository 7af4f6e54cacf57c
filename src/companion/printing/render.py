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

from PySide6.QtCore import QMarginsF, QUrl
from PySide6.QtGui import (
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)


class PaperSize(Enum):
    A4 = "A4"
    LETTER = "Letter"

    def page_size(self) -> QPageSize:
        ident = QPageSize.PageSizeId.A4 if self is PaperSize.A4 else QPageSize.PageSizeId.Letter
        return QPageSize(ident)


LETTER_TERRITORIES = {"US", "CA", "MX", "PH", "CL", "CO", "VE", "GT", "PR", "DO", "CR", "PA"}


def default_paper(locale_name: str) -> PaperSize:
    """Letter where it is the usual paper (the Americas mostly), A4 elsewhere."""
    territory = locale_name.replace("-", "_").split("_")[-1].upper()
    return PaperSize.LETTER if territory in LETTER_TERRITORIES else PaperSize.A4


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


def document_from_html(
    html: str, title: str, images: dict[str, QImage] | None = None
) -> QTextDocument:
    """A QTextDocument for `html`, with `images` served for <img src="NAME">."""
    document = QTextDocument()
    # Paper keeps its own type size, whatever size the screen text is set to.
    font = QFont("DejaVu Sans")
    font.setPointSizeF(10)
    document.setDefaultFont(font)
    for name, image in (images or {}).items():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    document.setHtml(html)
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    return document


def write_pdf(
    html: str, target: Path, options: PdfOptions, images: dict[str, QImage] | None = None
) -> None:
    """Render `html` into the PDF file `target`, atomically."""
    write_document(document_from_html(html, options.title, images), target, options)


def write_document(document: QTextDocument, target: Path, options: PdfOptions) -> None:
    tmp = target.with_name(f".{target.name}.part-{os.getpid()}")
    try:
        writer = QPdfWriter(str(tmp))
        writer.setTitle(options.title)
        writer.setCreator(options.creator)
        writer.setResolution(1200)
        _apply_layout(writer, options)
        document.print_(writer)
        del writer  # flushes and closes the file
        if not tmp.exists() or tmp.stat().st_size == 0:
            raise OSError(f"the PDF writer produced no output for {target.name}")
        os.replace(tmp, target)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
