"""What someone types in the drafts list's search box, turned into an FTS5 query for the store."""

from __future__ import annotations

import re
import unicodedata

_TOKEN = re.compile(r"\w+", re.UNICODE)
# A search is what someone types, not a document: past these caps more words only make it slower (each
# term is a prefix scan of the index), never more precise. A 1 MB paste is cut to its first words.
MAX_SEARCH_CHARS = 200
MAX_SEARCH_TERMS = 8
MAX_TERM_CHARS = 40
MIN_PREFIX_CHARS = 3


def search_terms(user_text: str) -> list[str]:
    """The distinct words of a search, NFC-normalised (so w + U+0302 is the one letter ŵ) and capped."""
    head = unicodedata.normalize("NFC", user_text[: MAX_SEARCH_CHARS * 2])[:MAX_SEARCH_CHARS]
    terms: dict[str, str] = {}
    for token in _TOKEN.findall(head):
        terms.setdefault(token.casefold()[:MAX_TERM_CHARS], token[:MAX_TERM_CHARS])
        if len(terms) == MAX_SEARCH_TERMS:
            break
    return list(terms.values())


def fts_query(user_text: str) -> str | None:
    """Turn what the person typed into an FTS5 query: every word must match, each as a prefix.

    Except a one- or two-letter word before the last: as a prefix it expands to a large part of the
    index (eight of them took ~100 ms at 100,000 drafts), and it is only a prefix while being typed.
    """
    terms = search_terms(user_text)
    if not terms:
        return None
    last = len(terms) - 1
    return " ".join(
        f'"{term}"*' if i == last or len(term) >= MIN_PREFIX_CHARS else f'"{term}"'
        for i, term in enumerate(terms)
    )
