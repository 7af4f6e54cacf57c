"""Lone surrogates and deep nesting in every importer: a sentence, never "unexpected"."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyrage
import pytest

from companion.exchange import companion_import as ci
from companion.vault.db import Database
from tests.support import make_vault
from tests.unit.exchange.test_import import TODAY, _content, _doc

LONE = "\ud800"
REPLACED = "\ufffd"


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    session, _ = make_vault(tmp_path / "v")
    yield session.db
    session.close()


def _import(db: Database, path: Path, passphrase: str | None = None) -> ci.Preview:
    plan = ci.preview(db, ci.read_path(db, path, passphrase), TODAY)
    ci.apply(db, plan)
    return plan


def _said_replaced(plan: ci.Preview) -> bool:
    return any("could not be read" in line and REPLACED in line for line in plan.skipped)


def _json(path: Path, document: Any) -> Path:
    # json.dumps writes the lone surrogate as the escape "\ud800", as a hostile file would.
    path.write_text(json.dumps(document), "ascii")
    return path


def test_a_lone_surrogate_in_a_companion_export_is_replaced_and_said(
    db: Database, tmp_path: Path
) -> None:
    document = _doc(body=f"before{LONE}after", tags=[f"t{LONE}"], title=LONE)
    plan = _import(db, _json(tmp_path / "a.json", document))
    assert _said_replaced(plan)
    assert db.scalar("SELECT body FROM entries") == f"before{REPLACED}after"
    assert db.scalar("SELECT title FROM entries") == REPLACED


def test_a_lone_surrogate_in_an_age_group_pack_is_replaced(db: Database, tmp_path: Path) -> None:
    document = {
        "format": "companion-export",
        "version": 1,
        "pack": {"kind": "group-pack", "group": "G", "session": "2026-12-01T19:00"},
        "notes": [
            {
                "id": f"n{LONE}",
                "title": "Handout",
                "topic": LONE,
                "body": LONE * 3,
                "source": "G",
                "questions": "",
            }
        ],
    }
    path = tmp_path / "pack.age"
    path.write_bytes(pyrage.passphrase.encrypt(json.dumps(document).encode(), "group words"))
    plan = _import(db, path, "group words")
    assert _said_replaced(plan)
    assert db.scalar("SELECT body FROM knowledge_notes") == REPLACED * 3


def test_a_lone_surrogate_in_a_jrnl_export_is_replaced(db: Database, tmp_path: Path) -> None:
    document = {
        "tags": {},
        "entries": [{"date": "2026-11-01", "time": "09:00", "title": LONE, "body": f"x{LONE}"}],
    }
    plan = _import(db, _json(tmp_path / "jrnl.json", document))
    assert _said_replaced(plan)
    assert db.scalar("SELECT body FROM entries") == f"x{REPLACED}"


def test_a_lone_surrogate_in_a_day_one_zip_is_replaced(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "dayone.zip"
    journal = {
        "entries": [
            {
                "uuid": f"AB{LONE}",
                "creationDate": "2025-06-07T18:30:00Z",
                "text": f"walk{LONE}",
                "tags": [LONE],
            }
        ]
    }
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("Journal.json", json.dumps(journal))
    plan = _import(db, path)
    assert _said_replaced(plan)
    assert db.scalar("SELECT body FROM entries") == f"walk{REPLACED}"


def test_a_lone_surrogate_in_markdown_front_matter_is_replaced(
    db: Database, tmp_path: Path
) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "2026-11-01 walk.md").write_text(
        '---\ntitle: "a\\ud800b"\ntags: ["\\udfff"]\n---\nbody\n', "utf-8"
    )
    plan = _import(db, folder)
    assert _said_replaced(plan)
    assert db.scalar("SELECT title FROM entries") == f"a{REPLACED}b"


def test_deeply_nested_markdown_front_matter_is_refused_with_a_sentence(
    db: Database, tmp_path: Path
) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    deep = "[" * 100_000 + "]" * 100_000
    (folder / "2026-11-01 deep.md").write_text(f"---\ntags: {deep}\n---\nbody\n", "utf-8")
    before = _content(db)
    with pytest.raises(ci.ImportRejected, match="nested too deeply"):
        _import(db, folder)
    assert _content(db) == before


@pytest.mark.parametrize("depth", [50, 900, 5_000, 100_000])
def test_deeply_nested_json_is_refused_with_a_sentence(
    db: Database, tmp_path: Path, depth: int
) -> None:
    path = tmp_path / "deep.json"
    body = "[" * depth + "]" * depth
    path.write_text(
        '{"format": "companion-export", "version": 1, "entries": [{"id": "e",'
        f' "tags": {body}}}]}}',
        "utf-8",
    )
    with pytest.raises(ci.ImportRejected):
        _import(db, path)


def test_a_picture_link_with_a_nul_in_markdown_is_kept_as_text(
    db: Database, tmp_path: Path
) -> None:
    # Found by bench/fuzz_import.py: the path was handed to the file system.
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "2026-11-01 walk.md").write_text("![](../attachments/a\x00b.png)\n", "utf-8")
    _import(db, folder)
    assert db.scalar("SELECT body FROM entries") == "![](../attachments/a\x00b.png)"


def test_a_zip_whose_utf8_file_names_are_not_utf8_is_refused(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "dayone.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("Journal.json", b'{"entries": []}')
    data = bytearray(path.read_bytes())
    for signature, flags_at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        data[data.find(signature) + flags_at + 1] |= 0x08  # bit 11: "names are UTF-8"
    for _ in range(2):
        data[data.find(b"Journal.json")] = 0xFF
    path.write_bytes(bytes(data))
    with pytest.raises(ci.ImportRejected, match="Day One"):
        ci.read_path(db, path)


def test_markdown_front_matter_with_a_mood_of_true_is_read_without_a_mood(
    db: Database, tmp_path: Path
) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "2026-11-01 walk.md").write_text("---\nmood: true\n---\nA walk.\n", "utf-8")
    _import(db, folder)
    assert db.records("SELECT mood, body FROM entries") == [{"mood": None, "body": "A walk."}]


def test_a_markdown_file_modified_at_a_time_python_cannot_hold_is_read(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Some file systems keep modification times far outside what a date can be.
    from companion.exchange import markdown_import

    class FarDate(markdown_import.date):  # type: ignore[name-defined,misc]
        @classmethod
        def fromtimestamp(cls, t: float) -> FarDate:
            raise OverflowError("timestamp out of range for platform time_t")

    monkeypatch.setattr(markdown_import, "date", FarDate)
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "undated.md").write_text("A walk.\n", "utf-8")
    document = ci.read_path(db, folder)
    assert len(document["entries"]) == 1
