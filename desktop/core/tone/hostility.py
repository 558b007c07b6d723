"""Hostile, sarcastic or blaming tone towards residents: a council never argues with residents.

Two signals. Set phrases ("as we have repeatedly told you", "it's not rocket science") are flagged where
they appear. Single words are weighed with a small lexicon (``sentiment.txt``): a sentence's scores add up,
count half as much again when the sentence is aimed at "you" or residents, and the sentence is flagged
once it reaches ``THRESHOLD``. So "fly-tipping is disgraceful" passes but "you should be ashamed, it's
disgraceful" and "idiots" alone do not. Ordinary bad news (closed, delayed, cancelled) is not in the lexicon.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

import regex

from desktop.core.tone import wordlists
from desktop.core.tone.model import Finding, ToneContext
from desktop.core.tone.patterns import compile_phrases
from desktop.core.tone.text import Document, match_case
from desktop.core.translatable import QT_TRANSLATE_NOOP

THRESHOLD = -3
AIMED_AT_READER = 1.5
_READER = frozenset(
    {
        "you",
        "your",
        "you're",
        "yourself",
        "yourselves",
        "you've",
        "you'll",
        "you'd",
        "residents",
        "people",
        "whoever",
    }
)


@cache
def _phrases() -> tuple[regex.Pattern[str], dict[str, str | None]]:
    table = wordlists.pairs("negative_phrases.txt")
    lookup = {" ".join(k.lower().replace("’", "'").split()): v for k, v in table.items()}
    return compile_phrases(table, ignore_case=True), lookup


def negative(doc: Document, context: ToneContext) -> Iterator[Finding]:
    pattern, lookup = _phrases()
    for match in pattern.finditer(doc.masked):
        phrase = match.group()
        kinder = lookup.get(" ".join(phrase.lower().replace("’", "'").split()))
        suggestion = match_case(phrase, kinder) if kinder else None
        if suggestion:
            message = QT_TRANSLATE_NOOP(
                "core.checks",
                '"{phrase}" can sound like arguing with or talking down to residents: try "{kinder}".',
            ).format(phrase=phrase, kinder=suggestion)
        else:
            message = QT_TRANSLATE_NOOP(
                "core.checks",
                '"{phrase}" can sound like arguing with or talking down to residents. Keep it calm and '
                "helpful.",
            ).format(phrase=phrase)
        yield Finding("negative", match.start(), match.end(), "warning", message, suggestion)
    yield from _hostile_sentences(doc)


def _hostile_sentences(doc: Document) -> Iterator[Finding]:
    lexicon = wordlists.scores("sentiment.txt")
    for sentence in doc.sentences:
        tokens = doc.tokens[sentence.first : sentence.stop]
        scored = [token for token in tokens if token.norm in lexicon]
        if not scored:
            continue
        total = float(sum(lexicon[token.norm] for token in scored))
        if any(token.norm in _READER for token in tokens):
            total *= AIMED_AT_READER
        if total <= THRESHOLD:
            words = ", ".join(f'"{token.text}"' for token in scored)
            yield Finding(
                "negative",
                scored[0].start,
                scored[-1].end,
                "warning",
                QT_TRANSLATE_NOOP(
                    "core.checks",
                    "This reads as hostile or blaming ({words}). A council never argues with residents: "
                    "say what you need people to do, calmly.",
                ).format(words=words),
                None,
            )
