"""Daylio's CSV export comes in once, with the user's own moods placed on the scale."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.exchange import companion_import as ci
from companion.exchange import daylio_format
from companion.vault.db import Database
from tests.support import make_vault

HEADER = "full_date,date,weekday,time,mood,activities,note_title,note\n"
DAYLIO = (
    "\ufeff"
    + HEADER
    + '2025-03-02,March 2,Sunday,9:40 PM,rad,"friends | walk",Good day,'
    + '"Saw Sam.<br>Laughed a lot."\n'
    + "2025-03-01,March 1,Saturday,08:15,foggy,,,\n"
    + "2025-03-01,March 1,Saturday,08:15,foggy,,,\n"
    + '2025-02-28,February 28,Friday,20:00,awful,sleep,,"Bad night, long day"\n'
)
TODAY = date(2026, 11, 26)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    session, _ = make_vault(tmp_path / "v")
    yield session.db
    session.close()


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "daylio_export.csv"
    path.write_text(DAYLIO, encoding="utf-8")
    return path


def test_own_mood_labels_need_a_place_on_the_scale(db: Database, source: Path) -> None:
    assert ci.kind_of(source) == ("daylio",)
    with pytest.raises(ci.NeedsMoodMap) as raised:
        ci.read_path(db, source)
    assert raised.value.suggested == {"foggy": None, "awful": 1, "rad": 5}
    assert raised.value.unmapped == ["foggy", "awful", "rad"]  # most used first
    assert "foggy" in str(raised.value)
    assert db.scalar("SELECT count(*) FROM entries") == 0


def test_daylio_rows_are_imported_once_with_mapped_moods(db: Database, source: Path) -> None:
    moods = {"rad": 5, "foggy": 2, "awful": 1}
    plan = ci.preview(db, ci.read_path(db, source, moods=moods), TODAY)
    # The two identical check-ins are two entries, not a duplicate id.
    assert plan.new == {"entries": 4}
    assert (plan.first_day, plan.last_day) == (date(2025, 2, 28), date(2025, 3, 2))
    ci.apply(db, plan)
    rows = db.execute(
        "SELECT day, title, body, mood, tags_text, created_at FROM entries ORDER BY day"
    )
    assert rows[0] == (
        "2025-02-28",
        "",
        "Bad night, long day",
        1,
        "sleep",
        "2025-02-28T20:00:00.000Z",
    )
    assert rows[-1] == (
        "2025-03-02",
        "Good day",
        "Saw Sam.\nLaughed a lot.",
        5,
        "friends\nwalk",
        "2025-03-02T21:40:00.000Z",
    )
    again = ci.preview(db, ci.read_path(db, source, moods=moods), TODAY)
    assert again.new_total == 0 and again.already == {"entries": 4}


def test_a_label_can_mean_no_mood(db: Database, source: Path) -> None:
    plan = ci.preview(
        db, ci.read_path(db, source, moods={"rad": 5, "foggy": None, "awful": 1}), TODAY
    )
    ci.apply(db, plan)
    assert db.scalar("SELECT count(*) FROM entries WHERE mood IS NULL") == 2


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        ("day,mood\n2025-01-01,rad\n", "no 'full_date' column"),
        (HEADER + "2025-01-01,x\n", "line 2 has 2 columns"),
        (HEADER + "March,a,b,08:00,rad,,,\n", "line 2 has no date"),
        (HEADER + "2025-01-01,a,b,teatime,rad,,,\n", "cannot read"),
        (HEADER + '2025-01-01,a,b,08:00,rad,,,"unclosed\n', "not a readable CSV"),
    ],
)
def test_a_damaged_daylio_file_is_refused(
    db: Database, tmp_path: Path, text: str, sentence: str
) -> None:
    path = tmp_path / "daylio.csv"
    path.write_text(text)
    with pytest.raises(ci.ImportRejected, match=sentence):
        ci.preview(db, ci.read_path(db, path, moods={"rad": 5}), TODAY)
    assert db.scalar("SELECT count(*) FROM entries") == 0


def test_a_csv_that_is_not_daylio_says_so(db: Database, tmp_path: Path) -> None:
    other = tmp_path / "bank.csv"
    other.write_text("date,amount\n2025-01-01,3\n")
    with pytest.raises(ci.ImportRejected, match="Daylio export cannot be imported: its first"):
        ci.read_path(db, other)
    binary = tmp_path / "photo.csv"
    binary.write_bytes(b"\xff\xd8\xff\x00")
    with pytest.raises(ci.ImportRejected, match="not UTF-8"):
        ci.read_path(db, binary)


@settings(max_examples=200, deadline=None)
@given(
    cells=st.lists(
        st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=20),
        min_size=0,
        max_size=10,
    )
)
def test_fuzzed_daylio_rows_are_read_or_refused(cells: list[str]) -> None:
    import csv
    import io

    line = io.StringIO()
    csv.writer(line).writerow(cells)
    try:
        daylio = daylio_format.parse(HEADER + line.getvalue())
        document = daylio_format.to_companion(daylio, dict.fromkeys(daylio.labels, 3))
    except daylio_format.NotDaylio:
        return
    assert len(document["entries"]) == len(daylio.rows)
