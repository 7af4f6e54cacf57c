"""Settling an entry that two computers edited at once: both texts side by side,
then keep this computer's, the other's, or both."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.dates import day_text
from companion.domain.sync import DELETED
from companion.exchange.sync import Syncer
from companion.ui.widgets.common import SPACE_M, paragraph

KINDS = {
    "entries": QT_TRANSLATE_NOOP("SyncKind", "Journal entry"),
    "attachments": QT_TRANSLATE_NOOP("SyncKind", "Picture"),
    "trackers": QT_TRANSLATE_NOOP("SyncKind", "Tracker"),
    "templates": QT_TRANSLATE_NOOP("SyncKind", "Entry template"),
    "milestones": QT_TRANSLATE_NOOP("SyncKind", "Milestone"),
    "strategies": QT_TRANSLATE_NOOP("SyncKind", "Coping strategy"),
    "strategy_uses": QT_TRANSLATE_NOOP("SyncKind", "Use of a coping strategy"),
    "safety_plan_items": QT_TRANSLATE_NOOP("SyncKind", "Safety plan"),
    "resources": QT_TRANSLATE_NOOP("SyncKind", "Resource"),
    "knowledge_notes": QT_TRANSLATE_NOOP("SyncKind", "Note"),
    "groups": QT_TRANSLATE_NOOP("SyncKind", "Group"),
    "group_members": QT_TRANSLATE_NOOP("SyncKind", "Group member"),
    "group_sessions": QT_TRANSLATE_NOOP("SyncKind", "Group session"),
    "shared_items": QT_TRANSLATE_NOOP("SyncKind", "Shared in a group"),
    "mentoring_pairs": QT_TRANSLATE_NOOP("SyncKind", "Mentoring"),
    "mentoring_checkins": QT_TRANSLATE_NOOP("SyncKind", "Mentoring check-in"),
    "handout_templates": QT_TRANSLATE_NOOP("SyncKind", "Handout template"),
}


def kind_word(kind: str) -> str:
    return QCoreApplication.translate("SyncKind", str(KINDS.get(kind, KINDS["entries"])))


class ConflictsDialog(QDialog):
    def __init__(self, syncer: Syncer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._syncer = syncer
        self.setWindowTitle(self.tr("Edited on two computers"))
        layout = QVBoxLayout(self)
        layout.setSpacing(SPACE_M)
        self.intro = paragraph("", self)
        layout.addWidget(self.intro)
        self.about = QLabel(self)  # which record: "Coping strategy · Box breathing"
        self.about.setWordWrap(True)
        font = self.about.font()
        font.setBold(True)
        self.about.setFont(font)
        layout.addWidget(self.about)
        grid = QGridLayout()
        self.mine = QPlainTextEdit(self)
        self.theirs = QPlainTextEdit(self)
        for column, (label, edit) in enumerate(
            (
                (self.tr("On this computer"), self.mine),
                (self.tr("From your other computer"), self.theirs),
            )
        ):
            edit.setReadOnly(True)
            edit.setAccessibleName(label)
            title = QLabel(label, self)
            title.setBuddy(edit)
            grid.addWidget(title, 0, column)
            grid.addWidget(edit, 1, column)
        layout.addLayout(grid, 1)
        buttons = QHBoxLayout()
        self.keep_mine = QPushButton(self.tr("Keep this computer's"), self)
        self.keep_theirs = QPushButton(self.tr("Keep the other"), self)
        self.keep_both = QPushButton(self.tr("Keep both"), self)
        self.later = QPushButton(self.tr("Decide later"), self)
        for button in (self.keep_both, self.keep_mine, self.keep_theirs, self.later):
            button.setAccessibleName(button.text())
            buttons.addWidget(button)
        self.keep_both.setDefault(True)  # the choice that loses nothing
        layout.addLayout(buttons)
        self.keep_mine.clicked.connect(lambda: self._choose("mine"))
        self.keep_theirs.clicked.connect(lambda: self._choose("theirs"))
        self.keep_both.clicked.connect(lambda: self._choose("both"))
        self.later.clicked.connect(self.reject)
        self.resize(self.fontMetrics().averageCharWidth() * 110, self.fontMetrics().height() * 24)
        self._current: int | None = None
        self._show_next()

    def _show_next(self) -> None:
        conflicts = self._syncer.store.conflicts()
        if not conflicts:
            self._current = None
            self.accept()
            return
        conflict = conflicts[0]
        self._current = int(conflict["id"])
        deleted = conflict["field"] == DELETED
        day, name = self._syncer.conflict_name(conflict["kind"], conflict["record_id"])
        words = (kind_word(conflict["kind"]), day_text(day) if day else "", name)
        self.about.setText(" · ".join(t for t in words if t))
        if deleted:
            intro = self.tr(
                "This was deleted on one computer while it was changed on the other. It is "
                "kept until you choose."
            )
        else:
            intro = self.tr(
                "This text was changed on two computers before they synced. Both versions "
                "are kept until you choose."
            )
        if len(conflicts) > 1:
            intro += " " + self.tr("%n more after this one.", "", len(conflicts) - 1)
        self.intro.setText(intro)
        for edit, text, gone in (
            (self.mine, conflict["mine"], self.tr("Deleted on this computer")),
            (self.theirs, conflict["theirs"], self.tr("Deleted on the other computer")),
        ):
            edit.setPlaceholderText(gone if deleted else self.tr("Empty"))
            edit.setPlainText(text)
        # A delete against an edit is a plain choice: keep it, or delete it after all.
        deleting_here = deleted and conflict["mine"] == ""
        for button, keeps_deleting_side, usual in (
            (self.keep_mine, deleting_here, self.tr("Keep this computer's")),
            (self.keep_theirs, deleted and not deleting_here, self.tr("Keep the other")),
        ):
            text = (
                self.tr("Delete it")
                if keeps_deleting_side
                else (self.tr("Keep it") if deleted else usual)
            )
            button.setText(text)
            button.setAccessibleName(text)
        self.keep_both.setVisible(not deleted)
        (self.keep_theirs if deleting_here else self.keep_mine).setDefault(deleted)
        self.keep_both.setDefault(not deleted)

    def _choose(self, keep: str) -> None:
        if self._current is not None:
            self._syncer.resolve(self._current, keep)
        self._show_next()
