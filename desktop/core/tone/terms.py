"""Word-list matching that looks at how a word is used, not just that it appears.

GOV.UK's "words to avoid" are mostly fine in some uses: you deliver leaflets but not "improvements", a
"key worker" is not vague, an "agenda" for a committee meeting is just an agenda. Each entry of
``plain_english.json`` / ``inclusive.json`` can carry a ``when`` that checks the neighbouring words. Matching
is by word (dictionary lookups on the draft's words), so it is Unicode-aware and costs the same however
long the lists grow.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from desktop.core.tone import wordlists
from desktop.core.tone.text import WORD, Document, Token, normalise

_MAX_MODIFIERS = 3
_CONDITIONS = {"object_in", "next_in", "next_not_in", "next_is_content", "prev_in", "sentence_lacks"}


@dataclass(frozen=True, slots=True)
class Condition:
    """An entry's ``when``, with its named lists resolved; every part that is set must hold."""

    object_in: frozenset[str] | None = None
    modifiers: frozenset[str] = frozenset()
    next_in: frozenset[str] | None = None
    next_not_in: frozenset[str] | None = None
    next_is_content: bool | None = None
    prev_in: frozenset[str] | None = None
    sentence_lacks: frozenset[str] | None = None


@dataclass(frozen=True, slots=True)
class Term:
    words: tuple[str, ...]
    suggestion: str | None
    advice: str | None
    when: Condition | None
    #: What the replacement does to the next word (Welsh, ``tone.mutation.next_word``): "soft" softens it;
    #: "unaspirate" undoes the aspirate mutation of a replaced "â", "unaspirate-soft" both. None: nothing.
    next_word: str | None = None


@dataclass(frozen=True, slots=True)
class TermMatch:
    term: Term
    start: int
    end: int
    after: Token | None = None  # the next word in the same clause


def split_words(phrase: str) -> tuple[str, ...]:
    return tuple(normalise(m.group()) for m in WORD.finditer(phrase))


class TermTable:
    """A parsed term file, indexed by each term's first word (longest terms tried first)."""

    def __init__(self, name: str, data: Mapping[str, Any]) -> None:
        lists = {
            key: frozenset(word for item in items for word in split_words(item))
            for key, items in data.get("lists", {}).items()
        }
        lists["function_words"] = wordlists.word_set("function_words.txt")
        self._function_words = lists["function_words"]
        index: dict[str, list[Term]] = {}
        for number, entry in enumerate(data["entries"], 1):
            where = f"{name} entry {number}"
            when = _condition(entry.get("when"), lists, where)
            advice = entry.get("advice")
            next_word = entry.get("next_word")
            if next_word not in (None, "soft", "unaspirate", "unaspirate-soft"):
                raise wordlists.WordListError(f"{where}: next_word is soft, unaspirate or unaspirate-soft")
            if not entry.get("avoid") or not isinstance(entry["avoid"], dict):
                raise wordlists.WordListError(f"{where}: 'avoid' must map each term to its replacement")
            for phrase, suggestion in entry["avoid"].items():
                words = split_words(phrase)
                if not words:
                    raise wordlists.WordListError(f"{where}: {phrase!r} has no words")
                index.setdefault(words[0], []).append(Term(words, suggestion, advice, when, next_word))
        for terms in index.values():
            terms.sort(key=lambda term: -len(term.words))
        self._index = index

    def __len__(self) -> int:
        return sum(len(terms) for terms in self._index.values())

    def matches(self, doc: Document) -> Iterator[TermMatch]:
        tokens = doc.tokens
        i = 0
        while i < len(tokens):
            found = self._match_at(doc, i)
            if found is None:
                i += 1
                continue
            term, stop = found
            after = tokens[stop] if stop < len(tokens) and tokens[stop].joined else None
            yield TermMatch(term, tokens[i].start, tokens[stop - 1].end, after)
            i = stop

    def _match_at(self, doc: Document, i: int) -> tuple[Term, int] | None:
        tokens = doc.tokens
        for term in self._index.get(tokens[i].norm, ()):
            words = term.words
            stop = i + len(words)
            if stop > len(tokens):
                continue
            k = 1  # a plain loop: this runs for every word of every keystroke's draft
            while k < len(words) and tokens[i + k].joined and tokens[i + k].norm == words[k]:
                k += 1
            if k == len(words) and (term.when is None or self._holds(term.when, doc, i, stop)):
                return term, stop
        return None

    def _holds(self, when: Condition, doc: Document, i: int, stop: int) -> bool:
        tokens = doc.tokens
        after = tokens[stop] if stop < len(tokens) and tokens[stop].joined else None
        before = tokens[i - 1] if i > 0 and tokens[i].joined else None
        if when.next_in is not None and (after is None or after.norm not in when.next_in):
            return False
        if when.next_not_in is not None and after is not None and after.norm in when.next_not_in:
            return False
        if when.next_is_content is not None:
            content = after is not None and after.has_letters and after.norm not in self._function_words
            if content != when.next_is_content:
                return False
        if when.prev_in is not None and (before is None or before.norm not in when.prev_in):
            return False
        if when.object_in is not None and not self._object_in(when, doc, stop):
            return False
        if when.sentence_lacks is not None:
            sentence = doc.sentence_of(i)
            if any(tokens[k].norm in when.sentence_lacks for k in range(sentence.first, sentence.stop)):
                return False
        return True

    @staticmethod
    def _object_in(when: Condition, doc: Document, stop: int) -> bool:
        """Skip up to a few describing words ("our new", "real-terms") and test the noun that follows."""
        tokens = doc.tokens
        k = stop
        limit = min(len(tokens), stop + _MAX_MODIFIERS)
        while k < limit and tokens[k].joined and tokens[k].norm in when.modifiers:
            k += 1
        return k < len(tokens) and tokens[k].joined and tokens[k].norm in (when.object_in or ())


def _condition(raw: Any, lists: Mapping[str, frozenset[str]], where: str) -> Condition | None:
    if raw is None:
        return None
    if not isinstance(raw, dict) or not raw or set(raw) - _CONDITIONS:
        raise wordlists.WordListError(f"{where}: 'when' may only use {sorted(_CONDITIONS)}")

    def words(key: str) -> frozenset[str] | None:
        value = raw.get(key)
        if value is None:
            return None
        if not isinstance(value, str) or value not in lists:
            raise wordlists.WordListError(f"{where}: there is no list called {value!r}")
        return lists[value]

    content = raw.get("next_is_content")
    if content is not None and not isinstance(content, bool):
        raise wordlists.WordListError(f"{where}: next_is_content must be true or false")
    object_in = words("object_in")
    return Condition(
        object_in=object_in,
        modifiers=lists.get("modifiers", frozenset()) if object_in is not None else frozenset(),
        next_in=words("next_in"),
        next_not_in=words("next_not_in"),
        next_is_content=content,
        prev_in=words("prev_in"),
        sentence_lacks=words("sentence_lacks"),
    )


@cache
def term_table(name: str) -> TermTable:
    return TermTable(name, wordlists.json_data(name))
