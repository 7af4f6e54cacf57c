"""Importing a Companion export: round trips, idempotence and hostile files."""

from __future__ import annotations

import base64
import json
import zlib
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from companion.exchange import companion_import as ci
from companion.exchange import export
from companion.exchange.json_format import build_export
from companion.services.access import Services
from companion.vault.db import Database
from tests.support import make_vault
from tests.unit.exchange.conftest import PNG, PRIVATE

TODAY = date(2026, 11, 26)


@pytest.fixture
def empty(tmp_path: Path) -> Any:
    session, _ = make_vault(tmp_path / "other")
    yield session.db
    session.close()


def _content(db: Database) -> dict[str, Any]:
    """The export minus what differs between vaults by design."""
    doc = build_export(db, include_private=True)
    for key in ("exported_at",):
        doc.pop(key)
    for kind in ("entries",):
        for record in doc[kind]:
            record.pop("version")
    for session in doc["sessions"]:
        session.pop("created_at"), session.pop("updated_at")
    return doc


def _import(db: Database, path: Path, passphrase: str | None = None) -> ci.Preview:
    plan = ci.preview(db, ci.read_file(path, passphrase), TODAY)
    ci.apply(db, plan)
    return plan


def test_round_trip_through_age_keeps_everything(
    filled: Services, empty: Database, tmp_path: Path
) -> None:
    source = tmp_path / "all.age"
    export.export_age(filled.session.db, source, "pass words", include_private=True)
    with pytest.raises(ci.NeedsPassphrase, match="encrypted"):
        ci.read_file(source)
    with pytest.raises(ci.NeedsPassphrase, match="does not open"):
        ci.read_file(source, "wrong")
    plan = _import(empty, source, "pass words")
    assert plan.new["entries"] == 3 and plan.skipped == []
    assert (plan.first_day, plan.last_day) == (date(2026, 11, 20), date(2026, 11, 21))
    assert _content(empty) == _content(filled.session.db)
    assert PRIVATE in json.dumps(_content(empty))
    assert empty.scalar("SELECT data FROM attachments") == PNG
    # Tags and search work on imported entries as on typed ones.
    assert empty.scalar("SELECT count(*) FROM entries_fts WHERE entries_fts MATCH 'river'") == 1


def test_importing_twice_adds_nothing(filled: Services, empty: Database, tmp_path: Path) -> None:
    source = tmp_path / "all.json"
    export.export_json(filled.session.db, source)
    first = _import(empty, source)
    assert first.new_total > 0
    again = ci.preview(empty, ci.read_file(source), TODAY)
    assert again.new_total == 0 and again.already["entries"] == 3
    assert "Entries: 0 new, 3 already here" in again.summary()
    before = _content(empty)
    ci.apply(empty, again)
    assert _content(empty) == before
    # Into the vault it came from: nothing new either.
    assert ci.preview(filled.session.db, ci.read_file(source), TODAY).new_total == 0


def test_a_deleted_entry_is_not_brought_back(filled: Services, tmp_path: Path) -> None:
    source = tmp_path / "all.json"
    export.export_json(filled.session.db, source)
    entry_id = filled.session.db.scalar("SELECT id FROM entries LIMIT 1")
    filled.journal.delete(entry_id)
    plan = ci.preview(filled.session.db, ci.read_file(source), TODAY)
    assert plan.new_total == 0


def _doc(**changes: Any) -> dict[str, Any]:
    entry = {
        "id": "e1",
        "date": "2026-11-01",
        "title": "",
        "body": "hello",
        "mood": 3,
        "win": False,
        "tags": [],
        "trackers": {},
        "pictures": [],
        "created_at": "2026-11-01T10:00:00.000Z",
        "updated_at": "2026-11-01T10:00:00.000Z",
        "version": 1,
    }
    entry.update(changes)
    return {"format": "companion-export", "version": 1, "entries": [entry]}


def _check(empty: Database, document: dict[str, Any]) -> ci.Preview:
    return ci.preview(empty, ci.parse_json(json.dumps(document).encode()), TODAY)


@pytest.mark.parametrize(
    ("document", "sentence"),
    [
        (_doc(body=5), "should be text"),
        (_doc(body="x" * 10_000_000), "longer than"),
        (_doc(mood=9), "from 1 to 5"),
        (_doc(mood=True), "from 1 to 5"),
        (_doc(date="yesterday"), "should be a date"),
        (_doc(win="yes"), "true or false"),
        (_doc(tags="a,b"), "list of texts"),
        (_doc(trackers=[1]), "trackers that are not a record"),
        (_doc(pictures=[{"id": "p", "name": "a.png", "data": "@@@"}]), "not valid base64"),
        (
            _doc(
                pictures=[
                    {
                        "id": "p",
                        "name": "a.png",
                        "data": base64.b64encode(b"not a picture").decode(),
                    }
                ]
            ),
            "cannot keep",
        ),
        ({"format": "companion-export", "version": 1, "entries": {}}, "should be a list"),
        ({"format": "companion-export", "version": 1, "entries": ["x"]}, "should be a record"),
        ({"format": "companion-export", "version": 1, "entries": [{}]}, "has no id"),
    ],
)
def test_damaged_records_are_refused_with_a_sentence(
    empty: Database, document: dict[str, Any], sentence: str
) -> None:
    with pytest.raises(ci.ImportRejected, match=sentence):
        _check(empty, document)
    assert empty.scalar("SELECT count(*) FROM entries") == 0


def test_missing_fields_and_duplicate_ids_are_refused(empty: Database) -> None:
    document = _doc()
    del document["entries"][0]["body"]
    with pytest.raises(ci.ImportRejected, match="missing 'body'"):
        _check(empty, document)
    twice = _doc()
    twice["entries"] *= 2
    with pytest.raises(ci.ImportRejected, match="repeats the id"):
        _check(empty, twice)


@pytest.mark.parametrize(
    ("data", "sentence"),
    [
        (b"\xff\xfe not utf-8", "not readable JSON"),
        (b"{", "not readable JSON"),
        (b"[]", "not a Companion export"),
        (b'{"format": "jrnl"}', "not a Companion export"),
        (b'{"format": "companion-export", "version": 99}', "newer Companion"),
        (b'{"format": "companion-export", "version": "1"}', "no valid version"),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply|not a Companion export"),
    ],
)
def test_files_that_are_not_exports_are_refused(data: bytes, sentence: str) -> None:
    with pytest.raises(ci.ImportRejected, match=sentence):
        ci.parse_json(data)


def test_a_file_over_the_size_cap_is_refused_unread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = tmp_path / "big.json"
    big.write_bytes(b"{}")
    monkeypatch.setattr(ci, "MAX_FILE_BYTES", 1)
    with pytest.raises(ci.ImportRejected, match="larger than any Companion export"):
        ci.read_file(big)


def test_records_pointing_nowhere_are_skipped_and_said(empty: Database) -> None:
    document = _doc(trackers={"no-such-tracker": 3})
    document["members"] = [
        {"id": "m1", "group_id": "nowhere", "alias": "Sam", "contact_note": "", "consent": True}
    ]
    plan = _check(empty, document)
    assert plan.new == {"entries": 1}
    assert any("group member" in s for s in plan.skipped)
    assert any("tracker values" in s for s in plan.skipped)
    ci.apply(empty, plan)
    assert empty.scalar("SELECT count(*) FROM tracker_values") == 0


def test_a_future_entry_is_skipped_not_fatal(empty: Database) -> None:
    plan = _check(empty, _doc(date="2030-01-01"))
    assert plan.new_total == 0 and "future" in plan.skipped[0]


def test_conflicting_records_import_nothing(empty: Database) -> None:
    picture = {"id": "same", "name": "a.png", "data": base64.b64encode(PNG).decode()}
    document = _doc(pictures=[picture, picture])
    plan = _check(empty, document)
    with pytest.raises(ci.ImportRejected, match="nothing was imported"):
        ci.apply(empty, plan)
    assert empty.scalar("SELECT count(*) FROM entries") == 0


def test_a_compressed_bomb_is_just_a_large_file() -> None:
    # JSON has no compression: a "bomb" can only be a big file, which the cap stops.
    assert len(zlib.compress(b"0" * 1_000_000)) < 2_000


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=20,
)
FIELDS = st.sampled_from(
    ["id", "date", "title", "body", "mood", "win", "tags", "trackers", "pictures", "created_at"]
)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(field=FIELDS, value=JSON)
def test_fuzzed_fields_are_imported_or_refused_never_crash(
    empty: Database, field: str, value: Any
) -> None:
    try:
        plan = _check(empty, _doc(**{field: value}))
    except ci.ImportRejected:
        return
    assert plan.new_total + len(plan.skipped) >= 1


@settings(max_examples=150, deadline=None)
@given(data=st.binary(max_size=200) | JSON.map(lambda v: json.dumps(v).encode()))
def test_fuzzed_files_are_refused_with_a_sentence(data: bytes) -> None:
    # Random bytes are refused; the rare random document shaped like jrnl's
    # export ({"entries": []}) is read as one, and becomes a Companion document.
    try:
        document = ci.parse_json(data)
    except ci.ImportRejected:
        return
    assert document["format"] == "companion-export"


def test_tags_differing_only_in_case_join_the_existing_tag(empty: Database) -> None:
    first = _doc(tags=["walk", "Straße"])
    ci.apply(empty, _check(empty, first))
    second = _doc(id="e2", tags=["WALK", "straße"])
    ci.apply(empty, _check(empty, second))
    assert empty.scalar("SELECT count(*) FROM tags WHERE name = 'walk'") == 1
    assert empty.scalar("SELECT count(*) FROM entry_tags") == 4
