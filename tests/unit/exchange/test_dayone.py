"""Day One's zip export: entries and photos come in once; hostile zips are refused."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from companion.exchange import companion_import as ci
from companion.vault.db import Database
from tests.support import make_vault
from tests.unit.exchange.conftest import PNG

TODAY = date(2026, 11, 26)
JOURNAL = {
    "metadata": {"version": "1.0"},
    "entries": [
        {
            "uuid": "A1B2C3D4E5F6",
            "creationDate": "2025-06-07T18:30:00Z",
            "text": "A good walk.\n![](dayone-moment://ABC123)\nFelt lighter.",
            "tags": ["walk"],
            "starred": True,
            "photos": [{"identifier": "ABC123", "md5": "0123abcd", "type": "png"}],
        },
        {"uuid": "FFFF0000", "creationDate": "2025-06-08T07:00:00Z", "text": "Morning."},
    ],
}


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    session, _ = make_vault(tmp_path / "v")
    yield session.db
    session.close()


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def test_entries_and_photos_come_in_once(db: Database, tmp_path: Path) -> None:
    source = _zip(
        tmp_path / "export.zip",
        {"Journal.json": json.dumps(JOURNAL).encode(), "photos/0123abcd.png": PNG},
    )
    plan = ci.preview(db, ci.read_path(db, source), TODAY)
    assert plan.new == {"entries": 2}
    ci.apply(db, plan)
    assert db.execute("SELECT day, body, win, tags_text FROM entries ORDER BY day")[0] == (
        "2025-06-07",
        "A good walk.\nFelt lighter.",
        1,
        "walk",
    )
    assert db.scalar("SELECT data FROM attachments") == PNG
    assert ci.preview(db, ci.read_path(db, source), TODAY).new_total == 0


@pytest.mark.parametrize(
    ("members", "sentence"),
    [
        ({"../evil.json": b"{}"}, "unsafe name"),
        ({"/abs/Journal.json": b"{}"}, "unsafe name"),
        ({"Journal.json": b"0" * 5_000_000}, "zip bomb"),
        ({"photos/x.png": PNG}, "no journal"),
        ({"Journal.json": b"{not json"}, "not readable JSON"),
        ({"Journal.json": b'{"entries": [{"uuid": 1}]}'}, "lacks its uuid"),
    ],
)
def test_hostile_or_damaged_zips_are_refused(
    db: Database, tmp_path: Path, members: dict[str, bytes], sentence: str
) -> None:
    source = _zip(tmp_path / "bad.zip", members)
    with pytest.raises(ci.ImportRejected, match=sentence):
        ci.read_path(db, source)
    assert db.scalar("SELECT count(*) FROM entries") == 0


def test_a_damaged_zip_is_refused(db: Database, tmp_path: Path) -> None:
    source = _zip(tmp_path / "x.zip", {"Journal.json": json.dumps(JOURNAL).encode()})
    data = bytearray(source.read_bytes())
    data[40:60] = b"\x00" * 20
    source.write_bytes(bytes(data))
    with pytest.raises(ci.ImportRejected):
        ci.preview(db, ci.read_path(db, source), TODAY)
