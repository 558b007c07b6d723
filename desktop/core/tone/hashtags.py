"""Hashtags: how many, and whether screen readers can tell their words apart.

A screen reader reads #roadclosure as one made-up word but #RoadClosure as "road closure". To suggest
the CamelCase form the tag is split into dictionary words (``words.txt`` and ``places.txt``). It is only
flagged when every part is a known word, so names and Welsh tags (#Caerdydd, #ailgylchu) are left alone,
and a place or compound that is one word (#Swansea, #weekend) is never split.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

import regex

from desktop.core.tone import wordlists
from desktop.core.tone.model import Finding, ToneContext
from desktop.core.tone.text import Document
from desktop.core.translatable import QT_TRANSLATE_NOOP

MAX_HASHTAGS = 2
_MAX_WORD = 24
_MAX_TAG = 60  # longer than any real hashtag; keeps the split cheap on pasted junk
_HASHTAG = regex.compile(r"(?<![\p{L}\p{M}\p{N}_&#/])#([\p{L}\p{M}\p{N}_]*\p{L}[\p{L}\p{M}\p{N}_]*)")
_DIGITS = regex.compile(r"\d+")


@cache
def lexicon() -> frozenset[str]:
    places = (word for place in wordlists.lines("places.txt") for word in regex.split(r"[\s\-]+", place))
    return wordlists.word_set("words.txt") | frozenset(word.casefold() for word in places if word)


def segment(tag: str, *, whole: bool = True) -> list[str] | None:
    """Split a hashtag's text into known words ("roadclosure" → ["road", "closure"]), or None.

    The split with the fewest parts wins, then the one with fewest plurals made by adding "s", so a word
    that is listed whole is never broken up. Digit runs are parts of their own (#Cardiff2025).
    ``whole=False`` insists on two parts or more, to find the pieces of a listed compound (house + hold).
    """
    text = tag.lower()
    if len(text) != len(tag) or len(tag) > _MAX_TAG:
        return None  # lower-casing changed the length (rare letters), so the parts would not line up
    words = lexicon()
    n = len(text)
    # best[i]: (parts, plurals, split points) for text[:i]
    best: list[tuple[int, int, tuple[int, ...]] | None] = [None] * (n + 1)
    best[0] = (0, 0, ())
    for i in range(n):
        here = best[i]
        if here is None:
            continue
        parts, plurals, cuts = here
        candidates: list[tuple[int, int]] = []
        digits = _DIGITS.match(text, i)
        if digits:
            candidates.append((digits.end(), 0))
        for j in range(i + 1, min(n, i + _MAX_WORD) + 1):
            if not whole and i == 0 and j == n:
                continue
            piece = text[i:j]
            if len(piece) == 1 and piece != "a":
                continue
            if piece in words:
                candidates.append((j, 0))
            elif piece.endswith("s") and piece[:-1] in words and len(piece) > 2:
                candidates.append((j, 1))
        for j, plural in candidates:
            option = (parts + 1, plurals + plural, (*cuts, j))
            current = best[j]
            if current is None or option[:2] < current[:2]:
                best[j] = option
    final = best[n]
    if final is None:
        return None
    bounds = (0, *final[2])
    return [tag[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]


def hashtags(doc: Document) -> list[regex.Match[str]]:
    return list(_HASHTAG.finditer(doc.masked))


def hashtag_case(doc: Document, context: ToneContext) -> Iterator[Finding]:
    for match in hashtags(doc):
        tag = match.group(1)
        if any(char.isupper() for char in tag[1:]):
            continue  # already CamelCase, or capitals that the shouting check deals with
        parts = segment(tag)
        if parts is None or sum(part.isalpha() for part in parts) < 2:
            continue
        camel = "".join(part[:1].upper() + part[1:] for part in parts)
        yield Finding(
            "hashtag-case",
            match.start(),
            match.end(),
            "warning",
            QT_TRANSLATE_NOOP(
                "core.checks",
                "Screen readers read #{tag} as one long word: capitalise each word so it's read as "
                '"{words}".',
            ).format(tag=tag, words=" ".join(p.lower() for p in parts)),
            f"#{camel}",
        )


def hashtag_count(doc: Document, context: ToneContext) -> Iterator[Finding]:
    found = hashtags(doc)
    if len(found) > MAX_HASHTAGS:
        yield Finding(
            "hashtag-count",
            found[MAX_HASHTAGS].start(),
            found[-1].end(),
            "warning",
            QT_TRANSLATE_NOOP(
                "core.checks",
                "{count} hashtags: use {most} at most. More look like spam, and screen readers read every "
                "one.",
            ).format(count=len(found), most=MAX_HASHTAGS),
            None,
        )
