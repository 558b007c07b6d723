"""Pre-election period ("purdah") checks.

While an election is coming, council publicity must not look like it supports a party or candidate
(the Code of Recommended Practice on Local Authority Publicity). During a period named in the context,
posts are flagged when they name a councillor, candidate or party, or promote the council's record.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from functools import cache, lru_cache

import regex

from desktop.core.tone import wordlists
from desktop.core.tone.model import Finding, PreElectionPeriod, ToneContext
from desktop.core.tone.patterns import compile_phrases
from desktop.core.tone.text import Document, opens_sentence
from desktop.core.translatable import QT_TRANSLATE_NOOP

_NAME = r"\p{Lu}[\p{L}\p{M}'’\-]+"
#: Councillor in English and Welsh (Cynghorydd, with its mutations, and Cyng.); MS/MP in Welsh is AS.
_TITLED = regex.compile(
    rf"(?<![\w])(?i:cllr\.?|councillor|cyng\.?|(?:c|g|ngh|ch)ynghorydd)[^\S\n]+{_NAME}(?:[^\S\n]+{_NAME}){{0,2}}"
)
_MEMBER = regex.compile(rf"(?<![\w]){_NAME}(?:[^\S\n]+{_NAME}){{1,2}}[^\S\n]+(?:MP|MS|MSP|MLA|AS)(?![\w])")


@cache
def _parties() -> tuple[regex.Pattern[str], frozenset[str]]:
    """The party-name pattern, and the names that are also ordinary words (marked ? in the file)."""
    lines = wordlists.lines("parties.txt")
    ordinary = frozenset(line[:-1].strip() for line in lines if line.endswith("?"))
    return compile_phrases([line.rstrip("?").strip() for line in lines], ignore_case=False), ordinary


def _party_spans(text: str) -> Iterator[tuple[int, int]]:
    pattern, ordinary = _parties()
    for match in pattern.finditer(text):
        if match.group() in ordinary and opens_sentence(text, match.start(), after_colon=True):
            continue
        yield match.span()


@cache
def _promotion() -> regex.Pattern[str]:
    return compile_phrases(wordlists.lines("election_phrases.txt"), ignore_case=True)


@lru_cache(maxsize=8)
def _names(names: tuple[str, ...]) -> regex.Pattern[str]:
    return compile_phrases(names, ignore_case=True)


def active_period(context: ToneContext) -> PreElectionPeriod | None:
    today = context.today or date.today()
    return next((p for p in context.pre_election_periods if p.covers(today)), None)


def pre_election(doc: Document, context: ToneContext) -> Iterator[Finding]:
    period = active_period(context)
    if period is None:
        return
    text = doc.masked
    when = {"period": period.name, "until": period.end}
    political = [_TITLED, _MEMBER]
    if context.political_names:
        political.append(_names(tuple(context.political_names)))
    spans = set(_party_spans(text))
    for pattern in political:
        spans.update(m.span() for m in pattern.finditer(text))
    for start, end in _outermost(spans):
        yield Finding(
            "pre-election",
            start,
            end,
            "warning",
            QT_TRANSLATE_NOOP(
                "core.checks",
                "It's the {period} pre-election period (until {until}): posts mustn't name councillors, "
                "candidates or parties. Check with your elections or communications lead.",
            ).format(**when),
            None,
        )
    for match in _promotion().finditer(text):
        yield Finding(
            "pre-election",
            match.start(),
            match.end(),
            "warning",
            QT_TRANSLATE_NOOP(
                "core.checks",
                "It's the {period} pre-election period (until {until}): avoid promoting the council's "
                "achievements or its politicians. Stick to facts residents need.",
            ).format(**when),
            None,
        )


def _outermost(spans: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """Drop spans inside another ("Cllr Alex Example" and "Alex Example" are one finding)."""
    kept: list[tuple[int, int]] = []
    for start, end in sorted(spans, key=lambda span: (span[0], -span[1])):
        if not kept or end > kept[-1][1]:
            kept.append((start, end))
    return kept
