"""Checking an import one field at a time: each check returns the value to store,
or raises ImportRejected with a sentence naming the record and the field."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

MAX_SHORT = 10_000


class ImportRejected(Exception):
    """The file cannot be imported; the message says why, in a sentence."""


Check = Callable[[Any, str], Any]


def fail(where: str, what: str) -> ImportRejected:
    return ImportRejected(f"This export is damaged: {where} {what}.")


def text(limit: int = MAX_SHORT, optional: bool = False) -> Check:
    def check(value: Any, where: str) -> Any:
        if value is None and optional:
            return None
        if not isinstance(value, str):
            raise fail(where, "should be text")
        if len(value) > limit:
            raise fail(where, f"is longer than {limit:,} characters")
        return value

    return check


def number(lo: float, hi: float, optional: bool = False, whole: bool = True) -> Check:
    def check(value: Any, where: str) -> Any:
        if value is None and optional:
            return None
        kinds = (int,) if whole else (int, float)
        if isinstance(value, bool) or not isinstance(value, kinds) or not lo <= value <= hi:
            raise fail(where, f"should be a number from {lo:g} to {hi:g}")
        return value

    return check


def choice(*allowed: str, optional: bool = False) -> Check:
    def check(value: Any, where: str) -> Any:
        if value is None and optional:
            return None
        if value not in allowed:
            raise fail(where, "has a value Companion does not know")
        return value

    return check


def flag(value: Any, where: str) -> Any:
    # Exports up to 0.1.0 wrote group-member consent as 1 or 0 (the database's own
    # value), and files exported that way exist: 0 and 1 are read as false and true.
    if isinstance(value, int) and not isinstance(value, bool) and value in (0, 1):
        return value
    if not isinstance(value, bool):
        raise fail(where, "should be true or false")
    return int(value)


def lines(value: Any, where: str) -> Any:
    """A list of short texts, stored one per line."""
    if not isinstance(value, list) or len(value) > 1000:
        raise fail(where, "should be a list of texts")
    return "\n".join(text(1000)(v, where) for v in value)


def day(optional: bool = False) -> Check:
    def check(value: Any, where: str) -> Any:
        if value is None and optional:
            return None
        try:
            return date.fromisoformat(text(10)(value, where)).isoformat()
        except ValueError as exc:
            raise fail(where, "should be a date like 2026-11-26") from exc

    return check


# Times. What is accepted is ISO 8601 as Python's datetime.fromisoformat reads it
# (3.11): a date, then "T" or a space, then a time to the minute or finer, with
# an optional "Z" or offset such as +02:00. That covers what the exporter writes
# ("2026-11-26T19:30:05.123Z" for moments, "2026-11-26T19:30" for a session's
# start) and what people and other apps write by hand. A date alone is refused.
MOMENT_EXAMPLE = "2026-11-26T19:30:00Z"


def _datetime(value: Any, where: str, example: str) -> datetime:
    raw = text(40)(value, where)
    try:
        if len(raw) < 16 or raw[10] not in "T ":
            raise ValueError(raw)
        return datetime.fromisoformat(raw)
    except ValueError as exc:
        raise fail(where, f"should be a date and time like {example}") from exc


def moment(value: Any, where: str) -> Any:
    """A moment (created, updated, used): stored in UTC to the millisecond, as the
    vault writes it. A time without an offset is taken to be UTC already."""
    when = _datetime(value, where, MOMENT_EXAMPLE)
    try:
        when = when.astimezone(UTC) if when.tzinfo else when
    except OverflowError as exc:
        raise fail(where, f"should be a date and time like {MOMENT_EXAMPLE}") from exc
    return when.replace(tzinfo=None).isoformat(timespec="milliseconds") + "Z"


def wall_clock(value: Any, where: str) -> Any:
    """A session's start: the local time on the group's clock, to the minute, as
    the groups page stores it. An offset, if written, is dropped (not converted):
    a session at 19:00 is at 19:00 wherever the file was made."""
    when = _datetime(value, where, "2026-11-26T19:30")
    return when.replace(tzinfo=None).isoformat(timespec="minutes")


ID = text(100)
