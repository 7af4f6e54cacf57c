"""The user's own trackers: sleep hours, anxiety 0-10, took medication, ..."""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

from companion.domain.journal import EntryError


class TrackerKind(StrEnum):
    NUMBER = "number"  # any amount, such as hours slept
    SCALE = "scale"  # a whole number between min and max, such as anxiety 0-10
    YESNO = "yesno"  # 1 for yes, 0 for no


@dataclass(frozen=True)
class Tracker:
    id: str
    name: str
    kind: TrackerKind
    min_value: float | None = None
    max_value: float | None = None
    unit: str = ""
    position: int = 0


def validate_definition(name: str, kind: TrackerKind, lo: float | None, hi: float | None) -> None:
    if not name.strip():
        raise EntryError("Give the tracker a name.")
    if len(name) > 60:
        raise EntryError("A tracker name can be up to 60 characters long.")
    if kind is TrackerKind.SCALE and (lo is None or hi is None or not lo < hi):
        raise EntryError("A scale needs a lowest and a highest value, lowest first.")


def validate_value(tracker: Tracker, value: float) -> float:
    if not math.isfinite(value):
        raise EntryError(f"{tracker.name}: enter a number.")
    if tracker.kind is TrackerKind.YESNO:
        if value not in (0, 1):
            raise EntryError(f"{tracker.name}: the answer is yes or no.")
        return float(value)
    if tracker.kind is TrackerKind.SCALE:
        assert tracker.min_value is not None and tracker.max_value is not None
        if value != int(value) or not tracker.min_value <= value <= tracker.max_value:
            raise EntryError(
                f"{tracker.name}: choose a whole number from {tracker.min_value:g} to "
                f"{tracker.max_value:g}."
            )
    elif value < 0:
        raise EntryError(f"{tracker.name}: the amount cannot be below zero.")
    return float(value)
