"""The Progress page: charts, gentle numbers, milestones, and the report for a clinician."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from companion.dates import day_text, month_text
from companion.domain.changes import Changed
from companion.domain.charts import BarChart, LineChart, Span, line_chart
from companion.domain.journal import Mood
from companion.domain.milestones import MilestoneKind, MilestoneStatus
from companion.domain.progress import consistency, longest_streak, monthly_averages, wins_per_week
from companion.domain.trackers import Tracker
from companion.services.access import Services, describe
from companion.services.tasks import Tasks
from companion.ui.models.timeline import IdRole
from companion.ui.progress.charts import ChartCard
from companion.ui.progress.milestone_dialogs import LapseDialog, MilestoneDialog
from companion.ui.progress.report_dialog import ReportDialog
from companion.ui.widgets.common import SPACE_L, Columns, Notice, card, heading, paragraph
from companion.ui.widgets.dates import to_date
from companion.ui.widgets.dialogs import Dialogs
from companion.ui.widgets.empty import EmptyHint
from companion.ui.widgets.mood import mood_word


@dataclass(frozen=True)
class Loaded:
    """Everything the page shows, gathered on the worker."""

    span: Span
    today: date
    mood: list[tuple[date, float]]
    trackers: list[tuple[Tracker, list[tuple[date, float]]]]
    days: list[date]
    win_days: list[date]
    milestones: list[MilestoneStatus]


def load(services: Services, span: Span, today: date) -> Loaded:
    first = span.start(today)
    journal = services.journal
    return Loaded(
        span=span,
        today=today,
        mood=[(d, mean) for d, mean, _ in journal.mood_by_day(first, today)],
        trackers=[(t, journal.tracker_points(t.id, first, today)) for t in journal.trackers()],
        days=journal.entry_days(),
        win_days=journal.win_days(first, today),
        milestones=services.progress.milestones(),
    )


class ProgressPage(QScrollArea):
    changed = Signal(object)  # Changed

    def __init__(self, tasks: Tasks, dialogs: Dialogs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._dialogs = dialogs
        self._services: Services | None = None
        self._span = Span.MONTH
        self.dialog: QWidget | None = None  # the open milestone or report dialog
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(SPACE_L, SPACE_L, SPACE_L, SPACE_L)
        layout.setSpacing(SPACE_L)
        layout.addWidget(heading(self.tr("Progress"), parent=body))

        row = QHBoxLayout()
        self.spans = QButtonGroup(self)
        self.span_buttons: dict[Span, QToolButton] = {}
        for span, text in (
            (Span.WEEK, self.tr("Week")),
            (Span.MONTH, self.tr("Month")),
            (Span.YEAR, self.tr("Year")),
            (Span.ALL, self.tr("Everything")),
        ):
            span_button = QToolButton(body)
            span_button.setText(text)
            span_button.setCheckable(True)
            span_button.setAccessibleName(self.tr("Show the last %1").replace("%1", text.lower()))
            self.spans.addButton(span_button)
            self.span_buttons[span] = span_button
            row.addWidget(span_button)
            span_button.clicked.connect(lambda _=False, s=span: self.set_span(s))
        self.span_buttons[self._span].setChecked(True)
        row.addStretch(1)
        self.report_button = QPushButton(self.tr("Report for a clinician…"), body)
        self.report_button.setAccessibleName(self.tr("Make a report for a clinician"))
        row.addWidget(self.report_button)
        layout.addLayout(row)
        self.rhythm = paragraph("", body)
        self.rhythm.setAccessibleName(self.tr("Your rhythm"))
        layout.addWidget(self.rhythm)

        empty = self.tr("Nothing recorded in this time yet.")
        self.mood_card = ChartCard(empty, body)
        self.tracker_cards: list[ChartCard] = []
        self.wins_card = ChartCard(empty, body)
        # Two columns of cards when there is room, so a month's view fits the window.
        self.columns = Columns(body)
        layout.addWidget(self.columns)

        milestones, col = card(body, self.tr("Milestones"))
        self.milestone_list = QListWidget(milestones)
        self.milestone_list.setAccessibleName(self.tr("Your milestones"))
        self.milestone_list.setMaximumHeight(self.fontMetrics().height() * 6)
        EmptyHint(
            self.milestone_list,
            self.tr("No milestones yet. You can count the days since something, or set a goal."),
        )
        self.milestone_notice = Notice(milestones)
        buttons = QHBoxLayout()
        self.add_counter = QPushButton(self.tr("Count days since…"), milestones)
        self.add_goal = QPushButton(self.tr("Set a goal…"), milestones)
        self.lapse_button = QPushButton(self.tr("A hard moment…"), milestones)
        self.lapse_button.setAccessibleName(self.tr("Record a lapse as a reflection"))
        self.reached_button = QPushButton(self.tr("Goal reached"), milestones)
        self.remove_button = QPushButton(self.tr("Remove"), milestones)
        self.remove_button.setAccessibleName(self.tr("Remove this milestone"))
        # Two short rows rather than one long one, so large text still fits.
        for button in (self.add_counter, self.add_goal):
            buttons.addWidget(button)
        buttons.addStretch(1)
        selected = QHBoxLayout()
        for button in (self.lapse_button, self.reached_button, self.remove_button):
            selected.addWidget(button)
        selected.addStretch(1)
        col.addWidget(self.milestone_list)
        col.addLayout(selected)
        col.addLayout(buttons)
        col.addWidget(self.milestone_notice)
        self._milestones_card = milestones
        self._arrange_cards()
        layout.addStretch(1)

        self.setWidget(body)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._body = body
        self.report_button.clicked.connect(self.open_report)
        self.add_counter.clicked.connect(lambda: self._new_milestone(goal=False))
        self.add_goal.clicked.connect(lambda: self._new_milestone(goal=True))
        self.lapse_button.clicked.connect(self._lapse)
        self.reached_button.clicked.connect(self._reached)
        self.remove_button.clicked.connect(self._remove)
        self.milestone_list.currentRowChanged.connect(lambda _: self._update_buttons())
        self._update_buttons()

    # -- VaultPage --------------------------------------------------------------------------

    def attach(self, services: Services) -> None:
        self._services = services
        self.refresh()

    def save_drafts(self) -> None:
        pass

    def detach(self) -> None:
        self._services = None
        if self.dialog is not None:
            self.dialog.close()
            self.dialog = None
        self.milestone_list.clear()
        self.rhythm.clear()
        self.milestone_notice.clear_message()
        for tracker_card in self.tracker_cards:
            tracker_card.deleteLater()
        self.tracker_cards = []
        self._arrange_cards()

    def _arrange_cards(self) -> None:
        """Charts, then milestones, split evenly between the two columns."""
        cards: list[QWidget] = [
            self.mood_card,
            *self.tracker_cards,
            self.wins_card,
            self._milestones_card,
        ]
        half = (len(cards) + 1) // 2
        self.columns.set_widgets(cards[:half], cards[half:])

    # -- data -------------------------------------------------------------------------------------

    def set_span(self, span: Span) -> None:
        self._span = span
        self.span_buttons[span].setChecked(True)
        self.refresh()

    def follow(self, _changed: Changed) -> None:
        """Another page changed entries: show the new state."""
        self.refresh()

    def refresh(self, _changed: Changed | None = None) -> None:
        services = self._services
        if services is None:
            return
        span, today = self._span, date.today()
        self._tasks.submit(lambda: load(services, span, today), self._show)

    def _show(self, data: Loaded) -> None:
        if self._services is None:
            return
        within = consistency(data.days, data.today, 30)
        self.rhythm.setText(
            self.tr("You wrote on %n of the last 30 days.", "", within)
            + " "
            + self.tr("Your longest run of days in a row: %n.", "", longest_streak(data.days))
        )
        first = data.span.start(data.today)
        labels = {float(m): mood_word(m) for m in (Mood.VERY_LOW, Mood.OKAY, Mood.GREAT)}
        mood = line_chart(
            self.tr("Mood"),
            data.mood,
            first,
            data.today,
            1,
            5,
            data.span.rolling_days,
            labels=labels,
        )
        self._show_line(self.mood_card, mood, mood_words=True)
        if len(self.tracker_cards) != len(data.trackers):
            while len(self.tracker_cards) < len(data.trackers):
                self.tracker_cards.append(
                    ChartCard(self.tr("Nothing recorded in this time yet."), self._body)
                )
            while len(self.tracker_cards) > len(data.trackers):  # a tracker was deleted
                self.tracker_cards.pop().deleteLater()
            self._arrange_cards()
        for chart_card, (tracker, points) in zip(self.tracker_cards, data.trackers, strict=False):
            values = [v for _, v in points]
            low = tracker.min_value if tracker.min_value is not None else min([0.0, *values])
            high = tracker.max_value if tracker.max_value is not None else max([1.0, *values])
            chart = line_chart(
                tracker.name,
                points,
                first,
                data.today,
                low,
                high,
                data.span.rolling_days,
                unit=tracker.unit,
            )
            self._show_line(chart_card, chart)
        start = first or (data.days[0] if data.days else data.today)
        bars = BarChart(
            self.tr("Small wins per week"), wins_per_week(data.win_days, start, data.today)
        )
        total = sum(n for _, n in bars.bars)
        self.wins_card.show_chart(
            bars,
            self.tr("%n small wins in this time.", "", total),
            (self.tr("Week from"), self.tr("Wins")),
            [(day_text(week), str(n)) for week, n in bars.bars],
        )
        self._show_milestones(data.milestones)

    def _show_line(self, card: ChartCard, chart: LineChart, mood_words: bool = False) -> None:
        mean = chart.mean()
        if mean is None:
            summary = self.tr("Nothing recorded in this time yet.")
        elif mood_words:
            summary = (
                self.tr("On average %1 (%2), over %n days.", "", len(chart.points))
                .replace("%1", f"{mean:.1f}")
                .replace("%2", mood_word(Mood(round(mean))))
            )
        else:
            unit = f" {chart.unit}" if chart.unit else ""
            summary = self.tr("On average %1, over %n days.", "", len(chart.points)).replace(
                "%1", f"{mean:.1f}{unit}"
            )
        rows = [(month_text(m), f"{avg:.1f}") for m, avg, _ in monthly_averages(chart.points)]
        card.show_chart(chart, summary, (self.tr("Month"), self.tr("Average")), rows)

    def _show_milestones(self, statuses: list[MilestoneStatus]) -> None:
        current = self.milestone_list.currentItem()
        keep = current.data(IdRole) if current is not None else None
        self.milestone_list.clear()
        for s in statuses:
            item = QListWidgetItem(self._describe(s))
            item.setData(IdRole, s.milestone.id)
            item.setData(IdRole + 1, s.milestone.kind.value)
            self.milestone_list.addItem(item)
            if s.milestone.id == keep:
                self.milestone_list.setCurrentItem(item)
        self._update_buttons()

    def _describe(self, s: MilestoneStatus) -> str:
        label = s.milestone.label
        if s.milestone.kind is MilestoneKind.DAYS_SINCE:
            text = self.tr("%1: %n days", "", s.current_days or 0).replace("%1", label)
            if s.longest_days and s.longest_days > (s.current_days or 0):
                text += self.tr(" (longest period: %n days)", "", s.longest_days)
            return text
        if s.milestone.reached_day is not None:
            return (
                self.tr("%1: reached on %2")
                .replace("%1", label)
                .replace("%2", day_text(s.milestone.reached_day))
            )
        days = s.days_to_target or 0
        if days >= 0:
            return self.tr("%1: %n days to go", "", days).replace("%1", label)
        return self.tr("%1: still on the way").replace("%1", label)

    # -- milestones ------------------------------------------------------------------------

    def _selected(self) -> tuple[str | None, str | None]:
        item = self.milestone_list.currentItem()
        if item is None:
            return None, None
        return item.data(IdRole), item.data(IdRole + 1)

    def _update_buttons(self) -> None:
        milestone_id, kind = self._selected()
        self.lapse_button.setEnabled(kind == MilestoneKind.DAYS_SINCE.value)
        self.reached_button.setEnabled(kind == MilestoneKind.GOAL.value)
        self.remove_button.setEnabled(milestone_id is not None)

    def _new_milestone(self, goal: bool) -> None:
        dialog = MilestoneDialog(goal, self)
        dialog.accepted.connect(lambda: self._create(dialog))
        self.dialog = dialog
        dialog.open()

    def _create(self, dialog: MilestoneDialog) -> None:
        services = self._services
        if services is None:
            return
        label, day = dialog.label.text(), to_date(dialog.day.date())
        try:
            if dialog.goal:
                services.progress.add_goal(label, day)
            else:
                services.progress.add_days_since(label, day)
        except ValueError as exc:
            self.milestone_notice.show_error(describe(exc))
            return
        self.milestone_notice.clear_message()
        self.refresh()

    def _lapse(self) -> None:
        milestone_id, _ = self._selected()
        item = self.milestone_list.currentItem()
        if milestone_id is None or item is None:
            return
        label = item.text().split(":")[0]
        dialog = LapseDialog(label, self)
        dialog.accepted.connect(lambda: self._record_lapse(milestone_id, dialog))
        self.dialog = dialog
        dialog.open()

    def _record_lapse(self, milestone_id: str, dialog: LapseDialog) -> None:
        services = self._services
        if services is None:
            return
        try:
            changed = services.progress.record_lapse(
                milestone_id,
                to_date(dialog.day.date()),
                dialog.reflection.toPlainText(),
                dialog.restart.isChecked(),
            )
        except ValueError as exc:
            self.milestone_notice.show_error(describe(exc))
            return
        self.milestone_notice.show_info(
            self.tr("Thank you for writing it down. The days before still count.")
        )
        self.refresh()
        self.changed.emit(changed)

    def _reached(self) -> None:
        services = self._services
        milestone_id, _ = self._selected()
        if services is None or milestone_id is None:
            return
        celebration = services.progress.reach_goal(milestone_id)
        self.milestone_notice.show_info(
            self.tr("You reached %1. Well done.").replace("%1", celebration.label)
        )
        self.refresh()
        self.changed.emit(Changed(entries=frozenset({milestone_id})))

    def _remove(self) -> None:
        services = self._services
        milestone_id, _ = self._selected()
        if services is None or milestone_id is None:
            return
        if not self._dialogs.confirm(
            self,
            self.tr("Remove this milestone?"),
            self.tr(
                "The counter or goal disappears from Progress. Entries written about it "
                "stay in your journal."
            ),
            accept_label=self.tr("Remove"),
            reject_label=self.tr("Keep it"),
        ):
            return
        services.progress.remove(milestone_id)
        self.refresh()

    # -- report --------------------------------------------------------------------------------

    def open_report(self) -> None:
        if self._services is None:
            return
        dialog = ReportDialog(self._services, self._tasks, self._dialogs, self)
        self.dialog = dialog
        dialog.open()
