from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from companion.domain.passphrase import MIN_LENGTH, Strength, estimate, is_long_enough


def test_minimum_length() -> None:
    assert not is_long_enough("x" * (MIN_LENGTH - 1))
    assert is_long_enough("x" * MIN_LENGTH)
    assert estimate("short").strength is Strength.TOO_SHORT


def test_common_and_patterned_passphrases_are_weak() -> None:
    for weak in ("password", "Password1", "12345678", "qwertyuiop", "aaaaaaaaaaaa", "abcdefghij"):
        assert estimate(weak).strength <= Strength.WEAK, weak


def test_several_unrelated_words_are_strong() -> None:
    assert estimate("violet kettle harbour stepladder").strength >= Strength.GOOD
    assert estimate("correct horse battery staple").strength >= Strength.GOOD


def test_longer_is_never_weaker_for_random_text() -> None:
    assert estimate("k9#Tq2!mZ8").strength >= estimate("k9#Tq2!m").strength


@given(st.text(max_size=200))
def test_estimate_never_fails(text: str) -> None:
    report = estimate(text)
    assert report.strength in Strength
    assert report.bits >= 0
