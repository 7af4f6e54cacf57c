from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from companion.domain.journal import EntryDraft, EntryError, Mood
from companion.domain.trackers import TrackerKind
from companion.services.journal import JournalService
from companion.vault.journal import MARK_END, MARK_START, TimelineFilter, UnknownTag
from tests.unit.services.conftest import TODAY


def add(journal: JournalService, body: str, days_ago: int = 0, **kw: object) -> str:
    saved = journal.save(None, EntryDraft(day=TODAY - timedelta(days=days_ago), body=body, **kw))  # type: ignore[arg-type]
    assert saved.entry is not None
    return saved.entry.id


def test_save_and_read_back(journal: JournalService) -> None:
    saved = journal.save(
        None,
        EntryDraft(
            day=TODAY,
            title="  A  good   day ",
            body="Walked by the river.",
            mood=Mood.GOOD,
            tags=("#walk", "river", "Walk"),
            win=True,
        ),
    )
    assert saved.entry is not None
    assert saved.changed.entries == {saved.entry.id}
    entry = journal.get(saved.entry.id)
    assert entry is not None
    assert entry.title == "A good day"
    assert entry.tags == ("walk", "river")
    assert entry.mood is Mood.GOOD
    assert entry.win


def test_update_bumps_the_version_and_replaces_tags(journal: JournalService) -> None:
    entry_id = add(journal, "first", tags=("a", "b"))
    saved = journal.save(entry_id, EntryDraft(day=TODAY, body="second", tags=("c",)))
    assert saved.entry is not None
    assert saved.entry.version == 2
    assert saved.entry.tags == ("c",)
    assert [name for name, _ in journal.tags()] == ["c"]


def test_empty_draft_is_not_saved_and_not_an_error(journal: JournalService) -> None:
    saved = journal.save(None, EntryDraft(day=TODAY, title="  ", body="\n\n"))
    assert saved.entry is None
    assert not saved.changed
    assert journal.timeline() == []


def test_future_date_and_huge_body_are_refused_with_a_sentence(journal: JournalService) -> None:
    with pytest.raises(EntryError, match="future"):
        journal.save(None, EntryDraft(day=TODAY + timedelta(days=1), body="x"))
    five_mb = "word " * (5 * 1024 * 1024 // 5)
    with pytest.raises(EntryError, match="too long"):
        journal.save(None, EntryDraft(day=TODAY, body=five_mb))
    assert journal.timeline() == []


def test_back_dated_entry_is_fine(journal: JournalService) -> None:
    entry_id = add(journal, "remembering last spring", days_ago=200)
    entry = journal.get(entry_id)
    assert entry is not None
    assert entry.day == TODAY - timedelta(days=200)


def test_timeline_is_newest_first_with_filters(journal: JournalService) -> None:
    a = add(journal, "old low day", days_ago=10, mood=Mood.LOW, tags=("sleep",))
    b = add(journal, "a win", days_ago=5, mood=Mood.GOOD, win=True)
    c = add(journal, "today", mood=Mood.GOOD, tags=("sleep",))
    rows = journal.newest(10)
    assert [r.id for r in rows] == [c, b, a]
    assert rows[2].headline == "old low day"

    def ids(flt: TimelineFilter) -> list[str]:
        found = journal.rows(journal.timeline(flt))
        return [found[s].id for s in journal.timeline(flt)]

    assert ids(TimelineFilter(tag="Sleep")) == [c, a]
    assert ids(TimelineFilter(mood=Mood.GOOD)) == [c, b]
    assert ids(TimelineFilter(wins_only=True)) == [b]
    assert ids(
        TimelineFilter(since=TODAY - timedelta(days=6), until=TODAY - timedelta(days=1))
    ) == [b]


def test_unknown_tag_filter_says_so(journal: JournalService) -> None:
    add(journal, "x", tags=("known",))
    with pytest.raises(UnknownTag) as caught:
        journal.timeline(TimelineFilter(tag="nope"))
    assert "nope" in caught.value.user_message


def test_search_words_phrases_prefix_accents_and_case(journal: JournalService) -> None:
    cafe = add(journal, "Met Sam at the Café by the station and felt calmer.")
    walk = add(journal, "A long walk helped with the anxiety.", tags=("outdoors",))
    assert [h.id for h in journal.search("cafe")] == [cafe]
    assert [h.id for h in journal.search("CAFÉ")] == [cafe]
    assert [h.id for h in journal.search('"long walk"')] == [walk]
    assert journal.search('"walk long"') == []
    assert [h.id for h in journal.search("anx*")] == [walk]
    assert [h.id for h in journal.search("outdoors")] == [walk]  # tags are searched
    hit = journal.search("calmer")[0]
    assert f"{MARK_START}calmer{MARK_END}" in hit.snippet


@pytest.mark.parametrize(
    "query", ['"', "AND", "OR NOT", "NEAR(", "a:b", "*", '"unclosed', "-x", "(", "^"]
)
def test_search_syntax_errors_are_plain_words(journal: JournalService, query: str) -> None:
    add(journal, "and or not near a b x unclosed")
    journal.search(query)  # never raises


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=40))
def test_search_never_fails_on_any_text(journal: JournalService, query: str) -> None:
    journal.search(query)


def test_delete_leaves_timeline_and_search_and_undo_brings_it_back(journal: JournalService) -> None:
    entry_id = add(journal, "a secret about the lighthouse")
    assert journal.search("lighthouse")
    changed = journal.delete(entry_id)
    assert changed.entries == {entry_id}
    assert journal.search("lighthouse") == []
    assert journal.timeline() == []
    assert journal.get(entry_id) is None
    journal.undo_delete(entry_id)
    assert [h.id for h in journal.search("lighthouse")] == [entry_id]


def test_deleted_text_is_gone_from_the_index(journal: JournalService, services: object) -> None:
    entry_id = add(journal, "zebracorn")
    journal.delete(entry_id)
    db = services.session.db  # type: ignore[attr-defined]
    # The FTS vocabulary no longer holds the word.
    db.execute("CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, entries_fts, 'row')")
    assert db.scalar("SELECT count(*) FROM temp.v WHERE term = 'zebracorn'") == 0


def test_editing_an_entry_deleted_elsewhere_says_so(journal: JournalService) -> None:
    entry_id = add(journal, "first words")
    journal.delete(entry_id)
    with pytest.raises(EntryError, match="deleted meanwhile"):
        journal.save(entry_id, EntryDraft(day=TODAY, body="more words"))


def test_check_in_creates_then_updates_todays_entry(journal: JournalService) -> None:
    first = journal.check_in(Mood.LOW, "Tired this morning.")
    assert first.entry is not None
    second = journal.check_in(Mood.OKAY, "Better after lunch.")
    assert second.entry is not None
    assert second.entry.id == first.entry.id
    assert second.entry.mood is Mood.OKAY
    assert second.entry.body == "Tired this morning.\n\nBetter after lunch."


def test_trackers_values_are_checked_and_kept(journal: JournalService) -> None:
    sleep = journal.add_tracker("Sleep", TrackerKind.NUMBER, unit="h")
    anxiety = journal.add_tracker("Anxiety", TrackerKind.SCALE, 0, 10)
    meds = journal.add_tracker("Took medication", TrackerKind.YESNO)
    saved = journal.save(
        None, EntryDraft(day=TODAY, trackers={sleep.id: 7.5, anxiety.id: 3, meds.id: 1})
    )
    assert saved.entry is not None
    assert saved.entry.trackers == {sleep.id: 7.5, anxiety.id: 3.0, meds.id: 1.0}
    with pytest.raises(EntryError, match="from 0 to 10"):
        journal.save(None, EntryDraft(day=TODAY, trackers={anxiety.id: 11}))
    with pytest.raises(EntryError, match="yes or no"):
        journal.save(None, EntryDraft(day=TODAY, trackers={meds.id: 0.5}))
    with pytest.raises(EntryError, match="lowest"):
        journal.add_tracker("Bad", TrackerKind.SCALE, 5, 1)


def test_mood_by_day_averages_each_day(journal: JournalService) -> None:
    add(journal, "a", days_ago=2, mood=Mood.LOW)
    add(journal, "b", days_ago=1, mood=Mood.GREAT)
    add(journal, "c", days_ago=1, mood=Mood.OKAY)
    add(journal, "no mood", days_ago=1)
    gone = add(journal, "deleted", days_ago=1, mood=Mood.VERY_LOW)
    journal.delete(gone)
    two, one = TODAY - timedelta(days=2), TODAY - timedelta(days=1)
    assert journal.mood_by_day() == [(two, 2.0, 1), (one, 4.0, 2)]
    assert journal.mood_by_day(since=one) == [(one, 4.0, 2)]


def test_day_is_stored_as_a_calendar_date(journal: JournalService) -> None:
    entry_id = add(journal, "x")
    entry = journal.get(entry_id)
    assert entry is not None
    assert isinstance(entry.day, date)


def test_a_change_made_elsewhere_is_not_overwritten(journal: JournalService) -> None:
    entry_id = add(journal, "version one")
    loaded = journal.get(entry_id)
    assert loaded is not None
    # Another window saves first.
    journal.save(entry_id, EntryDraft(day=TODAY, body="their edit"), loaded.version)
    mine = journal.save(entry_id, EntryDraft(day=TODAY, body="my edit"), loaded.version)
    assert mine.kept_as_new
    assert mine.entry is not None
    assert mine.entry.id != entry_id
    assert journal.get(entry_id).body == "their edit"  # type: ignore[union-attr]
    assert journal.get(mine.entry.id).body == "my edit"  # type: ignore[union-attr]


def test_an_entry_deleted_elsewhere_keeps_my_text_as_new(journal: JournalService) -> None:
    entry_id = add(journal, "first")
    version = journal.get(entry_id).version  # type: ignore[union-attr]
    journal.delete(entry_id)
    mine = journal.save(entry_id, EntryDraft(day=TODAY, body="still typing"), version)
    assert mine.kept_as_new
    assert journal.get(mine.entry.id).body == "still typing"  # type: ignore[union-attr]


PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00"
    b"\x90wS\xde\x00\x00\x00\x0cIDATx\x9cc\xf8\xcf\xc0\x00\x00\x03\x01\x01\x00\xc9\xfe\x92\xef"
    b"\x00\x00\x00\x00IEND\xaeB`\x82"
)


def test_a_picture_is_kept_in_the_vault_and_creates_its_entry(journal: JournalService) -> None:
    saved, attachment = journal.attach_image(None, EntryDraft(day=TODAY), "sky.png", PNG)
    assert saved.entry is not None  # a picture alone is content
    assert attachment.mime == "image/png"
    assert journal.attachment_data(attachment.id) == PNG
    assert [a.name for a in journal.attachments(saved.entry.id)] == ["sky.png"]
    journal.remove_attachment(attachment.id)
    assert journal.attachments(saved.entry.id) == []
    assert journal.attachment_data(attachment.id) is None


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"not a picture at all", "not a picture"),
        (b"", "empty"),
        (PNG + b"\x00" * (10 * 1024 * 1024), "up to 10 MB"),
    ],
)
def test_bad_pictures_are_refused_and_nothing_is_added(
    journal: JournalService, data: bytes, message: str
) -> None:
    entry_id = add(journal, "words")
    with pytest.raises(EntryError, match=message):
        journal.attach_image(entry_id, EntryDraft(day=TODAY), "x.png", data)
    assert journal.attachments(entry_id) == []
