from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from companion.domain.search import parse, to_fts_query


def test_words_phrases_and_prefixes() -> None:
    assert to_fts_query('walk "by the river" calm*') == '"walk" "by the river" "calm"*'


def test_operators_and_stray_syntax_are_plain_words() -> None:
    assert to_fts_query("AND") == '"AND"'
    assert to_fts_query('"') is None
    assert to_fts_query('tired "and') == '"tired" "and"'
    assert to_fts_query("a:b (c) NEAR/3 -d ^e") == '"a" "b" "c" "NEAR" "3" "d" "e"'
    assert to_fts_query("   ") is None


def test_accented_words_survive() -> None:
    assert [t.text for t in parse("café naïve")] == ["café", "naïve"]


@given(st.text(max_size=100))
def test_any_text_gives_balanced_quotes(text: str) -> None:
    query = to_fts_query(text)
    if query is not None:
        assert query.count('"') % 2 == 0


def test_as_you_type_makes_the_last_unfinished_word_a_prefix() -> None:
    assert to_fts_query("long walk", as_you_type=True) == '"long" "walk"*'
    assert to_fts_query("long walk ", as_you_type=True) == '"long" "walk"'
    assert to_fts_query('"long walk"', as_you_type=True) == '"long walk"'
