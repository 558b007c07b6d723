"""A draft broken once into the pieces the rules share: links, words and sentences.

Rules run on every keystroke, so each piece is worked out at most once per check and only if a rule asks.
Links, email addresses and @handles are blanked out (same length, so indices still line up) in ``masked``,
because a word inside ``example.gov.uk/deliver-improvements`` or ``@KeyCouncil`` is not the author's prose.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property
from typing import NamedTuple

import regex

from desktop.core.tone import wordlists

Span = tuple[int, int]

_URL = regex.compile(r"(?i)(?<![\w@.\-/])(?:https?://|www\.)[^\s<>\"“”]+")
_URL_TRAILING = ".,;:!?'\"’”…"
# Found from the @ outwards (see Document.emails): scanning for the local part first costs a try per letter.
_EMAIL_DOMAIN = regex.compile(r"(?<=[\w.+\-])@[\w\-]+(?:\.[\w\-]+)+")
_LOCAL_PART = frozenset("._+-")  # with letters and digits: what may come before the @
_MENTION = regex.compile(r"(?<![\w@])@\w+(?:[.\-]\w+)*(?:@\w+(?:[.\-]\w+)+)?")
WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*")
# What may sit between two words of one phrase: spaces, or a hyphen ("wheelchair-bound").
_JOINER = regex.compile(r"[^\S\n]*(?:-[^\S\n]*)?")
_OPENERS = frozenset("\"'“‘(")
_SENTENCE_END = regex.compile(r"[.!?…]+[\"'’”)\]]*(?=\s|$)|\n")


class Token(NamedTuple):
    """A word. ``norm`` is the lookup form; ``joined`` says only spaces or a hyphen separate it from the
    previous word, so a phrase may run across the gap (it can't across a full stop or comma).

    A named tuple rather than a dataclass: a long draft makes a thousand of these per keystroke."""

    start: int
    end: int
    text: str
    norm: str
    joined: bool
    hashtag: bool

    @property
    def has_letters(self) -> bool:
        return any(char.isalpha() for char in self.text)


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    first: int  # index of its first token
    stop: int  # index after its last token


def normalise(word: str) -> str:
    return word.casefold().replace("’", "'")


def match_case(original: str, replacement: str) -> str:
    """``replacement`` in the capitals of ``original``: Utilise → Use, UTILISE → USE, utilise → use."""
    letters = [char for char in original if char.isalpha()]
    if len(letters) > 1 and all(char.isupper() for char in letters):
        return replacement.upper()
    if letters and letters[0].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def opens_sentence(text: str, index: int, *, after_colon: bool = False) -> bool:
    """Whether ``index`` starts a sentence: only spaces, quotes or brackets back to a full stop, ! or ?,
    a line break or the start (or a colon, if ``after_colon``)."""
    while index > 0:
        char = text[index - 1]
        if char == "\n" or not (char.isspace() or char in _OPENERS):
            break
        index -= 1
    return index == 0 or text[index - 1] in ".!?\n" or (after_colon and text[index - 1] == ":")


def _trim_url(start: int, end: int, text: str) -> Span:
    while end > start and text[end - 1] in _URL_TRAILING:
        end -= 1
    if text[end - 1 : end] == ")" and text.count("(", start, end) < text.count(")", start, end):
        end -= 1
    return start, end


_NON_ASCII = regex.compile(r"[^\x00-\x7f]")
_RIGHT_TO_LEFT_OVERRIDE, _POP_DIRECTION = "\u202e", "\u202c"


class Folded(NamedTuple):
    """Text as a reader sees it (see ``fold``), and where each of its characters came from."""

    text: str
    origin: list[int] | None  # index in the original of each character; None: the text is unchanged

    def span(self, start: int, end: int) -> Span:
        """The original span behind ``text[start:end]``."""
        if self.origin is None:
            return start, end
        picked = self.origin[start:end]
        return min(picked), max(picked) + 1


def fold(text: str) -> Folded:
    """``text`` as it reads, for finding personal data written to slip past a pattern: compatibility
    forms folded to plain ones (full-width ０７７００, mathematical 𝟎𝟕, ＠), invisible characters dropped
    (zero-width space, word joiner, soft hyphen, direction marks) and a right-to-left override's run
    reversed, as it is shown. Each character keeps the index it came from, so findings point at the
    original."""
    if text.isascii():
        return Folded(text, None)
    chars: list[str] = []
    origin: list[int] = []
    _fold_into(text, 0, len(text), chars, origin)
    return Folded("".join(chars), origin)


def _fold_into(text: str, start: int, end: int, chars: list[str], origin: list[int]) -> None:
    at = start
    for match in _NON_ASCII.finditer(text, start, end):
        index = match.start()
        if index < at:  # inside an override's run, already folded
            continue
        chars.extend(text[at:index])
        origin.extend(range(at, index))
        char = text[index]
        at = index + 1
        if char == _RIGHT_TO_LEFT_OVERRIDE:  # shown backwards up to its pop (or the line's end)
            stop = at
            while stop < end and text[stop] not in (_POP_DIRECTION, "\n"):
                stop += 1
            run: list[str] = []
            run_origin: list[int] = []
            _fold_into(text, at, stop, run, run_origin)
            chars.extend(reversed(run))
            origin.extend(reversed(run_origin))
            at = stop
        elif unicodedata.category(char) != "Cf":
            plain = unicodedata.normalize("NFKC", char)
            chars.extend(plain)
            origin.extend([index] * len(plain))
    chars.extend(text[at:end])
    origin.extend(range(at, end))


class Document:
    """One draft's text and the shared, lazily computed views of it."""

    def __init__(self, text: str) -> None:
        self.text = text

    @cached_property
    def links(self) -> tuple[Span, ...]:
        return tuple(_trim_url(m.start(), m.end(), self.text) for m in _URL.finditer(self.text))

    @cached_property
    def folded(self) -> Folded:
        """The text as it reads (``fold``): where personal data is looked for."""
        return fold(self.text)

    @cached_property
    def folded_masked(self) -> Folded:
        """``masked`` as it reads (``fold``)."""
        return fold(self.masked)

    @cached_property
    def email_addresses(self) -> tuple[tuple[Span, str], ...]:
        """Email addresses, found in the text as it reads (jo＠example.com too): each one's span in the
        original and the address as it reads (a slice of the original, folded alone, may not read so)."""
        folded = self.folded
        text = folded.text
        found: list[tuple[Span, str]] = []
        for match in _EMAIL_DOMAIN.finditer(text):
            start = match.start()
            while start > 0 and (text[start - 1].isalnum() or text[start - 1] in _LOCAL_PART):
                start -= 1
            if start > 0 and text[start - 1] == "@":
                continue  # a fediverse handle, @name@server.social
            found.append((folded.span(start, match.end()), text[start : match.end()]))
        return tuple(found)

    @cached_property
    def emails(self) -> tuple[Span, ...]:
        """Where the email addresses are in the original."""
        return tuple(span for span, _address in self.email_addresses)

    @cached_property
    def masked(self) -> str:
        """The text with links, email addresses and @handles replaced by spaces."""
        spans = [*self.links, *self.emails, *(m.span() for m in _MENTION.finditer(self.text))]
        if not spans:
            return self.text
        chars = list(self.text)
        for start, end in spans:
            chars[start:end] = " " * (end - start)
        return "".join(chars)

    def in_link(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self.links)

    @cached_property
    def tokens(self) -> tuple[Token, ...]:
        masked = self.masked
        folded = normalise(masked)
        if len(folded) != len(masked):  # a letter that folds to two (ß → ss): fold word by word instead
            folded = ""
        tokens: list[Token] = []
        previous_end = -1
        for match in WORD.finditer(masked):
            start, end = match.span()
            if previous_end < 0:
                joined = False
            elif start - previous_end == 1:
                joined = masked[previous_end] in " -"  # the usual case, without the regex
            else:
                joined = _JOINER.fullmatch(masked, previous_end, start) is not None
            word = match.group()
            norm = folded[start:end] if folded else normalise(word)
            tokens.append(Token(start, end, word, norm, joined, start > 0 and masked[start - 1] == "#"))
            previous_end = end
        return tuple(tokens)

    @cached_property
    def sentences(self) -> tuple[Sentence, ...]:
        masked = self.masked
        abbreviations = wordlists.word_set("abbreviations.txt")
        starts = [token.start for token in self.tokens]
        spans: list[Span] = []
        begin = 0
        for match in _SENTENCE_END.finditer(masked):
            if match.group() == "." and _word_before(masked, match.start()) in abbreviations:
                continue
            spans.append((begin, match.end()))
            begin = match.end()
        spans.append((begin, len(masked)))
        sentences: list[Sentence] = []
        for begin, end in spans:
            chunk = masked[begin:end]
            stripped = chunk.strip()
            if not stripped:
                continue
            start = begin + (len(chunk) - len(chunk.lstrip()))
            stop_at = start + len(stripped)
            sentences.append(
                Sentence(start, stop_at, bisect_right(starts, start - 1), bisect_right(starts, stop_at - 1))
            )
        return tuple(sentences)

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [sentence.first for sentence in self.sentences]

    def sentence_of(self, token_index: int) -> Sentence:
        """The sentence holding the token (every token is in exactly one)."""
        return self.sentences[bisect_right(self._sentence_starts, token_index) - 1]


def _word_before(text: str, index: int) -> str:
    start = index
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return normalise(text[start:index].lstrip("([\"'“‘"))
