"""Journal use-cases: one call per user action, each returning what changed."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date

from companion.domain.attachments import Attachment, validate_image
from companion.domain.changes import Changed
from companion.domain.journal import Entry, EntryDraft, EntryError, Mood, validate
from companion.domain.trackers import Tracker, TrackerKind, validate_definition, validate_value
from companion.vault.attachments import AttachmentRepository
from companion.vault.journal import (
    JournalRepository,
    SearchHit,
    TimelineFilter,
    TimelineRow,
)
from companion.vault.templates import Template, TemplateRepository
from companion.vault.trackers import TrackerRepository
from companion.vault.vault import utc_now


@dataclass(frozen=True)
class Saved:
    entry: Entry | None  # None: the draft was empty, so nothing was kept
    changed: Changed
    # True when the entry had been changed elsewhere meanwhile (another window, a
    # sync): this text was then kept as a new entry instead of overwriting that.
    kept_as_new: bool = False


class JournalService:
    def __init__(
        self,
        entries: JournalRepository,
        trackers: TrackerRepository,
        attachments: AttachmentRepository,
        templates: TemplateRepository,
        today: Callable[[], date] = date.today,
        now: Callable[[], str] = utc_now,
    ) -> None:
        self._entries = entries
        self._trackers = trackers
        self._attachments = attachments
        self._templates = templates
        self._today = today
        self._now = now

    # -- writing --------------------------------------------------------------------

    def save(
        self, entry_id: str | None, draft: EntryDraft, expected_version: int | None = None
    ) -> Saved:
        """Create (entry_id None) or update an entry. An empty draft is quietly not kept.

        With `expected_version`, an entry changed or deleted elsewhere meanwhile is
        not overwritten: this text becomes a new entry, so neither version is lost.
        """
        if draft.is_empty():
            return Saved(None, Changed())
        clean = validate(draft, self._today())
        clean = replace(clean, trackers=self._checked_trackers(clean.trackers))
        if entry_id is None:
            entry = self._entries.insert(clean, self._now())
            return Saved(entry, Changed(entries=frozenset({entry.id})))
        updated = self._entries.update(entry_id, clean, self._now(), expected_version)
        if updated is not None:
            return Saved(updated, Changed(entries=frozenset({updated.id})))
        if expected_version is None:
            raise EntryError(
                "This entry was deleted meanwhile, perhaps in another window. Copy "
                "your text into a new entry to keep it."
            )
        entry = self._entries.insert(clean, self._now())
        return Saved(entry, Changed(entries=frozenset({entry.id, entry_id})), kept_as_new=True)

    def _checked_trackers(self, values: dict[str, float]) -> dict[str, float]:
        if not values:
            return {}
        known = {t.id: t for t in self._trackers.all()}
        out = {}
        for tracker_id, value in values.items():
            tracker = known.get(tracker_id)
            if tracker is None:
                raise EntryError("One of the trackers no longer exists. Reopen the entry.")
            out[tracker_id] = validate_value(tracker, value)
        return out

    def delete(self, entry_id: str) -> Changed:
        if not self._entries.soft_delete(entry_id, self._now()):
            return Changed()
        return Changed(entries=frozenset({entry_id}))

    def undo_delete(self, entry_id: str) -> Changed:
        if not self._entries.restore(entry_id, self._now()):
            return Changed()
        return Changed(entries=frozenset({entry_id}))

    def check_in(self, mood: Mood, line: str) -> Saved:
        """The Today page's quick check-in: today's entry gets the mood and the line."""
        today = self._today()
        seqs = self._entries.seqs_on(today)
        existing = self._entries.get(self._entries.id_for_seq(seqs[0]) or "") if seqs else None
        line = line.strip()
        if existing is None:
            return self.save(None, EntryDraft(day=today, body=line, mood=mood))
        body = existing.body if not line else f"{existing.body.rstrip()}\n\n{line}".lstrip()
        draft = EntryDraft(
            day=existing.day,
            title=existing.title,
            body=body,
            mood=mood,
            tags=existing.tags,
            win=existing.win,
            trackers=existing.trackers,
        )
        return self.save(existing.id, draft)

    # -- templates --------------------------------------------------------------------

    def templates(self) -> list[Template]:
        return self._templates.all()

    def add_template(self, name: str, body: str) -> Template:
        clean = " ".join(name.split())
        if not clean:
            raise EntryError("Give the template a name.")
        if len(clean) > 80:
            raise EntryError("A template name can be up to 80 characters long.")
        if not body.strip():
            raise EntryError("This entry has no text to keep as a template.")
        if len(body) > 100_000:
            raise EntryError("A template can be up to 100,000 characters long.")
        return self._templates.add(clean, body, self._now())

    def remove_template(self, template_id: str) -> None:
        self._templates.remove(template_id, self._now())

    # -- pictures -------------------------------------------------------------------

    def attach_image(
        self, entry_id: str | None, draft: EntryDraft, name: str, data: bytes
    ) -> tuple[Saved, Attachment]:
        """Keep a picture with an entry, inside the vault. A new entry is created
        first (a picture is content, so even an otherwise empty entry is kept)."""
        already = len(self._attachments.for_entry(entry_id)) if entry_id else 0
        mime = validate_image(name, data, already)
        if entry_id is None:
            clean = validate(draft, self._today())
            entry = self._entries.insert(clean, self._now())
            saved = Saved(entry, Changed(entries=frozenset({entry.id})))
        else:
            entry_found = self._entries.get(entry_id)
            if entry_found is None:
                raise EntryError("This entry was deleted meanwhile. Nothing was added.")
            saved = Saved(entry_found, Changed(entries=frozenset({entry_id})))
        assert saved.entry is not None
        safe_name = name.replace("/", "_").replace("\\", "_")[-120:] or "picture"
        attachment = self._attachments.add(saved.entry.id, safe_name, mime, data, self._now())
        return saved, attachment

    def attachments(self, entry_id: str) -> list[Attachment]:
        return self._attachments.for_entry(entry_id)

    def attachment_data(self, attachment_id: str) -> bytes | None:
        return self._attachments.data(attachment_id)

    def remove_attachment(self, attachment_id: str) -> None:
        self._attachments.remove(attachment_id, self._now())

    # -- reading --------------------------------------------------------------------

    def get(self, entry_id: str) -> Entry | None:
        return self._entries.get(entry_id)

    def get_by_seq(self, seq: int) -> Entry | None:
        entry_id = self._entries.id_for_seq(seq)
        return self._entries.get(entry_id) if entry_id else None

    def find(self, id_or_prefix: str) -> Entry | None:
        """An entry by its id, or by a unique start of it (as the command line shows)."""
        entry = self._entries.get(id_or_prefix)
        if entry is None:
            full = self._entries.resolve_id(id_or_prefix)
            entry = self._entries.get(full) if full else None
        return entry

    def timeline(self, flt: TimelineFilter | None = None) -> list[int]:
        return self._entries.timeline_seqs(flt or TimelineFilter())

    def rows(self, seqs: Sequence[int]) -> dict[int, TimelineRow]:
        return self._entries.rows(seqs)

    def timeline_for_day(self, day: date) -> list[int]:
        return self._entries.seqs_on(day)

    def newest(self, limit: int = 200) -> list[TimelineRow]:
        return self._entries.newest(limit)

    def search(self, query: str, limit: int = 50, as_you_type: bool = False) -> list[SearchHit]:
        return self._entries.search(query, limit, as_you_type)

    def tags(self) -> list[tuple[str, int]]:
        return self._entries.tags()

    def mood_by_day(
        self, since: date | None = None, until: date | None = None
    ) -> list[tuple[date, float, int]]:
        return self._entries.mood_by_day(since, until)

    def day_summaries(self, first: date, last: date) -> dict[date, tuple[float | None, bool]]:
        return self._entries.day_summaries(first, last)

    def entry_days(self, since: date | None = None, until: date | None = None) -> list[date]:
        return self._entries.entry_days(since, until)

    def win_days(self, since: date | None = None, until: date | None = None) -> list[date]:
        return self._entries.win_days(since, until)

    # -- trackers -----------------------------------------------------------------------

    def tracker_points(
        self, tracker_id: str, since: date | None = None, until: date | None = None
    ) -> list[tuple[date, float]]:
        return self._trackers.points(tracker_id, since, until)

    def trackers(self) -> list[Tracker]:
        return self._trackers.all()

    def remove_tracker(self, tracker_id: str) -> None:
        self._trackers.remove(tracker_id, self._now())

    def add_tracker(
        self,
        name: str,
        kind: TrackerKind,
        min_value: float | None = None,
        max_value: float | None = None,
        unit: str = "",
    ) -> Tracker:
        if kind is TrackerKind.YESNO:
            min_value, max_value = 0, 1
        validate_definition(name, kind, min_value, max_value)
        return self._trackers.add(name, kind, self._now(), min_value, max_value, unit)
