"""Where a thread's part may end: after a sentence, or before a space, outside URLs, mentions and hashtags.

`counting.split_thread` asks on every keystroke (the counts under the editor), so the breaks of the last
text are kept and only the stretch around an edit is scanned again (`_rescan`); tests check that this equals
a scan of the whole text.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from desktop.core._urls import extract_urls

_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s)|[。！？]+[」』）]*|\n")
_WHITESPACE = re.compile(r"\s+")
_MENTION_OR_TAG = re.compile(r"[@＠#＃$]\w+(?:@[\w.-]*\w)?")
_SCHEME_LINK = re.compile(r"https?://\S+", re.IGNORECASE)  # Bluesky's links need no dot (localhost:8080)

Breaks = tuple[bytearray, list[int], list[int]]
# A place where `_scan`'s findings on either side do not depend on each other, given the one character
# before it: just after a space or line break and before a non-space. No URL, mention, hashtag, sentence end
# or run of spaces crosses it; each pattern's look-ahead reads at most the space, and a URL after it is
# found from the space before it (`_rescan` scans from there: the start of a text is not the same). Plain
# ASCII spaces only: Python's \s also takes \x1c-\x1f, which a URL's domain may hold.
_SEAM = re.compile(r"[ \n](?=\S)")
_SEAM_REACH = 256  # how far back from an edit to look for a seam before scanning from the start
# The last section scanned and its breaks: a keystroke changes it in one place, and only the text between
# the seams either side of the change is scanned again (the counts run on every key; a full scan of a
# 5,000-character draft took about 1 ms). One tuple, replaced whole, so threads read it safely.
_LAST_SCAN: tuple[str, Breaks] | None = None


def _scan(section: str) -> Breaks:
    """`breaks` from nothing."""
    inside = bytearray(len(section) + 1)
    spans = [(url.start, url.end) for url in extract_urls(section)]
    spans += [m.span() for m in _MENTION_OR_TAG.finditer(section)]
    spans += [m.span() for m in _SCHEME_LINK.finditer(section)]
    for start, end in spans:
        inside[start + 1 : end] = b"\x01" * (end - start - 1)
    sentences = [m.start() if m[0] == "\n" else m.end() for m in _SENTENCE_END.finditer(section)]
    words = [m.start() for m in _WHITESPACE.finditer(section)]
    if spans:
        sentences, words = ([end for end in kind if not inside[end]] for kind in (sentences, words))
    return inside, sentences, words


def _rescan(old: str, found: Breaks, section: str) -> Breaks:
    """`_scan(section)`, reusing `old`'s breaks before and after the part that changed: only the text
    between a seam before the first change and a seam after the last is scanned again."""
    same = common_prefix(old, section)
    tail = common_prefix(old[same:][::-1], section[same:][::-1])  # (no overlap with the head)
    # A seam whose space and next character are both in the unchanged head, so a seam in both texts.
    seams = [m.end() for m in _SEAM.finditer(section, max(0, same - _SEAM_REACH), same)]
    start = seams[-1] if seams else 0
    # Likewise in the unchanged tail (else: to the end).
    shift = len(section) - len(old)
    seam = _SEAM.search(section, len(section) - tail)
    end = seam.end() if seam else len(section)
    context = 1 if start else 0  # the space before the seam, as the full scan sees it
    inside, sentences, words = _scan(section[start - context : end])
    old_inside, old_sentences, old_words = found
    old_end = end - shift
    spliced = old_inside[:start] + inside[context : context + end - start] + old_inside[old_end:]
    lists = []
    for before, middle in ((old_sentences, sentences), (old_words, words)):
        head = before[: bisect_left(before, start)]
        rest = before[bisect_right(before, old_end) :]  # (at the very end: the text's last sentence end)
        offset = start - context
        middle = middle[bisect_left(middle, context) :]
        lists.append([*head, *(offset + i for i in middle), *(i + shift for i in rest)])
    return spliced, lists[0], lists[1]


@lru_cache(maxsize=8)  # every network and numbering width splits the same sections
def breaks(section: str) -> Breaks:
    """Where a part of `section` may end: a mask of the places inside a URL, mention or hashtag (which
    only a cut between code points may fall in), and the ends after a sentence and before a space, outside
    them (the cuts between clusters and code points, for a word longer than a post, are `counting._cuts`)."""
    global _LAST_SCAN
    last = _LAST_SCAN
    found = _scan(section) if last is None else _rescan(last[0], last[1], section)
    _LAST_SCAN = (section, found)
    return found


def common_prefix(a: str | list[int], b: str | list[int]) -> int:
    """How many leading items `a` and `b` share (by bisection: each comparison runs in C)."""
    lo, hi = 0, min(len(a), len(b))
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[:mid] == b[:mid]:
            lo = mid
        else:
            hi = mid - 1
    return lo
