"""How a post looks and sounds as a whole: capitals, exclamation marks and sentence length."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

import regex

from desktop.core.tone import wordlists
from desktop.core.tone.model import Finding, ToneContext
from desktop.core.tone.text import Document, opens_sentence

#: A word of this many capitals on its own is shouting unless it's a known acronym (CLOSED, URGENT; not FREE).
SHOUTING_SINGLE_LETTERS = 5
#: Words of this many letters count towards a shouted run ("PLEASE DO NOT": PLEASE and NOT).
SHOUTING_RUN_LETTERS = 3
LONG_SENTENCE_WORDS = 25

# A word with no lower-case letter, with internal dots and hyphens kept, so GOV.UK and COVID-19 are judged
# whole. Only these are visited; a lower-case letter anywhere between two of them ends a run.
_CAPS_WORD = regex.compile(
    r"(?<![\p{L}\p{M}\p{N}])[\p{Lu}\p{M}\p{N}]+(?:[.'’\-][\p{Lu}\p{M}\p{N}]+)*(?![\p{L}\p{M}\p{N}])"
)
_LOWER = regex.compile(r"\p{Ll}")
_PART = regex.compile(r"[.'’\-]")
_BANGS = regex.compile(r"[!?¡]*![!?]*(?![\p{L}\p{N}])")


@cache
def _acronyms() -> frozenset[str]:
    return frozenset(line.upper() for line in wordlists.lines("acronyms.txt"))


@cache
def _placeholders() -> frozenset[str]:
    return frozenset(line for line in wordlists.lines("placeholders.txt") if line.isupper())


def _kind(word: str) -> str:
    """For a word without lower-case letters: "neutral" (numbers, A465, single letters, acronyms) or
    "loud" (a word in capitals that isn't an acronym)."""
    if _letters(word) < 2 or any(char.isdigit() for char in word) or word in _placeholders():
        return "neutral"
    acronyms = _acronyms()
    if word.upper() in acronyms or all(part.upper() in acronyms for part in _PART.split(word) if part):
        return "neutral"
    return "loud"


def _letters(word: str) -> int:
    return sum(char.isalpha() for char in word)


def _calm(doc: Document, run: list[regex.Match[str]]) -> str:
    """The run rewritten in lower case with acronyms and numbers kept, capitalised if it opens a sentence."""
    start = run[0].start()
    out: list[str] = []
    position = start
    for match in run:
        word = match.group()
        out.append(doc.text[position : match.start()])
        out.append(word.lower() if _kind(word) == "loud" or word == "A" else word)
        position = match.end()
    text = "".join(out)
    if opens_sentence(doc.text, start):
        text = text[:1].upper() + text[1:]
    return text


def _shouted(doc: Document, run: list[regex.Match[str]]) -> Iterator[Finding]:
    loud = [match for match in run if _kind(match.group()) == "loud"]
    runs_on = sum(_letters(m.group()) >= SHOUTING_RUN_LETTERS for m in loud) >= 2
    stands_out = len(loud) == 1 and _letters(loud[0].group()) >= SHOUTING_SINGLE_LETTERS
    if not (runs_on or stands_out):
        return
    first, last = run.index(loud[0]), run.index(loud[-1])
    trimmed = run[first : last + 1]
    yield Finding(
        "shouting",
        trimmed[0].start(),
        trimmed[-1].end(),
        "warning",
        "Capitals read as shouting, and screen readers may spell them out letter by letter: "
        "write it in lower case.",
        _calm(doc, trimmed),
    )


def shouting(doc: Document, context: ToneContext) -> Iterator[Finding]:
    text = doc.masked
    run: list[regex.Match[str]] = []
    for match in _CAPS_WORD.finditer(text):
        if run and _LOWER.search(text, run[-1].end(), match.start()):
            yield from _shouted(doc, run)
            run = []
        run.append(match)
    yield from _shouted(doc, run)


def exclamation(doc: Document, context: ToneContext) -> Iterator[Finding]:
    runs = list(_BANGS.finditer(doc.masked))
    for index, match in enumerate(runs):
        mark = match.group()
        if len(mark) > 1:
            yield Finding(
                "exclamation",
                match.start(),
                match.end(),
                "warning",
                f'"{mark}" reads as over-excited or cross: use one mark at most.',
                "?" if "?" in mark else "!",
            )
        elif index > 0:
            yield Finding(
                "exclamation",
                match.start(),
                match.end(),
                "warning",
                "More than one exclamation mark in a post reads as over-excited: keep one at most.",
                ".",
            )


def long_sentence(doc: Document, context: ToneContext) -> Iterator[Finding]:
    for sentence in doc.sentences:
        words = sum(not token.hashtag for token in doc.tokens[sentence.first : sentence.stop])
        if words > LONG_SENTENCE_WORDS:
            yield Finding(
                "long-sentence",
                sentence.start,
                sentence.end,
                "warning",
                f"This sentence is {words} words long: keep sentences to {LONG_SENTENCE_WORDS} words or "
                "fewer so they are easy to follow on a phone.",
                None,
            )
