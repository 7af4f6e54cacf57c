"""HTML documents built from data: pure functions, tested without Qt.

Every builder returns a complete, self-contained HTML string that
`printing.render` turns into a PDF or sends to a printer. User text is
escaped; the layout uses only what QTextDocument understands.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape


@dataclass(frozen=True)
class RecoverySheetText:
    """The translated sentences of the recovery sheet (filled in by the caller)."""

    title: str
    intro: str
    code_label: str
    created_label: str
    keep_safe: str
    how_to_use: str


def recovery_sheet(
    code: str, created: str, text: RecoverySheetText, large_print: bool = False
) -> str:
    base = 14 if large_print else 11
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{escape(text.title)}</title></head>
<body style="font-size: {base}pt;">
<h1 style="font-size: {base * 1.6:.0f}pt;">{escape(text.title)}</h1>
<p>{escape(text.intro)}</p>
<p style="margin-top: 18pt;">{escape(text.code_label)}</p>
<p style="font-family: 'DejaVu Sans Mono', monospace; font-size: {base * 1.8:.0f}pt;
   font-weight: bold; letter-spacing: 2pt;">{escape(code)}</p>
<p>{escape(text.created_label)} {escape(created)}</p>
<p style="margin-top: 18pt;">{escape(text.keep_safe)}</p>
<p>{escape(text.how_to_use)}</p>
</body></html>
"""


@dataclass(frozen=True)
class PlanSection:
    title: str
    lines: list[str]


def safety_plan_card(
    title: str,
    sections: list[PlanSection],
    crisis: list[str],
    crisis_title: str,
    footer: str,
    large_print: bool = False,
) -> str:
    """The safety plan on one page: seven short sections and the crisis lines."""
    base = 11 if large_print else 8.5
    parts = [
        "<!DOCTYPE html><html><head><meta charset='utf-8'>",
        f"<title>{escape(title)}</title></head><body style='font-size: {base}pt;'>",
        f"<h2>{escape(title)}</h2>",
    ]
    for section in sections:
        parts.append(f"<p style='margin-top: 6pt;'><b>{escape(section.title)}</b></p>")
        if section.lines:
            parts.append(
                "<ul style='margin-top: 0;'>"
                + "".join(f"<li>{escape(line)}</li>" for line in section.lines)
                + "</ul>"
            )
        else:
            parts.append("<p>______________________________________________</p>")
    parts.append(f"<p style='margin-top: 8pt;'><b>{escape(crisis_title)}</b></p><ul>")
    parts += [f"<li>{escape(line)}</li>" for line in crisis]
    parts.append(f"</ul><p style='color: #555555;'>{escape(footer)}</p></body></html>")
    return "".join(parts)


@dataclass(frozen=True)
class Card:
    title: str
    steps: str  # Markdown-ish lines
    when: str


def coping_cards(cards: list[Card], footer: str, wallet: bool = True) -> str:
    """Coping cards: in wallet size (85 x 55 mm), two to a row, or one per block on A4/Letter."""
    width = "85mm" if wallet else "100%"
    size = 7.5 if wallet else 11
    cells = []
    for card in cards:
        steps = "<br>".join(escape(line) for line in card.steps.splitlines() if line.strip())
        when = f"<p style='color: #555555;'>{escape(card.when)}</p>" if card.when else ""
        cells.append(
            f"<td width='{width}' style='border: 1px solid #888888; padding: 6px;"
            f" font-size: {size}pt;' valign='top'><b>{escape(card.title)}</b><br>{steps}{when}</td>"
        )
    per_row = 2 if wallet else 1
    rows = [
        "<tr>" + "".join(cells[i : i + per_row]) + "</tr>" for i in range(0, len(cells), per_row)
    ]
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Coping cards</title></head>"
        "<body><table cellspacing='8' cellpadding='0'>" + "".join(rows) + "</table>"
        f"<p style='font-size: 7pt; color: #555555;'>{escape(footer)}</p></body></html>"
    )
