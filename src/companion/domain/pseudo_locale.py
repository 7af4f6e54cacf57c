"""The en_XA pseudo-locale: every text 40% longer, accented and in brackets.

Screens in it show at once what would be cut off in a longer language, and any
text that never went through translation (it has no brackets). Pure text, so
the app's content files get the same treatment as its interface.
"""

from __future__ import annotations

import re

PSEUDO = "en_XA"
_PLACEHOLDER = re.compile(r"(%n|%L?\d+|&&|&(?=\w)|<[^>]*>|\{[^}]*\})")
_ACCENTED = str.maketrans("aeiouAEIOUcnsyCNSY", "àéîöûÀÉÎÖÛçñšýÇÑŠÝ")


def pseudo(text: str) -> str:
    """ "Save" -> "[Šàvé··]": placeholders, mnemonics and markup are left as they are."""
    if not text:
        return text
    parts = _PLACEHOLDER.split(text)
    body = "".join(p if _PLACEHOLDER.fullmatch(p) else p.translate(_ACCENTED) for p in parts)
    visible = len(_PLACEHOLDER.sub("", text))
    return f"[{body}{'·' * max(1, round(visible * 0.4))}]"
