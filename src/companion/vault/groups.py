"""Repository for groups, members, sessions, agenda, attendance, sharing and mentoring."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from companion.domain.groups import (
    AgendaItem,
    Group,
    GroupDraft,
    Member,
    MentoringPair,
    Role,
    Session,
    SharedItem,
)
from companion.vault.db import Database


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line for line in text.split("\n") if line)


def _group(r: Any) -> Group:
    return Group(
        r[0], r[1], r[2], r[3], r[4], r[5], _lines(r[6]), _lines(r[7]), _lines(r[8]), Role(r[9])
    )


_GROUP = (
    "id, name, focus, schedule, place, facilitators, agreements, resources, crisis_lines, my_role"
)


class GroupRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- groups -------------------------------------------------------------------------

    def save_group(self, group_id: str | None, draft: GroupDraft, now: str) -> Group:
        values = (
            draft.name,
            draft.focus,
            draft.schedule,
            draft.place,
            draft.facilitators,
            "\n".join(draft.agreements),
            "\n".join(draft.resources),
            "\n".join(draft.crisis_lines),
            draft.my_role.value,
        )
        with self._db.transaction() as conn:
            if group_id:
                conn.execute(
                    "UPDATE groups SET name = ?, focus = ?, schedule = ?, place = ?,"
                    " facilitators = ?, agreements = ?, resources = ?, crisis_lines = ?,"
                    " my_role = ?, updated_at = ?, version = version + 1 WHERE id = ?",
                    (*values, now, group_id),
                )
            else:
                group_id = str(uuid.uuid4())
                conn.execute(
                    "INSERT INTO groups (name, focus, schedule, place, facilitators, agreements,"
                    " resources, crisis_lines, my_role, id, created_at, updated_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (*values, group_id, now, now),
                )
        found = self.group(group_id)
        assert found is not None
        return found

    def group(self, group_id: str) -> Group | None:
        rows = self._db.execute(
            f"SELECT {_GROUP} FROM groups WHERE id = ? AND deleted_at IS NULL",  # noqa: S608
            (group_id,),
        )
        return _group(rows[0]) if rows else None

    def groups(self) -> list[Group]:
        rows = self._db.execute(
            f"SELECT {_GROUP} FROM groups WHERE deleted_at IS NULL"  # noqa: S608
            " ORDER BY name COLLATE NOCASE"
        )
        return [_group(r) for r in rows]

    def set_group_deleted(self, group_id: str, deleted: str | None, now: str) -> None:
        with self._db.transaction() as conn:
            conn.execute(
                "UPDATE groups SET deleted_at = ?, updated_at = ?, version = version + 1"
                " WHERE id = ?",
                (deleted, now, group_id),
            )

    # -- members -------------------------------------------------------------------------

    def add_member(
        self, group_id: str, alias: str, contact: str, consent: bool, now: str
    ) -> Member:
        member_id = str(uuid.uuid4())
        with self._db.transaction() as conn:
            conn.execute(
                "INSERT INTO group_members (id, group_id, alias, contact_note, consent,"
                " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (member_id, group_id, alias, contact, int(consent), now, now),
            )
        return Member(member_id, group_id, alias, contact, consent)

    def members(self, group_id: str) -> list[Member]:
        rows = self._db.execute(
            "SELECT id, group_id, alias, contact_note, consent FROM group_members"
            " WHERE group_id = ? AND deleted_at IS NULL ORDER BY alias COLLATE NOCASE",
            (group_id,),
        )
        return [Member(r[0], r[1], r[2], r[3], bool(r[4])) for r in rows]

    # -- sessions ---------------------------------------------------------------------------

    def add_session(self, group_id: str, starts_at: datetime, topic: str, now: str) -> str:
        session_id = str(uuid.uuid4())
        with self._db.transaction() as conn:
            conn.execute(
                "INSERT INTO group_sessions (id, group_id, starts_at, topic, created_at,"
                " updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                (session_id, group_id, starts_at.isoformat(timespec="minutes"), topic, now, now),
            )
        return session_id

    def update_session(self, session: Session, now: str) -> None:
        with self._db.transaction() as conn:
            conn.execute(
                "UPDATE group_sessions SET starts_at = ?, topic = ?, tool_id = ?,"
                " follow_ups = ?, private_notes = ?, updated_at = ?, version = version + 1"
                " WHERE id = ?",
                (
                    session.starts_at.isoformat(timespec="minutes"),
                    session.topic,
                    session.tool_id,
                    session.follow_ups,
                    session.private_notes,
                    now,
                    session.id,
                ),
            )
            conn.execute("DELETE FROM agenda_items WHERE session_id = ?", (session.id,))
            conn.executemany(
                "INSERT INTO agenda_items (id, session_id, position, title, minutes)"
                " VALUES (?, ?, ?, ?, ?)",
                [
                    (str(uuid.uuid4()), session.id, i, item.title, item.minutes)
                    for i, item in enumerate(session.agenda)
                ],
            )

    def session(self, session_id: str) -> Session | None:
        rows = self._db.execute(
            "SELECT id, group_id, starts_at, topic, tool_id, follow_ups, private_notes"
            " FROM group_sessions WHERE id = ? AND deleted_at IS NULL",
            (session_id,),
        )
        if not rows:
            return None
        r = rows[0]
        agenda = tuple(
            AgendaItem(t, m)
            for t, m in self._db.execute(
                "SELECT title, minutes FROM agenda_items WHERE session_id = ? ORDER BY position",
                (session_id,),
            )
        )
        return Session(r[0], r[1], datetime.fromisoformat(r[2]), r[3], r[4], r[5], r[6], agenda)

    def sessions(self, group_id: str) -> list[tuple[str, datetime, str]]:
        """(id, starts at, topic), newest first: enough for a list."""
        rows = self._db.execute(
            "SELECT id, starts_at, topic FROM group_sessions WHERE group_id = ?"
            " AND deleted_at IS NULL ORDER BY starts_at DESC",
            (group_id,),
        )
        return [(r[0], datetime.fromisoformat(r[1]), r[2]) for r in rows]

    def session_count(self, group_id: str) -> int:
        return int(
            self._db.scalar(
                "SELECT count(*) FROM group_sessions WHERE group_id = ? AND deleted_at IS NULL",
                (group_id,),
            )
        )

    # -- attendance and sharing -----------------------------------------------------------------

    def set_attendance(
        self, session_id: str, member_id: str, present: bool, check_in: str, check_out: str
    ) -> None:
        with self._db.transaction() as conn:
            conn.execute(
                "INSERT INTO attendance (session_id, member_id, present, check_in, check_out)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (session_id, member_id) DO UPDATE SET"
                " present = excluded.present, check_in = excluded.check_in,"
                " check_out = excluded.check_out",
                (session_id, member_id, int(present), check_in, check_out),
            )

    def attendance(self, session_id: str) -> list[tuple[str, bool, str, str]]:
        return [
            (r[0], bool(r[1]), r[2], r[3])
            for r in self._db.execute(
                "SELECT member_id, present, check_in, check_out FROM attendance"
                " WHERE session_id = ?",
                (session_id,),
            )
        ]

    def add_shared(
        self,
        session_id: str,
        kind: str,
        title: str,
        body: str,
        member_id: str | None,
        consent: bool,
        now: str,
    ) -> SharedItem:
        item_id = str(uuid.uuid4())
        with self._db.transaction() as conn:
            conn.execute(
                "INSERT INTO shared_items (id, session_id, kind, member_id, title, body, consent,"
                " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (item_id, session_id, kind, member_id, title, body, int(consent), now),
            )
        return SharedItem(item_id, session_id, kind, title, body, member_id, consent)

    def shared(self, session_id: str) -> list[SharedItem]:
        rows = self._db.execute(
            "SELECT id, session_id, kind, title, body, member_id, consent FROM shared_items"
            " WHERE session_id = ? AND deleted_at IS NULL ORDER BY created_at",
            (session_id,),
        )
        return [SharedItem(r[0], r[1], r[2], r[3], r[4], r[5], bool(r[6])) for r in rows]

    def wall(self, group_id: str) -> list[tuple[datetime, SharedItem]]:
        """Stories kept with consent, newest first: the encouragement wall."""
        rows = self._db.execute(
            "SELECT s.starts_at, i.id, i.session_id, i.kind, i.title, i.body, i.member_id,"
            " i.consent FROM shared_items i JOIN group_sessions s ON s.id = i.session_id"
            " WHERE s.group_id = ? AND i.kind = 'story' AND i.consent = 1"
            " AND i.deleted_at IS NULL AND s.deleted_at IS NULL ORDER BY s.starts_at DESC",
            (group_id,),
        )
        return [
            (
                datetime.fromisoformat(r[0]),
                SharedItem(r[1], r[2], r[3], r[4], r[5], r[6], bool(r[7])),
            )
            for r in rows
        ]

    # -- mentoring --------------------------------------------------------------------------------

    def add_pair(
        self,
        group_id: str,
        mentor_id: str,
        mentee_id: str,
        consent: bool,
        every_days: int,
        now: str,
    ) -> str:
        pair_id = str(uuid.uuid4())
        with self._db.transaction() as conn:
            conn.execute(
                "INSERT INTO mentoring_pairs (id, group_id, mentor_id, mentee_id, consent,"
                " every_days, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (pair_id, group_id, mentor_id, mentee_id, int(consent), every_days, now),
            )
        return pair_id

    def pairs(self, group_id: str | None = None) -> list[MentoringPair]:
        rows = self._db.execute(
            "SELECT p.id, p.group_id, p.mentor_id, p.mentee_id, p.consent, p.every_days,"
            " (SELECT max(day) FROM mentoring_checkins c WHERE c.pair_id = p.id),"
            " substr(p.created_at, 1, 10) FROM mentoring_pairs p"
            " JOIN groups g ON g.id = p.group_id AND g.deleted_at IS NULL"
            " WHERE p.deleted_at IS NULL AND (? IS NULL OR p.group_id = ?)",
            (group_id, group_id),
        )
        return [
            MentoringPair(
                r[0],
                r[1],
                r[2],
                r[3],
                bool(r[4]),
                r[5],
                date.fromisoformat(r[6]) if r[6] else None,
                date.fromisoformat(r[7]),
            )
            for r in rows
        ]

    def add_checkin(self, pair_id: str, day: date, how: str, next_step: str, now: str) -> None:
        with self._db.transaction() as conn:
            conn.execute(
                "INSERT INTO mentoring_checkins (id, pair_id, day, how, next_step, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (str(uuid.uuid4()), pair_id, day.isoformat(), how, next_step, now),
            )

    def checkins(self, pair_id: str) -> list[tuple[date, str, str]]:
        return [
            (date.fromisoformat(r[0]), r[1], r[2])
            for r in self._db.execute(
                "SELECT day, how, next_step FROM mentoring_checkins WHERE pair_id = ?"
                " ORDER BY day DESC",
                (pair_id,),
            )
        ]

    # -- handout templates ----------------------------------------------------------------------

    def save_template(
        self, group_id: str, name: str, sections: list[str], large_print: bool, paper: str, now: str
    ) -> str:
        template_id = str(uuid.uuid4())
        with self._db.transaction() as conn:
            conn.execute(
                "INSERT INTO handout_templates (id, group_id, name, sections, large_print,"
                " paper, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (template_id, group_id, name, ",".join(sections), int(large_print), paper, now),
            )
        return template_id

    def templates(self, group_id: str) -> list[tuple[str, str, list[str], bool, str]]:
        return [
            (r[0], r[1], [s for s in r[2].split(",") if s], bool(r[3]), r[4])
            for r in self._db.execute(
                "SELECT id, name, sections, large_print, paper FROM handout_templates"
                " WHERE group_id = ? AND deleted_at IS NULL ORDER BY name",
                (group_id,),
            )
        ]
