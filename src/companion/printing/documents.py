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
