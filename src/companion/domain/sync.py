"""Merging one record's versions from two devices: pure rules, no storage.

A version carries its fields, a hybrid logical clock per field, and the hashes of
the versions it descends from (its history; the last one is its base). Two
versions merge the same way on every device, whichever is "local":

- equal, or one descends from the other: the newer one, whole;
- a tombstone on either side wins, and is never brought back;
- otherwise they were edited concurrently: each field is last writer wins by its
  clock, tags are the union (an add wins over a concurrent remove), and a text
  field both sides changed (an entry's body) keeps the winner in place and the
  other text as a conflict for the person to resolve. No text is lost.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

HISTORY = 32  # ancestor hashes kept per record: enough to tell a descendant apart
SET_FIELDS = frozenset({"tags_text"})  # newline-separated sets; add wins
TEXT_FIELDS = frozenset({"body"})  # concurrent edits keep both texts


def record_hash(data: dict[str, Any], clocks: dict[str, str], deleted: bool) -> str:
    """A short, stable hash of a version. The clocks are part of it: the same text
    written twice (A, then B, then A again) is two versions, not one."""
    blob = json.dumps(
        [data, clocks, deleted], sort_keys=True, ensure_ascii=False, separators=(",", ":")
    )
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:20]


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
        clocks = dict(self.clocks)
        for name, value in data.items():
            if name not in self.data or self.data[name] != value:
                clocks[name] = clock
        if deleted and not self.deleted:
            clocks["deleted"] = clock
        history = (*self.history, self.hash)[-HISTORY:]
        return Version(data, clocks, history, deleted)


@dataclass(frozen=True)
class Conflict:
    """A text field both devices changed: `kept` stays in the record, `other` is set aside."""

    field: str
    kept: str
    other: str


@dataclass(frozen=True)
class Merged:
    version: Version
    conflicts: tuple[Conflict, ...] = ()


def merge(local: Version | None, remote: Version) -> Merged:
    if local is None:
        return Merged(remote)
    if local.deleted != remote.deleted:  # the tombstone wins, even over a later edit
        return Merged(local if local.deleted else remote)
    if remote.descends_from(local):
        return Merged(remote)
    if local.descends_from(remote):
        return Merged(local)
    if local.deleted:
        return Merged(_winner(local, remote)[0])
    return _concurrent(local, remote)


def _winner(a: Version, b: Version) -> tuple[Version, Version]:
    """The newer of two versions by clock; the hash breaks a tie, the same everywhere."""
    return (a, b) if (a.clock, a.hash) > (b.clock, b.hash) else (b, a)


def _history(first: Version, second: Version) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for h in (*first.history, *second.history, second.hash, first.hash):
        seen[h] = None
    return tuple(seen)[-HISTORY:]


def _max_clocks(a: Version, b: Version) -> dict[str, str]:
    return {
        name: max(a.clocks.get(name, ""), b.clocks.get(name, ""))
        for name in sorted(set(a.clocks) | set(b.clocks))
    }


def _concurrent(local: Version, remote: Version) -> Merged:
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
        if name in TEXT_FIELDS and isinstance(second.data[name], str):
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
