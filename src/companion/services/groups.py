"""Group use-cases: groups, members, sessions and their agenda, sharing, mentoring."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime

from companion.domain.groups import (
    AgendaItem,
    Group,
    GroupDraft,
    Member,
    MentoringPair,
    Session,
    SharedItem,
    clean_alias,
    parse_minutes,
    validate_group,
)
from companion.domain.handout import HandoutData, SharedLine
from companion.domain.journal import EntryError
from companion.domain.toolbox import SourceKind, Strategy, StrategyDraft
from companion.services import content
from companion.services.toolbox import ToolboxService
from companion.vault.groups import GroupRepository
from companion.vault.vault import utc_now


@dataclass(frozen=True)
class MemberAdded:
    member: Member
    notice: str  # "" unless the alias had to be shortened


class GroupService:
    def __init__(
        self,
        repo: GroupRepository,
        toolbox: ToolboxService,
        language: Callable[[], str] = lambda: "en",
        today: Callable[[], date] = date.today,
        now: Callable[[], str] = utc_now,
    ) -> None:
        self._repo = repo
        self._toolbox = toolbox
        self._language = language
        self._today = today
        self._now = now

    # -- groups ---------------------------------------------------------------------------

    def save_group(self, group_id: str | None, draft: GroupDraft) -> Group:
        clean = validate_group(draft)
        if group_id is None and not clean.agreements:
            # A new group starts from the default agreements; they can be edited.
            clean = replace(
                clean, agreements=tuple(content.handout_defaults(self._language()).agreements)
            )
        return self._repo.save_group(group_id, clean, self._now())

    def groups(self) -> list[Group]:
        return self._repo.groups()

    def group(self, group_id: str) -> Group | None:
        return self._repo.group(group_id)

    def find_group(self, name_or_id: str) -> Group | None:
        found = self._repo.group(name_or_id)
        if found:
            return found
        matches = [g for g in self._repo.groups() if g.name.casefold() == name_or_id.casefold()]
        return matches[0] if len(matches) == 1 else None

    def session_count(self, group_id: str) -> int:
        return self._repo.session_count(group_id)

    def delete_group(self, group_id: str) -> None:
        """Removed from view at once; `undo_delete_group` brings it back with its sessions."""
        self._repo.set_group_deleted(group_id, self._now(), self._now())

    def undo_delete_group(self, group_id: str) -> None:
        self._repo.set_group_deleted(group_id, None, self._now())

    # -- members --------------------------------------------------------------------------------

    def add_member(
        self, group_id: str, alias: str, contact: str = "", consent: bool = False
    ) -> MemberAdded:
        cleaned = clean_alias(alias)
        member = self._repo.add_member(
            group_id, cleaned.value, contact.strip()[:300], consent, self._now()
        )
        return MemberAdded(member, cleaned.notice)

    def members(self, group_id: str) -> list[Member]:
        return self._repo.members(group_id)

    # -- sessions --------------------------------------------------------------------------------

    def agenda_templates(self) -> list[tuple[str, str, int]]:
        """(key, title, minutes) of the default agenda items."""
        return content.handout_defaults(self._language()).agenda

    def add_session(
        self, group_id: str, starts_at: datetime, topic: str, agenda: str | None = "default"
    ) -> Session:
        if self._repo.group(group_id) is None:
            raise EntryError("That group no longer exists.")
        session_id = self._repo.add_session(group_id, starts_at, topic.strip()[:200], self._now())
        session = self._repo.session(session_id)
        assert session is not None
        if agenda == "default":
            items = tuple(AgendaItem(t, m) for _k, t, m in self.agenda_templates())
            session = replace(session, agenda=items)
            self._repo.update_session(session, self._now())
        return session

    def session(self, session_id: str) -> Session | None:
        return self._repo.session(session_id)

    def sessions(self, group_id: str) -> list[tuple[str, datetime, str]]:
        return self._repo.sessions(group_id)

    def update_session(self, session: Session) -> Session:
        for item in session.agenda:
            parse_minutes(item.minutes)
            if not item.title.strip():
                raise EntryError("Each agenda item needs a title.")
        self._repo.update_session(session, self._now())
        found = self._repo.session(session.id)
        assert found is not None
        return found

    def set_attendance(
        self,
        session_id: str,
        member_id: str,
        present: bool,
        check_in: str = "",
        check_out: str = "",
    ) -> None:
        # Short notes: a check-in is a line, not a case file.
        self._repo.set_attendance(
            session_id, member_id, present, check_in.strip()[:280], check_out.strip()[:280]
        )

    def attendance(self, session_id: str) -> list[tuple[str, bool, str, str]]:
        return self._repo.attendance(session_id)

    # -- sharing ----------------------------------------------------------------------------------

    def share(
        self,
        session_id: str,
        kind: str,
        title: str,
        body: str = "",
        member_id: str | None = None,
        consent: bool = False,
    ) -> SharedItem:
        if kind not in ("strategy", "story"):
            raise EntryError("Shared items are strategies or stories.")
        if not title.strip():
            raise EntryError("Give what was shared a short title.")
        return self._repo.add_shared(
            session_id, kind, title.strip()[:200], body.strip(), member_id, consent, self._now()
        )

    def shared(self, session_id: str) -> list[SharedItem]:
        return self._repo.shared(session_id)

    def wall(self, group_id: str) -> list[tuple[datetime, SharedItem]]:
        return self._repo.wall(group_id)

    def adopt(self, item: SharedItem) -> Strategy:
        """Take a strategy someone shared into my toolbox, keeping where it came from."""
        session = self._repo.session(item.session_id)
        group = self._repo.group(session.group_id) if session else None
        alias = next(
            (
                m.alias
                for m in (self._repo.members(group.id) if group else [])
                if m.id == item.member_id
            ),
            "",
        )
        return self._toolbox.add(
            StrategyDraft(
                title=item.title,
                category=content.guess_category(item.title, item.body),
                steps=item.body,
                source=SourceKind.GROUP,
                source_group=group.name if group else "",
                source_member=alias,
            )
        )

    # -- mentoring ---------------------------------------------------------------------------------

    def add_pair(
        self, group_id: str, mentor_id: str, mentee_id: str, consent: bool, every_days: int = 14
    ) -> str:
        if mentor_id == mentee_id:
            raise EntryError("A mentor and a mentee are two different people.")
        if not 1 <= every_days <= 365:
            raise EntryError("Check in every 1 to 365 days.")
        return self._repo.add_pair(group_id, mentor_id, mentee_id, consent, every_days, self._now())

    def pairs(self, group_id: str | None = None) -> list[MentoringPair]:
        return self._repo.pairs(group_id)

    def check_in(self, pair_id: str, how: str, next_step: str, day: date | None = None) -> None:
        self._repo.add_checkin(
            pair_id, day or self._today(), how.strip()[:1000], next_step.strip()[:1000], self._now()
        )

    def checkins(self, pair_id: str) -> list[tuple[date, str, str]]:
        return self._repo.checkins(pair_id)

    def due_check_ins(self) -> list[tuple[MentoringPair, str, str]]:
        """Pairs with a check-in due (with consent), and the two aliases: for Today."""
        today = self._today()
        out = []
        for pair in self._repo.pairs():
            if not pair.consent or not pair.due(today):
                continue
            aliases = {m.id: m.alias for m in self._repo.members(pair.group_id)}
            out.append((pair, aliases.get(pair.mentor_id, ""), aliases.get(pair.mentee_id, "")))
        return out

    # -- handouts -----------------------------------------------------------------------

    def handout_data(
        self,
        session_id: str,
        named_members: set[str] | None = None,
        crisis_lines: list[str] | None = None,
    ) -> HandoutData:
        """Everything a handout may show. Member aliases appear only for members the
        facilitator ticked who also consented; private notes and check-ins never."""
        session = self._repo.session(session_id)
        if session is None:
            raise EntryError("That session no longer exists.")
        group = self._repo.group(session.group_id)
        if group is None:
            raise EntryError("That group no longer exists.")
        defaults = content.handout_defaults(self._language())
        members = {m.id: m for m in self._repo.members(group.id)}
        named = named_members or set()
        shared = []
        for item in self._repo.shared(session.id):
            if item.kind != "strategy":
                continue
            member = members.get(item.member_id or "")
            alias = member.alias if member and member.consent and member.id in named else ""
            shared.append(SharedLine(item.title, item.body, alias))
        tool = self._toolbox.get(session.tool_id) if session.tool_id else None
        later = [s for s in self._repo.sessions(group.id) if s[1] > session.starts_at]
        next_session = min(later, key=lambda s: s[1])[1] if later else None
        return HandoutData(
            group=group.name,
            starts_at=session.starts_at,
            place=group.place,
            facilitators=group.facilitators,
            topic=session.topic,
            agenda=[(a.title, a.minutes) for a in session.agenda],
            agreements=list(group.agreements or defaults.agreements),
            check_in_prompts=defaults.check_in_prompts,
            check_out_prompts=defaults.check_out_prompts,
            tool=(tool.title, tool.steps) if tool else None,
            shared=shared,
            resources=list(group.resources),
            crisis_lines=list(group.crisis_lines) + list(crisis_lines or []),
            next_meeting=group.schedule,
            next_session=next_session,
        )

    # -- handout templates ----------------------------------------------------------

    def save_template(
        self, group_id: str, name: str, sections: list[str], large_print: bool, paper: str
    ) -> str:
        if not name.strip():
            raise EntryError("Give the template a name.")
        return self._repo.save_template(
            group_id, name.strip()[:80], sections, large_print, paper, self._now()
        )

    def templates(self, group_id: str) -> list[tuple[str, str, list[str], bool, str]]:
        return self._repo.templates(group_id)
