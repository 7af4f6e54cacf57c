"""The domain's rules for each kind of imported record, as for a person typing it.

The field checks in companion_import refuse a file that is not the format (a
number where text belongs). These rules come after: a record in the right shape
that breaks a rule local edits follow (a group with no name, a "days since"
counter with no first day) is set aside with the rule's own sentence, and the
others come in. The rules are the ones sync applies (domain/records.py); only
the kinds are named after the export's lists here.
"""

from __future__ import annotations

from typing import Any

from companion.domain.records import broken_rule

TABLES = {"notes": "knowledge_notes", "members": "group_members"}


def broken(kind: str, row: dict[str, Any]) -> str | None:
    """The rule's sentence if the record breaks one, else None."""
    return broken_rule(TABLES.get(kind, kind), row)
