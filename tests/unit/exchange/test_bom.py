"""A UTF-8 byte-order mark before JSON, front matter or CSV is read past, in every format."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from companion.exchange import companion_import as ci
from companion.exchange import export
from companion.services.access import Services
from companion.vault.db import Database
from tests.support import make_vault
from tests.unit.exchange.test_import import TODAY, _content

BOM = b"\xef\xbb\xbf"


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    session, _ = make_vault(tmp_path / "v")
    yield session.db
    session.close()


def _import(db: Database, path: Path) -> ci.Preview:
    plan = ci.preview(db, ci.read_path(db, path, moods={}), TODAY)
    ci.apply(db, plan)
    return plan


def test_a_companion_export_with_a_bom(filled: Services, db: Database, tmp_path: Path) -> None:
    path = tmp_path / "all.json"
    export.export_json(filled.session.db, path)
    path.write_bytes(BOM + path.read_bytes())
    _import(db, path)
    want = _content(filled.session.db)
    for session in want["sessions"]:
        session["private_notes"] = ""
    assert _content(db) == want


def test_a_jrnl_export_with_a_bom(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "jrnl.json"
    document = {"tags": {}, "entries": [{"date": "2026-11-01", "time": "09:00", "body": "hi"}]}
    path.write_bytes(BOM + json.dumps(document).encode())
    assert _import(db, path).new == {"entries": 1}


def test_a_day_one_journal_with_a_bom(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "dayone.zip"
    journal = {"entries": [{"uuid": "AB", "creationDate": "2025-06-07T18:30:00Z", "text": "x"}]}
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("Journal.json", BOM + json.dumps(journal).encode())
    assert _import(db, path).new == {"entries": 1}


def test_markdown_front_matter_after_a_bom(db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "note.md").write_bytes(BOM + b'---\ndate: 2026-11-02\ntitle: "Walk"\n---\nbody\n')
    _import(db, folder)
    assert db.records("SELECT day, title, body FROM entries") == [
        {"day": "2026-11-02", "title": "Walk", "body": "body"}
    ]


def test_a_daylio_csv_with_a_bom(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "daylio.csv"
    path.write_bytes(BOM + b"full_date,time,mood,activities,note\n2026-11-01,09:00,good,,hi\n")
    plan = ci.preview(db, ci.read_path(db, path, moods={"good": 4}), TODAY)
    assert plan.new == {"entries": 1}
