"""Round trip as a property: whatever a person keeps, a second computer gets the same."""

from __future__ import annotations

import tempfile
from datetime import date, datetime
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from companion.domain.groups import GroupDraft, Role
from companion.domain.journal import EntryDraft, EntryError, Mood
from companion.domain.resources import Resource, ResourceKind
from companion.domain.toolbox import Category, StrategyDraft
from companion.exchange.json_format import build_export
from companion.exchange.sync import Syncer
from companion.services.access import Services
from tests.support import make_vault

PASS = "round trip sync words"
# Text as people write it, edge cases included: accents as combining marks, emoji
# with joiners, right-to-left script, line breaks; never a lone surrogate (the
# editor cannot make one).
EDGES = ["e\u0301", "👩‍👩‍👧", "שלום", "ﷺ", "\n", "\u200b", "ß", "İ", "\u00a0"]
TEXT = st.lists(
    st.one_of(
        st.sampled_from(EDGES),
        st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=12),
    ),
    max_size=6,
).map("".join)
SHORT = TEXT.map(lambda t: " ".join(t.split())[:40]).filter(bool)
OPTIONAL = st.one_of(st.just(""), TEXT)

ENTRY = st.builds(
    EntryDraft,
    day=st.dates(date(2020, 1, 1), date(2026, 11, 30)),
    title=OPTIONAL.map(lambda t: t[:100]),
    body=TEXT,
    mood=st.one_of(st.none(), st.sampled_from(list(Mood))),
    tags=st.lists(SHORT.map(lambda t: t[:20]), max_size=3).map(tuple),
    win=st.booleans(),
)
STRATEGY = st.builds(
    StrategyDraft,
    title=SHORT,
    category=st.sampled_from(list(Category)),
    steps=OPTIONAL,
    when_helps=OPTIONAL,
    tags=st.lists(SHORT.map(lambda t: t[:20]), max_size=2).map(tuple),
)
GROUP = st.builds(
    GroupDraft,
    name=SHORT,
    focus=OPTIONAL,
    place=OPTIONAL.map(lambda t: t[:100]),
    crisis_lines=st.lists(SHORT, max_size=2).map(tuple),
    my_role=st.sampled_from(list(Role)),
)


def _fill(services: Services, content: dict[str, Any]) -> None:
    for draft in content["entries"]:
        try:
            services.journal.save(None, draft)
        except EntryError:
            pass  # a draft the journal refuses is refused the same way everywhere
    for draft in content["strategies"]:
        try:
            services.toolbox.add(draft)
        except EntryError:
            pass
    for step, text in content["plan"]:
        services.toolbox.add_plan_item(step, text)
    for name, notes in content["resources"]:
        services.resources.save(Resource("", ResourceKind.HOTLINE, name, notes=notes))
    for draft, aliases in content["groups"]:
        try:
            group = services.groups.save_group(None, draft)
        except EntryError:
            continue
        for alias, consent in aliases:
            services.groups.add_member(group.id, alias, consent=consent)
        services.groups.add_session(group.id, datetime(2026, 12, 1, 19, 0), draft.name[:30])


def _records(services: Services) -> dict[str, Any]:
    document = build_export(services.session.db)
    document.pop("exported_at", None)
    for records in document.values():
        if isinstance(records, list):
            for record in records:
                record.pop("version", None)  # a local counter, not content
            records.sort(key=lambda r: str(r.get("id")))
    return document


@settings(
    max_examples=5,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(
    content=st.fixed_dictionaries(
        {
            "entries": st.lists(ENTRY, max_size=4),
            "strategies": st.lists(STRATEGY, max_size=2),
            "plan": st.lists(st.tuples(st.integers(1, 7), SHORT), max_size=2),
            "resources": st.lists(st.tuples(SHORT, OPTIONAL), max_size=2),
            "groups": st.lists(
                st.tuples(GROUP, st.lists(st.tuples(SHORT, st.booleans()), max_size=2)),
                max_size=1,
            ),
        }
    )
)
def test_a_second_computer_gets_exactly_what_the_first_keeps(content: dict[str, Any]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        shared = root / "Sync"
        shared.mkdir()
        first, _ = make_vault(root / "first")
        second, _ = make_vault(root / "second")
        try:
            services = Services(first)
            _fill(services, content)
            Syncer(first.db, first.folder).setup(shared, PASS)
            result = Syncer(first.db, first.folder).sync()
            assert not result.problems
            other = Syncer(second.db, second.folder)
            other.setup(shared, PASS)
            received = other.sync()
            assert not received.problems, received.problems  # nothing set aside
            assert _records(Services(second)) == _records(services)
        finally:
            first.close()
            second.close()
