"""Word choice: plain English, inclusive language, the organisation's own lists and forgotten placeholders."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache, lru_cache

import regex

from desktop.core.tone import mutation, wordlists
from desktop.core.tone.model import Finding, Severity, ToneContext
from desktop.core.tone.patterns import compile_phrases
from desktop.core.tone.readability import is_welsh
from desktop.core.tone.terms import term_table
from desktop.core.tone.text import Document, match_case
from desktop.core.translatable import QT_TRANSLATE_NOOP, Text

_BRACKET_NOTE = regex.compile(r"\[([^\[\]\n]{0,60})\]")
_X_RUN = regex.compile(r"(?<![\p{L}\p{N}])X{2,}(?:[:./\-]X{2,})*(?![\p{L}\p{N}])")
_FIRST_WORD = regex.compile(r"[\p{L}\p{N}]+")


def _fill(template: str, word: str, suggestion: str | None) -> str:
    # str.replace, not str.format: a draft's own braces must never be read as a template.
    return template.replace("{word}", word).replace("{suggestion}", suggestion or "")


def _from_table(
    doc: Document, rule: str, table: str, severity: Severity, template: Text, welsh: bool = False
) -> Iterator[Finding]:
    """Findings from a word list; with ``welsh`` only in sentences ``is_welsh`` finds, and a replacement
    that mutates the next word offered with that word (``tone.mutation``)."""
    sentences: dict[int, bool] = {}
    for match in term_table(table).matches(doc):
        if welsh and not _in_welsh_sentence(doc, match.start, sentences):
            continue
        word, end = doc.text[match.start : match.end], match.end
        suggestion = match_case(word, match.term.suggestion) if match.term.suggestion else None
        if suggestion and match.term.next_word and match.after is not None:
            after = match.after.text
            shouted = word.isupper() and after.isupper()  # a post in capitals: its words aren't initials
            following = mutation.next_word(match.term.next_word, after.lower() if shouted else after)
            following = following.upper() if shouted and following is not None else following
            if following is None:
                continue  # no plainer words can be offered without a mistake in them
            word, end = doc.text[match.start : match.after.end], match.after.end
            suggestion = f"{suggestion} {following}"
        # A term's own advice is data in English (resources/tone); the general wording is translated.
        message = (
            _fill(match.term.advice, word, suggestion)
            if match.term.advice
            else template.format(word=word, suggestion=suggestion or "")
        )
        yield Finding(rule, match.start, end, severity, message, suggestion)


def _in_welsh_sentence(doc: Document, start: int, seen: dict[int, bool]) -> bool:
    for number, sentence in enumerate(doc.sentences):
        if sentence.start <= start < sentence.end:
            if number not in seen:
                seen[number] = is_welsh(doc, sentence)
            return seen[number]
    return False


def plain_english(doc: Document, context: ToneContext) -> Iterator[Finding]:
    """GOV.UK's plain English, and Cymraeg Clir's plain Welsh in Welsh sentences (``plain_welsh.json``)."""
    yield from _from_table(
        doc,
        "plain-english",
        "plain_english.json",
        "info",
        QT_TRANSLATE_NOOP("core.checks", '"{word}" is jargon: "{suggestion}" is plainer.'),
    )
    yield from _from_table(
        doc,
        "plain-english",
        "plain_welsh.json",
        "info",
        QT_TRANSLATE_NOOP("core.checks", '"{word}" is formal Welsh: "{suggestion}" is plainer.'),
        welsh=True,
    )


def inclusive(doc: Document, context: ToneContext) -> Iterator[Finding]:
    return _from_table(
        doc,
        "inclusive",
        "inclusive.json",
        "warning",
        QT_TRANSLATE_NOOP("core.checks", '"{word}" is dated or can exclude people: say "{suggestion}".'),
    )


def _key(phrase: str) -> str:
    return " ".join(phrase.lower().replace("’", "'").replace("-", " ").split())


@lru_cache(maxsize=8)
def _custom_terms(
    banned: tuple[tuple[str, str | None], ...], preferred: tuple[tuple[str, str | None], ...]
) -> tuple[regex.Pattern[str], dict[str, tuple[bool, str | None]]]:
    """One pattern per distinct set of lists; settings change rarely, keystrokes often."""
    lookup: dict[str, tuple[bool, str | None]] = {_key(t): (False, s) for t, s in preferred if t.strip()}
    lookup.update({_key(t): (True, s) for t, s in banned if t.strip()})
    return compile_phrases(lookup, ignore_case=True), lookup


def _items(mapping: Iterable[tuple[str, str | None]]) -> tuple[tuple[str, str | None], ...]:
    return tuple(sorted(mapping, key=lambda item: item[0]))


def custom_term(doc: Document, context: ToneContext) -> Iterator[Finding]:
    if not context.banned_terms and not context.preferred_terms:
        return
    banned, preferred = _items(context.banned_terms.items()), _items(context.preferred_terms.items())
    pattern, lookup = _custom_terms(banned, preferred)
    for match in pattern.finditer(doc.masked):
        word = match.group()
        is_banned, replacement = lookup.get(_key(word), (True, None))
        suggestion = match_case(word, replacement) if replacement else None
        if is_banned and suggestion:
            message = QT_TRANSLATE_NOOP(
                "core.checks",
                '"{word}" is on your organisation\'s list of words to avoid: use "{suggestion}" instead.',
            ).format(word=word, suggestion=suggestion)
        elif is_banned:
            message = QT_TRANSLATE_NOOP(
                "core.checks", '"{word}" is on your organisation\'s list of words to avoid.'
            ).format(word=word)
        else:
            message = QT_TRANSLATE_NOOP("core.checks", 'House style is "{suggestion}", not "{word}".').format(
                word=word, suggestion=suggestion
            )
        yield Finding(
            "custom-term", match.start(), match.end(), "warning" if is_banned else "info", message, suggestion
        )


@cache
def _placeholder_patterns() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """Terms in capitals match only in capitals (DATE, not date); the rest match in any case."""
    terms = wordlists.lines("placeholders.txt")
    exact = compile_phrases([t for t in terms if t.isupper()], ignore_case=False)
    loose = compile_phrases([t for t in terms if not t.isupper()], ignore_case=True)
    return exact, loose


def _is_placeholder_note(inner: str) -> bool:
    stripped = inner.strip(" .…_-")
    shouted = any(c.isalpha() for c in stripped) and not any(c.islower() for c in stripped)
    if not stripped or shouted:
        return True
    first = _FIRST_WORD.search(stripped)
    return first is not None and first.group().casefold() in wordlists.word_set("placeholder_cues.txt")


def placeholder(doc: Document, context: ToneContext) -> Iterator[Finding]:
    text = doc.masked
    notes = [m.span() for m in _BRACKET_NOTE.finditer(text) if _is_placeholder_note(m.group(1))]
    spans = list(notes)
    for pattern in (*_placeholder_patterns(), _X_RUN):
        for match in pattern.finditer(text):
            start, end = match.span()
            if not any(s <= start and end <= e for s, e in notes):
                spans.append((start, end))
    for start, end in sorted(spans):
        yield Finding(
            "placeholder",
            start,
            end,
            "error",
            QT_TRANSLATE_NOOP("core.checks", 'Placeholder left in: fill in "{text}" before posting.').format(
                text=doc.text[start:end]
            ),
            None,
        )
