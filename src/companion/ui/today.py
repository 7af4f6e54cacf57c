"""The Today page: the calm start page after unlock."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from companion.services.access import Services, describe
from companion.services.drafts import MAX_DRAFT_CHARS
from companion.services.tasks import Tasks
from companion.ui.widgets.autosave import Autosaver
from companion.ui.widgets.common import SPACE_L, SPACE_M, Notice, heading, paragraph
from companion.ui.widgets.editors import GuardedPlainTextEdit

NOTE_SLOT = "today-note"


class TodayPage(QWidget):
    def __init__(self, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._services: Services | None = None
        self._loading = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACE_L, SPACE_L, SPACE_L, SPACE_L)
        layout.setSpacing(SPACE_M)
        self.greeting = heading("", parent=self)
        layout.addWidget(self.greeting)
        layout.addWidget(
            paragraph(
                self.tr("A few words about today, just for you. They are kept as you type."), self
            )
        )
        self.note = GuardedPlainTextEdit(MAX_DRAFT_CHARS, self)
        self.note.paste_refused.connect(self._paste_refused)
        self.note.setAccessibleName(self.tr("Today's note"))
        self.note.setPlaceholderText(self.tr("How are you today?"))
        self.note.setTabChangesFocus(True)
        layout.addWidget(self.note, 1)
        self.status = QLabel(self)
        self.status.setAccessibleName(self.tr("Save status"))
        layout.addWidget(self.status)
        self.notice = Notice(self)
        layout.addWidget(self.notice)

        self._autosave = Autosaver(self._save_async, self)
        self.note.textChanged.connect(self._edited)
        self._saved_text = ""

    # -- VaultPage ------------------------------------------------------------------

    def attach(self, services: Services) -> None:
        self._services = services
        self.greeting.setText(self._greeting())
        text = self._tasks.run_now(lambda: services.drafts.load(NOTE_SLOT))
        self._loading = True
        self.note.setPlainText(text)
        self.note.document().clearUndoRedoStacks()
        self._loading = False
        self._saved_text = text
        self.status.clear()

    def save_drafts(self) -> None:
        services, text = self._services, self.note.toPlainText()
        self._autosave.cancel()
        if services is None or text == self._saved_text:
            return
        try:
            self._tasks.run_now(lambda: services.drafts.save(NOTE_SLOT, text))
        except Exception as exc:
            self.notice.show_error(describe(exc))
            raise
        self._saved_text = text

    def detach(self) -> None:
        self._autosave.cancel()
        self._services = None
        self._loading = True
        self.note.clear()
        self.note.document().clearUndoRedoStacks()
        self._loading = False
        self._saved_text = ""
        self.status.clear()
        self.notice.clear_message()

    # -- autosave -------------------------------------------------------------------

    def _edited(self) -> None:
        if self._loading or self._services is None:
            return
        self.status.setText(self.tr("Not saved yet…"))
        self._autosave.touch()

    def _save_async(self) -> None:
        services, text = self._services, self.note.toPlainText()
        if services is None or text == self._saved_text:
            self.status.setText(self.tr("Saved") if services else "")
            return

        def done(_: object) -> None:
            self._saved_text = text
            self.notice.clear_message()
            if self.note.toPlainText() == text:
                self.status.setText(self.tr("Saved"))

        def failed(exc: BaseException) -> None:
            # The text stays in the editor; the next keystroke tries again.
            self.status.setText(self.tr("Not saved"))
            self.notice.show_error(describe(exc))

        self._tasks.submit(lambda: services.drafts.save(NOTE_SLOT, text), done, failed)

    def _paste_refused(self, length: int) -> None:
        self.notice.show_error(
            self.tr(
                "That paste was not added: it is too long to keep as one note (%n characters). "
                "Paste a smaller part; what you had written is unchanged.",
                "",
                length,
            )
        )

    def _greeting(self) -> str:
        hour = datetime.now().hour
        if hour < 5:
            return self.tr("Hello, night owl")
        if hour < 12:
            return self.tr("Good morning")
        if hour < 18:
            return self.tr("Good afternoon")
        return self.tr("Good evening")
