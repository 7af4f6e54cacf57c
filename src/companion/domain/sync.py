"""Merging one record's versions from two devices: pure rules, no storage.

A version carries its fields, a hybrid logical clock per field, and the hashes of
the versions it descends from (its history; the last one is its base). Two
versions merge the same way on every device, whichever is "local":

- equal, or one descends from the other: the newer one, whole (so a delete made
  after seeing a version wins over it);
- a delete and an edit made without seeing each other: the edit is kept, and
  the deletion becomes a conflict for the person to confirm or undo. A delete
  never silently destroys text written somewhere else;
- otherwise they were edited concurrently: each field is last writer wins by its
  clock, tags are the union (an add wins over a concurrent remove), and a free
  text field both sides changed keeps the winner in place and the other text as
  a conflict for the person to resolve. No text is lost.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

HISTORY = 32  # ancestor hashes kept per record: enough to tell a descendant apart
SET_FIELDS = frozenset({"tags_text"})  # newline-separated sets; add wins
DELETED = "deleted"  # the field named by a conflict between a delete and an edit
# clocks["^body"] is the clock the body had before its latest change. It tells
# "only the other side changed it" (its previous clock is the one here) from
# "both changed it", so only real concurrent edits become conflicts. Older
# devices read it as the clock of a field they do not have, which is harmless.
PREV = "^"

# Free text a person wrote, by kind of record, in reading order: when two devices
# change one of these at once, both texts are kept. Other fields (choices,
# numbers, dates, ids) are last writer wins.
TEXT_FIELDS: dict[str, tuple[str, ...]] = {
    "entries": ("title", "body"),
    "templates": ("name", "body"),
    "milestones": ("label",),
    "trackers": ("name", "unit"),
    "strategies": ("title", "steps", "when_helps", "source_group", "source_member"),
    "strategy_uses": ("note",),
    "safety_plan_items": ("text", "contact"),
    "resources": ("name", "contact", "notes", "cost", "recommended_by", "experience"),
    "knowledge_notes": ("title", "topic", "body", "source", "questions"),
    "groups": (
        "name",
        "focus",
        "schedule",
        "place",
        "facilitators",
        "agreements",
        "resources",
        "crisis_lines",
    ),
    "group_members": ("alias", "contact_note"),
    "group_sessions": ("topic", "follow_ups"),
    "shared_items": ("title", "body"),
    "mentoring_checkins": ("how", "next_step"),
    "handout_templates": ("name",),
}


def record_hash(data: dict[str, Any], clocks: dict[str, str], deleted: bool) -> str:
    """A short, stable hash of a version. The clocks are part of it: the same text
    written twice (A, then B, then A again) is two versions, not one."""
    blob = json.dumps(
        [data, clocks, deleted], sort_keys=True, ensure_ascii=False, separators=(",", ":")
    )
    # surrogatepass: the same bytes as UTF-8 for any valid text, and no error for a
    # broken record from elsewhere (it is refused later, by the domain rules).
    return hashlib.sha256(blob.encode("utf-8", "surrogatepass")).hexdigest()[:20]


@dataclass(frozen=True)
class Version:
    data: dict[str, Any]
    clocks: dict[str, str]
    history: tuple[str, ...] = ()
    deleted: bool = False
    hash: str = field(default="", compare=False)

    def __post_init__(self) -> None:
        if not self.hash:
            object.__setattr__(self, "hash", record_hash(self.data, self.clocks, self.deleted))

    @property
    def clock(self) -> str:
        return max(self.clocks.values(), default="")

    @property
    def base(self) -> str | None:
        return self.history[-1] if self.history else None

    def descends_from(self, other: Version) -> bool:
        return other.hash == self.hash or other.hash in self.history

    def edited(self, data: dict[str, Any], clock: str, deleted: bool = False) -> Version:
        """The next version after a local change: changed fields get the new clock."""
        clocks = advance(
            self.clocks,
            [n for n, v in data.items() if self.data.get(n, v) != v or n not in self.data],
            clock,
        )
        if deleted and not self.deleted:
            clocks["deleted"] = clock
        history = (*self.history, self.hash)[-HISTORY:]
        return Version(data, clocks, history, deleted)


def advance(clocks: dict[str, str], changed: list[str], stamp: str) -> dict[str, str]:
    """The clocks after these fields changed at `stamp`, remembering each one's last."""
    out = dict(clocks)
    for name in changed:
        if out.get(name):
            out[PREV + name] = out[name]
        out[name] = stamp
    return out


@dataclass(frozen=True)
class Conflict:
    """A text field both devices changed: `kept` stays in the record, `other` is set aside.

    For a delete against an edit, `field` is DELETED, `kept` is the record's text
    (it stays) and `other` is empty: the side that deleted it."""

    field: str
    kept: str
    other: str


@dataclass(frozen=True)
class Merged:
    version: Version
    conflicts: tuple[Conflict, ...] = ()


def merge(
    local: Version | None, remote: Version, text_fields: tuple[str, ...] = ("body",)
) -> Merged:
    """The merge of two versions of one record; `text_fields` are its free texts."""
    if local is None:
        return Merged(remote)
    if remote.descends_from(local):
        return Merged(remote)
    if local.descends_from(remote):
        return Merged(local)
    if local.deleted and remote.deleted:
        return Merged(_winner(local, remote)[0])
    if local.deleted or remote.deleted:
        return _kept_over_delete(local, remote, text_fields)
    return _concurrent(local, remote, text_fields)


def _kept_over_delete(a: Version, b: Version, text_fields: tuple[str, ...]) -> Merged:
    """One side deleted the record while the other edited it: the edit stays, as a
    version that descends from both (so the deleting side takes it as newer)."""
    live, dead = (b, a) if a.deleted else (a, b)
    newer, older = _winner(live, dead)
    # The live side's clocks: a tombstone's fields say nothing about the text.
    clocks = dict(live.clocks)
    clocks[DELETED] = max(live.clocks.get(DELETED, ""), dead.clocks.get(DELETED, ""))
    merged = Version(dict(live.data), clocks, _history(newer, older))
    words = describe(live.data, text_fields) or "…"  # never empty: "" is the deleting side
    return Merged(merged, (Conflict(DELETED, words, ""),))


def describe(data: dict[str, Any], text_fields: tuple[str, ...]) -> str:
    """A record's own words, for a person to recognise it by."""
    texts = (data.get(name) for name in text_fields)
    return "\n\n".join(t.strip() for t in texts if isinstance(t, str) and t.strip())


def _winner(a: Version, b: Version) -> tuple[Version, Version]:
    """The newer of two versions by clock; the hash breaks a tie, the same everywhere."""
    return (a, b) if (a.clock, a.hash) > (b.clock, b.hash) else (b, a)


def _history(first: Version, second: Version) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for h in (*first.history, *second.history, second.hash, first.hash):
        seen[h] = None
    return tuple(seen)[-HISTORY:]


def _max_clocks(a: Version, b: Version) -> dict[str, str]:
    """Each field's newer clock, with the previous clock of the side that has it."""
    out: dict[str, str] = {}
    for name in sorted(n for n in set(a.clocks) | set(b.clocks) if not n.startswith(PREV)):
        ca, cb = a.clocks.get(name, ""), b.clocks.get(name, "")
        source = a if ca >= cb else b
        out[name] = max(ca, cb)
        if previous := source.clocks.get(PREV + name):
            out[PREV + name] = previous
    return out


def _both_changed(name: str, a: Version, b: Version) -> bool:
    """Whether both sides changed a field since they last agreed on it: neither
    side's edit was made on top of the other's value."""
    ca, cb = a.clocks.get(name, ""), b.clocks.get(name, "")
    return not (
        (ca and b.clocks.get(PREV + name) == ca) or (cb and a.clocks.get(PREV + name) == cb)
    )


def _concurrent(local: Version, remote: Version, text_fields: tuple[str, ...]) -> Merged:
    newer, older = _winner(local, remote)
    data: dict[str, Any] = {}
    conflicts = []
    for name in sorted(set(local.data) | set(remote.data)):
        if name not in local.data or name not in remote.data:
            data[name] = (local.data if name in local.data else remote.data)[name]
            continue
        mine, theirs = local.data[name], remote.data[name]
        if mine == theirs:
            data[name] = mine
            continue
        if name in SET_FIELDS and isinstance(mine, str) and isinstance(theirs, str):
            data[name] = _union(mine, theirs)
            continue
        first, second = _winner_by_field(name, local, remote)
        data[name] = first.data[name]
        if (
            name in text_fields
            and isinstance(second.data[name], str)
            and _both_changed(name, local, remote)
        ):
            conflicts.append(Conflict(name, first.data[name], second.data[name]))
    merged = Version(data, _max_clocks(local, remote), _history(newer, older))
    return Merged(merged, tuple(conflicts))


def _winner_by_field(name: str, a: Version, b: Version) -> tuple[Version, Version]:
    ca, cb = a.clocks.get(name, ""), b.clocks.get(name, "")
    if ca == cb:
        return _winner(a, b)
    return (a, b) if ca > cb else (b, a)


def _union(a: str, b: str) -> str:
    out: dict[str, str] = {}
    for tag in (*a.split("\n"), *b.split("\n")):
        if tag and tag.casefold() not in out:
            out[tag.casefold()] = tag
    return "\n".join(sorted(out.values(), key=str.casefold))


# -- hybrid logical clock ---------------------------------------------------------------


def clock_text(millis: int, counter: int, device: str) -> str:
    """Sortable as text: milliseconds, then a counter, then the device as tie-break."""
    return f"{millis:013d}.{counter:05d}.{device}"


def parse_clock(text: str) -> tuple[int, int]:
    millis, counter, _ = text.split(".", 2)
    return int(millis), int(counter)


@dataclass
class Clock:
    """A hybrid logical clock: never behind what this device has seen, even when the
    wall clock of another device is ahead."""

    device: str
    millis: int = 0
    counter: int = 0

    def tick(self, now_millis: int) -> str:
        if now_millis > self.millis:
            self.millis, self.counter = now_millis, 0
        else:
            self.counter += 1
        return clock_text(self.millis, self.counter, self.device)

    def observe(self, text: str) -> None:
        millis, counter = parse_clock(text)
        if (millis, counter) > (self.millis, self.counter):
            self.millis, self.counter = millis, counter
