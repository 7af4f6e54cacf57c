"""The rules a record from elsewhere must meet: the same as a local edit's."""

from __future__ import annotations

from datetime import date

import pytest

from companion.domain.records import problem

TODAY = date(2026, 12, 1)
ENTRY = {
    "day": "2026-11-30",
    "title": "",
    "body": "A walk",
    "mood": 3,
    "win": 0,
    "tags_text": "walk",
    "trackers": {},
    "created_at": "2026-11-30T10:00:00.000Z",
    "updated_at": "2026-11-30T10:00:00.000Z",
}


def test_a_record_as_the_app_writes_it_passes() -> None:
    assert problem("entries", "e1", ENTRY, TODAY) is None
    assert problem("kinds-from-the-future", "x", {"anything": 1}, TODAY) is None


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"mood": 9}, "mood is 9, not a whole number from 1 to 5"),
        ({"mood": "good"}, "mood is not a whole number"),
        ({"day": "not a date"}, "day is not a date"),
        ({"day": "2026-12-05"}, "day is a day in the future"),
        ({"body": 12345}, "body is not text"),
        ({"body": "half \ud800 a pair"}, "body holds characters that are not valid Unicode"),
        ({"tags_text": "\n".join(f"t{i}" for i in range(40))}, "tags are more than 30"),
        ({"trackers": {"sleep": "lots"}}, "tracker values hold something that is not a number"),
        ({"created_at": "yesterday"}, "creation time is not a date and time"),
    ],
)
def test_a_broken_field_is_named_in_words(change: dict[str, object], words: str) -> None:
    found = problem("entries", "e1", {**ENTRY, **change}, TODAY)
    assert found is not None and words in found


def test_a_whole_record_follows_the_domain_rules_too() -> None:
    goal = {"kind": "goal", "label": "Run 5 km", "start_day": None, "target_day": None}
    assert "A goal needs a target date" in (problem("milestones", "m1", goal, TODAY) or "")
    scale = {"name": "Energy", "kind": "scale", "min_value": 5, "max_value": 1, "unit": ""}
    assert "lowest first" in (problem("trackers", "t1", scale, TODAY) or "")
    # Fewer columns (an older app's record) is not judged by a rule it cannot meet.
    assert problem("milestones", "m1", {"label": "Run 5 km"}, TODAY) is None


def test_child_rows_and_ids_are_checked() -> None:
    session = {"starts_at": "2026-12-01T19:00", "agenda_items": [{"id": "a", "minutes": 900}]}
    assert "agenda items include one whose minutes is 900" in (
        problem("group_sessions", "s1", session, TODAY) or ""
    )
    assert problem("entries", "", ENTRY, TODAY) == "its id is missing or damaged"
    assert problem("entries", "e1", ["not", "a", "record"], TODAY)
