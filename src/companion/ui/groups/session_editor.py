"""One session: date, topic, timed agenda, attendance, tool of the week, what was shared,
follow-ups, and the private facilitator notes (never printed, exported or synced)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from companion.domain.groups import Session
from companion.services.access import Services, describe
from companion.ui.groups.agenda_model import AgendaModel
from companion.ui.icons import icon
from companion.ui.models.timeline import IdRole
from companion.ui.widgets.common import Notice


class SessionEditor(QWidget):
    saved = Signal()
    handout_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services: Services | None = None
        self._session: Session | None = None
        self._dirty = False
        self.when = QDateTimeEdit(self)
        self.when.setCalendarPopup(True)
        self.when.setAccessibleName(self.tr("Date and time"))
        self.topic = QLineEdit(self)
        self.topic.setAccessibleName(self.tr("Topic"))
        self.agenda = AgendaModel()
        self.agenda_view = QTableView(self)
        self.agenda_view.setModel(self.agenda)
        self.agenda_view.setAccessibleName(self.tr("Agenda"))
        self.agenda_view.verticalHeader().hide()
        self.agenda_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.add_item = QPushButton(self.tr("Add item"), self)
        self.remove_item = QPushButton(self.tr("Remove item"), self)
        self.item_up = QPushButton(self.tr("Up"), self)
        self.item_up.setAccessibleName(self.tr("Move the agenda item up"))
        self.item_down = QPushButton(self.tr("Down"), self)
        self.item_down.setAccessibleName(self.tr("Move the agenda item down"))
        self.total = QLabel(self)
        self.attendance = QListWidget(self)
        self.attendance.setAccessibleName(self.tr("Who came"))
        self.check_in_note = QLineEdit(self)
        self.check_in_note.setAccessibleName(self.tr("Check-in note for the chosen member"))
        self.check_in_note.setPlaceholderText(self.tr("Check-in (short, never printed)"))
        self.check_out_note = QLineEdit(self)
        self.check_out_note.setAccessibleName(self.tr("Check-out note for the chosen member"))
        self.check_out_note.setPlaceholderText(self.tr("Check-out (short, never printed)"))
        for note in (self.check_in_note, self.check_out_note):
            note.setMaxLength(280)
            note.setEnabled(False)
        self.tool = QComboBox(self)
        self.tool.setAccessibleName(self.tr("Tool of the week"))
        self.shared = QListWidget(self)
        self.shared.setAccessibleName(self.tr("Shared in the group"))
        self.share_title = QLineEdit(self)
        self.share_title.setAccessibleName(self.tr("What was shared"))
        self.share_title.setPlaceholderText(self.tr("A strategy or a story that was shared"))
        self.share_story = QCheckBox(self.tr("A story (kept for the wall if they agreed)"), self)
        self.share_button = QPushButton(self.tr("Add"), self)
        self.share_button.setAccessibleName(self.tr("Add what was shared"))
        self.adopt_button = QPushButton(self.tr("Adopt into my toolbox"), self)
        self.follow_ups = QPlainTextEdit(self)
        self.follow_ups.setAccessibleName(self.tr("Follow-ups for next time"))
        self.private = QPlainTextEdit(self)
        self.private.setAccessibleName(self.tr("Private facilitator notes"))
        lock = QLabel(
            self.tr("Private facilitator notes (locked): never printed, exported or synced."),
            self,
        )
        lock.setWordWrap(True)
        lock_font = lock.font()
        lock_font.setBold(True)
        lock.setFont(lock_font)
        self.notice = Notice(self)
        self.save_button = QPushButton(self.tr("Save session"), self)
        self.handout_button = QPushButton(self.tr("Handout…"), self)
        self.handout_button.setIcon(icon("print"))
        self.handout_button.setAccessibleName(self.tr("Build a handout for this session"))

        form = QFormLayout()
        form.addRow(self.tr("When"), self.when)
        form.addRow(self.tr("Topic"), self.topic)
        items = QHBoxLayout()
        for button in (self.add_item, self.remove_item, self.item_up, self.item_down):
            items.addWidget(button)
        items.addStretch(1)
        items.addWidget(self.total)
        share_row = QHBoxLayout()
        share_row.addWidget(self.share_title, 1)
        share_row.addWidget(self.share_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.handout_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Agenda"), self))
        layout.addWidget(self.agenda_view, 2)
        layout.addLayout(items)
        columns = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(QLabel(self.tr("Who came"), self))
        left.addWidget(self.attendance)
        left.addWidget(self.check_in_note)
        left.addWidget(self.check_out_note)
        right.addWidget(QLabel(self.tr("Tool of the week"), self))
        right.addWidget(self.tool)
        right.addWidget(QLabel(self.tr("Shared in the group"), self))
        right.addWidget(self.shared)
        right.addLayout(share_row)
        right.addWidget(self.share_story)
        right.addWidget(self.adopt_button)
        columns.addLayout(left, 1)
        columns.addLayout(right, 2)
        layout.addLayout(columns, 2)
        # Side by side, so the whole session fits a 720-pixel-high window.
        notes = QGridLayout()
        notes.addWidget(QLabel(self.tr("Follow-ups for next time"), self), 0, 0)
        notes.addWidget(self.follow_ups, 1, 0)
        notes.addWidget(lock, 0, 1)
        notes.addWidget(self.private, 1, 1)
        for edit in (self.follow_ups, self.private):  # the agenda gets the room first
            edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
            edit.setMinimumHeight(self.fontMetrics().height() * 4)
        notes.setColumnStretch(0, 1)
        notes.setColumnStretch(1, 1)
        layout.addLayout(notes, 1)
        layout.addWidget(self.notice)
        layout.addLayout(buttons)

        self.agenda.problem.connect(self.notice.show_error)
        self.agenda.edited.connect(self._agenda_edited)
        self.add_item.clicked.connect(lambda: self.agenda.add(self.tr("New item"), 10))
        self.remove_item.clicked.connect(
            lambda: self.agenda.remove(self.agenda_view.currentIndex().row())
        )
        self.item_up.clicked.connect(lambda: self._move(-1))
        self.item_down.clicked.connect(lambda: self._move(1))
        for signal in (
            self.topic.textChanged,
            self.follow_ups.textChanged,
            self.private.textChanged,
            self.when.dateTimeChanged,
        ):
            signal.connect(self._mark_dirty)
        self.tool.currentIndexChanged.connect(self._mark_dirty)
        self.attendance.itemChanged.connect(self._attendance_changed)
        self.attendance.currentItemChanged.connect(lambda item, _p: self._show_notes(item))
        self.check_in_note.editingFinished.connect(self._save_notes)
        self.check_out_note.editingFinished.connect(self._save_notes)
        self.share_button.clicked.connect(self._share)
        self.adopt_button.clicked.connect(self._adopt)
        self.save_button.clicked.connect(self.save)
        self.handout_button.clicked.connect(self._handout)
        self.setEnabled(False)

    def _mark_dirty(self, *_: object) -> None:
        self._dirty = True

    def _agenda_edited(self) -> None:
        self._dirty = True
        self.total.setText(
            self.tr("Total: %n minutes", "", sum(i.minutes for i in self.agenda.items()))
        )

    def _move(self, delta: int) -> None:
        row = self.agenda.move(self.agenda_view.currentIndex().row(), delta)
        self.agenda_view.selectRow(row)

    def show_session(self, services: Services, session_id: str) -> None:
        self.save_drafts()
        self._services = services
        session = services.groups.session(session_id)
        self._session = session
        if session is None:
            self.setEnabled(False)
            return
        self.setEnabled(True)
        start = session.starts_at
        self.when.setDateTime(
            QDateTime(start.year, start.month, start.day, start.hour, start.minute, 0)
        )
        self.topic.setText(session.topic)
        self.agenda.set_items(list(session.agenda), session.starts_at)
        self.follow_ups.setPlainText(session.follow_ups)
        self.private.setPlainText(session.private_notes)
        self.tool.blockSignals(True)
        self.tool.clear()
        self.tool.addItem(self.tr("No tool this week"), None)
        for strategy in services.toolbox.strategies():
            self.tool.addItem(strategy.title, strategy.id)
        self.tool.setCurrentIndex(max(0, self.tool.findData(session.tool_id)))
        self.tool.blockSignals(False)
        present = {m: p for m, p, _i, _o in services.groups.attendance(session.id)}
        self.attendance.blockSignals(True)
        self.attendance.clear()
        for member in services.groups.members(session.group_id):
            item = QListWidgetItem(member.alias)
            item.setData(IdRole, member.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if present.get(member.id) else Qt.CheckState.Unchecked
            )
            self.attendance.addItem(item)
        self.attendance.blockSignals(False)
        self._show_shared()
        self._agenda_edited()
        self._dirty = False
        self.notice.clear_message()

    def _show_shared(self) -> None:
        self.shared.clear()
        if self._services is None or self._session is None:
            return
        for item in self._services.groups.shared(self._session.id):
            kind = self.tr("Story") if item.kind == "story" else self.tr("Strategy")
            label = f"{kind}: {item.title}"
            row = QListWidgetItem(label)
            row.setData(IdRole, item.id)
            self.shared.addItem(row)

    def save_drafts(self) -> None:
        if self._dirty:
            self.save()

    def save(self) -> None:
        if self._services is None or self._session is None:
            return
        when = self.when.dateTime().toPython()
        assert isinstance(when, datetime)
        session = replace(
            self._session,
            starts_at=when.replace(second=0, microsecond=0),
            topic=self.topic.text().strip(),
            tool_id=self.tool.currentData(),
            follow_ups=self.follow_ups.toPlainText(),
            private_notes=self.private.toPlainText(),
            agenda=tuple(self.agenda.items()),
        )
        try:
            self._session = self._services.groups.update_session(session)
        except ValueError as exc:
            self.notice.show_error(describe(exc))
            return
        self._dirty = False
        self.notice.show_info(self.tr("Saved."))
        self.saved.emit()

    def _attendance_changed(self, item: QListWidgetItem) -> None:
        self._save_notes(item)

    def _show_notes(self, item: QListWidgetItem | None) -> None:
        notes = (
            {m: (i, o) for m, _p, i, o in self._services.groups.attendance(self._session.id)}
            if (self._services and self._session)
            else {}
        )
        check_in, check_out = notes.get(item.data(IdRole), ("", "")) if item else ("", "")
        for edit, text in ((self.check_in_note, check_in), (self.check_out_note, check_out)):
            edit.setText(text)
            edit.setEnabled(item is not None)

    def _save_notes(self, item: QListWidgetItem | None = None) -> None:
        item = item or self.attendance.currentItem()
        if self._services is None or self._session is None or item is None:
            return
        current = item is self.attendance.currentItem()
        saved = {m: (i, o) for m, _p, i, o in self._services.groups.attendance(self._session.id)}
        check_in, check_out = saved.get(item.data(IdRole), ("", ""))
        if current:
            check_in, check_out = self.check_in_note.text(), self.check_out_note.text()
        self._services.groups.set_attendance(
            self._session.id,
            item.data(IdRole),
            item.checkState() == Qt.CheckState.Checked,
            check_in,
            check_out,
        )

    def _share(self) -> None:
        if self._services is None or self._session is None:
            return
        try:
            self._services.groups.share(
                self._session.id,
                "story" if self.share_story.isChecked() else "strategy",
                self.share_title.text(),
                consent=self.share_story.isChecked(),
            )
        except ValueError as exc:
            self.notice.show_error(describe(exc))
            return
        self.share_title.clear()
        self._show_shared()

    def _adopt(self) -> None:
        row = self.shared.currentItem()
        if self._services is None or self._session is None or row is None:
            return
        item = next(
            (i for i in self._services.groups.shared(self._session.id) if i.id == row.data(IdRole)),
            None,
        )
        if item is None or item.kind != "strategy":
            self.notice.show_error(self.tr("Choose a shared strategy to adopt."))
            return
        strategy = self._services.groups.adopt(item)
        self.notice.show_info(self.tr('"%1" is in your toolbox now.').replace("%1", strategy.title))

    def _handout(self) -> None:
        if self._session is not None:
            self.save_drafts()
            self.handout_requested.emit(self._session.id)

    def clear(self) -> None:
        self._services = None
        self._session = None
        self._dirty = False
        for edit in (self.follow_ups, self.private):
            edit.clear()
        self.topic.clear()
        self.agenda.set_items([], datetime(2000, 1, 1))
        self.attendance.clear()
        self.shared.clear()
        self.check_in_note.setText("")
        self.check_out_note.setText("")
        self.setEnabled(False)
