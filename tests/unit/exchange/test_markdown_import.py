"""A folder of Markdown files: Companion's own export round-trips; other notes come in too."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.exchange import companion_import as ci
from companion.exchange import export
from companion.exchange.markdown_import import split_front_matter
from companion.services.access import Services
from companion.vault.db import Database
from tests.support import make_vault
from tests.unit.exchange.conftest import PNG

TODAY = date(2026, 11, 26)


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Services]:
    session, _ = make_vault(tmp_path / "other")
    yield Services(session)
    session.close()


def _import(db: Database, folder: Path) -> ci.Preview:
    plan = ci.preview(db, ci.read_path(db, folder), TODAY)
    ci.apply(db, plan)
    return plan


def test_companion_markdown_export_comes_back_whole(
    filled: Services, other: Services, tmp_path: Path
) -> None:
    folder = tmp_path / "md"
    export.export_markdown(filled.session.db, folder)
    from companion.domain.trackers import TrackerKind

    other.journal.add_tracker("Sleep", TrackerKind.NUMBER, 0, 24, "h")
    plan = _import(other.session.db, folder)
    assert plan.new == {"entries": 3}
    db = other.session.db
    original = filled.session.db.records(
        "SELECT id, day, title, body, mood, win, tags_text FROM entries ORDER BY id"
    )
    assert (
        db.records("SELECT id, day, title, body, mood, win, tags_text FROM entries ORDER BY id")
        == original
    )
    assert db.scalar("SELECT value FROM tracker_values") == 7.5
    assert db.scalar("SELECT data FROM attachments") == PNG
    assert ci.preview(db, ci.read_path(db, folder), TODAY).new_total == 0


def test_plain_notes_get_dates_from_names_or_front_matter(other: Services, tmp_path: Path) -> None:
    folder = tmp_path / "notes"
    (folder / "2025").mkdir(parents=True)
    (folder / "2025" / "2025-02-03 hard day.md").write_text("Got through it.\n")
    (folder / "gratitude.md").write_text("---\ndate: 2025-04-05\ntags: calm, sleep\n---\nTea.\n")
    undated = folder / "undated.md"
    undated.write_text("No date anywhere")
    stamp = 1_700_000_000  # 2023-11-14
    os.utime(undated, (stamp, stamp))
    (folder / ".obsidian").mkdir()
    (folder / ".obsidian" / "hidden.md").write_text("settings")
    (folder / "picture.png").write_bytes(PNG)
    db = other.session.db
    plan = _import(db, folder)
    assert plan.new == {"entries": 3}
    rows = db.execute("SELECT day, title, body, tags_text FROM entries ORDER BY day")
    assert rows[0][:3] == (date.fromtimestamp(stamp).isoformat(), "undated", "No date anywhere")
    assert rows[1] == ("2025-02-03", "hard day", "Got through it.", "")
    assert rows[2] == ("2025-04-05", "gratitude", "Tea.", "calm\nsleep")
    assert _import(db, folder).new_total == 0


def test_links_out_of_the_folder_are_not_followed(other: Services, tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.md").write_text("SENTINEL-OUTSIDE")
    (outside / "p.png").write_bytes(PNG)
    folder = tmp_path / "notes"
    (folder / "entries").mkdir(parents=True)
    (folder / "linked.md").symlink_to(outside / "secret.md")
    (folder / "sub").symlink_to(outside, target_is_directory=True)
    (folder / "entries" / "2025-01-01-x.md").write_text(
        "Hello\n![p](../attachments/../../outside/p.png)\n"
    )
    db = other.session.db
    plan = _import(db, folder)
    assert plan.new == {"entries": 1}
    assert db.scalar("SELECT count(*) FROM attachments") == 0
    assert "SENTINEL-OUTSIDE" not in str(db.execute("SELECT body FROM entries"))


def test_a_folder_without_notes_or_with_binary_is_refused(other: Services, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    db = other.session.db
    with pytest.raises(ci.ImportRejected, match="no Markdown"):
        ci.read_path(db, empty)
    binary = tmp_path / "binary"
    binary.mkdir()
    (binary / "x.md").write_bytes(b"\xff\xfe\x00bad")
    with pytest.raises(ci.ImportRejected, match="not UTF-8"):
        ci.read_path(db, binary)


def test_front_matter_reads_json_flow_and_plain_values() -> None:
    fields, body = split_front_matter(
        '---\nid: "a"\nmood: 4\nwin: true\ntags: ["x", "y"]\ntitle: Plain title\n---\n\nBody'
    )
    assert fields == {"id": "a", "mood": 4, "win": True, "tags": ["x", "y"], "title": "Plain title"}
    assert body == "Body"
    assert split_front_matter("---\nno end") == ({}, "---\nno end")


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=st.sampled_from("-:\n ab1[]{}\"'#"), max_size=120))
def test_front_matter_parser_never_fails(text: str) -> None:
    fields, body = split_front_matter(text)
    assert isinstance(fields, dict) and isinstance(body, str)
    assert body in text or body == text.lstrip("\n")
