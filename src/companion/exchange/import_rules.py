"""The domain's rules for each kind of imported record, as for a person typing it.

The field checks in companion_import refuse a file that is not the format (a
number where text belongs). These rules come after: a record in the right shape
that breaks a rule local edits follow (a group with no name, a "days since"
counter with no first day) is set aside with the rule's own sentence, and the
others come in. Only checks: what is stored is what the file says, so a round
trip gives back exactly what was exported.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from companion.domain.groups import GroupDraft, clean_alias, validate_group
from companion.domain.journal import EntryError
from companion.domain.milestones import MilestoneKind, validate_label
from companion.domain.resources import (
    Note,
    Resource,
    ResourceKind,
    validate_note,
    validate_resource,
)
from companion.domain.trackers import TrackerKind, validate_definition

Rule = Callable[[dict[str, Any]], None]


def _tracker(row: dict[str, Any]) -> None:
    validate_definition(row["name"], TrackerKind(row["kind"]), row["min_value"], row["max_value"])


def _milestone(row: dict[str, Any]) -> None:
    validate_label(row["label"])
    if row["kind"] == MilestoneKind.DAYS_SINCE and row["start_day"] is None:
        raise EntryError("A days-since counter needs the day it starts from.")
    if row["kind"] == MilestoneKind.GOAL and row["target_day"] is None:
        raise EntryError("A goal needs a target date.")


def _strategy(row: dict[str, Any]) -> None:
    # Not validate_strategy: its title limit is below what group packs share.
    if not row["title"].strip():
        raise EntryError("Give the strategy a title.")


def _resource(row: dict[str, Any]) -> None:
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


def _note(row: dict[str, Any]) -> None:
    validate_note(Note(row["id"], row["title"], row["topic"], row["body"]))


def _group(row: dict[str, Any]) -> None:
    validate_group(GroupDraft(row["name"]))


def _member(row: dict[str, Any]) -> None:
    clean_alias(row["alias"])


RULES: dict[str, Rule] = {
    "trackers": _tracker,
    "milestones": _milestone,
    "strategies": _strategy,
    "resources": _resource,
    "notes": _note,
    "groups": _group,
    "members": _member,
}


def broken(kind: str, row: dict[str, Any]) -> str | None:
    """The rule's sentence if the record breaks one, else None."""
    rule = RULES.get(kind)
    if rule is None:
        return None
    try:
        rule(row)
    except EntryError as exc:
        return str(exc)
    return None
