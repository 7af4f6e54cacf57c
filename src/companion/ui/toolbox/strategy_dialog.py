"""Adding or editing one of your own strategies."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from companion.domain.toolbox import Category, SourceKind, Strategy, StrategyDraft


def category_word(category: Category) -> str:
    from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

    words = {
        Category.GROUNDING: QT_TRANSLATE_NOOP("Category", "Grounding"),
        Category.BREATHING: QT_TRANSLATE_NOOP("Category", "Breathing"),
        Category.BODY: QT_TRANSLATE_NOOP("Category", "Body and movement"),
        Category.REACHING_OUT: QT_TRANSLATE_NOOP("Category", "Reaching out"),
        Category.DISTRACTION: QT_TRANSLATE_NOOP("Category", "Distraction"),
        Category.SELF_SOOTHING: QT_TRANSLATE_NOOP("Category", "Self-soothing"),
        Category.THINKING: QT_TRANSLATE_NOOP("Category", "Thinking skills"),
        Category.CREATIVE: QT_TRANSLATE_NOOP("Category", "Creative"),
        Category.ROUTINE: QT_TRANSLATE_NOOP("Category", "Routine"),
    }
    return QCoreApplication.translate("Category", str(words[category]))


class StrategyDialog(QDialog):
    def __init__(self, strategy: Strategy | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit strategy") if strategy else self.tr("New strategy"))
        self.title = QLineEdit(self)
        self.title.setAccessibleName(self.tr("Title"))
        self.category = QComboBox(self)
        self.category.setAccessibleName(self.tr("Category"))
        for category in Category:
            self.category.addItem(category_word(category), category.value)
        self.steps = QPlainTextEdit(self)
        self.steps.setAccessibleName(self.tr("Steps"))
        self.steps.setPlaceholderText(self.tr("1. First…\n2. Then…"))
        self.when = QLineEdit(self)
        self.when.setAccessibleName(self.tr("When it helps"))
        self.tags = QLineEdit(self)
        self.tags.setAccessibleName(self.tr("Tags, separated by commas"))
        self.source = QComboBox(self)
        self.source.setAccessibleName(self.tr("Where it comes from"))
        self.source.addItem(self.tr("Mine"), SourceKind.MINE.value)
        self.source.addItem(self.tr("From my group"), SourceKind.GROUP.value)
        self.source.addItem(self.tr("From a professional"), SourceKind.PROFESSIONAL.value)
        self.group = QLineEdit(self)
        self.group.setAccessibleName(self.tr("Group"))
        self.member = QLineEdit(self)
        self.member.setAccessibleName(self.tr("Shared by (first name or alias)"))
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Steps"), self.steps)
        form.addRow(self.tr("When it helps"), self.when)
        form.addRow(self.tr("Tags"), self.tags)
        form.addRow(self.tr("From"), self.source)
        form.addRow(self.tr("Group"), self.group)
        form.addRow(self.tr("Shared by"), self.member)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        if strategy is not None:
            self.title.setText(strategy.title)
            self.category.setCurrentIndex(self.category.findData(strategy.category.value))
            self.steps.setPlainText(strategy.steps)
            self.when.setText(strategy.when_helps)
            self.tags.setText(", ".join(strategy.tags))
            self.source.setCurrentIndex(max(0, self.source.findData(strategy.source.value)))
            self.group.setText(strategy.source_group)
            self.member.setText(strategy.source_member)

    def draft(self) -> StrategyDraft:
        return StrategyDraft(
            title=self.title.text(),
            category=Category(self.category.currentData()),
            steps=self.steps.toPlainText(),
            when_helps=self.when.text(),
            tags=tuple(t.strip() for t in self.tags.text().split(",") if t.strip()),
            source=SourceKind(self.source.currentData()),
            source_group=self.group.text(),
            source_member=self.member.text(),
        )
