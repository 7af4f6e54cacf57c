"""What a session handout holds: only what is safe to print.

Private facilitator notes and members' check-in notes have no field here, so
no choice of sections can ever print them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class SharedLine:
    title: str
    body: str
    alias: str = ""  # shown only when the facilitator ticked this member and they consented


@dataclass(frozen=True)
class HandoutData:
    group: str
    starts_at: datetime
    place: str
    facilitators: str
    topic: str
    agenda: list[tuple[str, int]]  # (title, minutes)
    agreements: list[str]
    check_in_prompts: list[str]
    check_out_prompts: list[str]
    tool: tuple[str, str] | None  # (title, steps)
    shared: list[SharedLine] = field(default_factory=list)
    resources: list[str] = field(default_factory=list)
    crisis_lines: list[str] = field(default_factory=list)
    next_meeting: str = ""  # the group's usual schedule, when no next session is planned
    next_session: datetime | None = None
