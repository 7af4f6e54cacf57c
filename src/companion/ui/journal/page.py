"""The Journal page: search and filters, the timeline, and the entry editor."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import date
from functools import partial

from PySide6.QtCore import QDate, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from companion.dates import day_text
from companion.domain.changes import Changed
from companion.domain.journal import Mood
from companion.services import content
from companion.services.access import Services, describe
from companion.services.purge import UNDO_SECONDS
from companion.services.tasks import Tasks
from companion.ui.icons import icon
from companion.ui.journal.calendar import MoodCalendar
from companion.ui.journal.editor import EntryEditor
from companion.ui.journal.results import ResultDelegate, SnippetRole, snippet_html
from companion.ui.journal.timeline_view import TimelineView
from companion.ui.models.timeline import IdRole, TimelineModel
from companion.ui.widgets.common import SPACE_M, Notice
from companion.ui.widgets.dates import to_date
from companion.ui.widgets.dialogs import Dialogs
from companion.ui.widgets.empty import EmptyHint
from companion.ui.widgets.mood import mood_icon, mood_word
from companion.vault.journal import MARK_END, MARK_START, SearchHit, TimelineFilter, TimelineRow

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 250
NoteRole = Qt.ItemDataRole.UserRole + 20


class UndoBar(QFrame):
    """'Entry deleted. Undo' for a short while after a delete."""

    undo = Signal(str)
    expired = Signal()  # the offer ran out: the delete can be finished

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel(self.tr("Entry deleted."), self)
        self.button = QPushButton(self.tr("&Undo"), self)
        self.button.setAccessibleName(self.tr("Undo delete"))
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self._entry_id = ""
        self._timer = QTimer(self, singleShot=True, interval=UNDO_SECONDS * 1000)
        # Precise: a coarse timer may end the offer up to 5% early, before the delete expires.
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._expire)
        self.button.clicked.connect(self._undo)
        self.hide()

    def offer(self, entry_id: str) -> None:
        self._entry_id = entry_id
        self.show()
        self._timer.start()

    def _undo(self) -> None:
        self.hide()
        self._timer.stop()
        self.undo.emit(self._entry_id)

    def dismiss(self) -> None:
        self._timer.stop()
        self.hide()

    def _expire(self) -> None:
        self.hide()
        self.expired.emit()


class JournalPage(QWidget):
    changed = Signal(object)  # Changed, for other pages
    open_note = Signal(str)  # a knowledge note found by search

    def __init__(self, tasks: Tasks, dialogs: Dialogs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._dialogs = dialogs
        self._services: Services | None = None
        self._filter = TimelineFilter()
        self._search_serial = 0

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search your journal (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search your journal"))
        self.search.setClearButtonEnabled(True)
        self.tag_filter = QComboBox(self)
        self.tag_filter.setAccessibleName(self.tr("Show entries with tag"))
        self.mood_filter = QComboBox(self)
        self.mood_filter.setAccessibleName(self.tr("Show entries with mood"))
        self.mood_filter.addItem(self.tr("Any mood"), None)
        for mood in Mood:
            self.mood_filter.addItem(mood_icon(mood), mood_word(mood), int(mood))
        self.wins_only = QCheckBox(self.tr("Wins only"), self)
        self.wins_only.setAccessibleName(self.tr("Show only small wins"))
        self.between = QCheckBox(self.tr("Between"), self)
        self.between.setAccessibleName(self.tr("Show only entries between two dates"))
        today = date.today()
        qtoday = QDate(today.year, today.month, today.day)
        self.since = QDateEdit(qtoday.addDays(-30), self)
        self.since.setAccessibleName(self.tr("From date"))
        self.until = QDateEdit(qtoday, self)
        self.until.setAccessibleName(self.tr("To date"))
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setMaximumDate(qtoday)
            edit.setEnabled(False)
        self.calendar_button = QToolButton(self)
        self.calendar_button.setText(self.tr("Calendar"))
        self.calendar_button.setIcon(icon("calendar"))
        self.calendar_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.calendar_button.setCheckable(True)
        self.calendar_button.setAccessibleName(self.tr("Show the calendar of moods"))
        self.calendar = MoodCalendar(self._day_summaries, self)
        self.calendar.hide()
        self.new_button = QToolButton(self)
        self.new_button.setText(self.tr("&New entry"))
        self.new_button.setAccessibleName(self.tr("New entry"))
        self.new_button.setShortcut(QKeySequence("Ctrl+N"))
        self.new_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.new_button.setIcon(icon("add"))
        self.new_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.new_menu = QMenu(self.new_button)
        self.new_menu.aboutToShow.connect(self._fill_new_menu)
        self.new_button.setMenu(self.new_menu)

        self.model = TimelineModel(self._load_seqs, self._load_rows, self._describe_row)
        self.timeline = TimelineView(self)
        self.timeline.setModel(self.model)
        self.timeline.setAccessibleName(self.tr("Entries, newest first"))
        self.results = QListWidget(self)
        EmptyHint(self.results, self.tr("Nothing found. Try fewer or shorter words."))
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setWordWrap(True)
        self.results.setItemDelegate(ResultDelegate(self.results))
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.lists = QStackedWidget(self)
        for widget in (self.timeline, self.results, self.empty):
            self.lists.addWidget(widget)
        self.filter_notice = Notice(self)

        self.editor = EntryEditor(tasks, dialogs, self)
        self.undo_bar = UndoBar(self)

        filters = QHBoxLayout()
        filters.addWidget(self.tag_filter, 1)
        filters.addWidget(self.mood_filter, 1)
        wins_row = QHBoxLayout()
        wins_row.addWidget(self.wins_only)
        wins_row.addStretch(1)
        wins_row.addWidget(self.calendar_button)
        dates_row = QHBoxLayout()
        dates_row.addWidget(self.between)
        dates_row.addWidget(self.since, 1)
        dates_row.addWidget(self.until, 1)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setSpacing(SPACE_M)
        left_layout.addWidget(self.search)
        left_layout.addLayout(filters)
        left_layout.addLayout(wins_row)
        left_layout.addLayout(dates_row)
        left_layout.addWidget(self.calendar)
        left_layout.addWidget(self.filter_notice)
        left_layout.addWidget(self.lists, 1)
        left_layout.addWidget(self.new_button)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.undo_bar)
        right_layout.addWidget(self.editor, 1)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        QHBoxLayout(self).addWidget(splitter)

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._run_search)
        self.search.textChanged.connect(lambda _: self._search_timer.start())
        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_search)
        self.tag_filter.activated.connect(lambda _: self._filters_changed())
        self.mood_filter.activated.connect(lambda _: self._filters_changed())
        self.wins_only.toggled.connect(lambda _: self._filters_changed())
        self.between.toggled.connect(self._between_toggled)
        self.since.dateChanged.connect(lambda _: self._filters_changed())
        self.until.dateChanged.connect(lambda _: self._filters_changed())
        self.calendar_button.toggled.connect(self._toggle_calendar)
        self.calendar.clicked.connect(self._day_chosen)
        self.new_button.clicked.connect(lambda: self.new_entry())
        self.timeline.selectionModel().currentChanged.connect(self._current_changed)
        self.results.itemActivated.connect(self._result_chosen)
        self.results.itemClicked.connect(self._result_chosen)
        self.editor.saved.connect(self._editor_saved)
        self.editor.delete_requested.connect(self._delete)
        self.undo_bar.undo.connect(self._undo_delete)
        self.undo_bar.expired.connect(self._finish_deletes)

    # -- data callbacks for the model ----------------------------------------------------

    def _load_seqs(self) -> list[int]:
        if self._services is None:
            return []
        return self._services.journal.timeline(self._filter)

    def _load_rows(self, seqs: Sequence[int]) -> dict[int, TimelineRow]:
        return {} if self._services is None else self._services.journal.rows(seqs)

    def _describe_row(self, row: TimelineRow) -> str:
        parts = [day_text(row.day, long=True)]
        if row.mood is not None:
            parts.append(self.tr("mood %1").replace("%1", mood_word(row.mood)))
        if row.win:
            parts.append(self.tr("a small win"))
        parts.append(row.headline)
        if row.tags:
            parts.append(self.tr("tags: %1").replace("%1", ", ".join(row.tags)))
        return ", ".join(parts)

    # -- VaultPage -------------------------------------------------------------------------

    def attach(self, services: Services) -> None:
        self._services = services
        self.editor.attach(services)
        self._fill_tags()
        self.model.reload()
        self._show_list()
        if self.model.rowCount() > 0:
            self.timeline.setCurrentIndex(self.model.index(0))
        else:
            self.editor.open_entry(None)

    def save_drafts(self) -> None:
        self.editor.flush()

    def detach(self) -> None:
        self._search_timer.stop()
        self._search_serial += 1
        self.editor.clear()
        self.model.clear()
        self.results.clear()
        self.search.clear()
        self.undo_bar.dismiss()
        self.filter_notice.clear_message()
        self._services = None
        self._filter = TimelineFilter()
        self.calendar.clear_days()
        self.between.setChecked(False)

    # -- timeline and filters -----------------------------------------------------------------

    def _fill_tags(self) -> None:
        current = self.tag_filter.currentData()
        self.tag_filter.clear()
        self.tag_filter.addItem(self.tr("All tags"), None)
        if self._services is not None:
            for name, count in self._services.journal.tags():
                self.tag_filter.addItem(f"#{name} ({count})", name)
        index = self.tag_filter.findData(current)
        self.tag_filter.setCurrentIndex(max(0, index))

    def _filters_changed(self) -> None:
        mood = self.mood_filter.currentData()
        dated = self.between.isChecked()
        self._filter = TimelineFilter(
            since=to_date(self.since.date()) if dated else None,
            until=to_date(self.until.date()) if dated else None,
            tag=self.tag_filter.currentData(),
            mood=Mood(mood) if mood is not None else None,
            wins_only=self.wins_only.isChecked(),
        )
        self.filter_notice.clear_message()
        try:
            self.model.reload()
        except LookupError as exc:
            self.filter_notice.show_error(describe(exc))
        self._show_list()

    def _between_toggled(self, on: bool) -> None:
        self.since.setEnabled(on)
        self.until.setEnabled(on)
        self._filters_changed()

    def _toggle_calendar(self, shown: bool) -> None:
        self.calendar.setVisible(shown)
        if shown:
            self.calendar.reload()

    def _day_summaries(self, first: date, last: date) -> dict[date, tuple[float | None, bool]]:
        return {} if self._services is None else self._services.journal.day_summaries(first, last)

    def _day_chosen(self, qdate: QDate) -> None:
        """Show that day's entries, and open the first (or start one for that day)."""
        self.since.blockSignals(True)
        self.until.blockSignals(True)
        self.since.setDate(qdate)
        self.until.setDate(qdate)
        self.since.blockSignals(False)
        self.until.blockSignals(False)
        if self.between.isChecked():
            self._filters_changed()
        else:
            self.between.setChecked(True)
        if self.model.rowCount() > 0:
            self.timeline.setCurrentIndex(self.model.index(0))
        else:
            self.new_entry(day=to_date(qdate))

    def _show_list(self) -> None:
        if self.search.text().strip():
            self.lists.setCurrentWidget(self.results)
        elif self.model.rowCount() == 0:
            filtered = self._filter != TimelineFilter()
            self.empty.setText(
                self.tr("No entries match these filters.")
                if filtered
                else self.tr("No entries yet. How are you today?")
            )
            self.lists.setCurrentWidget(self.empty)
        else:
            self.lists.setCurrentWidget(self.timeline)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        entry_id = current.data(IdRole) if current.isValid() else None
        if entry_id and entry_id != self.editor.entry_id:
            self.open(entry_id)

    def open(self, entry_id: str) -> None:
        """Show an entry in the editor, saving the one open now first."""
        if self._services is None:
            return
        try:
            self.editor.flush()
        except Exception:
            return  # the editor says why; keep the unsaved text on screen
        self.editor.open_entry(self._services.journal.get(entry_id))

    def new_entry(self, day: date | None = None, body: str = "") -> None:
        if self._services is None:
            return
        try:
            self.editor.flush()
        except Exception:
            return
        self.timeline.selectionModel().clearSelection()
        self.editor.open_entry(None, day=day, body=body)
        self.editor.body.setFocus()

    def follow(self, changed: Changed) -> None:
        """Another page changed entries (a check-in, a celebration): show it."""
        if self._services is None or not changed.entries:
            return
        open_id = self.editor.entry_id
        if open_id in changed.entries and not self.editor.has_unsaved_edits():
            self.editor.open_entry(self._services.journal.get(open_id))
        self.model.apply(changed)
        self._fill_tags()
        self._show_list()

    # -- prompts and templates ---------------------------------------------------------------

    def _fill_new_menu(self) -> None:
        menu = self.new_menu
        menu.clear()
        menu.addAction(self.tr("Blank entry"), lambda: self.new_entry())
        prompts = menu.addMenu(self.tr("From a prompt"))
        for prompt in content.prompts(self._services.language() if self._services else "en"):
            prompts.addAction(prompt, partial(self._new_from_text, f"## {prompt}\n\n"))
        templates = menu.addMenu(self.tr("From a template"))
        remove = QMenu(self.tr("Remove a template"), menu)
        found = self._services.journal.templates() if self._services else []
        for template in found:
            templates.addAction(template.name, partial(self._new_from_text, template.body))
            remove.addAction(
                template.name, partial(self._remove_template, template.id, template.name)
            )
        templates.setEnabled(bool(found))
        menu.addSeparator()
        save = menu.addAction(self.tr("Save this entry as a template…"), self.save_as_template)
        save.setEnabled(bool(self.editor.draft().body.strip()))
        menu.addMenu(remove)
        remove.setEnabled(bool(found))

    def _new_from_text(self, body: str) -> None:
        self.new_entry(body=body)

    def save_as_template(self) -> None:
        if self._services is None:
            return
        name = self._dialogs.ask_text(
            self, self.tr("Save as a template"), self.tr("A name for this template:")
        )
        if name is None:
            return
        try:
            self._services.journal.add_template(name, self.editor.draft().body)
        except ValueError as exc:
            self.editor.notice.show_error(describe(exc))
            return
        self.editor.notice.show_info(self.tr('Saved as the template "%1".').replace("%1", name))

    def _remove_template(self, template_id: str, name: str) -> None:
        if self._services is None or not self._dialogs.confirm(
            self,
            self.tr("Remove this template?"),
            self.tr('The template "%1" will be removed. Entries written from it stay.').replace(
                "%1", name
            ),
            accept_label=self.tr("Remove"),
            reject_label=self.tr("Keep it"),
        ):
            return
        self._services.journal.remove_template(template_id)

    def _editor_saved(self, changed: Changed) -> None:
        if not changed:
            return
        self.model.apply(changed)
        if self.calendar.isVisible():
            self.calendar.reload()
        self._fill_tags()
        self._show_list()
        self._select(self.editor.entry_id)
        self.changed.emit(changed)

    def _select(self, entry_id: str | None) -> None:
        if entry_id is None or self._services is None:
            return
        for row in range(min(self.model.rowCount(), 400)):
            index = self.model.index(row)
            if index.data(IdRole) == entry_id:
                self.timeline.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
                return

    # -- delete and undo --------------------------------------------------------------------

    def _delete(self, entry_id: str) -> None:
        services = self._services
        if services is None or not self._dialogs.confirm(
            self,
            self.tr("Delete this entry?"),
            self.tr(
                "The entry will be removed from your journal and from search. You can undo "
                "this for a few seconds."
            ),
            accept_label=self.tr("Delete"),
            reject_label=self.tr("Keep it"),
        ):
            return
        self.editor.flush()
        changed = services.journal.delete(entry_id)
        self.editor.open_entry(None)
        self.model.apply(changed)
        self._fill_tags()
        self._show_list()
        self._refresh_search()
        self.undo_bar.offer(entry_id)
        self.changed.emit(changed)

    def _finish_deletes(self) -> None:
        """The undo window is over: the deleted text leaves the vault file."""
        services = self._services
        if services is None:
            return
        self._tasks.submit(
            services.purge.offer_ended,
            None,
            lambda exc: log.warning("purging deletes failed: %s", type(exc).__name__),
        )

    def _undo_delete(self, entry_id: str) -> None:
        if self._services is None:
            return
        changed = self._services.journal.undo_delete(entry_id)
        self.model.apply(changed)
        self._fill_tags()
        self._show_list()
        self._refresh_search()
        self.open(entry_id)
        self._select(entry_id)
        self.changed.emit(changed)

    # -- search ---------------------------------------------------------------------------------

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _refresh_search(self) -> None:
        if self.search.text().strip():
            self._run_search()

    def _run_search(self) -> None:
        services = self._services
        query = self.search.text()
        self._search_serial += 1
        serial = self._search_serial
        if services is None or not query.strip():
            self.results.clear()
            self._show_list()
            return

        def done(found: tuple[list[SearchHit], list[tuple[str, str, str]]]) -> None:
            if serial == self._search_serial:  # a newer search has not started since
                self._show_results(*found)

        def search() -> tuple[list[SearchHit], list[tuple[str, str, str]]]:
            # Knowledge notes are searched with the journal, by the same rules.
            return (
                services.journal.search(query, 50, as_you_type=True),
                services.resources.search_notes(query, 10, as_you_type=True),
            )

        self._tasks.submit(
            search,
            done,
            lambda exc: log.warning("search failed: %s", type(exc).__name__),
        )

    def _show_results(
        self, hits: list[SearchHit], notes: list[tuple[str, str, str]] | None = None
    ) -> None:
        self.results.clear()
        notes = notes or []
        for hit in hits:
            snippet = " ".join(hit.snippet.split())
            plain = snippet.replace(MARK_START, "").replace(MARK_END, "")
            day = day_text(hit.day)
            item = QListWidgetItem(f"{day}  {hit.title}\n{plain}")
            item.setData(IdRole, hit.id)
            item.setData(SnippetRole, snippet_html(hit.title, day, snippet))
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                f"{day_text(hit.day, long=True)} {hit.title} {plain}",
            )
            self.results.addItem(item)
        for note_id, title, snippet in notes:
            label = self.tr("Note")
            flat = " ".join(snippet.split())
            plain = flat.replace(MARK_START, "").replace(MARK_END, "")
            item = QListWidgetItem(f"{label}: {title}\n{plain}")
            item.setData(NoteRole, note_id)
            item.setData(SnippetRole, snippet_html(title, label, flat))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{label} {title} {plain}")
            self.results.addItem(item)
        self._show_list()

    def _result_chosen(self, item: QListWidgetItem) -> None:
        entry_id = item.data(IdRole)
        if entry_id:
            self.open(entry_id)
        elif item.data(NoteRole):
            self.open_note.emit(item.data(NoteRole))
