"""Resources: a directory of professional help, groups, hotlines and reading, and your
knowledge notes (searchable from the Journal too)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from companion.domain.changes import Changed
from companion.domain.resources import Note, Resource, ResourceKind
from companion.services.access import Services, describe
from companion.ui.icons import icon
from companion.ui.models.timeline import IdRole
from companion.ui.widgets.common import Notice
from companion.ui.widgets.dialogs import Dialogs
from companion.ui.widgets.empty import EmptyHint


def kind_word(kind: ResourceKind) -> str:
    words = {
        ResourceKind.PROFESSIONAL: QT_TRANSLATE_NOOP("ResourceKind", "Professional"),
        ResourceKind.CLINIC: QT_TRANSLATE_NOOP("ResourceKind", "Clinic or treatment centre"),
        ResourceKind.PEER_GROUP: QT_TRANSLATE_NOOP("ResourceKind", "Peer group"),
        ResourceKind.HOTLINE: QT_TRANSLATE_NOOP("ResourceKind", "Hotline"),
        ResourceKind.WEBSITE: QT_TRANSLATE_NOOP("ResourceKind", "Website"),
        ResourceKind.READING: QT_TRANSLATE_NOOP("ResourceKind", "Book or article"),
    }
    return QCoreApplication.translate("ResourceKind", str(words[kind]))


class ResourcesPage(QTabWidget):
    changed = Signal(object)

    def __init__(self, dialogs: Dialogs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dialogs = dialogs
        self._services: Services | None = None
        self._resource_id = ""
        self._note_id = ""
        self.addTab(self._build_directory(), self.tr("Directory"))
        self.addTab(self._build_notes(), self.tr("Knowledge notes"))

    # -- directory ----------------------------------------------------------------------------

    def _build_directory(self) -> QWidget:
        page = QWidget(self)
        self.search = QLineEdit(page)
        self.search.setPlaceholderText(self.tr("Find a resource"))
        self.search.setAccessibleName(self.tr("Find a resource"))
        self.kind_filter = QComboBox(page)
        self.kind_filter.setAccessibleName(self.tr("Kind of resource"))
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for kind in ResourceKind:
            self.kind_filter.addItem(kind_word(kind), kind.value)
        self.list = QListWidget(page)
        self.list.setAccessibleName(self.tr("Resources"))
        self._empty_text = self.tr(
            "Nothing here yet. Keep the therapists, crisis lines and websites that"
            " helped you, or were recommended to you, with New resource."
        )
        self.list_hint = EmptyHint(self.list, self._empty_text, "resources")
        self.new_button = QPushButton(self.tr("New resource"), page)
        self.new_button.setIcon(icon("add"))
        left = QVBoxLayout()
        left.addWidget(self.search)
        left.addWidget(self.kind_filter)
        left.addWidget(self.list, 1)
        left.addWidget(self.new_button)

        self.kind = QComboBox(page)
        self.kind.setAccessibleName(self.tr("Kind"))
        for kind in ResourceKind:
            self.kind.addItem(kind_word(kind), kind.value)
        self.name = QLineEdit(page)
        self.name.setAccessibleName(self.tr("Name"))
        self.contact = QLineEdit(page)
        self.contact.setAccessibleName(self.tr("Contact: phone, e-mail, address or link"))
        self.cost = QLineEdit(page)
        self.cost.setAccessibleName(self.tr("Cost and insurance"))
        self.recommended = QLineEdit(page)
        self.recommended.setAccessibleName(self.tr("Recommended by"))
        self.recommended.setPlaceholderText(self.tr('A first name or alias, or "me"'))
        self.rating = QSpinBox(page)
        self.rating.setRange(0, 5)
        self.rating.setSpecialValueText(self.tr("Not rated"))
        self.rating.setSuffix(self.tr(" stars"))
        self.rating.setAccessibleName(self.tr("My rating"))
        self.tags = QLineEdit(page)
        self.tags.setAccessibleName(self.tr("Tags, separated by commas"))
        self.notes = QPlainTextEdit(page)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.experience = QPlainTextEdit(page)
        self.experience.setAccessibleName(self.tr("My experience"))
        self.save_button = QPushButton(self.tr("Save"), page)
        self.save_button.setAccessibleName(self.tr("Save this resource"))
        self.plan_button = QPushButton(self.tr("Add to my safety plan"), page)
        self.remove_button = QPushButton(self.tr("Remove"), page)
        self.remove_button.setAccessibleName(self.tr("Remove this resource"))
        self.notice = Notice(page)
        form = QFormLayout()
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Contact"), self.contact)
        form.addRow(self.tr("Cost, insurance"), self.cost)
        form.addRow(self.tr("Recommended by"), self.recommended)
        form.addRow(self.tr("My rating"), self.rating)
        form.addRow(self.tr("Tags"), self.tags)
        form.addRow(self.tr("Notes"), self.notes)
        form.addRow(self.tr("My experience"), self.experience)
        buttons = QHBoxLayout()
        for button in (self.save_button, self.plan_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addLayout(buttons)
        right.addWidget(self.notice)
        left_widget, right_widget = QWidget(page), QWidget(page)
        left_widget.setLayout(left)
        right_widget.setLayout(right)
        splitter = QSplitter(page)
        splitter.addWidget(left_widget)
        splitter.addWidget(right_widget)
        splitter.setStretchFactor(1, 2)
        QHBoxLayout(page).addWidget(splitter)
        self.search.textChanged.connect(lambda _: self._reload())
        self.kind_filter.currentIndexChanged.connect(lambda _: self._reload())
        self.list.currentItemChanged.connect(lambda item, _p: self._show(item))
        self.new_button.clicked.connect(lambda: self._fill(None))
        self.save_button.clicked.connect(self.save_resource)
        self.plan_button.clicked.connect(self._to_plan)
        self.remove_button.clicked.connect(self._remove)
        return page

    def _reload(self) -> None:
        if self._services is None:
            return
        data = self.kind_filter.currentData()
        found = self._services.resources.find(
            ResourceKind(data) if data else None, query=self.search.text()
        )
        self.list.blockSignals(True)
        self.list.clear()
        for resource in found:
            stars = "★" * (resource.rating or 0)
            item = QListWidgetItem(f"{resource.name}  ·  {kind_word(resource.kind)} {stars}")
            item.setData(IdRole, resource.id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        filtered = bool(data or self.search.text().strip())
        self.list_hint.set_text(
            self.tr("No resources match this search.") if filtered else self._empty_text
        )

    def _show(self, item: QListWidgetItem | None) -> None:
        if item is not None and self._services is not None:
            self._fill(self._services.resources.get(item.data(IdRole)))

    def _fill(self, resource: Resource | None) -> None:
        self._resource_id = resource.id if resource else ""
        self.kind.setCurrentIndex(
            self.kind.findData((resource.kind if resource else ResourceKind.PROFESSIONAL).value)
        )
        self.name.setText(resource.name if resource else "")
        self.contact.setText(resource.contact if resource else "")
        self.cost.setText(resource.cost if resource else "")
        self.recommended.setText(resource.recommended_by if resource else "")
        self.rating.setValue(resource.rating or 0 if resource else 0)
        self.tags.setText(", ".join(resource.tags) if resource else "")
        self.notes.setPlainText(resource.notes if resource else "")
        self.experience.setPlainText(resource.experience if resource else "")
        self.plan_button.setEnabled(bool(self._resource_id))
        self.remove_button.setEnabled(bool(self._resource_id))
        self.notice.clear_message()
        if resource is None:
            self.name.setFocus()

    def save_resource(self) -> None:
        if self._services is None:
            return
        resource = Resource(
            id=self._resource_id,
            kind=ResourceKind(self.kind.currentData()),
            name=self.name.text(),
            contact=self.contact.text(),
            notes=self.notes.toPlainText(),
            cost=self.cost.text(),
            recommended_by=self.recommended.text(),
            rating=self.rating.value() or None,
            experience=self.experience.toPlainText(),
            tags=tuple(t.strip() for t in self.tags.text().split(",") if t.strip()),
        )
        try:
            saved = self._services.resources.save(resource)
        except ValueError as exc:
            self.notice.show_error(describe(exc))
            return
        self._resource_id = saved.id
        self._reload()
        self.notice.show_info(self.tr("Saved."))
        self.plan_button.setEnabled(True)
        self.remove_button.setEnabled(True)

    def _to_plan(self) -> None:
        if self._services is None or not self._resource_id:
            return
        self._services.resources.add_to_safety_plan(self._resource_id)
        self.notice.show_info(self.tr("Added to step 5 of your safety plan."))
        self.changed.emit(Changed(vault=True))

    def _remove(self) -> None:
        if (
            self._services is None
            or not self._resource_id
            or not self._dialogs.confirm(
                self,
                self.tr("Remove this resource?"),
                self.tr("It leaves your directory."),
                accept_label=self.tr("Remove"),
                reject_label=self.tr("Keep it"),
            )
        ):
            return
        self._services.resources.remove(self._resource_id)
        self._fill(None)
        self._reload()

    # -- knowledge notes ------------------------------------------------------------------------

    def _build_notes(self) -> QWidget:
        page = QWidget(self)
        self.note_list = QListWidget(page)
        self.note_list.setAccessibleName(self.tr("Knowledge notes"))
        EmptyHint(
            self.note_list,
            self.tr("No notes yet. Write down what you learn about your condition and care."),
        )
        self.new_note_button = QPushButton(self.tr("New note"), page)
        self.new_note_button.setIcon(icon("add"))
        self.note_title = QLineEdit(page)
        self.note_title.setAccessibleName(self.tr("Note title"))
        self.note_topic = QComboBox(page)
        self.note_topic.setAccessibleName(self.tr("Topic"))
        for key, word in (
            ("condition", self.tr("A condition")),
            ("treatment", self.tr("A treatment")),
            ("medication", self.tr("A medication")),
            ("other", self.tr("Something else")),
        ):
            self.note_topic.addItem(word, key)
        self.note_body = QPlainTextEdit(page)
        self.note_body.setAccessibleName(self.tr("What I learned"))
        self.note_source = QLineEdit(page)
        self.note_source.setAccessibleName(self.tr("Where it comes from"))
        self.note_questions = QPlainTextEdit(page)
        self.note_questions.setAccessibleName(self.tr("Questions for my next appointment"))
        self.save_note_button = QPushButton(self.tr("Save note"), page)
        self.remove_note_button = QPushButton(self.tr("Remove note"), page)
        self.note_notice = Notice(page)
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.note_title)
        form.addRow(self.tr("About"), self.note_topic)
        form.addRow(self.tr("What I learned"), self.note_body)
        form.addRow(self.tr("From where"), self.note_source)
        form.addRow(self.tr("Questions for next time"), self.note_questions)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_note_button)
        buttons.addWidget(self.remove_note_button)
        buttons.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.note_list, 1)
        left.addWidget(self.new_note_button)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addLayout(buttons)
        right.addWidget(self.note_notice)
        left_widget, right_widget = QWidget(page), QWidget(page)
        left_widget.setLayout(left)
        right_widget.setLayout(right)
        splitter = QSplitter(page)
        splitter.addWidget(left_widget)
        splitter.addWidget(right_widget)
        splitter.setStretchFactor(1, 2)
        QHBoxLayout(page).addWidget(splitter)
        self.note_list.currentItemChanged.connect(lambda item, _p: self._show_note(item))
        self.new_note_button.clicked.connect(lambda: self._fill_note(None))
        self.save_note_button.clicked.connect(self.save_note)
        self.remove_note_button.clicked.connect(self._remove_note)
        return page

    def _reload_notes(self) -> None:
        if self._services is None:
            return
        self.note_list.blockSignals(True)
        self.note_list.clear()
        for note in self._services.resources.notes():
            item = QListWidgetItem(note.title)
            item.setData(IdRole, note.id)
            self.note_list.addItem(item)
        self.note_list.blockSignals(False)

    def _show_note(self, item: QListWidgetItem | None) -> None:
        if item is not None and self._services is not None:
            self._fill_note(self._services.resources.note(item.data(IdRole)))

    def _fill_note(self, note: Note | None) -> None:
        self._note_id = note.id if note else ""
        self.note_title.setText(note.title if note else "")
        index = self.note_topic.findData(note.topic if note else "condition")
        self.note_topic.setCurrentIndex(max(0, index))
        self.note_body.setPlainText(note.body if note else "")
        self.note_source.setText(note.source if note else "")
        self.note_questions.setPlainText(note.questions if note else "")
        self.remove_note_button.setEnabled(bool(self._note_id))
        self.note_notice.clear_message()

    def open_note(self, note_id: str) -> None:
        self.setCurrentIndex(1)
        self._reload_notes()
        for row in range(self.note_list.count()):
            if self.note_list.item(row).data(IdRole) == note_id:
                self.note_list.setCurrentRow(row)
                return

    def save_note(self) -> None:
        if self._services is None:
            return
        note = Note(
            self._note_id,
            self.note_title.text(),
            self.note_topic.currentData(),
            self.note_body.toPlainText(),
            self.note_source.text(),
            self.note_questions.toPlainText(),
        )
        try:
            saved = self._services.resources.save_note(note)
        except ValueError as exc:
            self.note_notice.show_error(describe(exc))
            return
        self._note_id = saved.id
        self._reload_notes()
        self.note_notice.show_info(self.tr("Saved. You can find it with the Journal's search."))
        self.remove_note_button.setEnabled(True)

    def _remove_note(self) -> None:
        if (
            self._services is None
            or not self._note_id
            or not self._dialogs.confirm(
                self,
                self.tr("Remove this note?"),
                self.tr("It leaves your notes and search."),
                accept_label=self.tr("Remove"),
                reject_label=self.tr("Keep it"),
            )
        ):
            return
        self._services.resources.remove_note(self._note_id)
        self._fill_note(None)
        self._reload_notes()

    # -- VaultPage ------------------------------------------------------------------------------

    def attach(self, services: Services) -> None:
        self._services = services
        self._reload()
        self._reload_notes()
        self._fill(None)
        self._fill_note(None)

    def save_drafts(self) -> None:
        """Unsaved form text is kept rather than dropped on lock or navigation."""
        if self._services is None:
            return
        if self.name.text().strip():
            self.save_resource()
        if self.note_title.text().strip():
            self.save_note()

    def detach(self) -> None:
        self._services = None
        self.list.clear()
        self.note_list.clear()
        self._fill(None)
        self._fill_note(None)
        self.search.clear()

    def follow(self, _changed: Changed) -> None:
        pass
