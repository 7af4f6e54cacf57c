"""jrnl's JSON export comes in as journal entries, once."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.exchange import companion_import as ci
from companion.vault.db import Database
from tests.support import make_vault

JRNL = {
    "tags": {"@work": 1, "@walk": 1},
    "entries": [
        {
            "title": "Rough morning.",
            "body": "Slept badly but went out anyway.",
            "date": "2025-03-01",
            "time": "08:15",
            "tags": ["@walk"],
            "starred": True,
        },
        {
            "title": "Evening.",
            "body": "Quiet @work day.",
            "date": "2025-03-02",
            "time": "21:40",
            "tags": ["@work"],
            "starred": False,
        },
    ],
}


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    session, _ = make_vault(tmp_path / "v")
    yield session.db
    session.close()


def test_jrnl_entries_are_imported_once(db: Database, tmp_path: Path) -> None:
    source = tmp_path / "jrnl.json"
    source.write_text(json.dumps(JRNL))
    plan = ci.preview(db, ci.read_file(source), date(2026, 11, 26))
    assert plan.new == {"entries": 2}
    assert (plan.first_day, plan.last_day) == (date(2025, 3, 1), date(2025, 3, 2))
    ci.apply(db, plan)
    rows = db.execute("SELECT day, title, win, tags_text, created_at FROM entries ORDER BY day")
    assert rows[0] == ("2025-03-01", "Rough morning.", 1, "walk", "2025-03-01T08:15:00.000Z")
    again = ci.preview(db, ci.read_file(source), date(2026, 11, 26))
    assert again.new_total == 0 and again.already == {"entries": 2}


@pytest.mark.parametrize(
    ("change", "sentence"),
    [
        ({"body": 3}, "'body' should be text"),
        ({"tags": "@work"}, "'tags' should be a list"),
        ({"starred": "yes"}, "true or false"),
        ({"date": "March"}, "should be a date"),
        ({"time": "25:99"}, r"entry 1 'time' should be a time like 21:30"),
        ({"time": "noon"}, r"entry 1 'time' should be a time like 21:30"),
    ],
)
def test_a_damaged_jrnl_file_is_refused(
    db: Database, change: dict[str, object], sentence: str
) -> None:
    document = json.loads(json.dumps(JRNL))
    document["entries"][0].update(change)
    with pytest.raises(ci.ImportRejected, match=sentence):
        ci.preview(db, ci.parse_json(json.dumps(document).encode()), date(2026, 11, 26))
    assert db.scalar("SELECT count(*) FROM entries") == 0


JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=12),
    lambda c: st.lists(c, max_size=3) | st.dictionaries(st.text(max_size=8), c, max_size=3),
    max_leaves=12,
)


@settings(max_examples=200, deadline=None)
@given(
    entry=st.dictionaries(
        st.sampled_from(["date", "time", "title", "body", "tags", "starred"]), JSONISH
    )
)
def test_fuzzed_jrnl_entries_are_read_or_refused(entry: dict[str, object]) -> None:
    document = {"tags": {}, "entries": [{"date": "2025-01-01", "body": "", **entry}]}
    try:
        converted = ci.parse_json(json.dumps(document).encode())
    except ci.ImportRejected:
        return
    assert converted["format"] == "companion-export" and len(converted["entries"]) == 1
