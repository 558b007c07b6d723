"""The drafts list's "Title A–Z" order: a sort key stored with each draft, so SQLite can page by an index.

SQLite compares text byte by byte, and its lower() folds ASCII only, so "Ŵyl" came after "Zebra" and Welsh
titles sorted as English. The key folds case and accents (Dŵr beside Dwr) and, for a Welsh draft, makes each
of Welsh's two-letter letters (ch, dd, ff, ng, ll, ph, rh, th) one letter in its place in the alphabet, as
Unicode's Welsh collation (ICU, Qt's QCollator) does: Cyngor before Chwarae, Lyn before Llandudno, and ng
after g. Python has no collation of its own, and the key must be made without Qt (core) and stored.
"""

from __future__ import annotations

import re
import unicodedata

#: After every other letter: a Welsh digraph is its first letter's (ng: g's) last entry, before the next.
_LAST = "\U0010ffff"
_DIGRAPHS = {"ch": "c", "dd": "d", "ff": "f", "ng": "g", "ll": "l", "ph": "p", "rh": "r", "th": "t"}
_WELSH_LETTER = re.compile("|".join(_DIGRAPHS))


def folded(text: str) -> str:
    """Lower case without accents: the letters a person sorts and searches by."""
    decomposed = unicodedata.normalize("NFD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def title_key(title: str, language: str) -> str:
    """What "Title A–Z" sorts ``title`` by, in the draft's ``language`` (a BCP 47 tag: cy, cy-GB, en)."""
    key = folded(title)
    if language.lower().startswith("cy"):
        key = _WELSH_LETTER.sub(lambda m: _DIGRAPHS[m.group()] + _LAST, key)
    return key
