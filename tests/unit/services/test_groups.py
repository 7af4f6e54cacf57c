from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from companion.domain.groups import AgendaItem, GroupDraft, Role, parse_minutes
from companion.domain.journal import EntryError
from companion.domain.toolbox import SourceKind
from companion.services.access import Services


@pytest.fixture
def group_id(services: Services) -> str:
    return services.groups.save_group(
        None, GroupDraft("Tuesday group", place="Library", my_role=Role.FACILITATOR)
    ).id


def test_new_group_starts_with_the_default_agreements(services: Services, group_id: str) -> None:
    group = services.groups.group(group_id)
    assert group is not None
    assert "What is said here stays here." in group.agreements
    assert services.groups.find_group("tuesday GROUP") == group


def test_long_alias_is_cut_with_a_sentence(services: Services, group_id: str) -> None:
    added = services.groups.add_member(group_id, "x" * 300)
    assert len(added.member.alias) == 40
    assert "cut to 40" in added.notice
    with pytest.raises(EntryError):
        services.groups.add_member(group_id, "   ")


@pytest.mark.parametrize("value", ["-5", "ten", "", "1e3", "601"])
def test_bad_minutes_are_refused(value: str) -> None:
    with pytest.raises(EntryError):
        parse_minutes(value)
    assert parse_minutes(" 15 ") == 15


def test_session_with_default_agenda_and_edits(services: Services, group_id: str) -> None:
    session = services.groups.add_session(group_id, datetime(2026, 12, 1, 19), "Sleep")
    assert [a.title for a in session.agenda][:2] == ["Welcome", "Reading of the agreements"]
    assert session.total_minutes == 95
    edited = services.groups.update_session(
        session.__class__(
            **{
                **session.__dict__,
                "agenda": (AgendaItem("Welcome", 10),),
                "private_notes": "Jo seemed low",
            }
        )
    )
    assert edited.agenda == (AgendaItem("Welcome", 10),)
    bare = services.groups.add_session(group_id, datetime(2026, 12, 8, 19), "", agenda=None)
    assert bare.agenda == ()


def test_handout_data_never_holds_private_or_check_in_notes(
    services: Services, group_id: str
) -> None:
    groups = services.groups
    sam = groups.add_member(group_id, "Sam", consent=True).member
    kim = groups.add_member(group_id, "Kim", consent=False).member
    session = groups.add_session(group_id, datetime(2026, 12, 1, 19), "Sleep")
    groups.update_session(
        session.__class__(
            **{
                **session.__dict__,
                "private_notes": "SENTINEL-PRIVATE",
                "tool_id": "starter:box-breathing",
            }
        )
    )
    groups.set_attendance(session.id, sam.id, True, check_in="SENTINEL-CHECKIN")
    groups.share(session.id, "strategy", "Cold water", "Splash", member_id=sam.id)
    groups.share(session.id, "strategy", "Humming", "Hum low", member_id=kim.id)
    unnamed = groups.handout_data(session.id)
    assert "SENTINEL" not in repr(unnamed)
    assert [s.alias for s in unnamed.shared] == ["", ""]
    named = groups.handout_data(session.id, named_members={sam.id, kim.id})
    assert [s.alias for s in named.shared] == ["Sam", ""]  # Kim did not consent
    assert named.tool is not None and named.tool[0] == "Box breathing"


def test_adopting_a_shared_strategy_keeps_its_source(services: Services, group_id: str) -> None:
    groups = services.groups
    sam = groups.add_member(group_id, "Sam", consent=True).member
    session = groups.add_session(group_id, datetime(2026, 12, 1, 19), "")
    item = groups.share(
        session.id, "strategy", "Cold water on the wrists", "Run it 30 s", member_id=sam.id
    )
    strategy = groups.adopt(item)
    assert strategy.source is SourceKind.GROUP
    assert (strategy.source_group, strategy.source_member) == ("Tuesday group", "Sam")
    assert services.toolbox.get(strategy.id) is not None


def test_stories_with_consent_make_the_wall(services: Services, group_id: str) -> None:
    session = services.groups.add_session(group_id, datetime(2026, 12, 1, 19), "")
    services.groups.share(session.id, "story", "Back at work", consent=True)
    services.groups.share(session.id, "story", "Private one", consent=False)
    assert [item.title for _, item in services.groups.wall(group_id)] == ["Back at work"]


def test_mentoring_reminders(services: Services, group_id: str) -> None:
    groups = services.groups
    a = groups.add_member(group_id, "Ana").member
    b = groups.add_member(group_id, "Ben").member
    with pytest.raises(EntryError):
        groups.add_pair(group_id, a.id, a.id, True)
    pair = groups.add_pair(group_id, a.id, b.id, consent=True, every_days=7)
    groups.add_pair(group_id, b.id, a.id, consent=False, every_days=7)  # no consent: no reminder
    groups.check_in(pair, "Good chat", "Walk together", day=date.today() - timedelta(days=8))
    due = groups.due_check_ins()
    assert [(p.id, mentor, mentee) for p, mentor, mentee in due] == [(pair, "Ana", "Ben")]
    groups.check_in(pair, "Short call", "")
    assert groups.due_check_ins() == []


def test_deleting_a_group_can_be_undone(services: Services, group_id: str) -> None:
    services.groups.add_session(group_id, datetime(2026, 12, 1, 19), "")
    assert services.groups.session_count(group_id) == 1
    services.groups.delete_group(group_id)
    assert services.groups.groups() == []
    services.groups.undo_delete_group(group_id)
    assert [g.id for g in services.groups.groups()] == [group_id]
    assert services.groups.session_count(group_id) == 1
