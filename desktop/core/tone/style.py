"""How a post looks and sounds as a whole: capitals, exclamation marks and sentence length."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

import regex

from desktop.core.tone import wordlists
from desktop.core.tone.model import Finding, ToneContext
from desktop.core.tone.text import WORD, Document, opens_sentence
from desktop.core.translatable import QT_TRANSLATE_NOOP

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


#: Words that belong to a council's name next to a place: "POWYS COUNTY COUNCIL" → "Powys County Council".
_COUNCIL_WORDS = frozenset({"council", "county", "borough", "city", "cyngor", "sir", "bwrdeistref", "dinas"})
_NAME_PART = regex.compile(r"[^\s\-]+")


@cache
def _places() -> dict[tuple[str, ...], tuple[str, ...]]:
    """Each place's words, lower-cased, mapped to the words as written ("stoke on trent" → Stoke on Trent).
    A one-word place that is also an everyday word (Reading, Bath) is left out: in capitals it could be
    either, so it is only kept when the draft writes it with a capital elsewhere."""
    everyday = wordlists.word_set("words.txt")
    places: dict[tuple[str, ...], tuple[str, ...]] = {}
    for line in wordlists.lines("places.txt"):
        words = tuple(_NAME_PART.findall(line))
        key = tuple(word.casefold() for word in words)
        if len(key) > 1 or key[0] not in everyday:
            places[key] = words
    return places


def _written_names(doc: Document) -> dict[str, str]:
    """Words the draft itself capitalises in mid-sentence (Ystradgynlais, Eisteddfod): proper nouns."""
    names: dict[str, str] = {}
    for match in WORD.finditer(doc.masked):
        word = match.group()
        if word[:1].isupper() and _LOWER.search(word) and not opens_sentence(doc.text, match.start()):
            names.setdefault(word.casefold(), word)
    return names


def _proper_nouns(doc: Document, words: list[str]) -> list[str | None]:
    """For each lower-cased word of a run, its proper-noun spelling, or None for an ordinary word."""
    keys = [word.casefold() for word in words]
    names = _written_names(doc)
    result: list[str | None] = [names.get(key) for key in keys]
    places = _places()
    longest = max((len(place) for place in places), default=0)
    for i, key in enumerate(keys):  # one word with hyphens: STOKE-ON-TRENT
        if "-" in key and (written := places.get(tuple(key.split("-")))) is not None:
            result[i] = "-".join(written)
    index = 0
    while index < len(keys):
        for size in range(min(longest, len(keys) - index), 0, -1):
            written = places.get(tuple(keys[index : index + size]))
            if written is not None:
                result[index : index + size] = written
                index += size
                break
        else:
            index += 1
    for order in (range(len(keys)), reversed(range(len(keys)))):  # council words on either side of a name
        for i in order:
            if result[i] is None and keys[i] in _COUNCIL_WORDS:
                neighbours = [j for j in (i - 1, i + 1, i - 2, i + 2) if 0 <= j < len(keys)]
                if any(
                    result[j] is not None and (abs(j - i) == 1 or keys[(i + j) // 2] == "of")
                    for j in neighbours
                ):
                    result[i] = words[i][:1].upper() + words[i][1:]
    return result


def _calm(doc: Document, run: list[regex.Match[str]]) -> str:
    """The run in sentence case: lower case with acronyms and numbers kept, a capital where a sentence
    opens (a run may cross a full stop), and place and council names, and words the draft capitalises
    elsewhere, kept as proper nouns."""
    words = [
        match.group().lower() if _kind(match.group()) == "loud" or match.group() == "A" else match.group()
        for match in run
    ]
    for index, name in enumerate(_proper_nouns(doc, words)):
        if name is not None and words[index] != run[index].group():
            words[index] = name
    out: list[str] = []
    position = run[0].start()
    for match, word in zip(run, words, strict=True):
        out.append(doc.text[position : match.start()])
        out.append(word[:1].upper() + word[1:] if opens_sentence(doc.text, match.start()) else word)
        position = match.end()
    return "".join(out)


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
        QT_TRANSLATE_NOOP(
            "core.checks",
            "Capitals read as shouting, and screen readers may spell them out letter by letter: "
            "write it in lower case.",
        ),
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
                QT_TRANSLATE_NOOP(
                    "core.checks", '"{mark}" reads as over-excited or cross: use one mark at most.'
                ).format(mark=mark),
                "?" if "?" in mark else "!",
            )
        elif index > 0:
            yield Finding(
                "exclamation",
                match.start(),
                match.end(),
                "warning",
                QT_TRANSLATE_NOOP(
                    "core.checks",
                    "More than one exclamation mark in a post reads as over-excited: keep one at most.",
                ),
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
                QT_TRANSLATE_NOOP(
                    "core.checks",
                    "This sentence is {words} words long: keep sentences to {most} words or fewer so they "
                    "are easy to follow on a phone.",
                ).format(words=words, most=LONG_SENTENCE_WORDS),
                None,
            )
