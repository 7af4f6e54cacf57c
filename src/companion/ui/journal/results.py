"""Search results: the day, the title and a snippet with the matched words in bold."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from companion.vault.journal import MARK_END, MARK_START

SnippetRole = Qt.ItemDataRole.UserRole + 10


def snippet_html(title: str, day: str, snippet: str) -> str:
    """Escape the user's text, then turn the index's markers into bold."""
    body = escape(" ".join(snippet.split())).replace(MARK_START, "<b>").replace(MARK_END, "</b>")
    heading = f"{escape(day)}&nbsp;&nbsp;<b>{escape(title)}</b>" if title else escape(day)
    return f"<div>{heading}</div><div>{body}</div>"


class ResultDelegate(QStyledItemDelegate):
    def _document(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setHtml(index.data(SnippetRole) or escape(index.data() or ""))
        document.setTextWidth(max(option.rect.width() - 12, 50))
        return document

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        document = self._document(option, index)
        return QSize(int(document.idealWidth()), int(document.size().height()) + 8)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget
            )
        document = self._document(option, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(option.rect.left() + 6, option.rect.top() + 4)
        document.documentLayout().draw(painter, context)
        painter.restore()
