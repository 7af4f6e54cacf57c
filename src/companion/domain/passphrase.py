"""Passphrase rules and a gentle strength estimate.

The estimate is deliberately simple and offline: length, variety, and a short
list of patterns that guessers try first. It only guides; the one hard rule is
the minimum length.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from enum import IntEnum

MIN_LENGTH = 8

_COMMON = frozenset(
    [
        "password",
        "passw0rd",
        "12345678",
        "123456789",
        "1234567890",
        "qwertyuiop",
        "qwerty123",
        "iloveyou",
        "letmein",
        "welcome",
        "abc12345",
        "11111111",
        "00000000",
        "password1",
        "sunshine",
        "princess",
        "football",
        "baseball",
        "dragon",
        "monkey",
        "trustno1",
        "starwars",
        "whatever",
        "superman",
        "1q2w3e4r",
        "asdfghjkl",
        "zaq12wsx",
        "changeme",
    ]
)
_SEQUENCES = ("abcdefghijklmnopqrstuvwxyz", "qwertyuiopasdfghjklzxcvbnm", "01234567890")


class Strength(IntEnum):
    TOO_SHORT = 0
    WEAK = 1
    FAIR = 2
    GOOD = 3
    STRONG = 4


@dataclass(frozen=True)
class StrengthReport:
    strength: Strength
    bits: float
    hint: str  # a key into the UI's own sentences, never shown raw


def is_long_enough(passphrase: str) -> bool:
    return len(passphrase) >= MIN_LENGTH


def _alphabet_size(text: str) -> int:
    size = 0
    if re.search(r"[a-z]", text):
        size += 26
    if re.search(r"[A-Z]", text):
        size += 26
    if re.search(r"[0-9]", text):
        size += 10
    if re.search(r"[^a-zA-Z0-9\s]", text):
        size += 33
    if re.search(r"\s", text):
        size += 1
    return max(size, 1)


def _effective_length(text: str) -> float:
    """Length with runs of one character and keyboard sequences discounted."""
    lowered = text.lower()
    length = 0.0
    previous = ""
    for i, ch in enumerate(lowered):
        if ch == previous:
            length += 0.25
        elif i > 0 and any(previous + ch in seq for seq in _SEQUENCES):
            length += 0.35
        else:
            length += 1
        previous = ch
    return length


def estimate(passphrase: str) -> StrengthReport:
    if len(passphrase) < MIN_LENGTH:
        return StrengthReport(Strength.TOO_SHORT, 0.0, "too_short")
    lowered = passphrase.lower()
    if lowered in _COMMON or lowered.rstrip("0123456789!") in _COMMON:
        return StrengthReport(Strength.WEAK, 10.0, "common")
    words = [w for w in re.split(r"[\s\-_.,]+", passphrase) if w]
    bits = _effective_length(passphrase) * math.log2(_alphabet_size(passphrase))
    if len(words) >= 4:
        # Several words: count them as diceware-like picks, whichever is larger.
        bits = max(bits, len(words) * 11.0)
    if bits < 40:
        strength, hint = Strength.WEAK, "longer"
    elif bits < 60:
        strength, hint = Strength.FAIR, "longer"
    elif bits < 80:
        strength, hint = Strength.GOOD, "good"
    else:
        strength, hint = Strength.STRONG, "strong"
    return StrengthReport(strength, round(bits, 1), hint)
