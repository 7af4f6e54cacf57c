"""The Groups page: your peer-support groups, their members (first names or aliases only),
sessions, the encouragement wall and peer mentoring."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from companion.dates import day_text, moment_text
from companion.domain.changes import Changed
from companion.domain.groups import GroupDraft, Role
from companion.services.access import Services, describe
from companion.services.crisis import crisis_lines_for_card
from companion.services.purge import UNDO_SECONDS
from companion.settings import SettingsStore
from companion.ui.groups.handout_builder import HandoutBuilder
from companion.ui.groups.session_editor import SessionEditor
from companion.ui.icons import icon
from companion.ui.models.timeline import IdRole
from companion.ui.widgets.common import Notice, paragraph
from companion.ui.widgets.dialogs import Dialogs
from companion.ui.widgets.empty import EmptyHint


class GroupsPage(QWidget):
    changed = Signal(object)

    def __init__(
        self,
        dialogs: Dialogs,
        settings: SettingsStore,
        crisis_override: Path | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._dialogs = dialogs
        self._settings = settings
        self._crisis_override = crisis_override
        self._services: Services | None = None
        self._group_id = ""
        self._deleted = ""
        self.builder: HandoutBuilder | None = None

        self.groups = QListWidget(self)
        self.groups.setAccessibleName(self.tr("Your groups"))
        EmptyHint(
            self.groups,
            self.tr("No groups yet. Add the peer-support group you go to or run with New group."),
            "groups",
        )
        self.new_group = QPushButton(self.tr("New group"), self)
        self.new_group.setIcon(icon("add"))
        self.delete_group = QPushButton(self.tr("Delete group…"), self)
        self.undo = QPushButton(self.tr("Undo delete"), self)
        self.undo.hide()
        self._undo_timer = QTimer(self, singleShot=True, interval=UNDO_SECONDS * 1000)
        self._undo_timer.setTimerType(Qt.TimerType.PreciseTimer)  # never ends the offer early
        self._undo_timer.timeout.connect(self._undo_expired)
        left = QVBoxLayout()
        left.addWidget(self.groups, 1)
        left.addWidget(self.new_group)
        left.addWidget(self.delete_group)
        left.addWidget(self.undo)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._about_tab(), self.tr("About"))
        self.tabs.addTab(self._members_tab(), self.tr("Members"))
        self.tabs.addTab(self._sessions_tab(), self.tr("Sessions"))
        self.tabs.addTab(self._wall_tab(), self.tr("Encouragement wall"))
        self.tabs.addTab(self._mentoring_tab(), self.tr("Mentoring"))
        left_widget = QWidget(self)
        left_widget.setLayout(left)
        splitter = QSplitter(self)
        splitter.addWidget(left_widget)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 3)
        QHBoxLayout(self).addWidget(splitter)

        self.groups.currentItemChanged.connect(lambda item, _p: self._choose(item))
        self.new_group.clicked.connect(self._new_group)
        self.delete_group.clicked.connect(self._delete_group)
        self.undo.clicked.connect(self._undo_delete)
        self.tabs.setEnabled(False)

    # -- tabs --------------------------------------------------------------------------------

    def _about_tab(self) -> QWidget:
        tab = QWidget(self)
        self.name = QLineEdit(tab)
        self.name.setAccessibleName(self.tr("Group name"))
        self.focus = QLineEdit(tab)
        self.focus.setAccessibleName(self.tr("Focus"))
        self.schedule = QLineEdit(tab)
        self.schedule.setAccessibleName(self.tr("When it meets"))
        self.place = QLineEdit(tab)
        self.place.setAccessibleName(self.tr("Place or link"))
        self.facilitators = QLineEdit(tab)
        self.facilitators.setAccessibleName(self.tr("Facilitators"))
        self.role = QComboBox(tab)
        self.role.setAccessibleName(self.tr("My role"))
        for role, word in (
            (Role.MEMBER, self.tr("Member")),
            (Role.FACILITATOR, self.tr("Facilitator")),
            (Role.MENTOR, self.tr("Mentor")),
        ):
            self.role.addItem(word, role.value)
        self.agreements = QPlainTextEdit(tab)
        self.agreements.setAccessibleName(self.tr("Group agreements, one per line"))
        self.resources = QPlainTextEdit(tab)
        self.resources.setAccessibleName(self.tr("The group's resources, one per line"))
        self.crisis = QPlainTextEdit(tab)
        self.crisis.setAccessibleName(self.tr("Local crisis lines, one per line"))
        self.save_group = QPushButton(self.tr("Save group"), tab)
        self.about_notice = Notice(tab)
        form = QFormLayout(tab)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Focus"), self.focus)
        form.addRow(self.tr("Meets"), self.schedule)
        form.addRow(self.tr("Where"), self.place)
        form.addRow(self.tr("Facilitators"), self.facilitators)
        form.addRow(self.tr("My role"), self.role)
        form.addRow(self.tr("Agreements"), self.agreements)
        form.addRow(self.tr("Resources"), self.resources)
        form.addRow(self.tr("Crisis lines"), self.crisis)
        form.addRow("", self.save_group)
        form.addRow("", self.about_notice)
        self.save_group.clicked.connect(self.save_about)
        return tab

    def _members_tab(self) -> QWidget:
        tab = QWidget(self)
        self.members = QListWidget(tab)
        self.members.setAccessibleName(self.tr("Members"))
        EmptyHint(self.members, self.tr("No members yet. Add people by first name or alias."))
        self.alias = QLineEdit(tab)
        self.alias.setAccessibleName(self.tr("First name or alias"))
        self.alias.setPlaceholderText(self.tr("First name or alias"))
        self.contact = QLineEdit(tab)
        self.contact.setAccessibleName(self.tr("Contact note (optional)"))
        self.contact.setPlaceholderText(self.tr("Contact note (optional)"))
        self.consent = QCheckBox(self.tr("Agrees to be mentioned in shared notes"), tab)
        self.add_member = QPushButton(self.tr("Add member"), tab)
        self.members_notice = Notice(tab)
        col = QVBoxLayout(tab)
        col.addWidget(
            paragraph(
                self.tr(
                    "Members are recorded by first name or alias only: no surnames, addresses or "
                    "diagnoses."
                ),
                tab,
            )
        )
        col.addWidget(self.members, 1)
        row = QHBoxLayout()
        row.addWidget(self.alias, 1)
        row.addWidget(self.contact, 1)
        col.addLayout(row)
        col.addWidget(self.consent)
        col.addWidget(self.add_member)
        col.addWidget(self.members_notice)
        self.add_member.clicked.connect(self._add_member)
        self.alias.returnPressed.connect(self._add_member)
        return tab

    def _sessions_tab(self) -> QWidget:
        tab = QWidget(self)
        self.sessions = QListWidget(tab)
        self.sessions.setAccessibleName(self.tr("Sessions, newest first"))
        EmptyHint(self.sessions, self.tr("No sessions yet. Plan the next one with New session."))
        self.new_session = QPushButton(self.tr("New session"), tab)
        self.new_session.setIcon(icon("add"))
        self.editor = SessionEditor(tab)
        left = QVBoxLayout()
        left.addWidget(self.sessions, 1)
        left.addWidget(self.new_session)
        left_widget = QWidget(tab)
        left_widget.setLayout(left)
        splitter = QSplitter(tab)
        splitter.addWidget(left_widget)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(1, 3)
        QHBoxLayout(tab).addWidget(splitter)
        self.sessions.currentItemChanged.connect(lambda item, _p: self._open_session(item))
        self.new_session.clicked.connect(self._new_session)
        self.editor.saved.connect(self._reload_sessions)
        self.editor.handout_requested.connect(self.open_handout)
        return tab

    def _wall_tab(self) -> QWidget:
        tab = QWidget(self)
        self.wall = QListWidget(tab)
        self.wall.setAccessibleName(self.tr("Encouragement wall"))
        EmptyHint(self.wall, self.tr("Stories shared with consent will gather here."))
        self.wall.setWordWrap(True)
        col = QVBoxLayout(tab)
        col.addWidget(
            paragraph(
                self.tr(
                    "Stories of progress shared in sessions, kept with the teller's agreement."
                ),
                tab,
            )
        )
        col.addWidget(self.wall, 1)
        return tab

    def _mentoring_tab(self) -> QWidget:
        tab = QWidget(self)
        self.pairs = QListWidget(tab)
        self.pairs.setAccessibleName(self.tr("Mentoring pairs"))
        EmptyHint(self.pairs, self.tr("No mentoring pairs yet. Pair two members who agreed."))
        self.mentor = QComboBox(tab)
        self.mentor.setAccessibleName(self.tr("Mentor"))
        self.mentee = QComboBox(tab)
        self.mentee.setAccessibleName(self.tr("Mentee"))
        self.pair_consent = QCheckBox(self.tr("Both agreed"), tab)
        self.add_pair = QPushButton(self.tr("Pair them"), tab)
        self.how = QLineEdit(tab)
        self.how.setAccessibleName(self.tr("How the check-in went"))
        self.how.setPlaceholderText(self.tr("How it went"))
        self.next_step = QLineEdit(tab)
        self.next_step.setAccessibleName(self.tr("Next step"))
        self.next_step.setPlaceholderText(self.tr("Next step"))
        self.log_check_in = QPushButton(self.tr("Log a check-in"), tab)
        self.log = QListWidget(tab)
        self.log.setAccessibleName(self.tr("Check-ins of this pair"))
        EmptyHint(self.log, self.tr("No check-ins logged for this pair yet."))
        self.mentoring_notice = Notice(tab)
        col = QVBoxLayout(tab)
        col.addWidget(self.pairs, 1)
        row = QHBoxLayout()
        for widget in (self.mentor, self.mentee, self.pair_consent, self.add_pair):
            row.addWidget(widget)
        col.addLayout(row)
        row2 = QHBoxLayout()
        for log_widget in (self.how, self.next_step, self.log_check_in):
            row2.addWidget(log_widget)
        col.addLayout(row2)
        col.addWidget(self.log, 1)
        col.addWidget(self.mentoring_notice)
        self.add_pair.clicked.connect(self._add_pair)
        self.log_check_in.clicked.connect(self._log_check_in)
        self.pairs.currentItemChanged.connect(lambda _i, _p: self._show_log())
        return tab

    # -- VaultPage --------------------------------------------------------------------------

    def attach(self, services: Services) -> None:
        self._services = services
        self._reload_groups()

    def save_drafts(self) -> None:
        self.editor.save_drafts()

    def detach(self) -> None:
        self.editor.clear()
        if self.builder is not None:
            self.builder.close()
            self.builder = None
        self._services = None
        self._group_id = ""
        for widget in (self.groups, self.members, self.sessions, self.wall, self.pairs, self.log):
            widget.clear()
        for edit in (
            self.name,
            self.focus,
            self.schedule,
            self.place,
            self.facilitators,
            self.alias,
            self.contact,
        ):
            edit.clear()
        for text in (self.agreements, self.resources, self.crisis):
            text.clear()
        self.tabs.setEnabled(False)

    def follow(self, _changed: Changed) -> None:
        pass

    # -- groups ----------------------------------------------------------------------------------

    def _reload_groups(self, select: str = "") -> None:
        if self._services is None:
            return
        self.groups.blockSignals(True)
        self.groups.clear()
        for group in self._services.groups.groups():
            item = QListWidgetItem(group.name)
            item.setData(IdRole, group.id)
            self.groups.addItem(item)
            if group.id == (select or self._group_id):
                self.groups.setCurrentItem(item)
        self.groups.blockSignals(False)
        self._choose(self.groups.currentItem())

    def _choose(self, item: QListWidgetItem | None) -> None:
        if self._services is None:
            return
        self.editor.save_drafts()
        self._group_id = item.data(IdRole) if item else ""
        group = self._services.groups.group(self._group_id) if self._group_id else None
        self.tabs.setEnabled(group is not None or not self.groups.count())
        self.name.setText(group.name if group else "")
        self.focus.setText(group.focus if group else "")
        self.schedule.setText(group.schedule if group else "")
        self.place.setText(group.place if group else "")
        self.facilitators.setText(group.facilitators if group else "")
        self.role.setCurrentIndex(
            max(0, self.role.findData(group.my_role.value if group else Role.MEMBER.value))
        )
        self.agreements.setPlainText("\n".join(group.agreements) if group else "")
        self.resources.setPlainText("\n".join(group.resources) if group else "")
        self.crisis.setPlainText("\n".join(group.crisis_lines) if group else "")
        self._reload_members()
        self._reload_sessions()
        self._reload_wall()
        self._reload_pairs()

    def _new_group(self) -> None:
        self.groups.blockSignals(True)
        self.groups.setCurrentRow(-1)
        self.groups.blockSignals(False)
        self._group_id = ""
        self._choose(None)
        self.tabs.setEnabled(True)
        self.tabs.setCurrentIndex(0)
        self.name.setFocus()

    def save_about(self) -> None:
        if self._services is None:
            return
        draft = GroupDraft(
            self.name.text(),
            self.focus.text(),
            self.schedule.text(),
            self.place.text(),
            self.facilitators.text(),
            tuple(self.agreements.toPlainText().splitlines()),
            tuple(self.resources.toPlainText().splitlines()),
            tuple(self.crisis.toPlainText().splitlines()),
            Role(self.role.currentData()),
        )
        try:
            group = self._services.groups.save_group(self._group_id or None, draft)
        except ValueError as exc:
            self.about_notice.show_error(describe(exc))
            return
        self.about_notice.show_info(self.tr("Saved."))
        self._reload_groups(group.id)

    def _delete_group(self) -> None:
        if self._services is None or not self._group_id:
            return
        count = self._services.groups.session_count(self._group_id)
        if count and not self._dialogs.confirm(
            self,
            self.tr("Delete this group?"),
            self.tr(
                "The group has %n sessions. They go with it; you can undo this for a few seconds.",
                "",
                count,
            ),
            accept_label=self.tr("Delete"),
            reject_label=self.tr("Keep it"),
        ):
            return
        self._deleted = self._group_id
        self._services.groups.delete_group(self._group_id)
        self._group_id = ""
        self.undo.show()
        self._undo_timer.start()
        self._reload_groups()

    def _undo_expired(self) -> None:
        """The undo window is over: the group's text leaves the vault file."""
        self.undo.hide()
        self._deleted = ""
        if self._services is not None:
            self._services.purge.offer_ended()

    def _undo_delete(self) -> None:
        if self._services is None or not self._deleted:
            return
        self._services.groups.undo_delete_group(self._deleted)
        self.undo.hide()
        self._reload_groups(self._deleted)

    # -- members -------------------------------------------------------------------------------

    def _reload_members(self) -> None:
        self.members.clear()
        members = (
            self._services.groups.members(self._group_id)
            if (self._services and self._group_id)
            else []
        )
        for member in members:
            mark = "" if member.consent else "  " + self.tr("(not to be mentioned)")
            item = QListWidgetItem(member.alias + mark)
            item.setData(IdRole, member.id)
            self.members.addItem(item)
        for combo in (self.mentor, self.mentee):
            combo.clear()
            for member in members:
                combo.addItem(member.alias, member.id)

    def _add_member(self) -> None:
        if self._services is None or not self._group_id:
            self.members_notice.show_error(self.tr("Save the group first."))
            return
        try:
            added = self._services.groups.add_member(
                self._group_id, self.alias.text(), self.contact.text(), self.consent.isChecked()
            )
        except ValueError as exc:
            self.members_notice.show_error(describe(exc))
            return
        if added.notice:
            self.members_notice.show_info(added.notice)
        else:
            self.members_notice.clear_message()
        self.alias.clear()
        self.contact.clear()
        self.consent.setChecked(False)
        self._reload_members()

    # -- sessions --------------------------------------------------------------------------------

    def _reload_sessions(self) -> None:
        keep = self.sessions.currentItem().data(IdRole) if self.sessions.currentItem() else ""
        self.sessions.blockSignals(True)
        self.sessions.clear()
        found = (
            self._services.groups.sessions(self._group_id)
            if (self._services and self._group_id)
            else []
        )
        for session_id, when, topic in found:
            item = QListWidgetItem(f"{moment_text(when)}  {topic}")
            item.setData(IdRole, session_id)
            self.sessions.addItem(item)
            if session_id == keep:
                self.sessions.setCurrentItem(item)
        self.sessions.blockSignals(False)

    def _open_session(self, item: QListWidgetItem | None) -> None:
        if item is not None and self._services is not None:
            self.editor.show_session(self._services, item.data(IdRole))

    def _new_session(self) -> None:
        if self._services is None or not self._group_id:
            return
        last = self._services.groups.sessions(self._group_id)
        when = (
            (last[0][1] + timedelta(days=7))
            if last
            else datetime.now().replace(hour=19, minute=0, second=0, microsecond=0)
        )
        session = self._services.groups.add_session(self._group_id, when, "")
        self._reload_sessions()
        for row in range(self.sessions.count()):
            if self.sessions.item(row).data(IdRole) == session.id:
                self.sessions.setCurrentRow(row)
        self.editor.topic.setFocus()

    def open_handout(self, session_id: str) -> None:
        if self._services is None:
            return
        lines = crisis_lines_for_card(self._settings, self._crisis_override)
        builder = HandoutBuilder(self._services, session_id, lines, self._dialogs, self)
        self.builder = builder
        builder.open()

    # -- wall and mentoring ------------------------------------------------------------------------

    def _reload_wall(self) -> None:
        self.wall.clear()
        if self._services is None or not self._group_id:
            return
        for when, item in self._services.groups.wall(self._group_id):
            self.wall.addItem(
                f"{day_text(when)}  {item.title}" + (f"\n{item.body}" if item.body else "")
            )

    def _reload_pairs(self) -> None:
        self.pairs.clear()
        if self._services is None or not self._group_id:
            return
        aliases = {m.id: m.alias for m in self._services.groups.members(self._group_id)}
        for pair in self._services.groups.pairs(self._group_id):
            label = (
                self.tr("%1 mentors %2")
                .replace("%1", aliases.get(pair.mentor_id, "?"))
                .replace("%2", aliases.get(pair.mentee_id, "?"))
            )
            if not pair.consent:
                label += "  " + self.tr("(not yet agreed)")
            item = QListWidgetItem(label)
            item.setData(IdRole, pair.id)
            self.pairs.addItem(item)

    def _add_pair(self) -> None:
        if self._services is None or not self._group_id:
            return
        try:
            self._services.groups.add_pair(
                self._group_id,
                self.mentor.currentData(),
                self.mentee.currentData(),
                self.pair_consent.isChecked(),
            )
        except (ValueError, TypeError) as exc:
            self.mentoring_notice.show_error(describe(exc))
            return
        self._reload_pairs()

    def _log_check_in(self) -> None:
        item = self.pairs.currentItem()
        if self._services is None or item is None:
            return
        self._services.groups.check_in(item.data(IdRole), self.how.text(), self.next_step.text())
        self.how.clear()
        self.next_step.clear()
        self._show_log()
        self.changed.emit(Changed(vault=True))

    def _show_log(self) -> None:
        self.log.clear()
        item = self.pairs.currentItem()
        if self._services is None or item is None:
            return
        for day, how, next_step in self._services.groups.checkins(item.data(IdRole)):
            self.log.addItem(f"{day_text(day)}  {how}" + (f"  →  {next_step}" if next_step else ""))
