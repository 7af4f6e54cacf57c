"""File > Export and File > Import: the dialogs around exchange/, with progress.

The slow part runs on the worker. A progress dialog shows for long exports
and can cancel them; a cancelled export leaves no file behind.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from companion.exchange import companion_import, export, group_pack
from companion.exchange.json_format import Cancelled
from companion.printing.handout import pack_note
from companion.printing.handout_text import handout_text
from companion.services import content
from companion.services.access import Services
from companion.services.tasks import Tasks
from companion.ui.widgets.dialogs import Dialogs

log = logging.getLogger(__name__)

AGE, JSON, MARKDOWN = 0, 1, 2


class _Progress:
    """Shared between the worker (writes) and the GUI timer (reads)."""

    def __init__(self) -> None:
        self.done = 0
        self.total = 0
        self.cancel = threading.Event()

    def __call__(self, done: int, total: int) -> bool:
        self.done, self.total = done, total
        return not self.cancel.is_set()


class ExchangeFlow(QObject):
    def __init__(
        self,
        parent: QWidget,
        dialogs: Dialogs,
        tasks: Tasks,
        services: Callable[[], Services],
        imported: Callable[[], None],
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._dialogs = dialogs
        self._tasks = tasks
        self._services = services
        self._imported = imported
        self.progress_dialog: QProgressDialog | None = None
        self.last_message = ""

    # -- export ------------------------------------------------------------------------------

    def export(self) -> None:
        d, parent = self._dialogs, self._parent
        kind = d.choose(
            parent,
            self.tr("Export"),
            self.tr(
                "Choose how to export everything in Companion. An encrypted file is "
                "safest; the other two can be read by anyone who gets the file."
            ),
            [
                self.tr("Encrypted file (age)"),
                self.tr("JSON file, not encrypted"),
                self.tr("Markdown folder, not encrypted"),
            ],
        )
        if kind is None:
            return
        db = self._services().session.db
        passphrase, private = "", False
        if kind == AGE:
            passphrase = self._new_passphrase() or ""
            if not passphrase:
                return
            if export.has_private_notes(db):
                private = d.confirm(
                    parent,
                    self.tr("Private notes"),
                    self.tr(
                        "Some group sessions have private facilitator notes. Include "
                        "them in this encrypted export?"
                    ),
                    self.tr("Include private notes"),
                    self.tr("Leave them out"),
                )
        elif not d.confirm(
            parent,
            self.tr("Not encrypted"),
            self.tr(
                "This export is not encrypted. Anyone who can open the file can read "
                "your journal. Private facilitator notes are left out."
            ),
            self.tr("Export without encryption"),
            self.tr("Cancel"),
        ):
            return
        stem = f"Companion export {date.today().isoformat()}"
        suggested, filters = {
            AGE: (f"{stem}.age", self.tr("Encrypted export (*.age)")),
            JSON: (f"{stem}.json", self.tr("JSON (*.json)")),
            MARKDOWN: (stem, self.tr("Folder (*)")),
        }[kind]
        target = d.save_path(parent, self.tr("Export to"), Path.home() / suggested, filters)
        if target is None:
            return
        progress = _Progress()

        def job() -> int:
            if kind == AGE:
                return export.export_age(db, target, passphrase, private, progress)
            if kind == JSON:
                return export.export_json(db, target, progress)
            return export.export_markdown(db, target, progress)

        self._run(job, progress, self.tr("Exporting…"), lambda n: self._exported(n, target))

    def export_group_pack(self) -> None:
        """A pack for a group's members: the next session's agenda and handout text,
        shared strategies, resources and crisis lines, never private notes."""
        d, parent = self._dialogs, self._parent
        services = self._services()
        groups = services.groups.groups()
        if not groups:
            self._tell(self.tr("There are no groups yet. Add one on the Groups page first."))
            return
        index: int | None = 0
        if len(groups) > 1:
            index = d.choose(
                parent,
                self.tr("Group pack"),
                self.tr("Which group is the pack for?"),
                [g.name for g in groups],
            )
        if index is None:
            return
        group = groups[index]
        session_id = group_pack.choose_session(services, group.id, datetime.now())
        if session_id is None:
            self._tell(self.tr("%1 has no sessions yet. Plan one first.").replace("%1", group.name))
            return
        passphrase = self._new_passphrase(
            self.tr(
                "A group passphrase for this pack. Tell it to members in person, not with the file:"
            )
        )
        if passphrase is None:
            return
        target = d.save_path(
            parent,
            self.tr("Save the group pack"),
            Path.home() / f"{group.name} pack.age",
            self.tr("Group pack (*.age)"),
        )
        if target is None:
            return
        text = handout_text(content.handout_defaults(services.language()).not_therapy)
        self._run(
            lambda: group_pack.write_pack(
                services, group.id, session_id, target, passphrase, lambda d: pack_note(d, text)
            ),
            None,
            self.tr("Writing the pack…"),
            lambda _: self._tell(
                self.tr(
                    "Wrote the pack to %1. Members import it with File > Import and the "
                    "group passphrase."
                ).replace("%1", str(target))
            ),
        )

    def _new_passphrase(self, label: str = "") -> str | None:
        d, parent = self._dialogs, self._parent
        first = d.ask_passphrase(
            parent,
            self.tr("Export passphrase"),
            label or self.tr("A passphrase for this file. You need it to open the file again:"),
        )
        if not first:
            return None
        again = d.ask_passphrase(parent, self.tr("Export passphrase"), self.tr("Type it again:"))
        if again != first:
            self._tell(self.tr("The two passphrases differ, so nothing was exported."))
            return None
        return first

    def _exported(self, count: int, target: Path) -> None:
        self._tell(self.tr("Exported %n entries to %1.", "", count).replace("%1", str(target)))

    # -- import ------------------------------------------------------------------------------

    def import_folder(self) -> None:
        source = self._dialogs.open_folder(
            self._parent, self.tr("Import a folder of Markdown notes"), Path.home()
        )
        if source is not None:
            self._read(source, None)

    def import_(self) -> None:
        d, parent = self._dialogs, self._parent
        source = d.open_path(
            parent,
            self.tr("Import"),
            Path.home(),
            self.tr("Companion, jrnl, Day One or Daylio export (*.json *.age *.zip *.csv)"),
        )
        if source is None:
            return
        passphrase: str | None = None
        if companion_import.is_encrypted(source):
            passphrase = d.ask_passphrase(
                parent, self.tr("Import"), self.tr("The passphrase of this file:")
            )
            if passphrase is None:
                return
        self._read(source, passphrase)

    def _read(
        self, source: Path, passphrase: str | None, moods: dict[str, int | None] | None = None
    ) -> None:
        db = self._services().session.db

        def needs_moods(error: companion_import.NeedsMoodMap) -> None:
            chosen = self._dialogs.map_moods(self._parent, error.suggested)
            if chosen is not None:
                self._read(source, passphrase, chosen)

        self._run(
            lambda: companion_import.preview(
                db, companion_import.read_path(db, source, passphrase, moods)
            ),
            None,
            self.tr("Reading the file…"),
            self._confirm_import,
            needs_moods,
        )

    def _confirm_import(self, plan: companion_import.Preview) -> None:
        lines = plan.summary() + plan.skipped
        if plan.new_total == 0:
            self._tell(self.tr("Nothing new to import: everything in this file is already here."))
            return
        if not self._dialogs.confirm(
            self._parent,
            self.tr("Import"),
            self.tr("This file holds:") + "\n\n" + "\n".join(lines),
            self.tr("Import"),
            self.tr("Cancel"),
        ):
            return
        db = self._services().session.db
        self._run(
            lambda: companion_import.apply(db, plan),
            None,
            self.tr("Importing…"),
            self._import_done,
        )

    def _import_done(self, count: int) -> None:
        self._imported()
        self._tell(self.tr("Imported %n records.", "", count))

    # -- running -----------------------------------------------------------------------------

    def _run(
        self,
        job: Callable[[], object],
        progress: _Progress | None,
        label: str,
        done: Callable[..., None],
        needs_moods: Callable[[companion_import.NeedsMoodMap], None] | None = None,
    ) -> None:
        dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, self._parent)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(500)  # quick jobs finish before it shows
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        self.progress_dialog = dialog
        timer = QTimer(dialog)
        if progress is not None:
            dialog.canceled.connect(progress.cancel.set)

            def tick() -> None:
                if progress.total:
                    dialog.setMaximum(progress.total)
                    dialog.setValue(progress.done)

            timer.timeout.connect(tick)
            timer.start(100)
        else:
            dialog.setCancelButton(None)

        def finish() -> None:
            timer.stop()
            dialog.reset()
            dialog.deleteLater()
            self.progress_dialog = None

        def ok(value: object) -> None:
            finish()
            done(value)

        def failed(error: BaseException) -> None:
            finish()
            if isinstance(error, companion_import.NeedsMoodMap) and needs_moods:
                needs_moods(error)
            elif isinstance(error, Cancelled):
                self._tell(self.tr("Export cancelled. No file was written."))
            elif isinstance(error, export.ExportError | companion_import.ImportRejected):
                self._tell(str(error), warn=True)
            else:
                log.error("export or import failed unexpectedly", exc_info=error)
                self._tell(
                    self.tr("Something went wrong, and nothing was changed. Please try again."),
                    warn=True,
                )

        self._tasks.submit(job, ok, failed)

    def _tell(self, text: str, warn: bool = False) -> None:
        self.last_message = text
        box = QMessageBox(
            QMessageBox.Icon.Warning if warn else QMessageBox.Icon.Information,
            self.tr("Companion"),
            text,
            QMessageBox.StandardButton.Ok,
            self._parent,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
