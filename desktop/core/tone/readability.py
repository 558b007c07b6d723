"""Reading age, worked out offline.

textstat 0.7 fetches NLTK's CMU dictionary at run time and fails without the internet, so syllables are
counted by rule here. The score is the Flesch-Kincaid grade level,

    grade = 0.39 × (words ÷ sentences) + 11.8 × (syllables ÷ words) − 15.59

and a UK reading age is the US school grade plus 5 (grade 1 is for 6-year-olds). GOV.UK writes for a
reading age of 9. Hashtags, links, handles and numbers are left out, and so are Welsh sentences, which an
English formula would score as very hard.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

import regex

from desktop.core.tone import wordlists
from desktop.core.tone.hashtags import segment
from desktop.core.tone.model import Finding, Severity, ToneContext
from desktop.core.tone.text import Document, Sentence
from desktop.core.translatable import QT_TRANSLATE_NOOP

#: Fewer words than this and the formula says more about chance than about the writing.
MIN_WORDS = 12
#: How far above the target the age can go before the finding is a warning rather than a note.
WARNING_MARGIN = 4
#: Beyond this the formula's number means nothing to a reader ("reading age 31"), so it says "over 18".
TOP_AGE = 18
_VOWEL_GROUP = regex.compile(r"[aeiouy]+")
_INNER_E = regex.compile(r"[^aeiouy]e[^aeiouy]")
# Two vowels said separately ("radio", "media", "area", "going"); after c, g, s, t "i" + vowel usually
# merges into one (social, region, mission, station).
_HIATUS = regex.compile(r"[^cgst]i[aou]|[^cgst]ie(?:nce|nt)|[^aeiou]ea$|[^aeiou]uo|[aeiouy]ing$")
# "-es" is silent after most consonants (makes, sites) but not after s, z, x, ch, sh, c, g (boxes, places)
# nor in British -tres (centres, metres).
_SILENT_ES = regex.compile(r"(?:[^aeiouylszxhcgr]|(?<=[aeiou])r)es$")
# "-ed" is silent (closed, helped) except after t or d (wanted, needed) and in -tled, -bled (entitled).
_SILENT_ED = regex.compile(r"(?:[^aeiouytdl]|(?<=[aeiou]|l)l)ed$")
# A silent e before these endings is not a syllable: improvement, safely, hopeful, homeless, closeness.
_SILENT_E_SUFFIX = regex.compile(r"[^aeiouyl]e(?:ments?|ly|ful|less|ness)$")
_WELSH_ONLY = regex.compile("[ŵŷŴŶ]")
_WELSH_VOWEL = regex.compile("[âêîôû]")
_WELSH_ENDINGS = ("'r", "'n", "'ch")
#: Spellings only Welsh has: a word starting dd, ff, ngh, mh, nh (mutations), or ending -wch (an imperative:
#: defnyddiwch, dysgwch) or -ydd (newydd, arwydd).
_WELSH_SHAPE = regex.compile(r"(?:dd|ff|ngh|mh|nh)\p{L}{2}|\p{L}+(?:wch|ydd)")
_WELSH_SHARE = 0.3


@lru_cache(maxsize=8192)
def syllables(word: str) -> int:
    """An estimate good enough for a readability score (about nine words in ten exactly right)."""
    letters = "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if "a" <= c <= "z")
    if len(letters) <= 3:
        return 1
    # A compound with a silent e inside (household, something, lifetime) is counted part by part.
    parts = segment(letters, whole=False) if _INNER_E.search(letters, 0, len(letters) - 2) else None
    if parts is not None:
        return sum(syllables(part) for part in parts)
    count = len(_VOWEL_GROUP.findall(letters))
    if (
        letters.endswith("e")
        and not letters.endswith(("ee", "ye"))
        and not (letters.endswith("le") and letters[-3] not in "aeiouy")
    ):
        count -= 1  # silent final e: make, use, whale (but not table, agree)
    elif _SILENT_ED.search(letters):
        count -= 1
    elif _SILENT_ES.search(letters):
        count -= 1  # silent -es: makes, sites (but not boxes, changes)
    if _SILENT_E_SUFFIX.search(letters):
        count -= 1
    count += len(_HIATUS.findall(letters))
    return max(1, count)


@dataclass(frozen=True, slots=True)
class Score:
    words: int
    sentences: int
    syllables: int

    @property
    def grade(self) -> float:
        return 0.39 * self.words / self.sentences + 11.8 * self.syllables / self.words - 15.59

    @property
    def reading_age(self) -> float:
        return self.grade + 5


def _welsh_word(norm: str, welsh: frozenset[str]) -> bool:
    return (
        norm in welsh
        or norm.endswith(_WELSH_ENDINGS)
        or _WELSH_VOWEL.search(norm) is not None
        or _WELSH_SHAPE.fullmatch(norm) is not None
    )


def is_welsh(doc: Document, sentence: Sentence) -> bool:
    """Welsh if it has ŵ or ŷ, or enough of its words are common Welsh words, carry a circumflex
    (â'ch, tân) or end in a Welsh short form (i'r, fwynhau'r)."""
    if _WELSH_ONLY.search(doc.text, sentence.start, sentence.end):
        return True
    welsh = wordlists.word_set("welsh_words.txt")
    words = [t.norm for t in doc.tokens[sentence.first : sentence.stop] if t.has_letters]
    return bool(words) and sum(_welsh_word(w, welsh) for w in words) >= _WELSH_SHARE * len(words)


def _sentence_score(doc: Document, sentence: Sentence) -> Score | None:
    words = [t.text for t in doc.tokens[sentence.first : sentence.stop] if t.has_letters and not t.hashtag]
    if not words:
        return None
    return Score(len(words), 1, sum(syllables(w) for w in words))


def score(doc: Document) -> tuple[Score | None, list[tuple[Sentence, Score]]]:
    """The whole draft's score (None if there are no English words) and each English sentence's."""
    scored = [
        (sentence, result)
        for sentence in doc.sentences
        if not is_welsh(doc, sentence) and (result := _sentence_score(doc, sentence)) is not None
    ]
    if not scored:
        return None, []
    total = Score(sum(s.words for _, s in scored), len(scored), sum(s.syllables for _, s in scored))
    return total, scored


def reading_age(doc: Document, context: ToneContext) -> Iterator[Finding]:
    total, scored = score(doc)
    if total is None or total.words < MIN_WORDS:
        return
    age = round(total.reading_age)
    target = context.reading_age_target
    if age <= target:
        return
    hardest, _ = max(scored, key=lambda pair: (pair[1].words >= 3, pair[1].grade))
    severity: Severity = "warning" if age >= target + WARNING_MARGIN else "info"
    if age > TOP_AGE:
        message = QT_TRANSLATE_NOOP(
            "core.checks",
            "Reading age over {age}: aim for {target} or under. Shorter sentences and everyday words help "
            "(this sentence is the hardest).",
        ).format(age=TOP_AGE, target=target)
    else:
        message = QT_TRANSLATE_NOOP(
            "core.checks",
            "Reading age about {age}: aim for {target} or under. Shorter sentences and everyday words help "
            "(this sentence is the hardest).",
        ).format(age=age, target=target)
    yield Finding("reading-age", hardest.start, hardest.end, severity, message, None)
