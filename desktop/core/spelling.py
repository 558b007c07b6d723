"""Offline spelling in British English and Welsh, with a personal dictionary.

The engine is Hunspell through pyenchant (Enchant 2's Hunspell provider): the same engine LibreOffice uses,
maintained, and shipped inside pyenchant's Windows and macOS wheels; on Linux it is the system's libenchant.
The dictionaries are Crier's own copies in ``resources/dictionaries/hunspell`` (British English from SCOWL,
Welsh from Bangor University's hunspell-cy, both as packaged on npm), so every PC checks against the same
words whatever else is installed. Enchant finds them through ``ENCHANT_CONFIG_DIR``, which must be set before
the library is first loaded; :func:`_enchant` does that once.

Council and place names from the tone word lists count as known words, and so does each person's own
dictionary (one word a line, in the data folder). Results are cached per word, so re-checking a post as it is
typed costs a dictionary lookup only for the word being typed.

Each dictionary is loaded when a text in its language is first checked (Welsh is 7-8 MB of Hunspell's
memory, English about 5): someone who writes only in English never loads the Welsh one.
"""

from __future__ import annotations

import bisect
import logging
import os
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import ModuleType
from typing import Any

import regex

from desktop.core.paths import RESOURCES

log = logging.getLogger(__name__)

DICTIONARY_DIR = RESOURCES / "dictionaries"
#: Crier's language codes and the Hunspell dictionary each uses.
LANGUAGES = {"en": "en_GB", "cy": "cy_GB"}

# One pass over the text: spans never spell-checked (links, e-mail addresses, @mentions, #hashtags, words with
# digits) are matched and passed over; otherwise a word (letters with combining marks, inner apostrophes and
# hyphens: "o'r", "Stoke-on-Trent"). One pass, so the scan never restarts inside a word: 5,000 characters in
# well under a millisecond, as the highlighter needs on every keystroke.
_WORD = r"\p{L}[\p{L}\p{M}]*(?:['’\-]\p{L}[\p{L}\p{M}]*)*"
_TOKEN = regex.compile(
    r"(?:https?://|www\.)\S+|[^\s@]+@\S+\.\S+|[@#][\p{L}\p{N}_]+|[^\s\p{N}]*\p{N}\S*|(?P<word>" + _WORD + ")",
    regex.IGNORECASE,
)
_RUN = regex.compile(r"\S+")
_SPACE = regex.compile(r"\s")
_SPACE_BACK = regex.compile(r"\s", regex.REVERSE)
# Punctuation that can stand before or after a word and starts no token of its own (no letter, digit,
# mark, "@" or "#"): "(Tuesday)," is the word "Tuesday" by either route.
_EDGE = ".,;:!?()[]{}\"'“”‘’«»…–—-"
_CACHE_LIMIT = 50_000


@dataclass(frozen=True, slots=True)
class Misspelling:
    start: int
    end: int
    word: str


class SpellingUnavailable(Exception):
    """The spelling engine or a dictionary could not be loaded; the editor works on without underlines."""


#: An Enchant broker is not thread-safe: each language has its own (made once, shared by every speller, so
#: a dictionary is in memory once however many spellers use it), created and asked under ``_LOADING``.
#: A dictionary is used under its language's lock, so English is checked while Welsh loads.
_LOADING = threading.RLock()
_LOCKS = {language: threading.RLock() for language in LANGUAGES}
_BROKERS: dict[str, Any] = {}


def _enchant() -> ModuleType:
    with _LOADING:
        os.environ["ENCHANT_CONFIG_DIR"] = str(DICTIONARY_DIR)  # ours, whatever the user set
        try:
            import enchant
        except ImportError as error:  # no libenchant on this machine
            raise SpellingUnavailable(str(error)) from error
        return enchant


@lru_cache(maxsize=1)
def _known_names() -> frozenset[str]:
    """Place and council words from the tone lists, so "Monmouthshire" and "Caerffili" are never red."""
    from desktop.core.tone import wordlists

    words: set[str] = set()
    for name in ("places.txt",):
        for line in wordlists.lines(name):
            words.update(w.casefold() for w in regex.findall(_WORD, line))
    return frozenset(words)


def words(text: str, start: int = 0, end: int | None = None) -> list[Misspelling]:
    """Every checkable word of ``text`` (or of ``text[start:end]``, cut at whitespace) with its position
    (links, handles, tags and numbers left out).

    Every token lies inside one run of non-space characters (no alternative of ``_TOKEN`` matches a space),
    so the text is scanned run by run: a run that is letters with plain punctuation round them, as most
    are, is its one word without the token pattern (``_TOKEN`` finds the same, several times slower);
    any other run goes through ``_TOKEN``. Same result, about a third of the time on a long post.
    """
    found: list[Misspelling] = []
    add = found.append
    for run in _RUN.finditer(text, start, len(text) if end is None else end):
        chunk = run.group()
        stem = chunk.strip(_EDGE)
        if stem.isalpha() and not stem.casefold().startswith(("http", "www")):
            if len(stem) > 1:
                at = run.start() + len(chunk) - len(chunk.lstrip(_EDGE))
                add(Misspelling(at, at + len(stem), stem))
            continue
        for match in _TOKEN.finditer(text, run.start(), run.end()):
            if match.lastgroup == "word":
                at = match.start()
                word = match.group().rstrip("'’-")
                if len(word) > 1:
                    add(Misspelling(at, at + len(word), word))
    return found


def rewords(old_text: str, old_words: list[Misspelling], text: str) -> list[Misspelling]:
    """``words(text)``, reusing ``old_words`` (``words(old_text)``) outside the edited runs: a keystroke in
    a 5,000-character paragraph re-scans one run instead of the paragraph."""
    head, tail, middle = splice(old_text, old_words, text)
    return [*old_words[:head], *middle, *moved(old_words[tail:], len(text) - len(old_text))]


def moved(found: list[Misspelling], shift: int) -> list[Misspelling]:
    return [Misspelling(w.start + shift, w.end + shift, w.word) for w in found] if shift else found


def splice(old_text: str, old_words: list[Misspelling], text: str) -> tuple[int, int, list[Misspelling]]:
    """How ``words(text)`` differs from ``old_words``: ``old_words[:head]`` are kept, ``middle`` takes the
    place of ``old_words[head:tail]``, and the rest are kept, moved by the change in length."""
    shortest = min(len(old_text), len(text))
    same_head = _common_length(old_text, text, shortest, lambda n: (slice(0, n), slice(0, n)))
    same_tail = _common_length(
        old_text,
        text,
        shortest - same_head,
        lambda n: (slice(len(old_text) - n, len(old_text)), slice(len(text) - n, len(text))),
    )
    # Widen the edit to whole runs: from just after the space before it to the space after it.
    space_before = _SPACE_BACK.search(text, 0, same_head)
    begin = space_before.end() if space_before else 0
    space_after = _SPACE.search(text, len(text) - same_tail)
    finish = space_after.start() if space_after else len(text)
    shift = len(text) - len(old_text)
    keep_head = bisect.bisect_left(old_words, begin, key=lambda w: w.start)
    keep_tail = bisect.bisect_left(old_words, finish - shift, key=lambda w: w.start)
    return keep_head, keep_tail, words(text, begin, finish)


_STRIDE = 4096


def _common_length(a: str, b: str, limit: int, cut: Callable[[int], tuple[slice, slice]]) -> int:
    """The longest n <= limit for which the ``cut(n)`` slices of a and b are equal (C-speed comparisons,
    not a Python loop over characters): stride by stride while they agree, then a binary search within the
    stride that differs. A binary search over the whole would copy a 1 MB paste some 40 times a key."""
    low = 0
    while low + _STRIDE <= limit:
        (left, right), (left_end, right_end) = cut(low), cut(low + _STRIDE)
        # the stride between n = low and n = low + _STRIDE: the cuts' difference, on each side
        if _stride(a, left, left_end) != _stride(b, right, right_end):
            break
        low += _STRIDE
    high = min(limit, low + _STRIDE)
    while low < high:
        middle = (low + high + 1) // 2
        left, right = cut(middle)
        if a[left] == b[right]:
            low = middle
        else:
            high = middle - 1
    return low


def _stride(text: str, shorter: slice, longer: slice) -> str:
    """What the ``longer`` cut of ``text`` has beyond the ``shorter`` (both from the start, or both to the
    end)."""
    if shorter.start == longer.start:
        return text[shorter.stop : longer.stop]
    return text[longer.start : shorter.start]


class Speller:
    """Checks words in one or both languages; thread-safe, cheap to ask again about the same word."""

    def __init__(self, personal_file: Path | None = None) -> None:
        self._personal_file = personal_file
        self._lock = threading.Lock()  # the cache and the personal words
        self._dicts: dict[str, object] = {}
        self._personal: set[str] = set()
        self._cache: dict[tuple[str, str], bool] = {}
        if personal_file is not None and personal_file.exists():
            text = personal_file.read_text(encoding="utf-8", errors="replace")
            self._personal = {line.strip() for line in text.splitlines() if line.strip()}

    def _dict(self, language: str) -> Any:  # an enchant.Dict; enchant ships no types
        found = self._dicts.get(language)
        if found is None:
            with _LOADING:
                enchant = _enchant()
                if language not in _BROKERS:
                    _BROKERS[language] = enchant.Broker()
                broker = _BROKERS[language]
                tag = LANGUAGES[language]
                try:
                    found = enchant.Dict(tag, broker)
                except enchant.errors.DictNotFoundError as error:
                    raise SpellingUnavailable(f"No {tag} dictionary") from error
                self._dicts[language] = found
        return found

    def load(self, languages: Iterable[str] = LANGUAGES) -> None:
        """Load dictionaries ahead of use (about 60 ms each): call it off the GUI thread."""
        _known_names()  # first: a loaded dictionary is soon asked about on the GUI thread
        for language in languages:
            with _LOCKS[language]:
                self._dict(language)

    def has(self, language: str) -> bool:
        """Whether ``language``'s dictionary is loaded (checking in it will not wait for the disk)."""
        return language in self._dicts

    def check(self, word: str, language: str) -> bool:
        key = (language, word)
        known = self._cache.get(key)
        if known is None:
            known = self._lookup(word, language)
            with self._lock:
                if len(self._cache) > _CACHE_LIMIT:
                    self._cache.clear()
                self._cache[key] = known
        return known

    def _lookup(self, word: str, language: str) -> bool:
        if word in self._personal or word.casefold() in _known_names():
            return True
        with _LOCKS[language]:
            dictionary = self._dict(language)
            normal = word.replace("’", "'")
            return bool(
                dictionary.check(normal) or (normal != word.lower() and dictionary.check(normal.lower()))
            )

    def misspelled(self, text: str, language: str) -> list[Misspelling]:
        return [w for w in words(text) if not self.check(w.word, language)]

    def suggest(self, word: str, language: str, limit: int = 6) -> list[str]:
        """Hunspell's suggestions (tens of milliseconds: fine for a context menu, not for every keystroke)."""
        with _LOCKS[language]:
            return list(self._dict(language).suggest(word))[:limit]

    def add(self, word: str) -> None:
        """Add to the personal dictionary, durably (written before the word stops being underlined)."""
        word = word.strip()
        if not word or word in self._personal:
            return
        with self._lock:
            self._personal.add(word)
            self._cache = {key: ok for key, ok in self._cache.items() if key[1] != word}
            if self._personal_file is not None:
                _write_atomically(self._personal_file, "".join(f"{w}\n" for w in sorted(self._personal)))

    def personal_words(self) -> list[str]:
        return sorted(self._personal)

    def is_word_of(self, word: str, language: str) -> bool:
        """Whether the dictionary of ``language`` alone knows ``word`` (for "English left in the Welsh")."""
        with _LOCKS[language]:
            dictionary = self._dict(language)
            return bool(dictionary.check(word) or dictionary.check(word.lower()))


def _write_atomically(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(path.suffix + ".tmp")
    with open(temporary, "w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)
