"""Every field of an import passes the domain's rules: times, dates, kinds, numbers."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from companion.exchange import companion_import as ci
from companion.vault.db import Database
from tests.support import make_vault
from tests.unit.exchange.test_import import TODAY, _content, _doc


@pytest.fixture
def empty(tmp_path: Path) -> Iterator[Database]:
    session, _ = make_vault(tmp_path / "v")
    yield session.db
    session.close()


GROUP = {
    "id": "g1",
    "name": "Tuesday group",
    "focus": "",
    "schedule": "",
    "place": "",
    "facilitators": "",
    "agreements": [],
    "resources": [],
    "crisis_lines": [],
    "my_role": "member",
}
STRATEGY = {
    "id": "s1",
    "title": "Box breathing",
    "steps": "In 4, out 4",
    "category": "breathing",
    "when_helps": "",
    "tags": [],
    "source_kind": "mine",
    "source_group": "",
    "source_member": "",
    "starter_key": None,
}


def _full(
    starts_at: Any = "2026-12-01T19:00", used_at: Any = "2026-11-20T08:00:00.000Z"
) -> dict[str, Any]:
    document = _doc()
    document["groups"] = [dict(GROUP)]
    document["sessions"] = [
        {
            "id": "sess1",
            "group_id": "g1",
            "starts_at": starts_at,
            "topic": "Sleep",
            "tool_id": None,
            "follow_ups": "",
            "agenda": [],
        }
    ]
    document["strategies"] = [dict(STRATEGY)]
    document["strategy_uses"] = [
        {"id": "u1", "strategy_id": "s1", "used_at": used_at, "before": 7, "after": 3, "note": ""}
    ]
    return document


def _plan(db: Database, document: dict[str, Any]) -> ci.Preview:
    return ci.preview(db, ci.parse_json(json.dumps(document).encode()), TODAY)


def test_a_session_whose_start_is_not_a_date_is_refused_and_nothing_changes(
    empty: Database,
) -> None:
    before = _content(empty)
    with pytest.raises(ci.ImportRejected, match=r"sessions item 1 'starts_at'.*date and time"):
        ci.apply(empty, _plan(empty, _full(starts_at="not a date")))
    assert _content(empty) == before
    assert empty.scalar("SELECT count(*) FROM group_sessions") == 0


@pytest.mark.parametrize(
    ("change", "where"),
    [
        ({"starts_at": "2026-13-01T19:00"}, "sessions item 1 'starts_at'"),
        ({"starts_at": "2026-12-01"}, "sessions item 1 'starts_at'"),
        ({"starts_at": 5}, "sessions item 1 'starts_at'"),
        ({"used_at": "yesterday"}, "strategy_uses item 1 'used_at'"),
        ({"used_at": "2026-11-20T25:00:00Z"}, "strategy_uses item 1 'used_at'"),
    ],
)
def test_times_that_do_not_parse_are_refused(
    empty: Database, change: dict[str, Any], where: str
) -> None:
    with pytest.raises(ci.ImportRejected, match=where):
        _plan(empty, _full(**change))


@pytest.mark.parametrize("field", ["created_at", "updated_at"])
def test_entry_stamps_that_do_not_parse_are_refused(empty: Database, field: str) -> None:
    with pytest.raises(ci.ImportRejected, match=f"entries item 1 '{field}'"):
        _plan(empty, _doc(**{field: "not a date"}))


def test_accepted_times_are_stored_in_one_form(empty: Database) -> None:
    document = _full(starts_at="2026-12-01T19:00:00+02:00", used_at="2026-11-20T09:30:00+01:00")
    document["entries"][0]["created_at"] = "2026-11-01T10:00:00Z"
    document["entries"][0]["updated_at"] = "2026-11-01T10:00:00.123456"
    ci.apply(empty, _plan(empty, document))
    # A session's start is the wall-clock time written, to the minute.
    assert empty.scalar("SELECT starts_at FROM group_sessions") == "2026-12-01T19:00"
    # Moments are stored in UTC, to the millisecond, as the vault writes them.
    assert empty.scalar("SELECT used_at FROM strategy_uses") == "2026-11-20T08:30:00.000Z"
    assert empty.scalar("SELECT created_at FROM entries") == "2026-11-01T10:00:00.000Z"
    assert empty.scalar("SELECT updated_at FROM entries") == "2026-11-01T10:00:00.123Z"


def _tracker(tracker_id: str, kind: str, lo: float | None, hi: float | None) -> dict[str, Any]:
    return {
        "id": tracker_id,
        "name": f"T {tracker_id}",
        "kind": kind,
        "min_value": lo,
        "max_value": hi,
        "unit": "",
        "position": 0,
    }


def test_tracker_values_follow_their_trackers_rules(empty: Database) -> None:
    document = _doc(trackers={"yes": 5, "scale": 11, "half": 3.5, "hours": -1, "ok": 4})
    document["trackers"] = [
        _tracker("yes", "yesno", 0, 1),
        _tracker("scale", "scale", 0, 10),
        _tracker("half", "scale", 0, 10),
        _tracker("hours", "number", None, None),
        _tracker("ok", "scale", 0, 10),
    ]
    plan = _plan(empty, document)
    assert any("4 tracker values" in line and "rules" in line for line in plan.skipped)
    ci.apply(empty, plan)
    assert empty.records("SELECT tracker_id, value FROM tracker_values") == [
        {"tracker_id": "ok", "value": 4.0}
    ]


def test_a_tracker_that_breaks_the_rules_is_skipped_with_a_sentence(empty: Database) -> None:
    document = _doc(trackers={"upside": 3})
    document["trackers"] = [_tracker("upside", "scale", 10, 0), _tracker("blank", "number", 0, 1)]
    document["trackers"][1]["name"] = "   "
    plan = _plan(empty, document)
    assert "trackers" not in plan.new
    assert sum("tracker was skipped" in line for line in plan.skipped) == 2
    ci.apply(empty, plan)
    assert empty.scalar("SELECT count(*) FROM trackers") == 0
    assert empty.scalar("SELECT count(*) FROM entries") == 1


def _with(kind: str, record: dict[str, Any]) -> dict[str, Any]:
    document = _doc()
    document[kind] = [record]
    return document


MILESTONE = {"id": "m1", "kind": "days_since", "label": "Calm", "start_day": "2026-01-01"}
MILESTONE |= {"target_day": None, "reached_day": None}
RESOURCE = {"id": "r1", "kind": "hotline", "name": "Line", "contact": "", "notes": ""}
RESOURCE |= {"cost": "", "recommended_by": "", "rating": None, "experience": "", "tags": []}
NOTE = {"id": "n1", "title": "Sleep", "topic": "", "body": "", "source": "", "questions": ""}


@pytest.mark.parametrize(
    ("kind", "record", "sentence"),
    [
        ("milestones", {**MILESTONE, "start_day": None}, "start"),
        ("milestones", {**MILESTONE, "kind": "goal"}, "target"),
        ("milestones", {**MILESTONE, "label": "  "}, "name"),
        ("groups", {**GROUP, "name": " "}, "name"),
        ("resources", {**RESOURCE, "name": ""}, "name"),
        ("resources", {**RESOURCE, "notes": "x" * 60_000}, "too long"),
        ("notes", {**NOTE, "title": "\n"}, "title"),
        ("strategies", {**STRATEGY, "title": " "}, "title"),
    ],
)
def test_records_that_break_the_domain_rules_are_skipped_with_a_sentence(
    empty: Database, kind: str, record: dict[str, Any], sentence: str
) -> None:
    plan = _plan(empty, _with(kind, record))
    assert kind not in plan.new
    assert any(sentence in line and "skipped" in line for line in plan.skipped), plan.skipped
    ci.apply(empty, plan)
    assert empty.scalar("SELECT count(*) FROM entries") == 1


def test_a_member_without_an_alias_is_skipped(empty: Database) -> None:
    document = _with("groups", GROUP)
    document["members"] = [
        {"id": "m1", "group_id": "g1", "alias": " ", "contact_note": "", "consent": True}
    ]
    plan = _plan(empty, document)
    assert plan.new == {"groups": 1, "entries": 1}
    assert any("alias" in line for line in plan.skipped)
