"""Reading a Companion export (JSON, or JSON inside age) back into a vault.

Reading is strict: anything that is not the documented format is refused with
a sentence before the vault is touched. Then `preview` says what would happen,
and `apply` writes only the records the vault does not have yet, in one
transaction, so importing the same file twice adds nothing.
"""

from __future__ import annotations

import base64
import binascii
import json
import stat
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pyrage

from companion.domain.attachments import validate_image
from companion.domain.groups import MAX_ALIAS, Role
from companion.domain.journal import MAX_BODY_CHARS, EntryDraft, EntryError, Mood, validate
from companion.domain.milestones import MilestoneKind
from companion.domain.resources import ResourceKind
from companion.domain.toolbox import MAX_STEPS, SAFETY_STEP_TITLES, Category
from companion.domain.trackers import Tracker, TrackerKind, validate_value
from companion.exchange import (
    daylio_format,
    dayone_format,
    import_rules,
    jrnl_format,
    markdown_import,
    text_safety,
)
from companion.exchange.fields import (
    ID,
    MAX_SHORT,
    Check,
    choice,
    day,
    fail,
    flag,
    lines,
    moment,
    number,
    text,
    wall_clock,
)
from companion.exchange.fields import ImportRejected as ImportRejected  # the API's error
from companion.exchange.json_format import FORMAT, VERSION
from companion.exchange.text_safety import shown
from companion.vault.db import Database
from companion.vault.importer import Batch, ImportConflict, ImportedEntry, ImportRepository
from companion.vault.trackers import TrackerRepository
from companion.vault.vault import utc_now

MAX_FILE_BYTES = 1024 * 1024 * 1024  # 1 GiB: far beyond 100,000 entries with pictures
MAX_TEXT = MAX_BODY_CHARS  # the longest entry body the journal keeps
MAX_PICTURE_CHARS = 14_000_000  # 10 MiB of picture, in base64
AGE_HEADER = b"age-encryption.org/v1"


class NeedsPassphrase(ImportRejected):
    """The file is encrypted and no passphrase (or the wrong one) was given."""


class NeedsMoodMap(ImportRejected):
    """A Daylio file has mood labels that have no place on the 1-5 scale yet."""

    def __init__(self, suggested: dict[str, int | None], unmapped: list[str]) -> None:
        super().__init__(
            f"This Daylio export has moods Companion does not know ({', '.join(unmapped)}). "
            "Choose where each one sits on the scale from 1 to 5."
        )
        self.suggested = suggested
        self.unmapped = unmapped


def is_regular(path: Path) -> bool:
    """A regular file (a link to one is fine: the user chose it). Opening a FIFO,
    socket or device would wait, or read, forever."""
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except OSError:
        return False


def kind_of(path: Path) -> tuple[str, ...]:
    """What a path can be, from cheap signs (JSON files are told apart when read)."""
    if path.is_dir():
        return ("markdown",)
    if not is_regular(path):
        return ("companion", "jrnl")  # reading it says, in a sentence, what is wrong
    if dayone_format.is_dayone_zip(path):
        return ("dayone",)
    if daylio_format.is_csv(path):
        return ("daylio",)
    return ("companion", "jrnl")


def is_encrypted(path: Path) -> bool:
    """Whether the file is an age file (so a passphrase is needed), from its first bytes."""
    if not is_regular(path):
        return False
    try:
        with path.open("rb") as handle:
            return handle.read(len(AGE_HEADER)) == AGE_HEADER
    except OSError:
        return False  # reading it for real says what is wrong, in a sentence


def read_path(
    db: Database,
    path: Path,
    passphrase: str | None = None,
    moods: Mapping[str, int | None] | None = None,
) -> dict[str, Any]:
    """A folder of Markdown files, a Day One zip, a Daylio CSV, or an export file
    (Companion, age, jrnl). A Daylio file needs `moods` for the labels it uses:
    without them NeedsMoodMap says which, with a suggestion."""
    kind = kind_of(path)[0]
    if kind == "companion":
        return read_file(path, passphrase)
    try:
        if kind == "dayone":
            return dayone_format.read_zip(path)
        if kind == "daylio":
            daylio = daylio_format.read_csv(path)
            unmapped = daylio.unmapped(moods or {})
            if unmapped:
                raise NeedsMoodMap(daylio.suggested(), unmapped)
            return daylio_format.to_companion(daylio, moods or {})
        names = {r["name"]: r["id"] for r in db.records("SELECT name, id FROM trackers")}
        return markdown_import.read_folder(path, names)
    except OSError as exc:
        raise ImportRejected(f"{path} could not be read ({exc.strerror or exc}).") from exc
    except dayone_format.NotDayOne as exc:
        raise ImportRejected(f"This Day One export cannot be imported: {exc}.") from exc
    except daylio_format.NotDaylio as exc:
        raise ImportRejected(f"This Daylio export cannot be imported: {exc}.") from exc
    except markdown_import.NotMarkdownFolder as exc:
        raise ImportRejected(f"This folder cannot be imported: {exc}.") from exc


def read_file(path: Path, passphrase: str | None = None) -> dict[str, Any]:
    """The export's JSON document, decrypted if needed. Never partially trusted."""
    # Memory: the file's bytes are dropped once decoded, and the text once parsed,
    # so a large import holds at most two copies of itself at any moment.
    return parse_text(_text_of(path, passphrase))


def _text_of(path: Path, passphrase: str | None) -> str:
    try:
        size = path.stat().st_size
        if not is_regular(path):
            raise ImportRejected(
                f"{shown(path.name)} is not a regular file (it may be a pipe or a device), "
                "so it was not read. Choose the export file itself."
            )
        if size > MAX_FILE_BYTES:
            raise ImportRejected(
                f"{shown(path.name)} is {size / 1e9:.1f} GB, larger than any Companion export "
                "should be. Check that it is the right file."
            )
        data = path.read_bytes()
    except OSError as exc:
        raise ImportRejected(f"{path} could not be read ({exc.strerror or exc}).") from exc
    if data.startswith(AGE_HEADER):
        if not passphrase:
            raise NeedsPassphrase(
                f"{shown(path.name)} is encrypted. Enter its passphrase to import it."
            )
        try:
            data = pyrage.passphrase.decrypt(data, passphrase)
        except pyrage.DecryptError as exc:
            raise NeedsPassphrase(
                f"That passphrase does not open {shown(path.name)}, or the file is damaged. "
                "Check the passphrase and try again."
            ) from exc
    return _decode(data)


NOT_JSON = (
    "This file is not a Companion export: it is not readable JSON. "
    "It may be damaged, or from another app."
)


def _decode(data: bytes) -> str:
    try:
        # "utf-8-sig": a byte-order mark that an editor put first is read past.
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportRejected(NOT_JSON) from None


def parse_json(data: bytes) -> dict[str, Any]:
    return parse_text(_decode(data))


def parse_text(text: str) -> dict[str, Any]:
    try:
        document = json.loads(text)
    except ValueError:
        # Not chained: the decoder's error holds the whole text, which could be large.
        raise ImportRejected(NOT_JSON) from None
    except RecursionError as exc:
        raise ImportRejected("This file is nested too deeply to be a Companion export.") from exc
    del text  # this frame's is the last reference: free it before the checks below
    document, replaced = text_safety.scrub(document)
    if jrnl_format.looks_like_jrnl(document):
        try:
            document = jrnl_format.to_companion(document)
        except jrnl_format.NotJrnl as exc:
            raise ImportRejected(f"This jrnl export is damaged: {exc}.") from exc
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ImportRejected("This file is not a Companion export (its 'format' is missing).")
    document[text_safety.REPLACED_KEY] = replaced
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise ImportRejected("This export has no valid version number.")
    if version > VERSION:
        raise ImportRejected(
            f"This export was made by a newer Companion (format version {version}). "
            "Update Companion, then import it again."
        )
    return document


# No limit here is below what the app lets a person type (the round-trip test
# with every field at its longest checks it): where the domain has no limit of
# its own, free text may be as long as an entry's body.
# kind -> export field -> (column, check). Order matters: records are checked and
# written after the ones they point to.
SPECS: dict[str, dict[str, tuple[str, Check]]] = {
    "trackers": {
        "id": ("id", ID),
        "name": ("name", text(60)),
        "kind": ("kind", choice(*TrackerKind)),
        "min_value": ("min_value", number(-1e9, 1e9, optional=True, whole=False)),
        "max_value": ("max_value", number(-1e9, 1e9, optional=True, whole=False)),
        "unit": ("unit", text(MAX_SHORT)),
        "position": ("position", number(0, 1e6)),
    },
    "templates": {"id": ("id", ID), "name": ("name", text(200)), "body": ("body", text(MAX_TEXT))},
    "milestones": {
        "id": ("id", ID),
        "kind": ("kind", choice(*MilestoneKind)),
        "label": ("label", text(200)),
        "start_day": ("start_day", day(optional=True)),
        "target_day": ("target_day", day(optional=True)),
        "reached_day": ("reached_day", day(optional=True)),
    },
    "strategies": {
        "id": ("id", ID),
        # Up to 200, not the toolbox's MAX_TITLE: shared items in a group pack are longer.
        "title": ("title", text(200)),
        "steps": ("steps", text(MAX_STEPS)),
        "category": (
            "category",
            choice(*Category),
        ),
        "when_helps": ("when_helps", text(MAX_STEPS)),
        "tags": ("tags_text", lines),
        "source_kind": ("source_kind", choice("mine", "group", "professional")),
        "source_group": ("source_group", text(200)),
        "source_member": ("source_member", text(200)),
        "starter_key": ("starter_key", text(100, optional=True)),
    },
    "strategy_uses": {
        "id": ("id", ID),
        "strategy_id": ("strategy_id", ID),
        "used_at": ("used_at", moment),
        "before": ("before", number(0, 10)),
        "after": ("after", number(0, 10)),
        "note": ("note", text()),
    },
    "safety_plan": {
        "id": ("id", ID),
        "step": ("step", number(min(SAFETY_STEP_TITLES), max(SAFETY_STEP_TITLES))),
        "position": ("position", number(0, 1e6)),
        "text": ("text", text(500)),
        "contact": ("contact", text(200)),
    },
    "resources": {
        "id": ("id", ID),
        "kind": (
            "kind",
            choice(*ResourceKind),
        ),
        "name": ("name", text(200)),
        "contact": ("contact", text(1000)),
        "notes": ("notes", text(MAX_TEXT)),  # over 50,000: the domain rule says so
        "cost": ("cost", text(1000)),
        "recommended_by": ("recommended_by", text(200)),
        "rating": ("rating", number(1, 5, optional=True)),
        "experience": ("experience", text(MAX_TEXT)),
        "tags": ("tags_text", lines),
    },
    "notes": {
        "id": ("id", ID),
        "title": ("title", text(300)),
        "topic": ("topic", text(200)),
        "body": ("body", text(MAX_TEXT)),
        "source": ("source", text(MAX_TEXT)),
        "questions": ("questions", text(MAX_TEXT)),
    },
    "groups": {
        "id": ("id", ID),
        "name": ("name", text(200)),
        "focus": ("focus", text(1000)),
        "schedule": ("schedule", text(200)),
        "place": ("place", text(1000)),
        "facilitators": ("facilitators", text(1000)),
        "agreements": ("agreements", lines),
        "resources": ("resources", lines),
        "crisis_lines": ("crisis_lines", lines),
        "my_role": ("my_role", choice(*Role)),
    },
    "members": {
        "id": ("id", ID),
        "group_id": ("group_id", ID),
        "alias": ("alias", text(MAX_ALIAS)),
        "contact_note": ("contact_note", text(1000)),
        "consent": ("consent", flag),
    },
    "sessions": {
        "id": ("id", ID),
        "group_id": ("group_id", ID),
        "starts_at": ("starts_at", wall_clock),
        "topic": ("topic", text(300)),
        "tool_id": ("tool_id", text(100, optional=True)),
        "follow_ups": ("follow_ups", text(MAX_TEXT)),
        "private_notes": ("private_notes", text(MAX_TEXT)),
    },
}
# What a record points to: kind -> (field, kind it must exist in).
REFERENCES = {
    "strategy_uses": ("strategy_id", "strategies"),
    "members": ("group_id", "groups"),
    "sessions": ("group_id", "groups"),
}
OPTIONAL_FIELDS = {"private_notes"}
LABELS = {
    "entries": "entries",
    "trackers": "trackers",
    "templates": "templates",
    "milestones": "milestones",
    "strategies": "coping strategies",
    "strategy_uses": "strategy uses",
    "safety_plan": "safety-plan steps",
    "resources": "resources",
    "notes": "notes",
    "groups": "groups",
    "members": "group members",
    "sessions": "group sessions",
}


@dataclass
class Preview:
    """What an import would do, for the user to confirm first."""

    new: dict[str, int] = field(default_factory=dict)
    already: dict[str, int] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)
    first_day: date | None = None
    last_day: date | None = None
    batch: Batch = field(default_factory=Batch)

    @property
    def new_total(self) -> int:
        return sum(self.new.values())

    def summary(self) -> list[str]:
        out = []
        for kind, label in LABELS.items():
            new, old = self.new.get(kind, 0), self.already.get(kind, 0)
            if new or old:
                out.append(
                    f"{label.capitalize()}: {new} new" + (f", {old} already here" if old else "")
                )
        if self.first_day and self.last_day:
            out.append(f"Entries from {self.first_day} to {self.last_day}")
        return out


def _records(document: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    raw = document.get(kind, [])
    if not isinstance(raw, list):
        raise fail(f"'{kind}'", "should be a list")
    seen: set[str] = set()
    for i, record in enumerate(raw):
        if not isinstance(record, dict):
            raise fail(f"{kind} item {i + 1}", "should be a record")
        record_id = record.get("id")
        if not isinstance(record_id, str) or not record_id:
            raise fail(f"{kind} item {i + 1}", "has no id")
        if record_id in seen:
            raise fail(f"{kind} item {i + 1}", f"repeats the id {record_id[:40]!r}")
        seen.add(record_id)
    return raw


def _row(record: dict[str, Any], spec: dict[str, tuple[str, Check]], where: str) -> dict[str, Any]:
    row = {}
    for name, (column, check) in spec.items():
        if name not in record:
            if name in OPTIONAL_FIELDS:
                continue
            raise fail(where, f"is missing '{name}'")
        row[column] = check(record[name], f"{where} '{name}'")
    return row


def preview(db: Database, document: dict[str, Any], today: date | None = None) -> Preview:
    """Check every record and work out what is new. Raises ImportRejected."""
    repo = ImportRepository(db)
    result = Preview()
    if text_safety.REPLACED_KEY not in document:  # not from a reader that cleaned it
        document, cleaned = text_safety.scrub(document)
        document[text_safety.REPLACED_KEY] = cleaned
    known: dict[str, set[str]] = {}
    for kind, spec in SPECS.items():
        existing = repo.existing_ids(kind)
        rows = []
        for i, record in enumerate(_records(document, kind)):
            row = _row(record, spec, f"{kind} item {i + 1}")
            if row["id"] in existing:
                result.already[kind] = result.already.get(kind, 0) + 1
                continue
            ref = REFERENCES.get(kind)
            if ref and not _known(row[ref[0]], known.get(ref[1], set())):
                result.skipped.append(
                    f"A {LABELS[kind][:-1]} that points to a missing {ref[1][:-1]} was skipped."
                )
                continue
            if kind == "sessions":
                result.batch.agendas[row["id"]] = _agenda(record, f"sessions item {i + 1}")
            rule = import_rules.broken(kind, row)
            if rule is not None:
                result.skipped.append(f"A {LABELS[kind][:-1]} was skipped: {rule}")
                continue
            rows.append(row)
        known[kind] = existing | {r["id"] for r in rows}
        if rows:
            result.batch.rows[kind] = rows
            result.new[kind] = len(rows)
    trackers = {t.id: t for t in TrackerRepository(db).all()}
    for row in result.batch.rows.get("trackers", []):
        trackers[row["id"]] = Tracker(
            row["id"], row["name"], TrackerKind(row["kind"]), row["min_value"], row["max_value"]
        )
    _entries(repo, document, known["trackers"], trackers, result, today or datetime.now(UTC).date())
    replaced: Any = document.get(text_safety.REPLACED_KEY)
    if isinstance(replaced, int) and not isinstance(replaced, bool) and replaced > 0:
        result.skipped.append(
            f"{replaced} characters that could not be read were replaced with "
            f"{text_safety.REPLACEMENT}. Check the imported text where you see it."
        )
    return result


def _known(value: str, ids: set[str]) -> bool:
    return value in ids or value.startswith("starter:")


def _agenda(record: dict[str, Any], where: str) -> list[tuple[str, int]]:
    items = record.get("agenda", [])
    if not isinstance(items, list) or len(items) > 100:
        raise fail(where, "has an agenda that is not a list")
    out = []
    for item in items:
        if not isinstance(item, dict):
            raise fail(where, "has an agenda item that is not a record")
        out.append(
            (
                text(MAX_SHORT)(item.get("title"), f"{where} agenda 'title'"),
                number(0, 600)(item.get("minutes"), f"{where} agenda 'minutes'"),
            )
        )
    return out


def _entries(
    repo: ImportRepository,
    document: dict[str, Any],
    tracker_ids: set[str],
    definitions: dict[str, Tracker],
    result: Preview,
    today: date,
) -> None:
    """`tracker_ids`: every tracker id the vault will have (deleted ones too);
    `definitions`: the live ones, whose rules each value must follow."""
    existing = repo.existing_ids("entries")
    dropped_values = broken_values = 0
    for i, record in enumerate(_records(document, "entries")):
        where = f"entries item {i + 1}"
        row = _row(record, ENTRY_SPEC, where)
        if row["id"] in existing:
            result.already["entries"] = result.already.get("entries", 0) + 1
            continue
        trackers = record.get("trackers", {})
        if not isinstance(trackers, dict) or len(trackers) > 100:
            raise fail(where, "has trackers that are not a record")
        values = {}
        for tracker_id, value in trackers.items():
            checked = number(-1e9, 1e9, whole=False)(value, f"{where} tracker value")
            if tracker_id not in tracker_ids:
                dropped_values += 1
                continue
            tracker = definitions.get(tracker_id)
            try:
                values[tracker_id] = float(
                    checked if tracker is None else validate_value(tracker, checked)
                )
            except EntryError:
                broken_values += 1
        draft = EntryDraft(
            day=date.fromisoformat(row["day"]),
            title=row["title"],
            body=row["body"],
            mood=Mood(row["mood"]) if row["mood"] is not None else None,
            tags=tuple(t for t in row["tags"].split("\n") if t),
            win=bool(row["win"]),
            trackers=values,
        )
        try:
            # An entry written just before midnight elsewhere may be "tomorrow" here.
            clean = validate(draft, today + timedelta(days=1))
        except EntryError as exc:
            result.skipped.append(f"The entry of {row['day']} was skipped: {exc}")
            continue
        result.batch.entries.append(
            ImportedEntry(
                row["id"],
                clean,
                row["created_at"],
                row["updated_at"],
                _pictures(record, where),
            )
        )
        result.first_day = min(filter(None, (result.first_day, clean.day)))
        result.last_day = max(filter(None, (result.last_day, clean.day)))
    if result.batch.entries:
        result.new["entries"] = len(result.batch.entries)
    if dropped_values:
        result.skipped.append(
            f"{dropped_values} tracker values for trackers not in the file were skipped."
        )
    if broken_values:
        result.skipped.append(
            f"{broken_values} tracker values that break their tracker's rules (a yes or no, "
            "a whole number on the scale, no amount below zero) were skipped."
        )


ENTRY_SPEC: dict[str, tuple[str, Check]] = {
    "id": ("id", ID),
    "date": ("day", day()),
    "title": ("title", text(300)),
    "body": ("body", text(MAX_TEXT)),
    "mood": ("mood", number(1, 5, optional=True)),
    "win": ("win", flag),
    "tags": ("tags", lines),
    "created_at": ("created_at", moment),
    "updated_at": ("updated_at", moment),
}


def _pictures(record: dict[str, Any], where: str) -> list[tuple[str, str, str, bytes]]:
    pictures = record.get("pictures", [])
    if not isinstance(pictures, list) or len(pictures) > 20:
        raise fail(where, "has more pictures than an entry can hold")
    out: list[tuple[str, str, str, bytes]] = []
    for picture in pictures:
        if not isinstance(picture, dict):
            raise fail(where, "has a picture that is not a record")
        name = text(200)(picture.get("name"), f"{where} picture 'name'")
        encoded = text(MAX_PICTURE_CHARS)(picture.get("data"), f"{where} picture 'data'")
        try:
            data = base64.b64decode(encoded, validate=True)
        except (binascii.Error, ValueError) as exc:
            raise fail(where, "has a picture that is not valid base64") from exc
        try:
            mime = validate_image(name, data, len(out))
        except EntryError as exc:
            raise fail(where, f"has a picture Companion cannot keep ({exc})") from exc
        out.append((ID(picture.get("id"), f"{where} picture 'id'"), name, mime, data))
    return out


def apply(db: Database, plan: Preview) -> int:
    """Write the new records in one transaction. Returns how many were added."""
    try:
        ImportRepository(db).apply(plan.batch, utc_now())
    except ImportConflict as exc:
        raise ImportRejected(
            "This export contains records that contradict each other, so nothing was "
            "imported. It may have been edited by hand."
        ) from exc
    return plan.new_total
