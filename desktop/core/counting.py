"""Exact per-network character counts, and each network's parts of a draft (`parts_for`).

This runs on every keystroke, so the common cases (plain ASCII, no dot, no emoji) take shortcuts, and work
that only matters for over-long drafts (where the overflow starts) is done only for them.

X is counted the way its own composer does it — the JavaScript twitter-text 3.1.0 `parseTweet` (in
`networks.x.weighting`) — except that emoji come from current Unicode data (see `_emoji`). Mastodon and
Facebook count grapheme clusters. Bluesky has two limits (the `app.bsky.feed.post` lexicon: 300 graphemes
and 3000 UTF-8 bytes), both counted on the text as its own app posts it, links shortened (see
`networks.bluesky.richtext`). Which rule a network counts by is its descriptor's `counting`.

A draft is one text; every network gets its own parts of it, computed here for that network's limit.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from functools import lru_cache

from desktop.core._patterns import utf16_units
from desktop.core._urls import extract_urls
from desktop.core.networks import ALL, BY_ID, COUNTED_NETWORKS, THREADED_NETWORKS
from desktop.core.networks.bluesky.richtext import link_spans
from desktop.core.networks.x.weighting import (  # noqa: F401 - X's weighting, importable from here as before
    _GRAPHEME,
    _LONE_SURROGATE,
    X_CONFIG_V1,
    X_CONFIG_V2,
    X_CONFIG_V3,
    TweetParse,
    WeightConfig,
    _nfc,
    _normalized_to_original,
    _units_to_code_points,
    _weigh,
    parse_tweet,
)
from desktop.core.part_ends import breaks as _breaks
from desktop.core.part_ends import common_prefix as _common_prefix

#: The networks counted, in this module's long-standing order (their facts are the descriptors').
NETWORKS: tuple[str, ...] = ("x", "mastodon", "bluesky", "facebook")
#: Each network's limit, from its descriptor; Bluesky's is graphemes (and BLUESKY_BYTES bytes).
DEFAULT_LIMITS = {network.id: network.char_limit for network in ALL}
BLUESKY_BYTES = 3000
DEFAULT_URL_LENGTH = 23


@dataclass(frozen=True, slots=True)
class Measure:
    """How a draft counts on one network; `over` is the [start, end) slice of the draft past the limit.

    `bytes` and `byte_limit` are set where a network also limits the encoded size (Bluesky).
    """

    network: str
    length: int
    limit: int
    remaining: int
    valid: bool
    over: tuple[int, int] | None
    reason: str | None
    bytes: int | None = None
    byte_limit: int | None = None

    @property
    def too_long(self) -> bool:
        """Past either limit."""
        return self.length > self.limit or (
            self.bytes is not None and self.byte_limit is not None and self.bytes > self.byte_limit
        )


# Mastodon's Account::MENTION_RE: a remote mention counts only as its local part.
_MENTION = re.compile(r"(?<![=/\w])@([a-zA-Z0-9_]+(?:[a-zA-Z0-9_.-]+[a-zA-Z0-9_]+)?)(?:@\w+(?:[.-]+\w+)*)?")


def _result(
    network: str, length: int, limit: int, over_start: int | None, text: str, reason: str | None
) -> Measure:
    if reason is None and length > limit:
        reason = "too_long"
    over = (over_start, len(text)) if length > limit and over_start is not None else None
    return Measure(network, length, limit, limit - length, reason is None, over, reason)


def _measure_x(text: str, limit: int, url_length: int, locate: bool = True) -> Measure:
    config = X_CONFIG_V3
    if limit != config.max_weighted_length or url_length != config.transformed_url_length:
        config = replace(config, max_weighted_length=limit, transformed_url_length=url_length)
    normalized = _nfc(text)
    units = utf16_units(normalized)
    weighed = _weigh(units, config, locate=locate)
    length = weighed.weighted // config.scale
    over_start = None
    if length > limit and locate:
        over_start = _units_to_code_points(normalized, weighed.fit_end)
        if normalized is not text:
            over_start = _normalized_to_original(text, over_start)
    reason = "empty" if not text else "invalid_characters" if weighed.invalid else None
    return _result("x", length, limit, over_start, text, reason)


# Characters that are a grapheme cluster each (but CR LF): ASCII, the Latin letters Welsh and English use,
# general punctuation and currency. None joins its neighbour (tests/test_counting_shortcuts.py checks every
# pair against `regex`'s \X), so text made only of them is counted by length, not cluster by cluster.
_ONE_EACH = re.compile(r"[\x00-\x7f\u00a0-\u02ff\u1e00-\u1eff\u2010-\u2027\u2030-\u205e\u20a0-\u20c0]*")


def _grapheme_ends(text: str) -> list[int]:
    """The index after each grapheme cluster of `text`."""
    if _ONE_EACH.fullmatch(text) is None:
        return [m.end() for m in _GRAPHEME.finditer(text)]
    if "\r\n" not in text:
        return list(range(1, len(text) + 1))
    return [end for end in range(1, len(text) + 1) if text[end - 1 : end + 1] != "\r\n"]


def _grapheme_count(text: str) -> int:
    if _ONE_EACH.fullmatch(text) is not None:
        return len(text) - text.count("\r\n")
    return len(_GRAPHEME.findall(text))


def _grapheme_end(text: str, count: int) -> int:
    """Index just past the first `count` grapheme clusters of `text`."""
    if count <= 0:
        return 0
    if "\r\n" not in text and _ONE_EACH.fullmatch(text) is not None:
        return min(count, len(text))
    for number, match in enumerate(_GRAPHEME.finditer(text), start=1):
        if number == count:
            return match.end()
    return len(text)


def _byte_end(text: str, size: int) -> int:
    """Index just past the last whole grapheme cluster of `text` that ends within `size` UTF-8 bytes."""
    if _ONE_EACH.fullmatch(text) is not None:  # (no surrogates) the characters whose bytes fit whole
        end = len(text.encode("utf-8")[:size].decode("utf-8", "ignore"))
        return end - 1 if 0 < end < len(text) and text[end - 1 : end + 1] == "\r\n" else end
    used = end = 0
    for match in _GRAPHEME.finditer(text):
        used += len(match[0].encode("utf-8", "surrogatepass"))
        if used > size:
            break
        end = match.end()
    return end


def _measure_graphemes(network: str, text: str, limit: int, locate: bool = True) -> Measure:
    length = _grapheme_count(text)
    over_start = _grapheme_end(text, limit) if length > limit and locate else None
    reason = "empty" if not text.strip() else "invalid_characters" if _LONE_SURROGATE.search(text) else None
    return _result(network, length, limit, over_start, text, reason)


# A thread's whole text is measured twice in one count (does it fit at all; its counts): its links are found
# once. (The list is shared: read only.)
_link_spans = lru_cache(maxsize=4)(link_spans)


def _measure_bluesky(text: str, limit: int, locate: bool = True) -> Measure:
    """Graphemes and bytes of the text as posted: each link shortened as the official app shortens it."""
    pieces = _link_spans(text)
    posted = text
    if pieces:
        chunks: list[str] = []
        position = 0
        for start, end, shown in pieces:
            chunks += (text[position:start], shown)
            position = end
        posted = "".join(chunks) + text[position:]
    length = _grapheme_count(posted)
    size = len(posted.encode("utf-8", "surrogatepass"))
    cuts = []
    if length > limit and locate:
        cuts.append(_grapheme_end(posted, limit))
    if size > BLUESKY_BYTES and locate:
        cuts.append(_byte_end(posted, BLUESKY_BYTES))
    over_start = _rewritten_to_original(pieces, min(cuts)) if cuts else None
    reason = "empty" if not text.strip() else "invalid_characters" if _LONE_SURROGATE.search(text) else None
    if reason is None and size > BLUESKY_BYTES:
        reason = "too_long"
    measured = _result("bluesky", length, limit, over_start, text, reason)
    if over_start is not None and measured.over is None:
        measured = replace(measured, over=(over_start, len(text)))
    return replace(measured, bytes=size, byte_limit=BLUESKY_BYTES)


def _mastodon_pieces(text: str, url_length: int) -> list[tuple[int, int, str]]:
    """(start, end, counted as) per URL and remote mention, as Mastodon's countable_text rewrites them."""
    found = [(url.start, url.end, "x" * url_length) for url in extract_urls(text, without_protocol=False)]
    if "@" in text:
        found += [(m.start(), m.end(), "@" + m[1]) for m in _MENTION.finditer(text)]
    found.sort()
    pieces: list[tuple[int, int, str]] = []
    for start, end, counted in found:
        if not pieces or start >= pieces[-1][1]:
            pieces.append((start, end, counted))
    return pieces


def _rewritten_to_original(pieces: list[tuple[int, int, str]], index: int) -> int:
    """Map an index into the countable text back to the draft; inside a URL or mention, its start."""
    shift = 0  # original minus rewritten index, for everything before the current piece
    for start, end, counted in pieces:
        rewritten_start = start - shift
        if index <= rewritten_start:
            break
        if index < rewritten_start + len(counted):
            return start
        shift += (end - start) - len(counted)
    return index + shift


def _measure_mastodon(text: str, limit: int, url_length: int, locate: bool = True) -> Measure:
    if not text.strip():
        return _result("mastodon", 0, limit, None, text, "empty")
    pieces = _mastodon_pieces(text, url_length)
    countable: list[str] = []
    position = 0
    for start, end, counted in pieces:
        countable += (text[position:start], counted)
        position = end
    countable.append(text[position:])
    rewritten = "".join(countable)
    length = _grapheme_count(rewritten)
    over_start = None
    if length > limit and locate:
        cut = _grapheme_end(rewritten, limit)
        over_start = _rewritten_to_original(pieces, cut)
    reason = "invalid_characters" if _LONE_SURROGATE.search(text) else None
    return _result("mastodon", length, limit, over_start, text, reason)


def measure(
    text: str,
    network: str = "x",
    *,
    limit: int | None = None,
    url_length: int | None = None,
    locate: bool = True,
) -> Measure:
    """Count `text` as `network` does; `limit` and `url_length` override the network's defaults.

    `locate=False` skips finding where an over-long text stops fitting (X's costly part): `over` is None.
    """
    if network not in DEFAULT_LIMITS:
        raise ValueError(f"unknown network {network!r}; expected one of {NETWORKS}")
    limit = DEFAULT_LIMITS[network] if limit is None else limit
    url_length = DEFAULT_URL_LENGTH if url_length is None else url_length
    rule = BY_ID[network].counting
    if rule == "x":
        return _measure_x(text, limit, url_length, locate)
    if rule == "mastodon":
        return _measure_mastodon(text, limit, url_length, locate)
    if rule == "bluesky":
        return _measure_bluesky(text, limit, locate)
    return _measure_graphemes(network, text, limit, locate)


_FORCED_BREAK = re.compile(r"^[ \t]*---[ \t]*\r?$", re.MULTILINE)
_SPACES_AHEAD = re.compile(r"\s*")
MIN_THREAD_LIMIT = 30
_TOO_LONG: dict[tuple[str, str, int, int | None], bool] = {}  # split_thread's measures of candidate parts
_TOO_LONG_SIZE = 1024


@lru_cache(maxsize=8)
def _cuts(section: str) -> tuple[list[int], list[int]]:
    """The last resorts, for a word longer than a post: between grapheme clusters outside links, mentions
    and hashtags, then between any code points."""
    inside = _breaks(section)[0]
    return [end for end in _grapheme_ends(section) if not inside[end]], list(range(1, len(section) + 1))


def _last_fitting(
    section: str, start: int, ends: list[int], fits: Callable[[str], bool], stop: int
) -> int | None:
    """The furthest end in `ends` (sorted) after `start` and up to `stop` whose part fits, by bisection."""
    lo = first = bisect_right(ends, start) - 1
    hi = bisect_right(ends, stop)
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if fits(section[start : ends[mid]].rstrip()):
            lo = mid
        else:
            hi = mid
    return ends[lo] if lo > first else None


# The last packing of each (network, limit, URL length, numbering room, section number): the section, its
# breaks, and per part (start, end, next start, how far the choice read). A keystroke changes the text from
# one place on; the parts chosen from what came before it are taken again, not bisected again.
_PACKED: dict[tuple[object, ...], tuple[str, list[int], list[int], list[tuple[int, int, int, int]]]] = {}
_PACKED_SIZE = 64
_NEVER = 1 << 62  # a part ended by a last-resort cut is always chosen afresh


def _first_change(old: str, old_ends: list[list[int]], section: str, ends: list[list[int]]) -> int:
    """The first place in `section` whose text or break differs from the previous packing's."""
    change = _common_prefix(old, section)
    for before, after in zip(old_ends, ends, strict=True):
        i = bisect_left(before, change)
        if bisect_left(after, change) == i and before[:i] == after[:i]:
            continue  # (the usual case) the same breaks before the text changes
        i = _common_prefix(before, after)
        change = min([change, *(kind[i] for kind in (before, after) if i < len(kind))])
    return change


def _pack(section: str, fits: Callable[[str], bool], window: int, memo: tuple[object, ...]) -> list[str]:
    """Greedy: each part runs to the furthest fitting break, taking a sentence end unless that would use
    less than half the room a word break does.

    Only a window of the rest is measured (`window` characters, doubled while it still fits), so a long
    paste is split in linear time rather than measuring its whole remainder for every part. A part whose
    choice read only text and breaks before the first change since the last packing (under the same
    `memo`, which must name everything `fits` depends on) is the same part again.
    """
    _inside, sentences, words = _breaks(section)
    parts: list[str] = []
    steps: list[tuple[int, int, int, int]] = []
    start = 0
    last = _PACKED.get(memo)
    if last is not None:
        change = _first_change(last[0], [last[1], last[2]], section, [sentences, words])
        for step in last[3]:
            if step[3] > change:
                break
            steps.append(step)
            parts.append(section[step[0] : step[1]].rstrip())
            start = step[2]
    while start < len(section):
        stop = min(len(section), start + window)
        while stop < len(section) and fits(section[start:stop]):
            stop = min(len(section), start + 2 * (stop - start))
        if stop == len(section) and fits(section[start:]):
            parts.append(section[start:])
            break
        read = stop + 1  # (one more: the sentence ends' look-ahead, and whether the section ends at stop)
        end = _last_fitting(section, start, words, fits, stop)
        sentence = _last_fitting(section, start, sentences, fits, stop)
        if sentence is not None and (end is None or 2 * (sentence - start) >= end - start):
            end = sentence
        if end is None:  # a word longer than a whole post
            read = _NEVER
            for fallback in _cuts(section):
                end = end or _last_fitting(section, start, fallback, fits, stop)
        if end is None:  # not even one character fits beside the numbering
            end = start + 1
        parts.append(section[start:end].rstrip())
        spaces = _SPACES_AHEAD.match(section, end)
        following = spaces.end() if spaces else end
        steps.append((start, end, following, max(read, following + 1)))
        start = following
    if len(_PACKED) >= _PACKED_SIZE:
        _PACKED.clear()
    _PACKED[memo] = (section, sentences, words, steps)
    return parts


def split_thread(
    text: str,
    network: str = "x",
    *,
    limit: int | None = None,
    numbering: bool = True,
    url_length: int | None = None,
) -> list[str]:
    """Split a draft into posts that each fit `network`, numbered "1/3" … when there is more than one.

    A line holding only `---` forces a split. Parts end at a sentence where that does not waste much room,
    else at a word; a word is only cut (between grapheme clusters) when it cannot fit a post on its own.
    The numbering is counted in each part, and every limit of the network (Bluesky's bytes too) is kept.
    A draft that already fits comes back as it is; a blank one gives no parts.
    """
    if network not in DEFAULT_LIMITS:
        raise ValueError(f"unknown network {network!r}; expected one of {NETWORKS}")
    limit = DEFAULT_LIMITS[network] if limit is None else limit
    if limit < MIN_THREAD_LIMIT:
        raise ValueError(f"a thread needs a limit of at least {MIN_THREAD_LIMIT}")

    def too_long(part: str) -> bool:
        # Typing changes one part: the others are measured again as the same strings, so remember them.
        key = (part, network, limit, url_length)
        known = _TOO_LONG.get(key)
        if known is None:
            if len(_TOO_LONG) >= _TOO_LONG_SIZE:
                _TOO_LONG.clear()
            known = _TOO_LONG[key] = measure(
                part, network, limit=limit, url_length=url_length, locate=False
            ).too_long
        return known

    forced = _FORCED_BREAK.search(text) is not None
    if not forced and text.strip() and not too_long(text):
        return [text]
    sections = [section.strip() for section in _FORCED_BREAK.split(text)]
    sections = [section for section in sections if section]
    if not sections:
        return []
    digits = 1
    while True:
        reserve = f" {'9' * digits}/{'9' * digits}" if numbering else ""

        def fits(part: str, reserve: str = reserve) -> bool:
            return not too_long(part + reserve)

        memo = (network, limit, url_length, reserve)
        parts = [
            part
            for number, section in enumerate(sections)
            for part in _pack(section, fits, 4 * limit, (*memo, number))
        ]
        if not numbering or len(parts) == 1:
            return parts
        if len(str(len(parts))) <= digits:
            return [f"{part} {number}/{len(parts)}" for number, part in enumerate(parts, start=1)]
        digits = len(str(len(parts)))


def parts_for(
    text: str, network: str, *, limit: int | None = None, url_length: int | None = None
) -> list[str]:
    """The posts `network` gets from a draft, exactly as they will be sent (numbering included).

    The one place that decides this: live counts, the checks, the Post dialog, `crier queue` and the
    preview all call it. Networks with threads split for their own limit, honouring `---` lines;
    Facebook posts are never split (its `---` lines become paragraph breaks), nor is a post for an
    account whose limit is too small for a thread.
    """
    text = text.strip()
    threads = DEFAULT_LIMITS.get(network, 0) if limit is None else limit
    if network in THREADED_NETWORKS and threads >= MIN_THREAD_LIMIT:
        return split_thread(text, network, limit=limit, url_length=url_length)
    sections = [section.strip() for section in _FORCED_BREAK.split(text)]
    joined = "\n\n".join(section for section in sections if section)
    return [joined] if joined else []


def _unnumbered(parts: list[str]) -> list[str]:
    """`split_thread`'s parts without the " 2/3" it adds (the posts get it again as they are sent)."""
    if len(parts) < 2:
        return parts
    return [part.removesuffix(f" {n}/{len(parts)}") for n, part in enumerate(parts, start=1)]


def forced_sections(text: str) -> int:
    """How many posts the draft's own `---` lines make of it."""
    return sum(1 for section in _FORCED_BREAK.split(text) if section.strip())


def thread_breaks(
    text: str, networks: Iterable[str], *, limits: Mapping[str, int] | None = None
) -> list[tuple[int, int]]:
    """Where to put `---` lines so the draft shows the thread its tightest network (the one making the most
    posts) will get: the spans of `text` between posts, each to be replaced by a `---` line.

    The parts are `parts_for`'s own, unnumbered: "1/3" is added as the posts are sent, never written into
    the draft, and `parts_for` then gives the same posts again. Empty when every network's posts already
    end at the draft's own `---` lines (or it fits in one post).
    """
    limits = limits or {}
    threaded = [network for network in networks if network in THREADED_NETWORKS]
    current, parts = text, []
    for _ in range(8):  # each round only adds breaks: another network may need more than the tightest
        tightest = max((parts_for(current, n, limit=limits.get(n)) for n in threaded), key=len, default=[])
        if len(tightest) <= forced_sections(current):
            break
        parts = _unnumbered(tightest)
        current = "\n---\n".join(parts)
    breaks: list[tuple[int, int]] = []
    end = None
    for part in parts:  # every part is a piece of the draft, in order
        start = text.find(part, 0 if end is None else end)
        if start < 0:
            return []
        if end is not None and _FORCED_BREAK.search(text, end, start) is None:
            breaks.append((end, start))
        end = start + len(part)
    return breaks


@dataclass(frozen=True, slots=True)
class NetworkParts:
    """One network's share of a draft: its parts, each counted, and the draft counted as one post."""

    network: str
    parts: tuple[str, ...]
    measures: tuple[Measure, ...]
    whole: Measure

    @property
    def valid(self) -> bool:
        return bool(self.parts) and all(m.valid for m in self.measures)

    @property
    def tightest(self) -> Measure:
        """The part to show in a counter: the first that doesn't fit, else the one with least room."""
        invalid = [m for m in self.measures if m.too_long]
        if invalid or not self.measures:
            return invalid[0] if invalid else self.whole
        return min(self.measures, key=lambda m: (m.remaining, -(m.bytes or 0)))


@lru_cache(maxsize=256)  # a keystroke changes one or two parts of a thread: the others are the same strings
def _part_measure(part: str, network: str, limit: int | None, url_length: int | None) -> Measure:
    return measure(part, network, limit=limit, url_length=url_length)


@lru_cache(maxsize=16)  # the counts and the length check ask for the same draft in one run
def network_parts(
    text: str, network: str, *, limit: int | None = None, url_length: int | None = None
) -> NetworkParts:
    parts = tuple(parts_for(text, network, limit=limit, url_length=url_length))
    measures = tuple(_part_measure(part, network, limit, url_length) for part in parts)
    whole = measure(text, network, limit=limit, url_length=url_length)
    return NetworkParts(network, parts, measures, whole)


def network_shares(
    text: str, networks: Iterable[str], *, limits: Mapping[str, int] | None = None
) -> tuple[NetworkParts, ...]:
    """Each chosen network's share of `text`, in the counted order: the counts under the editor (worked out
    on the keystroke) and the checks' ``parts`` (which find them in `network_parts`' cache)."""
    chosen, limits = set(networks), limits or {}
    return tuple(network_parts(text, n, limit=limits.get(n)) for n in COUNTED_NETWORKS if n in chosen)
