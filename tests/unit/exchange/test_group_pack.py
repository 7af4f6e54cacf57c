"""Group packs: built from the handout's safe data, encrypted, imported once by a member."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pyrage
import pytest

from companion.domain.groups import AgendaItem, GroupDraft, Role
from companion.domain.handout import HandoutData
from companion.exchange import companion_import as ci
from companion.exchange import group_pack
from companion.printing.handout import pack_note
from companion.printing.handout_text import handout_text
from companion.services.access import Services
from tests.support import make_vault

PRIVATE = "SENTINEL-PRIVATE-FACILITATOR-NOTE"
CHECKIN = "SENTINEL-CHECKIN-NOTE"


def NOTE(data: HandoutData) -> tuple[str, str]:
    return pack_note(data, handout_text(""))


@pytest.fixture
def facilitator(tmp_path: Path) -> Iterator[tuple[Services, str, str]]:
    session, _ = make_vault(tmp_path / "facilitator")
    services = Services(session)
    groups = services.groups
    group = groups.save_group(
        None,
        GroupDraft(
            "Tuesday walkers",
            place="Library, room 2",
            agreements=("What is said here stays here",),
            crisis_lines=("Samaritans 116 123",),
            resources=("Walking routes leaflet",),
            my_role=Role.FACILITATOR,
        ),
    )
    member = groups.add_member(group.id, "Jordan", consent=True).member
    s = groups.add_session(group.id, datetime(2026, 12, 1, 19, 0), "Pacing the week")
    groups.update_session(
        replace(
            s,
            private_notes=PRIVATE,
            agenda=(AgendaItem("Check-in", 15), AgendaItem("Pacing", 30)),
        )
    )
    groups.share(s.id, "strategy", "Five-minute rule", "Start for five minutes only", member.id)
    groups.set_attendance(s.id, member.id, True, CHECKIN)
    yield services, group.id, s.id
    session.close()


def test_a_pack_holds_the_session_and_never_private_notes(
    facilitator: tuple[Services, str, str], tmp_path: Path
) -> None:
    services, group_id, session_id = facilitator
    target = tmp_path / "walkers.age"
    group_pack.write_pack(services, group_id, session_id, target, "group words", NOTE)
    raw = target.read_bytes()
    plain = pyrage.passphrase.decrypt(raw, "group words").decode()
    for secret in (PRIVATE, CHECKIN, "Jordan"):
        assert secret not in plain and secret.encode() not in raw
    assert "Five-minute rule" in plain and "Samaritans 116 123" in plain
    assert "Pacing (30 min)" in plain  # the handout text

    member_session, _ = make_vault(tmp_path / "member")
    try:
        db = member_session.db
        document = ci.read_file(target, "group words")
        plan = ci.preview(db, document)
        assert plan.new == {"groups": 1, "sessions": 1, "strategies": 1, "notes": 1}
        ci.apply(db, plan)
        member = Services(member_session)
        (group,) = member.groups.groups()
        assert group.my_role == Role.MEMBER and group.crisis_lines == ("Samaritans 116 123",)
        (session,) = member.groups.sessions(group.id)
        assert [a.title for a in member.groups.session(session[0]).agenda] == ["Check-in", "Pacing"]
        assert member.groups.session(session[0]).private_notes == ""
        titles = [s.title for s in member.toolbox.strategies()]
        assert "Five-minute rule" in titles
        again = ci.preview(db, ci.read_file(target, "group words"))
        assert again.new_total == 0
    finally:
        member_session.close()


def test_the_next_session_is_chosen_by_default(facilitator: tuple[Services, str, str]) -> None:
    services, group_id, session_id = facilitator
    assert group_pack.choose_session(services, group_id, datetime(2026, 11, 26)) == session_id
    assert group_pack.choose_session(services, group_id, datetime(2027, 1, 1)) == session_id


def test_a_pack_needs_a_group_passphrase_fit_to_travel(
    facilitator: tuple[Services, str, str], tmp_path: Path
) -> None:
    from companion.exchange.export import ExportError

    services, group_id, session_id = facilitator
    target = tmp_path / "walkers.age"
    with pytest.raises(ExportError) as caught:
        group_pack.write_pack(services, group_id, session_id, target, "walk", NOTE)
    assert "at least 8 characters" in str(caught.value)
    assert not target.exists()
