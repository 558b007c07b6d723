"""Emoji, counted and placed with screen-reader users in mind.

Screen readers read every emoji's full name ("wastebasket", "face with tears of joy"), so a row of them is
tiresome and one in the middle of a sentence breaks it up: "Bins wastebasket go out on Monday".
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

import regex

from desktop.core.tone.model import Finding, ToneContext
from desktop.core.tone.text import Document
from desktop.core.translatable import QT_TRANSLATE_NOOP

MAX_EMOJI = 3
_VS16 = "\ufe0f"
_KEYCAP = "\u20e3"
_ZWJ = "\u200d"
# One emoji as people see it: a flag, a keycap, or a pictograph with any skin tone, VS16 and ZWJ parts.
_ITEM = r"(?:[\p{Extended_Pictographic}][\ufe0f\p{Emoji_Modifier}]*)"
_CLUSTER = regex.compile(
    rf"\p{{Regional_Indicator}}{{2}}|[0-9#*]\ufe0f?\u20e3|{_ITEM}(?:\u200d{_ITEM})*[\U000E0020-\U000E007F]*"
)
_PRESENTATION = regex.compile(r"\p{Emoji_Presentation}")
_MODIFIER = regex.compile(r"\p{Emoji_Modifier}")
_GAP = " \t\u00a0\u200b"


def _is_emoji(cluster: str) -> bool:
    """Text symbols such as ©, ™ or ↔ are pictographs too, but only count when drawn as emoji."""
    if len(cluster) > 1 and (_VS16 in cluster or _KEYCAP in cluster or _ZWJ in cluster):
        return True
    first = cluster[0]
    return (
        ord(first) >= 0x1F000
        or _PRESENTATION.match(first) is not None
        or _MODIFIER.match(cluster[-1]) is not None
    )


def _mid_sentence(text: str, start: int, end: int) -> bool:
    """A word just before on the same line, and a lower-case word just after: the sentence runs on."""
    before = start
    while before > 0 and text[before - 1] in _GAP:
        before -= 1
    after = end
    while after < len(text) and text[after] in _GAP:
        after += 1
    return before > 0 and text[before - 1].isalnum() and after < len(text) and text[after].islower()


def _name(cluster: str) -> str:
    if regex.match(r"\p{Regional_Indicator}", cluster):
        return "flag"
    return unicodedata.name(cluster[0], "emoji").lower()


def emoji(doc: Document, context: ToneContext) -> Iterator[Finding]:
    found = [m for m in _CLUSTER.finditer(doc.masked) if _is_emoji(m.group())]
    if not found:
        return
    if len(found) > MAX_EMOJI:
        yield Finding(
            "emoji",
            found[MAX_EMOJI].start(),
            found[-1].end(),
            "warning",
            QT_TRANSLATE_NOOP(
                "core.checks",
                "{count} emoji: use {most} at most. Screen readers read out the name of every one.",
            ).format(count=len(found), most=MAX_EMOJI),
            None,
        )
    text = doc.masked
    for index, match in enumerate(found):
        if index and not text[found[index - 1].end() : match.start()].strip():
            continue  # part of a row of emoji, judged with the row's first one
        end = match.end()
        for later in found[index + 1 :]:
            if text[end : later.start()].strip():
                break
            end = later.end()
        if _mid_sentence(text, match.start(), end):
            yield Finding(
                "emoji",
                match.start(),
                end,
                "warning",
                QT_TRANSLATE_NOOP(
                    "core.checks",
                    'An emoji in the middle of a sentence is read out by screen readers ("{name}"): write '
                    "the word, or move the emoji to the end.",
                ).format(name=_name(match.group())),
                None,
            )
