"""Swearing, including the usual disguises, without the Scunthorpe problem.

Matches are whole words, so Scunthorpe, Penistone, Essex, cockpit and assessment never match. Disguises
are look-alike characters (sh1t, b@stard), starred-out inner letters (f**k) and spaced-out letters
(f u c k); the first and last letters must be real so a redacted "s***" or a row of stars is not guessed at.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

import regex

from desktop.core.tone import wordlists
from desktop.core.tone.model import Finding, ToneContext
from desktop.core.tone.patterns import trie_pattern
from desktop.core.tone.text import Document
from desktop.core.translatable import QT_TRANSLATE_NOOP

_LOOK_ALIKES = {
    "a": "a@4",
    "b": "b8",
    "c": "c(",
    "e": "e3",
    "g": "g9",
    "i": "i1!|",
    "l": "l1|",
    "o": "o0",
    "s": "s$5",
    "t": "t7+",
    "u": "uv",
}
_MASK = "*"
_EDGE = r"(?<![\p{L}\p{N}])"
_EDGE_END = r"(?![\p{L}\p{N}])"
# Single letters in a row with the same separator each time: "f u c k", "s.h.i.t", "c-r-a-p".
_SPACED = regex.compile(r"(?<![\p{L}\p{N}])\p{L}([ .\-_*])\p{L}(?:\1\p{L})+(?![\p{L}\p{N}])")


def _units(word: str) -> list[str]:
    units: list[str] = []
    for index, char in enumerate(word):
        options = _LOOK_ALIKES.get(char, char)
        if 0 < index < len(word) - 1:
            options += _MASK
        units.append(options if len(options) == 1 else "[" + regex.escape(options) + "]")
    return [regex.escape(u) if len(u) == 1 else u for u in units]


@cache
def patterns() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """Words that must start a word, and roots that may sit anywhere in one (motherf…, bulls…).

    The second pattern has no look-behind, so the engine can skip ahead to the root's first letter
    instead of trying every word start; ``profanity`` widens its matches to the whole word.
    """
    groups: dict[tuple[bool, bool], list[list[str]]] = {}
    for line in wordlists.lines("profanity.txt"):
        word = line.casefold()
        any_before, any_after = word.startswith("*"), word.endswith("*")
        groups.setdefault((any_before, any_after), []).append(_units(word.strip("*")))

    def branch(key: tuple[bool, bool]) -> str | None:
        items = groups.get(key)
        return None if not items else trie_pattern(items) + (r"\p{L}*" if key[1] else "")

    def alternation(*keys: tuple[bool, bool]) -> str:
        return "|".join(b for b in map(branch, keys) if b) or "(?!)"

    starts = alternation((False, False), (False, True))
    anywhere = alternation((True, False), (True, True))
    return (
        regex.compile(f"{_EDGE}(?:{starts}){_EDGE_END}", regex.IGNORECASE),
        regex.compile(f"(?:{anywhere}){_EDGE_END}", regex.IGNORECASE),
    )


def _swear_spans(text: str) -> list[tuple[int, int]]:
    starts, anywhere = patterns()
    spans = [m.span() for m in starts.finditer(text)]
    for match in anywhere.finditer(text):
        start = match.start()
        while start > 0 and text[start - 1].isalpha():
            start -= 1
        spans.append((start, match.end()))
    return spans


def _finding(start: int, end: int) -> Finding:
    return Finding(
        "profanity",
        start,
        end,
        "error",
        QT_TRANSLATE_NOOP(
            "core.checks", "Swearing (even disguised) has no place on a council account: take it out."
        ),
        None,
    )


def profanity(doc: Document, context: ToneContext) -> Iterator[Finding]:
    text = doc.masked
    spans = _swear_spans(text)
    for match in _SPACED.finditer(text):
        letters = match.group()[::2]  # "f u c k" → "fuck"; the separator is one character each time
        if _swear_spans(letters) and not any(s < match.end() and match.start() < e for s, e in spans):
            spans.append(match.span())
    for start, end in sorted(set(spans)):
        yield _finding(start, end)
