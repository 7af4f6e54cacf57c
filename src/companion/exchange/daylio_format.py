"""Daylio's CSV export, turned into Companion's format.

Daylio lets people name their own moods ("rad", "good", "meh", "bad", "awful" by
default, and any number of their own), so the labels found in a file are mapped
onto Companion's 1-5 scale by the user before anything is imported. A label can
also map to no mood at all.

Rows have no id, so each gets a stable one from its date, time, mood, activities
and note: importing the same file twice finds them already here.
"""

from __future__ import annotations

import csv
import io
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from companion.exchange.json_format import FORMAT, VERSION, entry_record

NAMESPACE = uuid.UUID("0f6c3c57-8f6e-4d0f-9a7f-2b1d6f3e7a42")
MAX_BYTES = 256 * 1024**2
MAX_FIELD = 2_000_000
MAX_LABELS = 200
REQUIRED = ("full_date", "mood")
# Daylio's own names for its five moods, in English.
DEFAULT_MOODS = {"rad": 5, "good": 4, "meh": 3, "bad": 2, "awful": 1}
BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)


class NotDaylio(ValueError):
    pass


@dataclass(frozen=True)
class DaylioFile:
    rows: list[dict[str, str]]
    labels: list[str]  # the mood labels in the file, most used first

    def suggested(self) -> dict[str, int | None]:
        """Daylio's default labels mapped; the user's own ones left for them to choose."""
        return {label: DEFAULT_MOODS.get(label.casefold()) for label in self.labels}

    def unmapped(self, moods: Mapping[str, int | None]) -> list[str]:
        return [label for label in self.labels if label not in moods]


def is_csv(path: Path) -> bool:
    """A CSV file: the only CSV Companion reads is Daylio's, and its reader says
    in a sentence when a CSV file is something else."""
    return path.suffix.lower() == ".csv" and path.is_file()


def read_csv(path: Path) -> DaylioFile:
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise NotDaylio(f"it is {size / 1e6:.0f} MB, larger than any Daylio export")
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise NotDaylio("it is not UTF-8 text") from exc
    return parse(text)


def parse(text: str) -> DaylioFile:
    csv.field_size_limit(MAX_FIELD + 1)
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = [name.strip().lower() for name in next(reader, [])]
        missing = [name for name in REQUIRED if name not in header]
        if missing:
            raise NotDaylio(f"its first line has no '{missing[0]}' column")
        rows = []
        counts: dict[str, int] = {}
        for number, values in enumerate(reader, start=2):
            if not any(v.strip() for v in values):
                continue
            if len(values) != len(header):
                raise NotDaylio(f"line {number} has {len(values)} columns, not {len(header)}")
            if any(len(v) > MAX_FIELD for v in values):
                raise NotDaylio(f"line {number} is longer than any journal entry")
            row = dict(zip(header, values, strict=True))
            row["line"] = str(number)
            label = row["mood"].strip()
            counts[label] = counts.get(label, 0) + 1
            rows.append(row)
    except csv.Error as exc:
        raise NotDaylio(f"it is not a readable CSV file ({exc})") from exc
    if len(counts) > MAX_LABELS:
        raise NotDaylio(f"it has {len(counts)} different moods, more than Daylio allows")
    labels = sorted(counts, key=lambda label: (-counts[label], label))
    return DaylioFile(rows, labels)


def _time(value: str, line: str) -> str:
    value = value.strip()
    for pattern in ("%H:%M", "%I:%M %p", "%I:%M%p"):
        try:
            return datetime.strptime(value.upper(), pattern).strftime("%H:%M")
        except ValueError:
            continue
    if not value:
        return "00:00"
    raise NotDaylio(f"line {line} has a time Companion cannot read ({value[:20]!r})")


def to_companion(daylio: DaylioFile, moods: Mapping[str, int | None]) -> dict[str, Any]:
    """The rows as a Companion export document, with the user's mood mapping."""
    missing = daylio.unmapped(moods)
    if missing:
        raise NotDaylio(f"the mood {missing[0]!r} has not been given a place on the scale")
    entries = []
    seen: dict[str, int] = {}
    for row in daylio.rows:
        line = row["line"]
        try:
            day = date.fromisoformat(row["full_date"].strip()).isoformat()
        except ValueError as exc:
            raise NotDaylio(f"line {line} has no date like 2026-11-26") from exc
        time = _time(row.get("time", ""), line)
        label = row["mood"].strip()
        activities = [a.strip() for a in row.get("activities", "").split("|") if a.strip()]
        title = row.get("note_title", "").strip()
        body = BREAK.sub("\n", row.get("note", "")).strip()
        # Two identical rows are two check-ins: the count keeps their ids apart.
        key = "\x1f".join((day, time, label, "|".join(activities), title, body))
        seen[key] = seen.get(key, 0) + 1
        entries.append(
            entry_record(
                str(uuid.uuid5(NAMESPACE, f"{key}\x1f{seen[key]}")),
                day,
                title,
                body,
                f"{day}T{time}:00.000Z",
                tags=activities,
                mood=moods[label],
            )
        )
    return {"format": FORMAT, "version": VERSION, "entries": entries}
