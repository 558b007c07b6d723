"""X's character counting: the JavaScript twitter-text 3.1.0 ``parseTweet``, weights and all.

Emoji come from current Unicode data (see ``desktop.core._emoji``); ``counting`` uses this for X's parts.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from functools import cache

import regex

from desktop.core._emoji import build_emoji_pattern
from desktop.core._patterns import utf16_units
from desktop.core._urls import extract_urls


@dataclass(frozen=True, slots=True)
class WeightConfig:
    """A twitter-text configuration; weights are in 1/scale of a character, as in its config files."""

    max_weighted_length: int = 280
    scale: int = 100
    default_weight: int = 200
    ranges: tuple[tuple[int, int, int], ...] = (
        (0, 4351, 100),
        (8192, 8205, 100),
        (8208, 8223, 100),
        (8242, 8247, 100),
    )
    transformed_url_length: int = 23  # what a link counts as (t.co)
    emoji_parsing: bool = True

    def __post_init__(self) -> None:
        # A surrogate pair is weighed by its low half (twitter-text's charAt quirk); the fast path below
        # assumes both halves weigh the default, which holds unless a range covers the surrogates.
        if any(start <= 0xDFFF and end >= 0xD800 for start, end, _ in self.ranges):
            raise ValueError("weight ranges must not cover UTF-16 surrogates")


# Version 1 as isValidTweetText merges it over the defaults (so emoji parsing stays on): the 140-character
# era, kept because twitter-text's tweet-validity conformance cases are written against it.
X_CONFIG_V1 = WeightConfig(max_weighted_length=140, scale=1, default_weight=1, ranges=())
X_CONFIG_V2 = WeightConfig(emoji_parsing=False)
X_CONFIG_V3 = WeightConfig()


@dataclass(frozen=True, slots=True)
class TweetParse:
    """twitter-text's parseTweet result; ranges are inclusive UTF-16 indices, as it reports them."""

    weighted_length: int
    valid: bool
    permillage: int
    valid_range_end: int
    display_range_end: int


@dataclass(frozen=True, slots=True)
class _Weighed:
    """One draft weighed for X, in UTF-16 units of its NFC form, plus where it stops fitting."""

    weighted: int  # in 1/scale units
    invalid: bool
    fit_end: int  # units that fit within the limit
    valid_display_index: int  # parseTweet's validDisplayIndex, before its normalisation offset


_INVALID_X = re.compile("[\ufffe\ufeff\uffff]")
_SURROGATE_PAIR = re.compile("[\ud800-\udbff][\udc00-\udfff]")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_GRAPHEME = regex.compile(r"\X")


@cache
def _emoji_pattern() -> re.Pattern[str]:
    return build_emoji_pattern()


@cache
def _weight_plan(config: WeightConfig) -> tuple[int | None, tuple[tuple[re.Pattern[str], int], ...]]:
    """The weight of every unit below U+1100 if one range covers them all (the common shortcut), and per
    distinct non-default weight a pattern for runs of units that have it."""
    low_weight = next((w for start, end, w in config.ranges if start == 0 and end >= 0x10FF), None)
    by_weight: dict[int, str] = {}
    for start, end, weight in config.ranges:
        if weight != config.default_weight:
            by_weight[weight] = by_weight.get(weight, "") + f"\\u{start:04x}-\\u{min(end, 0xFFFF):04x}"
    classes = tuple((re.compile(f"[{chars}]+"), weight) for weight, chars in by_weight.items())
    return low_weight, classes


def _unit_weight(unit: str, config: WeightConfig) -> int:
    code = ord(unit)
    for start, end, weight in config.ranges:
        if start <= code <= end:
            return weight
    return config.default_weight


def _plain_weight(units: str, config: WeightConfig) -> int:
    """Weight of `units` read as plain characters (a surrogate pair weighs as one character)."""
    if not units:
        return 0
    low_weight, classes = _weight_plan(config)
    if low_weight is not None and (units.isascii() or max(units) < "\u1100"):
        return low_weight * len(units)
    total = config.default_weight * len(units)
    for pattern, weight in classes:
        total += (weight - config.default_weight) * len("".join(pattern.findall(units)))
    return total - config.default_weight * len(_SURROGATE_PAIR.findall(units))


def _entities(units: str, config: WeightConfig) -> list[tuple[int, int, int]]:
    """(start, units skipped, weight) for each URL and emoji parseTweet's loop stops at, in order."""
    url, emoji = 0, 1  # sort keys: a URL wins over an emoji starting at the same place, as in parseTweet
    found = [(link.start, url, len(link.url)) for link in extract_urls(units)]
    if config.emoji_parsing and not units.isascii():
        found += [(m.start(), emoji, m.end() - m.start()) for m in _emoji_pattern().finditer(units)]
    found.sort()
    url_weight = config.transformed_url_length * config.scale
    entities: list[tuple[int, int, int]] = []
    position = 0
    for start, kind, length in found:
        if start >= position:
            entities.append((start, length, url_weight if kind == url else config.default_weight))
            position = start + length
    return entities


def _weigh(units: str, config: WeightConfig, *, locate: bool = True) -> _Weighed:
    """parseTweet's loop, in bulk; only a draft that is too long or invalid is walked item by item (and
    only when `locate` asks where it stops fitting)."""
    entities = _entities(units, config)
    if entities:
        # Weigh the text between entities in one pass, joined by NULs so that no surrogate pair forms
        # across an entity (twitter-text's skip for `a.com😀.jp/path` even ends inside the emoji).
        gaps = []
        position = 0
        for start, length, _ in entities:
            gaps.append(units[position:start])
            position = start + length
        gaps.append(units[position:])
        weighted = _plain_weight("\0".join(gaps), config) - len(entities) * _unit_weight("\0", config)
        weighted += sum(weight for _, _, weight in entities)
    else:
        weighted = _plain_weight(units, config)
    invalid = _INVALID_X.search(units) is not None
    if (weighted <= config.max_weighted_length * config.scale and not invalid) or not locate:
        return _Weighed(weighted, invalid, len(units), max(len(units) - 1, 0))
    if invalid:  # rare: the item-by-item walk tracks where validity ends
        return _walk(units, config, entities, weighted, invalid)
    fit_end = _fit_end(units, config, entities)
    return _Weighed(weighted, invalid, fit_end, max(fit_end - 1, 0))


def _fit_end(units: str, config: WeightConfig, entities: list[tuple[int, int, int]]) -> int:
    """Where the text passes the limit: whole gaps and entities at a time, then a binary search inside the
    gap that passes it (the weight of a prefix only grows), instead of one unit at a time."""
    budget = config.max_weighted_length * config.scale
    position = 0
    for start, length, weight in (*entities, (len(units), 0, 0)):
        gap = units[position:start]
        gap_weight = _plain_weight(gap, config)
        if gap_weight > budget:
            return position + _fitting_prefix(gap, config, budget)
        budget -= gap_weight
        if weight > budget:
            return start
        budget -= weight
        position = start + length
    return len(units)


def _fitting_prefix(gap: str, config: WeightConfig, budget: int) -> int:
    """The longest prefix of `gap` weighing at most `budget` (a surrogate pair is never split: half a pair
    weighs as much as the whole, so the search always takes both halves or neither)."""
    low_weight, _ = _weight_plan(config)
    if low_weight is not None and (gap.isascii() or max(gap) < "\u1100"):
        return min(len(gap), budget // low_weight)
    low, high = 0, len(gap)
    while low < high:
        middle = (low + high + 1) // 2
        if _plain_weight(gap[:middle], config) <= budget:
            low = middle
        else:
            high = middle - 1
    return low


def _walk(
    units: str, config: WeightConfig, entities: list[tuple[int, int, int]], weighted: int, invalid: bool
) -> _Weighed:
    """Step through the items as parseTweet does, but only until the limit is passed."""
    limit = config.max_weighted_length * config.scale
    cumulative = 0
    valid = True
    valid_display_index = 0
    fit_end = 0
    next_entity = 0
    index = 0
    while index < len(units) and cumulative <= limit:
        if next_entity < len(entities) and entities[next_entity][0] == index:
            _, length, weight = entities[next_entity]
            next_entity += 1
            last = index + length - 1
        else:
            pair = _SURROGATE_PAIR.match(units, index) is not None
            last = index + 1 if pair else index
            weight = _unit_weight(units[last], config)
        cumulative += weight
        valid = valid and units[last] not in "\ufffe\ufeff\uffff"
        if cumulative <= limit:
            fit_end = last + 1
            if valid:
                valid_display_index = last
        index = last + 1
    return _Weighed(weighted, invalid, fit_end, valid_display_index)


def _nfc(text: str) -> str:
    """NFC, as X applies it before counting; the same object back when nothing changes (the usual case)."""
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", text)


def parse_tweet(text: str, config: WeightConfig = X_CONFIG_V3) -> TweetParse:
    """twitter-text's parseTweet, field for field (including its normalisation-offset approximation)."""
    normalized = _nfc(text)
    units = utf16_units(normalized)
    weighed = _weigh(units, config)
    weighted_length = weighed.weighted // config.scale
    valid = not weighed.invalid and 0 < weighted_length <= config.max_weighted_length
    text_units = len(utf16_units(text))
    return TweetParse(
        weighted_length=weighted_length,
        valid=valid,
        # In floating point, as JavaScript does it: 4522 / 280 * 1000 is 16149.999…, so 16149.
        permillage=math.floor(weighted_length / config.max_weighted_length * 1000),
        valid_range_end=weighed.valid_display_index + text_units - len(units),
        display_range_end=max(text_units - 1, 0),
    )


def _units_to_code_points(text: str, unit_index: int) -> int:
    """Index into `text` of the character at UTF-16 offset `unit_index` of its units form."""
    astral_before = 0
    for match in _ASTRAL.finditer(text):
        if match.start() + astral_before >= unit_index:
            break
        astral_before += 1
    return unit_index - astral_before


def _normalized_to_original(text: str, index: int) -> int:
    """Map an index into NFC(text) back to `text`, one grapheme cluster (NFC's unit of change) at a time."""
    original = normalized = 0
    for cluster in _GRAPHEME.findall(text):
        size = len(unicodedata.normalize("NFC", cluster))
        if normalized + size > index:  # a cut inside a cluster NFC changes keeps none of it: it doesn't fit
            return original + (index - normalized if size == len(cluster) else 0)
        normalized += size
        original += len(cluster)
    return len(text)
