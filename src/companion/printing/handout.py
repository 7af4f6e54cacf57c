"""Session handouts: HTML from data (pure), and page layout that keeps sections whole.

`handout_html` is a pure function. `paginate` lays the document out on the page
and moves any section that would be split across a page break to the next page
(when it fits on one page), then `print_pages` draws the pages with page
numbers onto a PDF writer or a printer.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from html import escape

from companion.dates import day_text, moment_text, time_text
from companion.domain.handout import HandoutData

SECTIONS = (
    "header",
    "agenda",
    "agreements",
    "prompts",
    "tool",
    "shared",
    "resources",
    "next",
    "notes",
)


@dataclass(frozen=True)
class HandoutText:
    not_therapy: str
    agenda: str
    no_agenda: str
    minutes: str  # "{n} min"
    agreements: str
    check_in: str
    check_out: str
    tool: str
    no_tool: str
    shared: str
    resources: str
    crisis: str
    next_meeting: str
    notes: str
    facilitators: str  # "Facilitators: {names}"
    note_title: str = "Handout: {topic} ({day})"  # the group pack's note


def pack_note(data: HandoutData, text: HandoutText) -> tuple[str, str]:
    """The handout as a note for members' group notes: a title and Markdown text."""
    lines = [f"# {data.topic or data.group}", "", f"{data.group}, {moment_text(data.starts_at)}"]
    if data.place:
        lines.append(data.place)
    minutes = [(title, text.minutes.replace("{n}", str(n))) for title, n in data.agenda]
    sections: list[tuple[str, list[str]]] = [
        (text.agenda, [f"{title} ({length})" for title, length in minutes]),
        (text.agreements, data.agreements),
        (text.check_in, data.check_in_prompts),
    ]
    if data.tool:
        sections.append((f"{text.tool}: {data.tool[0]}", [data.tool[1]]))
    sections += [
        (text.shared, [f"{s.title}: {s.body}" if s.body else s.title for s in data.shared]),
        (text.check_out, data.check_out_prompts),
        (text.resources, data.resources),
        (text.crisis, data.crisis_lines),
    ]
    for heading, items in sections:
        if items:
            lines += ["", f"## {heading}", ""] + [f"- {item}" for item in items]
    next_time = moment_text(data.next_session) if data.next_session else data.next_meeting
    if next_time:
        lines += ["", f"{text.next_meeting}: {next_time}"]
    title = text.note_title.replace("{topic}", data.topic or data.group).replace(
        "{day}", day_text(data.starts_at.date())
    )
    return title, "\n".join(lines) + "\n"


def _section(key: str, heading: str, body: str, page_break: bool) -> str:
    style = "page-break-before: always;" if page_break else ""
    return f"<div style='{style}'><h2><a name='sec-{key}'></a>{escape(heading)}</h2>{body}</div>"


def _items(lines: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{escape(line)}</li>" for line in lines) + "</ul>"


def handout_html(
    data: HandoutData,
    text: HandoutText,
    sections: list[str],
    large_print: bool = False,
    breaks: frozenset[str] = frozenset(),
) -> str:
    """The handout's HTML, with the chosen sections in the chosen order.

    Private facilitator notes and members' check-in notes are not part of
    HandoutData at all, so no choice of sections can print them.
    """
    base = 15 if large_print else 10.5
    when = moment_text(data.starts_at, long=True)
    parts = [
        "<!DOCTYPE html><html><head><meta charset='utf-8'>",
        f"<title>{escape(data.group)} {when}</title></head>",
        f"<body style='font-size: {base}pt;'>",
    ]
    for key in sections:
        brk = key in breaks
        if key == "header":
            head = [
                f"<h1><a name='sec-header'></a>{escape(data.group)}</h1>",
                f"<p><b>{escape(when)}</b>"
                + (f" · {escape(data.place)}" if data.place else "")
                + "</p>",
            ]
            if data.topic:
                head.append(f"<p>{escape(data.topic)}</p>")
            if data.facilitators:
                head.append(
                    "<p>" + escape(text.facilitators.replace("{names}", data.facilitators)) + "</p>"
                )
            head.append(f"<p><i>{escape(text.not_therapy)}</i></p>")
            style = "page-break-before: always;" if brk else ""
            parts.append(f"<div style='{style}'>" + "".join(head) + "</div>")
        elif key == "agenda":
            if data.agenda:
                clock = data.starts_at
                rows = []
                for title, minutes in data.agenda:
                    rows.append(
                        f"<tr><td>{time_text(clock.time())}</td><td>{escape(title)}</td>"
                        f"<td align='right'>{escape(text.minutes.replace('{n}', str(minutes)))}"
                        "</td></tr>"
                    )
                    clock += timedelta(minutes=minutes)
                body = (
                    "<table cellpadding='3' cellspacing='0' width='100%'>"
                    + "".join(rows)
                    + "</table>"
                )
            else:
                body = f"<p>{escape(text.no_agenda)}</p>"
            parts.append(_section(key, text.agenda, body, brk))
        elif key == "agreements" and data.agreements:
            parts.append(_section(key, text.agreements, _items(data.agreements), brk))
        elif key == "prompts":
            body = (
                f"<p><b>{escape(text.check_in)}</b></p>{_items(data.check_in_prompts)}"
                f"<p><b>{escape(text.check_out)}</b></p>{_items(data.check_out_prompts)}"
            )
            parts.append(_section(key, text.check_in + " / " + text.check_out, body, brk))
        elif key == "tool":
            if data.tool is not None:
                title, steps = data.tool
                lines = "<br>".join(
                    escape(line.replace("**", "")) for line in steps.splitlines() if line.strip()
                )
                body = f"<p><b>{escape(title)}</b></p><p>{lines}</p>"
            else:
                body = f"<p>{escape(text.no_tool)}</p>"
            parts.append(_section(key, text.tool, body, brk))
        elif key == "shared" and data.shared:
            body = "".join(
                f"<p><b>{escape(s.title)}</b>"
                + (f" ({escape(s.alias)})" if s.alias else "")
                + (f"<br>{escape(s.body)}" if s.body else "")
                + "</p>"
                for s in data.shared
            )
            parts.append(_section(key, text.shared, body, brk))
        elif key == "resources" and (data.resources or data.crisis_lines):
            body = _items(data.resources) if data.resources else ""
            if data.crisis_lines:
                body += f"<p><b>{escape(text.crisis)}</b></p>{_items(data.crisis_lines)}"
            parts.append(_section(key, text.resources, body, brk))
        elif key == "next" and (data.next_session or data.next_meeting):
            when = moment_text(data.next_session, long=True) if data.next_session else ""
            parts.append(
                _section(key, text.next_meeting, f"<p>{escape(when or data.next_meeting)}</p>", brk)
            )
        elif key == "notes":
            ruled = "".join("<p>&nbsp;</p><hr>" for _ in range(6))
            parts.append(_section(key, text.notes, ruled, brk))
    parts.append("</body></html>")
    return "".join(parts)


def sections_to_move(spans: dict[str, tuple[float, float]], page_height: float) -> set[str]:
    """Sections that cross a page break but would fit on one page: start them on a new page.

    `spans` maps a section to its (top, bottom) in document coordinates.
    """
    moved = set()
    for key, (top, bottom) in spans.items():
        if bottom - top >= page_height:
            continue  # longer than a page: it has to split somewhere
        if int(top // page_height) != int((bottom - 1) // page_height):
            moved.add(key)
    return moved


Layout = Callable[[frozenset[str]], dict[str, tuple[float, float]]]


def settle_breaks(layout: Layout, page_height: float, rounds: int = 6) -> frozenset[str]:
    """Add page breaks until no section that fits on a page is split."""
    breaks: frozenset[str] = frozenset()
    for _ in range(rounds):
        move = sections_to_move(layout(breaks), page_height) - breaks
        if not move:
            break
        # Move only the first offender: the others shift with it.
        spans = layout(breaks)
        first = min(move, key=lambda k: spans[k][0])
        breaks = breaks | {first}
    return breaks
