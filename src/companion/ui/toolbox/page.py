"""The Toolbox page: your strategies and the starter library, what works for you,
'I used this', and the breathing pacer."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from companion.domain.changes import Changed
from companion.domain.toolbox import Category, SourceKind, Strategy
from companion.printing.toolbox_text import cards_html
from companion.services.access import Services, describe
from companion.services.tasks import Tasks
from companion.ui.icons import icon
from companion.ui.models.timeline import IdRole
from companion.ui.toolbox.cards_dialog import CardsDialog
from companion.ui.toolbox.pacer import BreathingPacer
from companion.ui.toolbox.strategy_dialog import StrategyDialog, category_word
from companion.ui.toolbox.use_dialog import UseDialog
from companion.ui.widgets.common import SPACE_M, Notice, heading, paragraph
from companion.ui.widgets.dialogs import Dialogs
from companion.ui.widgets.empty import EmptyHint
from companion.ui.widgets.output import print_or_save


class ToolboxPage(QWidget):
    changed = Signal(object)  # Changed

    def __init__(self, tasks: Tasks, dialogs: Dialogs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._dialogs = dialogs
        self._services: Services | None = None
        self._current: Strategy | None = None
        self.dialog: QDialog | None = None

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Find a strategy"))
        self.search.setAccessibleName(self.tr("Find a strategy"))
        self.search.setClearButtonEnabled(True)
        self.category = QComboBox(self)
        self.category.setAccessibleName(self.tr("Category"))
        self.category.addItem(self.tr("All kinds"), None)
        for category in Category:
            self.category.addItem(category_word(category), category.value)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Strategies"))
        self.new_button = QPushButton(self.tr("New strategy…"), self)
        self.new_button.setIcon(icon("add"))
        self.new_button.setAccessibleName(self.tr("New strategy"))
        self.cards_button = QPushButton(self.tr("Coping cards…"), self)
        self.cards_button.setIcon(icon("print"))
        self.cards_button.setAccessibleName(self.tr("Print or save coping cards"))
        self.ranking = QListWidget(self)
        self.ranking.setAccessibleName(self.tr("What works for me"))
        self.list_hint = EmptyHint(self.list, self.tr("No strategies match this search."))
        self.ranking_hint = EmptyHint(
            self.ranking,
            self.tr('Log a few uses with "I used this" and what works for you will show here.'),
            "toolbox",
        )
        tabs = QTabWidget(self)
        browse = QWidget(tabs)
        browse_layout = QVBoxLayout(browse)
        browse_layout.addWidget(self.search)
        browse_layout.addWidget(self.category)
        browse_layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.cards_button)
        browse_layout.addLayout(buttons)
        works = QWidget(tabs)
        works_layout = QVBoxLayout(works)
        works_layout.addWidget(
            paragraph(
                self.tr(
                    "Ranked by how much distress went down, counting every use; a strategy used "
                    "once cannot jump to the top."
                ),
                works,
            )
        )
        self.order = QComboBox(works)
        self.order.setAccessibleName(self.tr("Order"))
        self.order.addItem(self.tr("By how much it helps"), "drop")
        self.order.addItem(self.tr("By how often I use it"), "uses")
        self.order.currentIndexChanged.connect(lambda _: self._reload_ranking())
        works_layout.addWidget(self.order)
        works_layout.addWidget(self.ranking, 1)
        tabs.addTab(browse, self.tr("All strategies"))
        tabs.addTab(works, self.tr("What works for me"))
        self.tabs = tabs
        # Tab order as it reads: the tabs, then what is in them, top to bottom.
        chain = (tabs, self.search, self.category, self.list, self.new_button, self.cards_button)
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

        detail = QWidget(self)
        col = QVBoxLayout(detail)
        col.setSpacing(SPACE_M)
        self.title = heading("", parent=detail)
        self.meta = paragraph("", detail)
        self.steps = QTextBrowser(detail)
        self.steps.setAccessibleName(self.tr("Steps"))
        self.steps.setOpenLinks(False)
        self.when = paragraph("", detail)
        self.disclaimer = paragraph("", detail)
        self.stats = paragraph("", detail)
        self.use_button = QPushButton(self.tr("I &used this…"), detail)
        self.use_button.setAccessibleName(self.tr("I used this strategy"))
        self.breathe_button = QPushButton(self.tr("Breathe with the pacer"), detail)
        self.copy_button = QPushButton(self.tr("Copy to make it mine"), detail)
        self.hide_button = QPushButton(self.tr("Hide"), detail)
        self.hide_button.setAccessibleName(self.tr("Hide this starter strategy"))
        self.edit_button = QPushButton(self.tr("Edit…"), detail)
        self.edit_button.setAccessibleName(self.tr("Edit this strategy"))
        self.remove_button = QPushButton(self.tr("Remove"), detail)
        self.remove_button.setAccessibleName(self.tr("Remove this strategy"))
        self.plan_button = QPushButton(self.tr("Add to my safety plan"), detail)
        self.notice = Notice(detail)
        row1 = QHBoxLayout()
        for button in (self.use_button, self.breathe_button, self.plan_button):
            row1.addWidget(button)
        row1.addStretch(1)
        row2 = QHBoxLayout()
        for button in (self.copy_button, self.hide_button, self.edit_button, self.remove_button):
            row2.addWidget(button)
        row2.addStretch(1)
        for widget in (self.title, self.meta):
            col.addWidget(widget)
        col.addWidget(self.steps, 1)
        for widget in (self.when, self.disclaimer, self.stats):
            col.addWidget(widget)
        col.addLayout(row1)
        col.addLayout(row2)
        buttons_in_order = (
            self.use_button,
            self.breathe_button,
            self.plan_button,
            self.copy_button,
            self.hide_button,
            self.edit_button,
            self.remove_button,
        )
        for first, second in itertools.pairwise(buttons_in_order):
            QWidget.setTabOrder(first, second)
        col.addWidget(self.notice)
        self.detail = detail

        splitter = QSplitter(self)
        splitter.addWidget(tabs)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        QHBoxLayout(self).addWidget(splitter)

        self._filter_timer = QTimer(self, singleShot=True, interval=150)
        self._filter_timer.timeout.connect(self._reload_list)
        self.search.textChanged.connect(lambda _: self._filter_timer.start())
        self.category.currentIndexChanged.connect(lambda _: self._reload_list())
        self.list.currentItemChanged.connect(lambda item, _prev: self._show_item(item))
        self.ranking.currentItemChanged.connect(lambda item, _prev: self._show_item(item))
        self.new_button.clicked.connect(self._new)
        self.cards_button.clicked.connect(self.cards)
        self.use_button.clicked.connect(self.log_use)
        self.breathe_button.clicked.connect(self.breathe)
        self.copy_button.clicked.connect(self._copy)
        self.hide_button.clicked.connect(self._hide)
        self.edit_button.clicked.connect(self._edit)
        self.remove_button.clicked.connect(self._remove)
        self.plan_button.clicked.connect(self._add_to_plan)
        self._show(None)

    # -- VaultPage -------------------------------------------------------------------------

    def attach(self, services: Services) -> None:
        self._services = services
        self.disclaimer.setText(services.toolbox.disclaimer())
        self.refresh()

    def save_drafts(self) -> None:
        pass

    def detach(self) -> None:
        self._services = None
        if self.dialog is not None:
            self.dialog.close()
            self.dialog = None
        self.list.clear()
        self.ranking.clear()
        self.search.clear()
        self._show(None)

    def follow(self, _changed: Changed) -> None:
        self.refresh()

    def refresh(self) -> None:
        self._reload_list()
        self._reload_ranking()

    # -- lists -------------------------------------------------------------------------------

    def _reload_list(self) -> None:
        if self._services is None:
            return
        keep = self._current.id if self._current else None
        data = self.category.currentData()
        found = self._services.toolbox.strategies(
            self.search.text(), Category(data) if data is not None else None
        )
        self.list.blockSignals(True)
        self.list.clear()
        for strategy in found:
            label = strategy.title
            if strategy.is_starter:
                label += "  " + self.tr("(starter)")
            item = QListWidgetItem(label)
            item.setData(IdRole, strategy.id)
            self.list.addItem(item)
            if strategy.id == keep:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)

    def _reload_ranking(self) -> None:
        if self._services is None:
            return
        self.ranking.clear()
        ranked = self._services.toolbox.ranking()
        if self.order.currentData() == "uses":
            ranked.sort(key=lambda r: (-r.ranked.uses, r.strategy.title.casefold()))
        for entry in ranked:
            drop = entry.ranked.mean_drop
            item = QListWidgetItem(
                self.tr("%1: distress down %2 on average, used %n times", "", entry.ranked.uses)
                .replace("%1", entry.strategy.title)
                .replace("%2", f"{drop:.1f}")
            )
            item.setData(IdRole, entry.strategy.id)
            self.ranking.addItem(item)
            self.ranking.addItem(item)

    def _show_item(self, item: QListWidgetItem | None) -> None:
        if item is None or self._services is None or not item.data(IdRole):
            return
        self._show(self._services.toolbox.get(item.data(IdRole)))

    def _show(self, strategy: Strategy | None) -> None:
        self._current = strategy
        has = strategy is not None
        for widget in (self.use_button, self.plan_button, self.steps):
            widget.setEnabled(has)
        if strategy is None:
            self.title.setText(self.tr("Coping toolbox"))
            self.meta.setText(self.tr("Choose a strategy to see its steps."))
            self.steps.clear()
            self.when.clear()
            self.stats.clear()
            for button in (
                self.breathe_button,
                self.copy_button,
                self.hide_button,
                self.edit_button,
                self.remove_button,
            ):
                button.hide()
            self.disclaimer.hide()
            return
        self.title.setText(strategy.title)
        source = {
            SourceKind.MINE: self.tr("Mine"),
            SourceKind.STARTER: self.tr("From the starter library"),
            SourceKind.PROFESSIONAL: self.tr("From a professional"),
            SourceKind.GROUP: self.tr("From %1, shared by %2")
            .replace("%1", strategy.source_group or self.tr("my group"))
            .replace("%2", strategy.source_member or self.tr("a member")),
        }[strategy.source]
        self.meta.setText(f"{category_word(strategy.category)} · {source}")
        self.steps.setMarkdown(strategy.steps)
        self.when.setText(
            self.tr("When it helps: %1").replace("%1", strategy.when_helps)
            if strategy.when_helps
            else ""
        )
        self.disclaimer.setVisible(strategy.is_starter)
        self.breathe_button.setVisible(strategy.pace is not None)
        self.copy_button.setVisible(strategy.is_starter)
        self.hide_button.setVisible(strategy.is_starter)
        self.edit_button.setVisible(not strategy.is_starter)
        self.remove_button.setVisible(not strategy.is_starter)
        self._show_stats(strategy)

    def _show_stats(self, strategy: Strategy) -> None:
        if self._services is None:
            return
        uses = self._services.toolbox.uses_of(strategy.id)
        if not uses:
            self.stats.setText(self.tr("Not used yet."))
            return
        drop = sum(u.before - u.after for u in uses) / len(uses)
        self.stats.setText(
            self.tr("Used %n times; distress went down %1 on average.", "", len(uses)).replace(
                "%1", f"{drop:.1f}"
            )
        )

    # -- actions -------------------------------------------------------------------------------

    def select(self, strategy_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(IdRole) == strategy_id:
                self.list.setCurrentRow(row)
                return

    def log_use(self) -> None:
        strategy = self._current
        if strategy is None or self._services is None:
            return
        dialog = UseDialog(strategy.title, self)
        dialog.accepted.connect(lambda: self._save_use(strategy, dialog))
        self.dialog = dialog
        dialog.open()

    def _save_use(self, strategy: Strategy, dialog: UseDialog) -> None:
        if self._services is None:
            return
        try:
            self._services.toolbox.log_use(
                strategy.id, dialog.before.value(), dialog.after.value(), dialog.note.text()
            )
        except ValueError as exc:
            self.notice.show_error(describe(exc))
            return
        self.notice.show_info(self.tr("Noted. Thank you for looking after yourself."))
        self._reload_ranking()
        self._show_stats(strategy)
        self.changed.emit(Changed(vault=True))

    def breathe(self) -> None:
        strategy = self._current
        if strategy is None or strategy.pace is None:
            return
        dialog = QDialog(self)
        dialog.setWindowTitle(strategy.title)
        pacer = BreathingPacer(strategy.pace, dialog)
        layout = QVBoxLayout(dialog)
        layout.addWidget(pacer)
        close = QPushButton(self.tr("Close"), dialog)
        close.clicked.connect(dialog.accept)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        dialog.finished.connect(lambda _: pacer.stop() if pacer.running else None)
        dialog.resize(420, 520)
        self.dialog = dialog
        self.pacer = pacer
        dialog.open()

    def _new(self) -> None:
        dialog = StrategyDialog(None, self)
        dialog.accepted.connect(lambda: self._save_new(dialog))
        self.dialog = dialog
        dialog.open()

    def _save_new(self, dialog: StrategyDialog) -> None:
        if self._services is None:
            return
        try:
            strategy = self._services.toolbox.add(dialog.draft())
        except ValueError as exc:
            self.notice.show_error(describe(exc))
            return
        self._reload_list()
        self.select(strategy.id)

    def _edit(self) -> None:
        strategy = self._current
        if strategy is None:
            return
        dialog = StrategyDialog(strategy, self)
        dialog.accepted.connect(lambda: self._save_edit(strategy.id, dialog))
        self.dialog = dialog
        dialog.open()

    def _save_edit(self, strategy_id: str, dialog: StrategyDialog) -> None:
        if self._services is None:
            return
        try:
            self._services.toolbox.update(strategy_id, dialog.draft())
        except ValueError as exc:
            self.notice.show_error(describe(exc))
            return
        self.refresh()
        self.select(strategy_id)

    def _copy(self) -> None:
        if self._current is None or self._services is None:
            return
        copy = self._services.toolbox.copy_starter(self._current.id)
        self._reload_list()
        self.select(copy.id)
        self.notice.show_info(self.tr("Copied. It is yours to change now."))

    def _hide(self) -> None:
        if self._current is None or self._services is None:
            return
        self._services.toolbox.hide_starter(self._current.id, True)
        self._current = None
        self._reload_list()

    def _remove(self) -> None:
        if (
            self._current is None
            or self._services is None
            or not self._dialogs.confirm(
                self,
                self.tr("Remove this strategy?"),
                self.tr("It leaves your toolbox. The times you used it stay counted."),
                accept_label=self.tr("Remove"),
                reject_label=self.tr("Keep it"),
            )
        ):
            return
        self._services.toolbox.remove(self._current.id)
        self._current = None
        self.refresh()

    def cards(self) -> None:
        if self._services is None:
            return
        toolbox = self._services.toolbox
        top = {r.strategy.id for r in toolbox.ranking()[:4]}
        if self._current is not None:
            top.add(self._current.id)
        dialog = CardsDialog(toolbox.strategies(), top, self)
        dialog.accepted.connect(lambda: self._make_cards(dialog))
        self.dialog = dialog
        dialog.open()

    def _make_cards(self, dialog: CardsDialog) -> None:
        if self._services is None:
            return
        chosen = [s for s in (self._services.toolbox.get(i) for i in dialog.chosen()) if s]
        if not chosen:
            self.notice.show_error(self.tr("Tick at least one strategy for the cards."))
            return
        html = cards_html(chosen, wallet=not dialog.full_page.isChecked())
        saved = print_or_save(
            self, self._dialogs, html, self.tr("Coping cards"), self.tr("Coping cards.pdf")
        )
        if saved is not None:
            self.notice.show_info(self.tr("Saved to %1.").replace("%1", str(saved)))

    def _add_to_plan(self) -> None:
        if self._current is None or self._services is None:
            return
        self._services.toolbox.add_plan_item(2, self._current.title, strategy_id=self._current.id)
        self.notice.show_info(self.tr("Added to step 2 of your safety plan."))
        self.changed.emit(Changed(vault=True))
