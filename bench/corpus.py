"""Realistic journal text for benchmarks: Zipf-distributed words, moods, tags, wins.

Deterministic for a seed, so two databases built in one run hold the same data.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Iterator
from datetime import date, timedelta

from companion.domain.journal import EntryDraft, Mood

COMMON = (  # noqa: SIM905 - reads as prose
    "the i and to a was of it my in that me felt today with for but had so not at "
    "this on we just be about like really after what when all then out up day time "
    "sleep walk work friend tired anxious calm better tea call mum dad sister group "
    "meeting breathing helped hard good slow morning night dinner rain sun park "
    "therapist session craving urge proud small win breath cafe café river music"
).split()
SYLLABLES = "ka lo mi ne ru sa te vo pi da fe gu ho ji ke la mo nu ri so".split()  # noqa: SIM905
TAGS = (  # noqa: SIM905
    "sleep work family friends anxiety walk group therapy cravings music outdoors "
    "medication exercise food gratitude win lonely hopeful tired rest"
).split()


def vocabulary(size: int, rng: random.Random) -> list[str]:
    words = list(dict.fromkeys(COMMON))
    seen = set(words)
    while len(words) < size:
        word = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 5)))
        if word not in seen:
            seen.add(word)
            words.append(word)
    return words


def drafts(count: int, seed: int = 7, words_per_entry: int = 150) -> Iterator[EntryDraft]:
    rng = random.Random(seed)
    vocab = vocabulary(20_000, rng)
    weights = list(itertools.accumulate(1 / (rank + 1) ** 1.07 for rank in range(len(vocab))))
    day = date(2026, 11, 25)
    per_day = max(1, count // 3650)
    mood = 3
    for i in range(count):
        if i and i % per_day == 0:
            day -= timedelta(days=1)
        words = rng.choices(
            vocab, cum_weights=weights, k=rng.randint(words_per_entry - 50, words_per_entry + 50)
        )
        sentences = [
            " ".join(words[j : j + 12]).capitalize() + "." for j in range(0, len(words), 12)
        ]
        mood = min(5, max(1, mood + rng.choice((-1, 0, 0, 1))))
        yield EntryDraft(
            day=day,
            title=" ".join(rng.choices(vocab[:300], k=rng.randint(0, 5))).capitalize(),
            body=" ".join(sentences),
            mood=Mood(mood) if rng.random() < 0.9 else None,
            tags=tuple(rng.sample(TAGS, rng.randint(0, 3))),
            win=rng.random() < 0.1,
        )
