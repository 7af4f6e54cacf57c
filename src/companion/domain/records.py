"""The rules a record from elsewhere (another device, a newer or buggy app) must
meet before it is written: the same limits local edits have, field by field.

A record is a dict of column values, as sync carries it (vault/sync_store.py).
`problem()` says in words what is wrong, or None. Fields this version does not
know are not checked here: the store ignores them, so a newer device's extra
columns are never fatal.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

from companion.domain.attachments import MAX_ATTACHMENT_BYTES
from companion.domain.groups import MAX_ALIAS, GroupDraft, Role, clean_alias, validate_group
from companion.domain.journal import (
    MAX_BODY_CHARS,
    MAX_TAG_CHARS,
    MAX_TAGS,
    MAX_TITLE_CHARS,
    EntryError,
)
from companion.domain.milestones import MilestoneKind, validate_label
from companion.domain.resources import (
    Note,
    Resource,
    ResourceKind,
    validate_note,
    validate_resource,
)
from companion.domain.toolbox import MAX_STEPS, MAX_TITLE, Category, SourceKind
from companion.domain.trackers import TrackerKind, validate_definition

Rule = Callable[[Any, date], str | None]  # (value, today) -> what is wrong, or None

# Never below what the app lets a person type (exchange/companion_import.py has
# the same limits, field by field, for exports).
SHORT = 10_000
NOTE = MAX_BODY_CHARS
MAX_ID = 100


def _valid_text(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate, from "\ud800" in JSON
        return False
    return True


def text(limit: int = NOTE, optional: bool = False, required: bool = False) -> Rule:
    def check(value: Any, today: date) -> str | None:
        if value is None and optional:
            return None
        if not isinstance(value, str):
            return "is not text"
        if len(value) > limit:
            return f"is longer than {limit:,} characters"
        if required and not value.strip():
            return "is empty"
        if not _valid_text(value):
            return "holds characters that are not valid Unicode"
        return None

    return check


IDENT = text(MAX_ID, required=True)
OPTIONAL_IDENT = text(MAX_ID, optional=True)


def whole(lo: int, hi: int, optional: bool = False) -> Rule:
    def check(value: Any, today: date) -> str | None:
        if value is None and optional:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
            seen = f"{value}, " if isinstance(value, int | float) else ""
            return f"is {seen}not a whole number from {lo:,} to {hi:,}"
        return None

    return check


def real(optional: bool = False) -> Rule:
    def check(value: Any, today: date) -> str | None:
        if value is None and optional:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            return "is not a number"
        if not -1e12 <= value <= 1e12:
            return "is not a number Companion can keep"
        return None

    return check


FLAG = whole(0, 1)


def choice(*allowed: str) -> Rule:
    def check(value: Any, today: date) -> str | None:
        return None if value in allowed else "is not one of the choices Companion knows"

    return check


def day(optional: bool = False, not_after_tomorrow: bool = False) -> Rule:
    def check(value: Any, today: date) -> str | None:
        if value is None and optional:
            return None
        try:
            parsed = date.fromisoformat(value) if isinstance(value, str) else None
        except ValueError:
            parsed = None
        if parsed is None or len(value) != 10:
            return "is not a date like 2026-11-26"
        if not_after_tomorrow and parsed > today + timedelta(days=1):
            return "is a day in the future"
        return None

    return check


def moment(optional: bool = False) -> Rule:
    """A date and time (ISO 8601, with or without a time zone)."""

    def check(value: Any, today: date) -> str | None:
        if value is None and optional:
            return None
        try:
            if isinstance(value, str) and len(value) <= 40:
                datetime.fromisoformat(value)
                return None
        except ValueError:
            pass
        return "is not a date and time"

    return check


def tags(value: Any, today: date) -> str | None:
    if not isinstance(value, str) or not _valid_text(value):
        return "are not text"
    names = [t for t in value.split("\n") if t]
    if len(names) > MAX_TAGS or any(len(t) > MAX_TAG_CHARS for t in names):
        return f"are more than {MAX_TAGS}, or one is longer than {MAX_TAG_CHARS} characters"
    return None


def tracker_values(value: Any, today: date) -> str | None:
    if not isinstance(value, dict) or len(value) > 100:
        return "are not a list of numbers"
    for tracker, number in value.items():
        if IDENT(tracker, today) or real()(number, today):
            return "hold something that is not a number"
    return None


def picture(value: Any, today: date) -> str | None:
    if not isinstance(value, str) or len(value) > (MAX_ATTACHMENT_BYTES * 4) // 3 + 4:
        return "is larger than Companion keeps"
    try:
        base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return "is damaged"
    return None


def rows(fields: dict[str, Rule], most: int = 1000) -> Rule:
    """Child rows (agenda items, attendance, ...), each checked like a record."""

    def check(value: Any, today: date) -> str | None:
        if not isinstance(value, list) or len(value) > most:
            return "are damaged"
        for row in value:
            if not isinstance(row, dict):
                return "hold something that is not a record"
            if found := _first_problem(fields, row, today):
                return "include one whose " + found.removeprefix("its ")
        return None

    return check


STAMPS: dict[str, Rule] = {"created_at": moment(), "updated_at": moment()}

RULES: dict[str, dict[str, Rule]] = {
    "trackers": {
        "name": text(60, required=True),
        "kind": choice(*TrackerKind),
        "min_value": real(optional=True),
        "max_value": real(optional=True),
        "unit": text(SHORT),
        "position": whole(0, 1_000_000),
        **STAMPS,
    },
    "templates": {"name": text(200, required=True), "body": text(MAX_BODY_CHARS), **STAMPS},
    "milestones": {
        "kind": choice(*MilestoneKind),
        "label": text(200, required=True),
        "start_day": day(optional=True),
        "target_day": day(optional=True),
        "reached_day": day(optional=True),
        "milestone_lapses": rows({"day": day(), "entry_id": OPTIONAL_IDENT}),
        "milestone_celebrations": rows(
            {"period_start": day(), "days": whole(0, 1_000_000), "entry_id": OPTIONAL_IDENT}
        ),
        **STAMPS,
    },
    "strategies": {
        "title": text(max(MAX_TITLE, 200), required=True),  # imports allow 200
        "steps": text(MAX_STEPS),
        "category": choice(*Category),
        "when_helps": text(MAX_STEPS),
        "tags_text": tags,
        "source_kind": choice(*SourceKind),
        "source_group": text(200),
        "source_member": text(200),
        "starter_key": text(MAX_ID, optional=True),
        **STAMPS,
    },
    "starter_hidden": {"hidden_at": moment()},
    "strategy_uses": {
        "strategy_id": IDENT,
        "used_at": moment(),
        "before": whole(0, 10),
        "after": whole(0, 10),
        "note": text(),
    },
    "safety_plan_items": {
        "step": whole(1, 7),
        "position": whole(0, 1_000_000),
        "text": text(SHORT),
        "contact": text(SHORT),
        "strategy_id": OPTIONAL_IDENT,
        **STAMPS,
    },
    "resources": {
        "kind": choice(*ResourceKind),
        "name": text(200, required=True),
        "contact": text(SHORT),
        "notes": text(),
        "cost": text(SHORT),
        "recommended_by": text(200),
        "rating": whole(1, 5, optional=True),
        "experience": text(),
        "tags_text": tags,
        **STAMPS,
    },
    "knowledge_notes": {
        "title": text(300, required=True),
        "topic": text(200),
        "body": text(MAX_BODY_CHARS),
        "source": text(),
        "questions": text(),
        "resource_id": OPTIONAL_IDENT,
        **STAMPS,
    },
    "groups": {
        "name": text(200, required=True),
        **{name: text(SHORT) for name in ("focus", "schedule", "place", "facilitators")},
        **{name: text() for name in ("agreements", "resources", "crisis_lines")},
        "my_role": choice(*Role),
        **STAMPS,
    },
    "group_members": {
        "group_id": IDENT,
        "alias": text(MAX_ALIAS, required=True),
        "contact_note": text(SHORT),
        "consent": FLAG,
        **STAMPS,
    },
    "group_sessions": {
        "group_id": IDENT,
        "starts_at": moment(),
        "topic": text(300),
        "tool_id": OPTIONAL_IDENT,
        "follow_ups": text(),
        "agenda_items": rows(
            {
                "id": IDENT,
                "position": whole(0, 1_000_000),
                "title": text(300),
                "minutes": whole(0, 600),
            },
            most=100,
        ),
        "attendance": rows(
            {"member_id": IDENT, "present": FLAG, "check_in": text(SHORT), "check_out": text(SHORT)}
        ),
        **STAMPS,
    },
    "shared_items": {
        "session_id": IDENT,
        "kind": choice("strategy", "story"),
        "member_id": OPTIONAL_IDENT,
        "title": text(300),
        "body": text(),
        "consent": FLAG,
        "created_at": moment(),
    },
    "mentoring_pairs": {
        "group_id": IDENT,
        "mentor_id": IDENT,
        "mentee_id": IDENT,
        "consent": FLAG,
        "every_days": whole(1, 365),
        "created_at": moment(),
    },
    "mentoring_checkins": {
        "pair_id": IDENT,
        "day": day(),
        "how": text(SHORT),
        "next_step": text(SHORT),
        "created_at": moment(),
    },
    "handout_templates": {
        "group_id": IDENT,
        "name": text(200, required=True),
        "sections": text(SHORT),
        "large_print": FLAG,
        "paper": choice("A4", "Letter"),
        "created_at": moment(),
    },
    "entries": {
        "day": day(not_after_tomorrow=True),
        "title": text(MAX_TITLE_CHARS),
        "body": text(MAX_BODY_CHARS),
        "mood": whole(1, 5, optional=True),
        "win": FLAG,
        "tags_text": tags,
        "trackers": tracker_values,
        **STAMPS,
    },
    "attachments": {
        "entry_id": IDENT,
        "name": text(200, required=True),
        "mime": text(100),
        "size": whole(0, MAX_ATTACHMENT_BYTES),
        "data": picture,
        "created_at": moment(),
    },
}


NAMES = {
    "tags_text": "tags",
    "trackers": "tracker values",
    "data": "picture",
    "agenda_items": "agenda items",
    "milestone_lapses": "lapses",
    "milestone_celebrations": "celebrations",
    "starts_at": "start time",
    "used_at": "time of use",
    "created_at": "creation time",
    "updated_at": "time of change",
}


# -- rules about a whole record, as local edits follow them ---------------------------
# Each raises EntryError with the domain's own sentence. Keyed by kind; a record
# from an import uses the same columns.


def _whole_tracker(row: dict[str, Any]) -> None:
    validate_definition(row["name"], TrackerKind(row["kind"]), row["min_value"], row["max_value"])


def _whole_milestone(row: dict[str, Any]) -> None:
    validate_label(row["label"])
    if row["kind"] == MilestoneKind.DAYS_SINCE and row["start_day"] is None:
        raise EntryError("A days-since counter needs the day it starts from.")
    if row["kind"] == MilestoneKind.GOAL and row["target_day"] is None:
        raise EntryError("A goal needs a target date.")


def _whole_strategy(row: dict[str, Any]) -> None:
    # Not validate_strategy: its title limit is below what group packs share.
    if not row["title"].strip():
        raise EntryError("Give the strategy a title.")


def _whole_resource(row: dict[str, Any]) -> None:
    validate_resource(
        Resource(
            row["id"],
            ResourceKind(row["kind"]),
            row["name"],
            notes=row["notes"],
            rating=row["rating"],
            experience=row["experience"],
        )
    )


def _whole_note(row: dict[str, Any]) -> None:
    validate_note(Note(row["id"], row["title"], row["topic"], row["body"]))


def _whole_group(row: dict[str, Any]) -> None:
    validate_group(GroupDraft(row["name"]))


def _whole_member(row: dict[str, Any]) -> None:
    clean_alias(row["alias"])


WHOLE: dict[str, Callable[[dict[str, Any]], None]] = {
    "trackers": _whole_tracker,
    "milestones": _whole_milestone,
    "strategies": _whole_strategy,
    "resources": _whole_resource,
    "knowledge_notes": _whole_note,
    "groups": _whole_group,
    "group_members": _whole_member,
}


def broken_rule(kind: str, row: dict[str, Any]) -> str | None:
    """The domain rule's sentence if a record breaks one. A record without the
    columns a rule reads (from an older app) is not judged by it."""
    rule = WHOLE.get(kind)
    if rule is None:
        return None
    try:
        rule(row)
    except EntryError as exc:
        return str(exc)
    except (KeyError, TypeError, ValueError):  # the field checks judge the shape
        return None
    return None


def _first_problem(fields: dict[str, Rule], data: dict[str, Any], today: date) -> str | None:
    for name, rule in fields.items():
        if name in data and (found := rule(data[name], today)):
            return f"its {NAMES.get(name, name.replace('_', ' '))} {found}"
    return None


def problem(kind: str, record_id: Any, data: Any, today: date) -> str | None:
    """What is wrong with this record of `kind`, in words; None if it may be written."""
    if IDENT(record_id, today):
        return "its id is missing or damaged"
    if not isinstance(data, dict):
        return "it is not a record Companion knows"
    fields = RULES.get(kind)
    if fields is None:
        return None  # a kind this version does not sync is never written
    found = _first_problem(fields, data, today)
    if found is None and (broken := broken_rule(kind, {"id": record_id, **data})):
        return f"it breaks a rule: {broken.rstrip('.')}"
    return found
