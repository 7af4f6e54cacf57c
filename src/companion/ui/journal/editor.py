"""The entry editor: no Save button, every change kept within about two seconds."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QFont,
    QImage,
    QKeySequence,
    QTextBlockFormat,
    QTextCharFormat,
    QTextListFormat,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from companion.domain.journal import MAX_BODY_CHARS, Entry, EntryDraft
from companion.services.access import Services, describe
from companion.services.journal import Saved
from companion.services.tasks import Tasks
from companion.ui.journal.pictures import PictureStrip, PictureViewer
from companion.ui.journal.trackers import TrackerInputs
from companion.ui.widgets.autosave import Autosaver
from companion.ui.widgets.common import SPACE_M, Notice
from companion.ui.widgets.dialogs import Dialogs
from companion.ui.widgets.mood import MoodPicker

log = logging.getLogger(__name__)


class BodyEdit(QTextEdit):
    """Formatted editing of a Markdown body, with a cap on pasted text."""

    paste_refused = Signal(int)

    def insertFromMimeData(self, source):  # type: ignore[no-untyped-def]
        incoming = len(source.text()) if source.hasText() else 0
        if self.document().characterCount() + incoming > MAX_BODY_CHARS:
            self.paste_refused.emit(incoming)
            return
        # Plain text only: pasted web pages would bring styles Markdown cannot keep.
        self.insertPlainText(source.text())


class EntryEditor(QWidget):
    saved = Signal(object)  # Changed
    delete_requested = Signal(str)  # entry id

    def __init__(self, tasks: Tasks, dialogs: Dialogs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._dialogs = dialogs
        self._services: Services | None = None
        self._entry_id: str | None = None
        self._version: int | None = None
        self._saved_draft: EntryDraft | None = None
        self._in_flight = False
        self._again = False
        self._loading = False

        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("Title (optional)"))
        self.title.setAccessibleName(self.tr("Title"))
        self.day = QDateEdit(self)
        self.day.setCalendarPopup(True)
        self.day.setAccessibleName(self.tr("Date"))
        self.mood = MoodPicker(self)
        self.tags = QLineEdit(self)
        self.tags.setPlaceholderText(self.tr("Tags, separated by commas"))
        self.tags.setAccessibleName(self.tr("Tags"))
        self.win = QCheckBox(self.tr("A small &win"), self)
        self.win.setAccessibleName(self.tr("Mark as a small win"))
        self.trackers = TrackerInputs(self)
        self.pictures = PictureStrip(dialogs, self)
        self.viewer: PictureViewer | None = None
        self.body = BodyEdit(self)
        self.body.setAccessibleName(self.tr("Entry text"))
        self.body.setPlaceholderText(self.tr("What is on your mind?"))
        self.body.setTabChangesFocus(True)
        self.status = QLabel(self)
        self.status.setAccessibleName(self.tr("Save status"))
        self.notice = Notice(self)
        self.delete_button = QPushButton(self.tr("Delete…"), self)
        self.delete_button.setAccessibleName(self.tr("Delete this entry"))

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.day)
        meta = QHBoxLayout()
        meta.addWidget(self.tags, 1)
        meta.addWidget(self.win)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(SPACE_M)
        layout.addLayout(top)
        layout.addWidget(self.mood)
        layout.addLayout(meta)
        layout.addWidget(self.trackers)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.pictures)
        QWidget.setTabOrder(self.body, self.pictures)  # the text first, as it reads
        layout.addWidget(self.notice)
        layout.addLayout(bottom)

        self._autosave = Autosaver(self._save_async, self)
        for signal in (
            self.title.textChanged,
            self.tags.textChanged,
            self.body.textChanged,
            self.day.dateChanged,
            self.win.toggled,
            self.mood.moodChanged,
            self.trackers.changed,
        ):
            signal.connect(self._edited)
        self.body.paste_refused.connect(self._paste_refused)
        self.pictures.add_requested.connect(self._add_picture)
        self.pictures.remove_requested.connect(self._remove_picture)
        self.pictures.open_requested.connect(self._open_picture)
        self.pictures.problem.connect(self.notice.show_error)
        self.delete_button.clicked.connect(self._delete)
        self._add_format_actions()
        self.setEnabled(False)

    # -- formatting ------------------------------------------------------------------

    def _add_format_actions(self) -> None:
        def action(text: str, keys: str, handler: object) -> None:
            act = QAction(text, self.body)
            act.setShortcut(QKeySequence(keys))
            act.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            act.triggered.connect(handler)
            self.body.addAction(act)

        action(self.tr("Bold"), "Ctrl+B", self._toggle_bold)
        action(self.tr("Italic"), "Ctrl+I", self._toggle_italic)
        action(
            self.tr("Bulleted list"),
            "Ctrl+Shift+8",
            lambda: self._list(QTextListFormat.Style.ListDisc),
        )
        action(
            self.tr("Numbered list"),
            "Ctrl+Shift+7",
            lambda: self._list(QTextListFormat.Style.ListDecimal),
        )
        for level in (1, 2, 3):
            action(
                self.tr("Heading %1").replace("%1", str(level)),
                f"Ctrl+Alt+{level}",
                lambda lv=level: self._heading(lv),
            )
        action(self.tr("Normal text"), "Ctrl+Alt+0", lambda: self._heading(0))

    def _toggle_bold(self) -> None:
        fmt = QTextCharFormat()
        bold = self.body.fontWeight() < QFont.Weight.Bold
        fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        self.body.mergeCurrentCharFormat(fmt)

    def _toggle_italic(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontItalic(not self.body.fontItalic())
        self.body.mergeCurrentCharFormat(fmt)

    def _list(self, style: QTextListFormat.Style) -> None:
        cursor = self.body.textCursor()
        current = cursor.currentList()
        if current is not None and current.format().style() == style:
            block = QTextBlockFormat()
            block.setIndent(0)
            current.remove(cursor.block())
            cursor.setBlockFormat(block)
            return
        fmt = QTextListFormat()
        fmt.setStyle(style)
        cursor.createList(fmt)

    def _heading(self, level: int) -> None:
        cursor = self.body.textCursor()
        block = QTextBlockFormat()
        block.setHeadingLevel(level)
        cursor.mergeBlockFormat(block)
        char = QTextCharFormat()
        sizes = {0: 0, 1: 3, 2: 2, 3: 1}
        char.setProperty(QTextCharFormat.Property.FontSizeAdjustment, sizes[level])
        char.setFontWeight(QFont.Weight.Bold if level else QFont.Weight.Normal)
        cursor.select(cursor.SelectionType.BlockUnderCursor)
        cursor.mergeCharFormat(char)

    # -- loading ----------------------------------------------------------------------

    @property
    def entry_id(self) -> str | None:
        return self._entry_id

    def attach(self, services: Services) -> None:
        self._services = services

    def open_entry(self, entry: Entry | None, day: date | None = None, body: str = "") -> None:
        """Show `entry`, or an empty new entry for `day` (today by default)."""
        self._autosave.cancel()
        self._loading = True
        today = date.today()
        self.day.setMaximumDate(QDate(today.year, today.month, today.day))
        shown = entry.day if entry is not None else (day or today)
        self.day.setDate(QDate(shown.year, shown.month, shown.day))
        self.title.setText(entry.title if entry else "")
        self.mood.set_mood(entry.mood if entry else None)
        self.tags.setText(", ".join(entry.tags) if entry else "")
        self.win.setChecked(entry.win if entry else False)
        if self._services is not None:
            self.trackers.set_trackers(self._services.journal.trackers())
        self.trackers.set_values(entry.trackers if entry else {})
        self.body.setMarkdown(entry.body if entry else body)
        self.body.document().clearUndoRedoStacks()
        self._entry_id = entry.id if entry else None
        self._version = entry.version if entry else None
        self._load_pictures()
        self._loading = False
        self._saved_draft = self.draft() if entry else None
        self.status.setText("")
        self.notice.clear_message()
        self.delete_button.setEnabled(entry is not None)
        self.setEnabled(True)

    def draft(self) -> EntryDraft:
        qdate = self.day.date()
        body = self.body.toMarkdown().rstrip() if self.body.toPlainText().strip() else ""
        return EntryDraft(
            day=date(qdate.year(), qdate.month(), qdate.day()),
            title=self.title.text(),
            body=body,
            mood=self.mood.mood(),
            tags=tuple(t for t in (p.strip() for p in self.tags.text().split(",")) if t),
            win=self.win.isChecked(),
            trackers=self.trackers.values(),
        )

    # -- saving -----------------------------------------------------------------------

    def _edited(self, *_: object) -> None:
        if self._loading or self._services is None:
            return
        self.status.setText(self.tr("Not saved yet…"))
        self._autosave.touch()

    def has_unsaved_edits(self) -> bool:
        return self._autosave.pending or self._in_flight or self._needs_save(self.draft())

    def _needs_save(self, draft: EntryDraft) -> bool:
        if self._entry_id is None:
            return not draft.is_empty()
        return draft != self._saved_draft

    def _save_async(self) -> None:
        services = self._services
        if services is None:
            return
        if self._in_flight:
            self._again = True
            return
        draft = self.draft()
        if not self._needs_save(draft):
            self.status.setText(self.tr("Saved") if self._entry_id else "")
            return
        entry_id, version = self._entry_id, self._version
        self._in_flight = True

        def done(result: Saved) -> None:
            self._in_flight = False
            self._after_save(result, draft)
            if self._again:
                self._again = False
                self._save_async()

        def failed(exc: BaseException) -> None:
            self._in_flight = False
            self._again = False
            self.status.setText(self.tr("Not saved"))
            self.notice.show_error(describe(exc))

        self._tasks.submit(lambda: services.journal.save(entry_id, draft, version), done, failed)

    def _after_save(self, result: Saved, draft: EntryDraft) -> None:
        if result.entry is not None:
            self._entry_id = result.entry.id
            self._version = result.entry.version
            self._saved_draft = draft
            self.delete_button.setEnabled(True)
            if result.kept_as_new:
                self.notice.show_info(
                    self.tr(
                        "This entry was changed somewhere else meanwhile. Your version was "
                        "kept as a new entry, so nothing is lost."
                    )
                )
            else:
                self.notice.clear_message()
        if not self._autosave.pending:
            self.status.setText(self.tr("Saved") if self._entry_id else "")
        self.saved.emit(result.changed)

    def flush(self) -> None:
        """Save now, synchronously (navigation, lock, quit). Raises if it cannot."""
        self._autosave.cancel()
        services = self._services
        if services is None:
            return
        if self._in_flight:
            self._tasks.run_now(lambda: None)  # let the queued save land first
        draft = self.draft()
        if not self._needs_save(draft):
            return
        entry_id, version = self._entry_id, self._version
        try:
            result = self._tasks.run_now(lambda: services.journal.save(entry_id, draft, version))
        except Exception as exc:
            self.notice.show_error(describe(exc))
            raise
        self._after_save(result, draft)

    def clear(self) -> None:
        """Forget the entry and its undo history (lock)."""
        self._autosave.cancel()
        self._loading = True
        for field in (self.title, self.tags):
            field.clear()
        self.body.clear()
        self.body.document().clearUndoRedoStacks()
        self.mood.set_mood(None)
        self.win.setChecked(False)
        self.trackers.set_values({})
        self.pictures.clear()
        if self.viewer is not None:
            self.viewer.close()
            self.viewer = None
        self._loading = False
        self._entry_id = None
        self._version = None
        self._saved_draft = None
        self._services = None
        self.status.clear()
        self.notice.clear_message()
        self.setEnabled(False)

    # -- pictures ---------------------------------------------------------------------

    def _load_pictures(self) -> None:
        services, entry_id = self._services, self._entry_id
        if services is None or entry_id is None:
            self.pictures.clear()
            return
        shown = []
        for attachment in services.journal.attachments(entry_id):
            data = services.journal.attachment_data(attachment.id)
            image = QImage.fromData(data or b"")
            if not image.isNull():
                shown.append((attachment, image))
        self.pictures.show_pictures(shown)

    def _add_picture(self, name: str, data: bytes) -> None:
        services = self._services
        if services is None:
            return
        self._autosave.cancel()
        entry_id, draft = self._entry_id, self.draft()

        def done(result: tuple[Saved, object]) -> None:
            saved, _attachment = result
            if entry_id is None and saved.entry is not None:
                self._entry_id = saved.entry.id
                self._version = saved.entry.version
                self._saved_draft = draft
                self.delete_button.setEnabled(True)
            self.notice.clear_message()
            self._load_pictures()
            self.saved.emit(saved.changed)
            if self._needs_save(self.draft()):
                self._autosave.touch()

        self._tasks.submit(
            lambda: services.journal.attach_image(entry_id, draft, name, data),
            done,
            lambda exc: self.notice.show_error(describe(exc)),
        )

    def _remove_picture(self, attachment_id: str) -> None:
        if self._services is None or not self._dialogs.confirm(
            self,
            self.tr("Remove this picture?"),
            self.tr("The picture will be removed from this entry."),
            accept_label=self.tr("Remove"),
            reject_label=self.tr("Keep it"),
        ):
            return
        self._services.journal.remove_attachment(attachment_id)
        self._load_pictures()

    def _open_picture(self, attachment_id: str) -> None:
        if self._services is None:
            return
        data = self._services.journal.attachment_data(attachment_id)
        image = QImage.fromData(data or b"")
        if image.isNull():
            self.notice.show_error(self.tr("This picture could not be shown."))
            return
        name = next(
            (
                a.name
                for a in self._services.journal.attachments(self._entry_id or "")
                if a.id == attachment_id
            ),
            "",
        )
        self.viewer = PictureViewer(name, image, self)
        self.viewer.open()

    def _delete(self) -> None:
        if self._entry_id is not None:
            self.delete_requested.emit(self._entry_id)

    def _paste_refused(self, length: int) -> None:
        self.notice.show_error(
            self.tr(
                "That paste was not added: it is too long for one entry (%n characters). "
                "Paste a smaller part; what you had written is unchanged.",
                "",
                length,
            )
        )
