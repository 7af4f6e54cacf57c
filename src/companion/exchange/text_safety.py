"""Text that cannot be stored: lone surrogates, replaced with U+FFFD and counted.

A JSON string may hold an escape such as "\\ud800" that is half of a UTF-16 pair.
Python decodes it to a lone surrogate, which no UTF-8 text (the vault, the log,
the terminal) can hold. Refusing a whole journal for one such character would be
harsh, so importers replace each with U+FFFD (the "unknown character" sign) and
say how many they replaced. File names that are not UTF-8 reach Python the same
way (as surrogate escapes), and are cleaned the same way before being shown.
"""

from __future__ import annotations

import re
from typing import Any

REPLACEMENT = "\ufffd"
SURROGATE = re.compile("[\ud800-\udfff]")
# The key under which a reader tells the preview how many characters it replaced.
REPLACED_KEY = "unreadable_characters"


def clean(text: str) -> tuple[str, int]:
    """`text` with every lone surrogate replaced, and how many there were."""
    if text.isascii():
        return text, 0
    return SURROGATE.subn(REPLACEMENT, text)


def shown(text: str) -> str:
    """`text` safe to put in a sentence (a file name, say)."""
    return clean(text)[0]


def scrub(value: Any) -> tuple[Any, int]:
    """Clean every text (and key) inside a parsed JSON value, in place where it can.

    Iterative, not recursive: a document nested as deeply as the JSON reader
    allows must not run out of stack here."""
    if isinstance(value, str):
        return clean(value)
    replaced = 0
    stack = [value]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            for i, item in enumerate(node):
                if isinstance(item, str):
                    node[i], n = clean(item)
                    replaced += n
                elif isinstance(item, list | dict):
                    stack.append(item)
        elif isinstance(node, dict):
            for key in list(node):
                item = node[key]
                new_key, n = clean(key) if isinstance(key, str) else (key, 0)
                if n:
                    replaced += n
                    del node[key]
                if isinstance(item, str):
                    item, m = clean(item)
                    replaced += m
                elif isinstance(item, list | dict):
                    stack.append(item)
                node[new_key] = item
    return value, replaced
