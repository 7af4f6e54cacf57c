"""Merge rules for sync: the same result on every device, and no text lost."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from companion.domain.sync import DELETED, TEXT_FIELDS, Clock, Version, clock_text, merge

BASE = Version({"body": "first", "mood": 3, "tags_text": "walk"}, {"body": clock_text(1, 0, "a")})


def edit(v: Version, clock: str, **changes: object) -> Version:
    return v.edited({**v.data, **changes}, clock)


def test_a_descendant_replaces_its_ancestor_whole() -> None:
    newer = edit(edit(BASE, clock_text(2, 0, "a"), body="second"), clock_text(3, 0, "a"), mood=4)
    assert newer.base and merge(BASE, newer).version == newer
    assert merge(newer, BASE).version == newer
    assert not merge(BASE, newer).conflicts


def test_concurrent_fields_are_last_writer_wins_and_tags_add_wins() -> None:
    mine = edit(BASE, clock_text(5, 0, "a"), mood=1, tags_text="walk\nsleep")
    theirs = edit(BASE, clock_text(6, 0, "b"), mood=5, tags_text="")
    merged = merge(mine, theirs)
    assert merged.version.data["mood"] == 5
    assert merged.version.data["tags_text"] == "sleep\nwalk"
    assert merge(theirs, mine).version == merged.version


def test_a_body_both_edited_keeps_both_texts() -> None:
    mine = edit(BASE, clock_text(5, 0, "a"), body="mine")
    theirs = edit(BASE, clock_text(6, 0, "b"), body="theirs")
    here, there = merge(mine, theirs), merge(theirs, mine)
    assert here.version == there.version and here.version.data["body"] == "theirs"
    assert [(c.kept, c.other) for c in here.conflicts] == [("theirs", "mine")]
    assert here.conflicts == there.conflicts
    # A later edit made after seeing the merge replaces it without a new conflict.
    resolved = edit(here.version, clock_text(9, 0, "a"), body="mine and theirs")
    assert merge(there.version, resolved) == merge(there.version, resolved)
    assert not merge(there.version, resolved).conflicts


def test_a_delete_made_after_seeing_the_text_wins() -> None:
    edited = edit(BASE, clock_text(5, 0, "b"), body="edited first")
    dead = edited.edited(edited.data, clock_text(6, 0, "a"), deleted=True)
    assert merge(edited, dead).version.deleted and merge(dead, edited).version.deleted
    assert not merge(edited, dead).conflicts


def test_an_edit_made_without_seeing_a_delete_survives_it() -> None:
    """Whichever came later by the clock: a delete never destroys unseen text."""
    for delete_at, edit_at in ((5, 9), (9, 5)):
        dead = BASE.edited(BASE.data, clock_text(delete_at, 0, "a"), deleted=True)
        later = edit(BASE, clock_text(edit_at, 0, "b"), body="edited elsewhere")
        here, there = merge(dead, later), merge(later, dead)
        assert here.version == there.version
        assert not here.version.deleted and here.version.data["body"] == "edited elsewhere"
        assert [(c.field, c.kept, c.other) for c in here.conflicts] == [
            (DELETED, "edited elsewhere", "")
        ]
        # The device that deleted takes the kept version as newer than its tombstone.
        assert here.version.descends_from(dead) and here.version.descends_from(later)
        assert merge(dead, here.version).version == here.version


def test_every_free_text_field_keeps_both_texts() -> None:
    data = {"title": "Breathing", "steps": "In, out", "category": "body"}
    base = Version(data, dict.fromkeys(data, clock_text(1, 0, "a")))
    mine = base.edited(
        {**data, "title": "Box breathing", "steps": "4-4-4-4"}, clock_text(2, 0, "a")
    )
    theirs = base.edited(
        {**data, "title": "Slow breathing", "category": "mind"}, clock_text(3, 0, "b")
    )
    merged = merge(mine, theirs, TEXT_FIELDS["strategies"])
    assert merged.version.data == {
        "title": "Slow breathing",
        "steps": "4-4-4-4",
        "category": "mind",
    }
    # Only the title was changed on both; the steps and category on one side each.
    assert [(c.field, c.kept, c.other) for c in merged.conflicts] == [
        ("title", "Slow breathing", "Box breathing")
    ]
    assert merge(theirs, mine, TEXT_FIELDS["strategies"]) == merged
    # A later edit on top of the merge is no conflict, on either side.
    after = merged.version.edited({**merged.version.data, "steps": "4-7-8"}, clock_text(4, 0, "a"))
    assert not merge(mine, after, TEXT_FIELDS["strategies"]).conflicts


def test_the_clock_never_goes_back() -> None:
    clock = Clock("a")
    first = clock.tick(1000)
    clock.observe(clock_text(5000, 3, "b"))
    second = clock.tick(1200)  # this device's wall clock is behind the other's
    assert first < second and second > clock_text(5000, 3, "b")


FIELDS = st.fixed_dictionaries(
    {
        "body": st.sampled_from(["a", "b", "c"]),
        "mood": st.integers(1, 5),
        "tags_text": st.sampled_from(["", "x", "x\ny", "y"]),
    }
)


@settings(max_examples=300, deadline=None)
@given(
    edits=st.lists(st.tuples(st.sampled_from("abc"), FIELDS, st.booleans()), min_size=1, max_size=8)
)
def test_devices_converge_whatever_order_they_hear_in(
    edits: list[tuple[str, dict[str, object], bool]],
) -> None:
    """Three devices edit, then everyone hears everyone, in two different orders."""
    state = {d: BASE for d in "abc"}
    clock = 10
    for device, data, delete in edits:
        clock += 1
        state[device] = state[device].edited(dict(data), clock_text(clock, 0, device), delete)
    versions = list(state.values())
    results = []
    for order in (versions, versions[::-1]):
        acc = None
        for v in order:
            acc = merge(acc, v).version
        results.append(acc)
    assert results[0] is not None and results[1] is not None
    assert results[0].data == results[1].data and results[0].deleted == results[1].deleted
