"""Turn what a person types into a safe FTS5 query.

Words, "quoted phrases" and prefix* work. Everything else is plain text: a lone
quote, AND/OR/NOT/NEAR, brackets, colons and stray stars never reach FTS5 as
syntax, so a search can never fail with a syntax error.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_TOKEN = re.compile(r'"([^"]*)"|(\S+)')
_WORD_CHARS = re.compile(r"[\w]+", re.UNICODE)


@dataclass(frozen=True)
class Term:
    text: str  # one word, or several for a phrase
    prefix: bool = False

    def to_fts(self) -> str:
        quoted = '"' + self.text.replace('"', '""') + '"'
        return quoted + ("*" if self.prefix else "")


def parse(query: str) -> list[Term]:
    """The terms of a query. A lone quote is ignored; operators are ordinary words."""
    text = unicodedata.normalize("NFC", query)
    if text.count('"') % 2:
        # An unclosed quote: treat its characters as ordinary text.
        index = text.rfind('"')
        text = text[:index] + " " + text[index + 1 :]
    terms: list[Term] = []
    for phrase, word in _TOKEN.findall(text):
        if phrase:
            words = _WORD_CHARS.findall(phrase)
            if words:
                terms.append(Term(" ".join(words)))
            continue
        prefix = word.endswith("*")
        parts = _WORD_CHARS.findall(word)
        for i, part in enumerate(parts):
            terms.append(Term(part, prefix=prefix and i == len(parts) - 1))
    return terms


def to_fts_query(query: str, as_you_type: bool = False) -> str | None:
    """The MATCH expression for `query`, or None when there is nothing to search for.

    `as_you_type` treats a last word still being typed (no space after it) as a
    prefix, so "lightho" already finds "lighthouse".
    """
    terms = parse(query)
    if not terms:
        return None
    last = terms[-1]
    if as_you_type and not query[-1:].isspace() and not query.rstrip().endswith('"'):
        terms[-1] = Term(last.text, prefix=True)
    return " ".join(term.to_fts() for term in terms)
