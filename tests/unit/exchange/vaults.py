"""Hypothesis strategies for whole vaults: every kind of record, made through the services.

Shared by the round-trip property (tests/unit/exchange/test_round_trip.py) and its
larger run in bench/round_trip.py.
"""

from __future__ import annotations

import contextlib
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from hypothesis import strategies as st

from companion.domain.groups import AgendaItem, GroupDraft, Role
from companion.domain.journal import EntryDraft, EntryError, Mood
from companion.domain.resources import Note, Resource, ResourceKind
from companion.domain.toolbox import Category, SourceKind, StrategyDraft
from companion.domain.trackers import TrackerKind
from companion.services.access import Services
from tests.unit.exchange.conftest import PNG

EDGES = [
    "",
    "e\u0301",  # a combining mark
    "🙂 👩‍👩‍👧 🏳️‍🌈",  # emoji, a ZWJ sequence, a flag
    "שלום, עולם",  # right to left
    "\u202eRTL override\u202c",
    "a\x00b",  # NUL
    "  spaced  out  ",
    "two\nlines",
    "tab\there",
    "Straße ǅ ﬁ",
]
TEXT = st.one_of(
    st.sampled_from(EDGES),
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=24),
)
NAME = TEXT.filter(lambda t: bool(t.strip()))
DAY = st.dates(date(2000, 1, 1), date(2026, 11, 1))
WHEN = st.datetimes(datetime(2020, 1, 1), datetime(2030, 12, 31)).map(
    lambda d: d.replace(second=0, microsecond=0)
)


def _maybe(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.none() | strategy


VAULT = st.fixed_dictionaries(
    {
        "trackers": st.lists(
            st.tuples(NAME, st.sampled_from(list(TrackerKind)), TEXT.map(lambda t: t[:20])),
            max_size=3,
        ),
        "entries": st.lists(
            st.tuples(
                DAY,
                TEXT,
                TEXT,
                _maybe(st.sampled_from(list(Mood))),
                st.lists(NAME, max_size=3),
                st.booleans(),
                st.booleans(),  # with a picture
                st.floats(0, 1, allow_nan=False),  # a tracker value, scaled
            ),
            max_size=4,
        ),
        "templates": st.lists(st.tuples(NAME, TEXT), max_size=2),
        "milestones": st.lists(st.tuples(NAME, DAY, st.booleans()), max_size=2),
        "strategies": st.lists(
            st.tuples(
                NAME,
                st.sampled_from(list(Category)),
                TEXT,
                TEXT,
                st.lists(NAME, max_size=2),
                st.sampled_from([SourceKind.MINE, SourceKind.GROUP, SourceKind.PROFESSIONAL]),
                TEXT,
                TEXT,
                st.lists(st.tuples(st.integers(0, 10), st.integers(0, 10), TEXT), max_size=2),
            ),
            max_size=3,
        ),
        "plan": st.lists(st.tuples(st.integers(1, 7), NAME, TEXT), max_size=3),
        "resources": st.lists(
            st.tuples(
                st.sampled_from(list(ResourceKind)),
                NAME,
                TEXT,
                TEXT,
                _maybe(st.integers(1, 5)),
                st.lists(NAME, max_size=2),
            ),
            max_size=2,
        ),
        "notes": st.lists(st.tuples(NAME, TEXT, TEXT, TEXT, TEXT), max_size=2),
        "groups": st.lists(
            st.tuples(
                NAME,
                TEXT,
                st.lists(TEXT, max_size=2),
                st.sampled_from(list(Role)),
                st.lists(st.tuples(NAME, TEXT, st.booleans()), max_size=3),
                st.lists(
                    st.tuples(
                        WHEN,
                        TEXT,
                        TEXT,
                        TEXT,
                        st.lists(st.tuples(NAME, st.integers(0, 600)), max_size=3),
                    ),
                    max_size=2,
                ),
            ),
            max_size=2,
        ),
    }
)


def build(services: Services, plan: dict[str, Any]) -> None:
    """Make what `plan` describes through the services. What a service refuses
    (EntryError, as for a person typing it) is left out, as it would be."""
    journal, toolbox, groups = services.journal, services.toolbox, services.groups

    def attempt(make: Any, *args: Any) -> Any:
        with contextlib.suppress(EntryError):
            return make(*args)
        return None

    trackers = [attempt(journal.add_tracker, n, k, 0, 10, u) for n, k, u in plan["trackers"]]
    trackers = [t for t in trackers if t is not None]
    for day, title, body, mood, tags, win, picture, scaled in plan["entries"]:
        values = {}
        for tracker in trackers[:1]:
            values[tracker.id] = 1.0 if tracker.kind is TrackerKind.YESNO else round(scaled * 10)
        draft = EntryDraft(day, title, body or "x", mood, tuple(tags), win, values)
        if picture:
            attempt(journal.attach_image, None, draft, "pic.png", PNG)
        else:
            attempt(journal.save, None, draft)
    for name, body in plan["templates"]:
        attempt(journal.add_template, name, body)
    for label, day, goal in plan["milestones"]:
        progress = services.progress
        attempt(progress.add_goal if goal else progress.add_days_since, label, day)
    for title, category, steps, helps, tags, source, group, member, uses in plan["strategies"]:
        draft = StrategyDraft(title, category, steps, helps, tuple(tags), source, group, member)
        strategy = attempt(toolbox.add, draft)
        for before, after, note in uses if strategy is not None else ():
            attempt(toolbox.log_use, strategy.id, before, after, note)
    for step, text, contact in plan["plan"]:
        attempt(toolbox.add_plan_item, step, text, contact)
    for kind, name, contact, experience, rating, tags in plan["resources"]:
        resource = Resource("", kind, name, contact, experience=experience, rating=rating)
        attempt(services.resources.save, replace(resource, tags=tuple(tags)))
    for title, topic, body, source, questions in plan["notes"]:
        attempt(services.resources.save_note, Note("", title, topic, body, source, questions))
    for name, focus, agreements, role, members, sessions in plan["groups"]:
        draft = GroupDraft(name, focus, agreements=tuple(agreements), my_role=role)
        group = attempt(groups.save_group, None, draft)
        if group is None:
            continue
        for alias, contact, consent in members:
            attempt(groups.add_member, group.id, alias, contact, consent)
        for when, topic, follow_ups, private, agenda in sessions:
            session = attempt(groups.add_session, group.id, when, topic, None)
            if session is None:
                continue
            items = tuple(AgendaItem(t, m) for t, m in agenda)
            changed = replace(session, follow_ups=follow_ups, private_notes=private, agenda=items)
            attempt(groups.update_session, changed)
