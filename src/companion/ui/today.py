"""The Today page: a calm start after unlock.

A quick check-in, today's entry, a gentle prompt, recent wins, milestones and
(filled by the toolbox) the strategies that help. Words first, few numbers.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from companion.dates import day_text
from companion.domain.changes import Changed
from companion.domain.milestones import MilestoneKind, MilestoneStatus
from companion.domain.toolbox import Strategy
from companion.services import content
from companion.services.access import Services, describe
from companion.services.journal import Saved
from companion.services.progress import MILESTONE_TAG, Celebration, Overview
from companion.services.tasks import Tasks
from companion.services.toolbox import RankedStrategy
from companion.ui.toolbox.use_dialog import UseDialog
from companion.ui.widgets.common import SPACE_L, Columns, Notice, card, heading, paragraph
from companion.ui.widgets.mood import MoodPicker, mood_word


def _left(button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(button)
    row.addStretch(1)
    return row


class TodayPage(QScrollArea):
    open_entry = Signal(str)  # entry id
    open_safety_plan = Signal()
    write_entry = Signal(str)  # a starting text for a new entry ("" for none)
    changed = Signal(object)  # Changed
    backed_up = Signal()

    def __init__(self, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._services: Services | None = None
        self._today_entry: str | None = None
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(SPACE_L, SPACE_L, SPACE_L, SPACE_L)
        layout.setSpacing(SPACE_L)
        self.greeting = heading("", parent=body)
        layout.addWidget(self.greeting)
        self.celebration = Notice(body)
        layout.addWidget(self.celebration)

        columns = Columns(body)
        layout.addWidget(columns)
        check_in, col = card(columns, self.tr("How are you right now?"))
        self.mood = MoodPicker(check_in)
        self.line = QLineEdit(check_in)
        self.line.setPlaceholderText(self.tr("One line about it, if you like"))
        self.line.setAccessibleName(self.tr("One line about how you are"))
        self.check_in_button = QPushButton(self.tr("Check &in"), check_in)
        self.check_in_button.setAccessibleName(self.tr("Check in"))
        self.check_in_button.setEnabled(False)
        self.check_in_notice = Notice(check_in)
        row = QHBoxLayout()
        row.addWidget(self.line, 1)
        row.addWidget(self.check_in_button)
        col.addWidget(self.mood)
        col.addLayout(row)
        col.addWidget(self.check_in_notice)
        columns.add(check_in)

        entry_card, col = card(columns, self.tr("Today's entry"))
        self.entry_label = paragraph("", entry_card)
        self.entry_button = QPushButton(entry_card)
        self.entry_button.setAccessibleName(self.tr("Open today's entry"))
        col.addWidget(self.entry_label)
        col.addLayout(_left(self.entry_button))
        columns.add(entry_card)

        prompt_card, col = card(columns, self.tr("A gentle prompt"))
        self.prompt = paragraph("", prompt_card)
        self.prompt_button = QPushButton(self.tr("Write about this"), prompt_card)
        self.prompt_button.setAccessibleName(self.tr("Write about this prompt"))
        col.addWidget(self.prompt)
        col.addLayout(_left(self.prompt_button))
        columns.add(prompt_card)

        wins_card, col = card(columns, self.tr("Recent wins"))
        self.wins = paragraph("", wins_card)
        col.addWidget(self.wins)
        columns.add(wins_card, second=True)

        milestones_card, col = card(columns, self.tr("Milestones"))
        self.milestones = paragraph("", milestones_card)
        col.addWidget(self.milestones)
        self.mentoring = paragraph("", milestones_card)
        self.mentoring.hide()
        col.addWidget(self.mentoring)
        columns.add(milestones_card, second=True)

        strategies_card, col = card(columns, self.tr("Strategies that help me"))
        self.strategies = paragraph(
            self.tr("The strategies that help you most will appear here once you use the Toolbox."),
            strategies_card,
        )
        col.addWidget(self.strategies)
        self.strategy_rows = QVBoxLayout()
        col.addLayout(self.strategy_rows)
        self.strategy_buttons: list[QPushButton] = []
        columns.add(strategies_card, second=True)
        self.review_notice = Notice(body)
        layout.insertWidget(2, self.review_notice)
        # A gentle word after a week without a backup, with the one thing to do about it.
        self.backup_row = QWidget(body)
        row = QHBoxLayout(self.backup_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.backup_notice = paragraph(
            self.tr("It has been a while since your journal was last backed up."), self.backup_row
        )
        self.backup_button = QPushButton(self.tr("Back up now"), self.backup_row)
        self.backup_button.setAccessibleName(self.tr("Back up now"))
        row.addWidget(self.backup_notice, 1)
        row.addWidget(self.backup_button)
        self.backup_row.hide()
        self.backup_button.clicked.connect(self._back_up_now)
        layout.insertWidget(3, self.backup_row)
        layout.addStretch(1)

        self.setWidget(body)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.mood.moodChanged.connect(lambda m: self.check_in_button.setEnabled(m is not None))
        self.check_in_button.clicked.connect(self._check_in)
        self.line.returnPressed.connect(self._check_in)
        self.entry_button.clicked.connect(self._entry_clicked)
        self.prompt_button.clicked.connect(lambda: self.write_entry.emit(self.prompt.text()))

    # -- VaultPage ----------------------------------------------------------------------

    def attach(self, services: Services) -> None:
        self._services = services
        self.greeting.setText(self._greeting())
        self.prompt.setText(content.prompt_of_the_day(date.today(), services.language()))
        self.refresh()
        self._tasks.submit(
            lambda: services.progress.celebrate_due(self._celebration_title), self._celebrate
        )

    def save_drafts(self) -> None:
        pass  # the check-in line is kept only when the user checks in

    def detach(self) -> None:
        self._services = None
        self._today_entry = None
        self.mood.set_mood(None)
        self.line.setText("")  # setText also clears the undo history
        for label in (self.entry_label, self.wins, self.milestones):
            label.clear()
        for notice in (self.celebration, self.check_in_notice, self.review_notice):
            notice.clear_message()
        self._show_strategies([])

    # -- content ------------------------------------------------------------------------------

    def follow(self, _changed: Changed) -> None:
        """Another page changed entries: show the new state."""
        self.refresh()

    def refresh(self, _changed: Changed | None = None) -> None:
        services = self._services
        if services is None:
            return

        def load() -> tuple[
            Overview, str | None, str, list[RankedStrategy], bool, list[tuple[str, str]]
        ]:
            entry = None
            for seq in services.journal.timeline_for_day(date.today()):
                candidate = services.journal.get_by_seq(seq)
                # Celebrations are wins the app wrote; today's entry is the user's own.
                if candidate is not None and MILESTONE_TAG not in candidate.tags:
                    entry = candidate
                    break
            headline = entry.headline if entry else ""
            top = [r for r in services.toolbox.ranking() if r.ranked.mean_drop > 0][:3]
            due = [(mentor, mentee) for _p, mentor, mentee in services.groups.due_check_ins()]
            return (
                services.progress.overview(),
                entry.id if entry else None,
                headline,
                top,
                services.toolbox.review_due(),
                due,
            )

        self._tasks.submit(load, self._show)

    def _show(
        self,
        loaded: tuple[Overview, str | None, str, list[RankedStrategy], bool, list[tuple[str, str]]],
    ) -> None:
        if self._services is None:
            return
        overview, entry_id, headline, top, review_due, due = loaded
        if due:
            self.mentoring.setText(
                "\n".join(
                    self.tr("A mentoring check-in is due: %1 and %2.")
                    .replace("%1", mentor)
                    .replace("%2", mentee)
                    for mentor, mentee in due
                )
            )
        self.mentoring.setVisible(bool(due))
        self._show_strategies(top)
        self.backup_row.setVisible(self._services.backups.needs_nudge(datetime.now()))
        if review_due:
            self.review_notice.show_info(
                self.tr("It is time to look at your safety plan again (Safety plan).")
            )
        else:
            self.review_notice.clear_message()
        self._today_entry = entry_id
        if entry_id:
            self.entry_label.setText(headline or self.tr("You have written today."))
            self.entry_button.setText(self.tr("Open today's entry"))
        else:
            self.entry_label.setText(self.tr("Nothing written yet today. There is no rush."))
            self.entry_button.setText(self.tr("Write today's entry"))
        if overview.recent_wins:
            self.wins.setText(
                "\n".join(
                    f"{day_text(w.day)}  ★  {w.headline or self.tr('A small win')}"
                    for w in overview.recent_wins
                )
            )
        else:
            self.wins.setText(
                self.tr(
                    "Your small wins will gather here. Mark an entry as a small win to keep it."
                )
            )
        lines = [self._milestone_line(s) for s in overview.milestones[:4]]
        self.milestones.setText(
            "\n".join(lines)
            if lines
            else self.tr("Count the days since something, or set a goal, on the Progress page.")
        )

    def _back_up_now(self) -> None:
        services = self._services
        if services is None:
            return
        self.backup_button.setEnabled(False)
        self.backup_notice.setText(self.tr("Backing up…"))

        def done(_: object) -> None:
            self.backup_button.setEnabled(True)
            self.backup_row.hide()
            self.backup_notice.setText(
                self.tr("It has been a while since your journal was last backed up.")
            )
            self.backed_up.emit()

        def failed(error: BaseException) -> None:
            self.backup_button.setEnabled(True)
            self.backup_notice.setText(describe(error))

        self._tasks.submit(lambda: services.backups.run(datetime.now()), done, failed)

    def _show_strategies(self, top: list[RankedStrategy]) -> None:
        for button in self.strategy_buttons:
            button.deleteLater()
        self.strategy_buttons = []
        self.strategies.setVisible(not top)
        for entry in top:
            # Two clicks from here: this button, then Save.
            button = QPushButton(
                self.tr("I used %1…").replace("%1", entry.strategy.title), self.widget()
            )
            button.setAccessibleName(self.tr("I used %1").replace("%1", entry.strategy.title))
            button.clicked.connect(lambda _=False, s=entry.strategy: self._log_use(s))
            self.strategy_rows.addWidget(button)
            self.strategy_buttons.append(button)

    def _log_use(self, strategy: Strategy) -> None:
        services = self._services
        if services is None:
            return
        dialog = UseDialog(strategy.title, self)

        def save() -> None:
            try:
                services.toolbox.log_use(
                    strategy.id, dialog.before.value(), dialog.after.value(), dialog.note.text()
                )
            except ValueError as exc:
                self.check_in_notice.show_error(describe(exc))
                return
            self.check_in_notice.show_info(self.tr("Noted. Thank you for looking after yourself."))
            self.changed.emit(Changed(vault=True))

        dialog.accepted.connect(save)
        self.use_dialog = dialog
        dialog.open()

    def _milestone_line(self, s: MilestoneStatus) -> str:
        label = s.milestone.label
        if s.milestone.kind is MilestoneKind.DAYS_SINCE:
            text = self.tr("%1: %n days", "", s.current_days or 0).replace("%1", label)
            if s.next_days is not None and s.current_days is not None:
                text += self.tr(" (next: %n days)", "", s.next_days)
            return text
        if s.milestone.reached_day is not None:
            return self.tr("%1: reached. Well done.").replace("%1", label)
        days = s.days_to_target or 0
        if days >= 0:
            return self.tr("%1: in %n days", "", days).replace("%1", label)
        return self.tr("%1: the date has passed; keep going at your own pace").replace("%1", label)

    def _celebration_title(self, label: str, days: int) -> str:
        return self.tr("%1: %n days", "", days).replace("%1", label)

    def _celebrate(self, celebrations: list[Celebration]) -> None:
        if not celebrations or self._services is None:
            return
        parts = []
        for c in celebrations:
            if c.days is None:
                parts.append(self.tr("You reached %1.").replace("%1", c.label))
            else:
                parts.append(
                    self.tr("%n days: %1. That matters.", "", c.days).replace("%1", c.label)
                )
        self.celebration.show_info(" ".join(parts))
        self.refresh()
        self.changed.emit(Changed(entries=frozenset({"celebration"})))

    # -- actions --------------------------------------------------------------------------------

    def _check_in(self) -> None:
        services = self._services
        mood = self.mood.mood()
        if services is None or mood is None:
            return
        line = self.line.text()

        def done(saved: Saved) -> None:
            self.line.clear()
            self.mood.set_mood(None)
            self.check_in_button.setEnabled(False)
            self.check_in_notice.show_info(
                self.tr("Thank you for checking in. Feeling %1 is noted in today's entry.").replace(
                    "%1", mood_word(mood).lower()
                )
            )
            self.refresh()
            self.changed.emit(saved.changed)

        self._tasks.submit(
            lambda: services.journal.check_in(mood, line),
            done,
            lambda exc: self.check_in_notice.show_error(describe(exc)),
        )

    def _entry_clicked(self) -> None:
        if self._today_entry:
            self.open_entry.emit(self._today_entry)
        else:
            self.write_entry.emit("")

    def _greeting(self) -> str:
        hour = datetime.now().hour
        if hour < 5:
            return self.tr("Hello, night owl")
        if hour < 12:
            return self.tr("Good morning")
        if hour < 18:
            return self.tr("Good afternoon")
        return self.tr("Good evening")
