"""The plain-English list covers GOV.UK's words to avoid that council posts use, each with a suggestion."""

from __future__ import annotations

import json

import pytest

from desktop.core.paths import RESOURCES
from desktop.core.tone import ToneContext, check

WORDS = json.loads((RESOURCES / "tone" / "plain_english.json").read_text(encoding="utf-8"))


def flagged(text: str) -> list[tuple[str, str | None]]:
    return [
        (text[f.start : f.end], f.suggestion)
        for f in check(text, context=ToneContext())
        if f.rule == "plain-english"
    ]


@pytest.mark.parametrize(
    ("text", "word", "suggestion"),
    [
        ("We will deliver empowerment for young people.", "empowerment", "more say"),
        ("Community empowerment matters.", "empowerment", "more say"),
        ("We deliver for our residents.", "deliver for", "work for"),
        ("We keep delivering for local communities.", "delivering for", "working for"),
        ("We will slim down the paperwork.", "slim down", "cut"),
        ("The money is ring-fenced for libraries.", "ring-fenced", "set aside"),
        ("Visit the one-stop shop in the library.", "one-stop shop", "single place"),
    ],
)
def test_govuk_words_to_avoid_are_caught_with_a_suggestion(text: str, word: str, suggestion: str) -> None:
    assert (word, suggestion) in flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "Bins are delivered for free.",
        "Parcels delivered for you to collect at the library.",
        "We will deliver your new bin on Monday.",
    ],
)
def test_delivering_real_things_is_fine(text: str) -> None:
    assert flagged(text) == []


def test_every_word_keeps_a_suggestion() -> None:
    for entry in WORDS["entries"]:
        for word, suggestion in entry["avoid"].items():
            assert isinstance(suggestion, str) and suggestion.strip(), word
