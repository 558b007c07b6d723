"""Splitting a long draft into a numbered thread: every part valid, nothing lost, nothing cut mid-token."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.counting import measure, split_thread
from desktop.core.networks import THREADED_NETWORKS as NETWORKS

NUMBERING = re.compile(r" (\d+)/(\d+)\Z")
SENTENCE = "The council will resurface Church Street from Monday 3 June, and bins will be collected as usual."
URL = "https://www.cardiff.gov.uk/ENG/Resident/Parking-roads-and-travel/Roadworks/Pages/default.aspx"
TOKENS = [URL, "www.gov.wales/bins", "@CardiffCouncil", "@alice@mastodon.social", "#BinDay", "👨‍👩‍👧‍👦"]


def strip_numbering(parts: list[str]) -> list[str]:
    stripped = []
    for number, part in enumerate(parts, start=1):
        match = NUMBERING.search(part)
        assert match and int(match[1]) == number and int(match[2]) == len(parts), part
        stripped.append(part[: match.start()])
    return stripped


def test_a_draft_that_fits_comes_back_unchanged() -> None:
    assert split_thread("  Bins on Monday.\n", "x") == ["  Bins on Monday.\n"]
    assert split_thread(URL * 3, "x") == [URL * 3]  # three URLs cost 69 on X


def test_a_blank_draft_has_no_parts() -> None:
    assert split_thread(" \n---\n ", "x") == []


def test_a_dashes_line_forces_a_split() -> None:
    assert split_thread("Part one.\n---\nPart two.", "x") == ["Part one. 1/2", "Part two. 2/2"]
    assert split_thread("Only part.\n---\n", "x") == ["Only part."]  # the marker is not content
    assert split_thread("One\n  ---  \r\nTwo", "bluesky", numbering=False) == ["One", "Two"]
    assert split_thread("a --- b", "x") == ["a --- b"]  # only a line of its own


def test_long_drafts_split_at_sentence_ends_with_numbering_counted() -> None:
    draft = " ".join([SENTENCE] * 8)
    parts = split_thread(draft, "x")
    assert len(parts) == 4
    for part in strip_numbering(parts):
        assert part.endswith("as usual.")
    assert all(measure(part, "x").length <= 280 for part in parts)


def test_a_sentence_too_long_for_a_post_splits_between_words() -> None:
    words = [f"word{n}" for n in range(120)]
    parts = strip_numbering(split_thread(" ".join(words), "x"))
    assert len(parts) > 1
    assert " ".join(parts).split() == words


def test_a_sentence_end_is_not_taken_when_it_wastes_most_of_the_post() -> None:
    draft = "Short. " + " ".join(["word"] * 100)
    first = strip_numbering(split_thread(draft, "x"))[0]
    assert first != "Short." and len(first) > 200


def test_urls_mentions_hashtags_and_emoji_stay_whole() -> None:
    draft = " ".join(TOKENS * 12)
    for network in NETWORKS:
        parts = strip_numbering(split_thread(draft, network))
        assert " ".join(parts).split() == draft.split()


def test_a_word_longer_than_a_post_is_cut_between_graphemes() -> None:
    parts = strip_numbering(split_thread("👨‍👩‍👧‍👦" * 200, "x"))
    assert len(parts) == 2
    assert all(set(part.split("👨‍👩‍👧‍👦")) == {""} for part in parts)
    parts = strip_numbering(split_thread("故人西辞黄鹤楼，烟花三月下扬州。" * 30, "x"))
    assert all(part.endswith("。") for part in parts)


def test_numbering_grows_to_two_digits() -> None:
    parts = split_thread(" ".join([SENTENCE] * 60), "x")
    assert len(parts) >= 10
    assert parts[-1].endswith(f" {len(parts)}/{len(parts)}")
    assert all(measure(part, "x").valid for part in parts)


def test_per_network_limits_and_unnumbered_threads() -> None:
    draft = " ".join([SENTENCE] * 12)
    counts = [len(split_thread(draft, network)) for network in ("mastodon", "bluesky", "x")]
    assert counts == sorted(set(counts))  # 500, then 300, then 280 characters a post
    parts = split_thread(draft, "bluesky", numbering=False, limit=200)
    assert not any(NUMBERING.search(part) for part in parts)
    assert all(measure(part, "bluesky", limit=200).valid for part in parts)


def test_bad_arguments_are_programming_errors() -> None:
    with pytest.raises(ValueError, match="unknown network"):
        split_thread("hello", "friendster")
    with pytest.raises(ValueError, match="limit"):
        split_thread("hello", "x", limit=10)


WORDS = st.sampled_from(
    [
        "bins",
        "Monday.",
        "Diolch!",
        "ffordd",
        "café",
        "cafe\u0301",
        "شكرا",
        "故人西辞黄鹤楼",
        "市役所は",
        "😀",
        "👍🏽",
        "©",
        "a" * 150,
        *TOKENS,
    ]
)
DRAFTS = st.lists(
    st.tuples(WORDS, st.sampled_from([" ", " ", "\n", "\n\n", ". ", "\n---\n"])), min_size=10, max_size=150
)


@settings(max_examples=100, deadline=None)
@given(DRAFTS, st.sampled_from(NETWORKS), st.booleans())
def test_every_part_is_valid_and_the_words_survive(
    pieces: list[tuple[str, str]], network: str, numbering: bool
) -> None:
    draft = "".join(word + gap for word, gap in pieces)
    parts = split_thread(draft, network, numbering=numbering)
    assert parts
    assert all(measure(part, network).valid for part in parts)
    if numbering and len(parts) > 1:
        parts = strip_numbering(parts)
    words = [word for word in draft.split() if word != "---"]
    assert " ".join(parts).split() == words


ANY_VALID_TEXT = st.text(
    # Without "-" there are no forced breaks; without surrogates and noncharacters every part can be valid.
    st.characters(exclude_categories=["Cs"], exclude_characters="\ufffe\ufeff\uffff-"),
    min_size=1,
    max_size=60,
)


@settings(max_examples=100, deadline=None)
@given(ANY_VALID_TEXT, st.sampled_from(NETWORKS))
def test_any_text_splits_into_valid_parts_without_losing_characters(sample: str, network: str) -> None:
    draft = sample * 40
    parts = split_thread(draft, network, numbering=False)
    assert all(measure(part, network).valid for part in parts)
    assert "".join("".join(parts).split()) == "".join(draft.split())


@settings(max_examples=30, deadline=None)
@given(
    DRAFTS,
    st.sampled_from(NETWORKS),
    st.integers(min_value=0, max_value=400),
    st.text(min_size=1, max_size=3),
)
def test_typing_into_a_thread_splits_it_as_a_fresh_start_does(
    pieces: list[tuple[str, str]], network: str, at: int, typed: str
) -> None:
    """split_thread remembers its measures of candidate parts; an edit anywhere must still split exactly
    as it would with nothing remembered (and with a limit of its own)."""
    from desktop.core import counting

    draft = "".join(word + gap for word, gap in pieces) * 3
    split_thread(draft, network)
    split_thread(draft, network, limit=120)
    edited = draft[:at] + typed + draft[at:]
    remembered = (split_thread(edited, network), split_thread(edited, network, limit=120))
    counting._TOO_LONG.clear()
    counting._breaks.cache_clear()
    counting._cuts.cache_clear()
    counting._PACKED.clear()
    assert remembered == (split_thread(edited, network), split_thread(edited, network, limit=120))


def with_breaks(text: str, breaks: list[tuple[int, int]]) -> str:
    for start, end in reversed(breaks):
        text = text[:start] + "\n---\n" + text[end:]
    return text


@pytest.mark.parametrize(
    ("draft", "one_tightest"),
    [
        (" ".join([SENTENCE] * 8), True),
        (" ".join(TOKENS * 12), True),
        ("Intro.\n---\n" + " ".join([SENTENCE] * 5) + "\n\n---\nLast word.", True),
        # X is tightest for the Chinese, Bluesky for the emoji: the breaks suit both
        ("故人西辞黄鹤楼，烟花三月下扬州。" * 30 + " " + "👨‍👩‍👧‍👦" * 400, False),
    ],
)
def test_thread_breaks_write_the_tightest_networks_thread_into_the_draft(
    draft: str, one_tightest: bool
) -> None:
    from desktop.core.counting import forced_sections, parts_for, thread_breaks

    chosen = ("mastodon", "x", "bluesky", "facebook")
    tightest = max((parts_for(draft, n) for n in chosen), key=len)
    split = with_breaks(draft, thread_breaks(draft, chosen))
    assert not re.search(r" \d+/\d+$", split, re.MULTILINE)  # no "1/3" written into the draft
    assert "".join(w for w in split.split() if w != "---") == "".join(w for w in draft.split() if w != "---")
    if one_tightest:
        assert max((parts_for(split, n) for n in chosen), key=len) == tightest  # the same posts go out
    for network in NETWORKS:
        assert len(parts_for(split, network)) == forced_sections(split)  # each breaks at the lines only
    assert thread_breaks(split, chosen) == []  # a second Split changes nothing


def test_no_breaks_when_the_draft_fits_or_the_network_is_not_threaded() -> None:
    from desktop.core.counting import thread_breaks

    assert thread_breaks("Bins on Monday.", ["x", "bluesky"]) == []
    assert thread_breaks(" ".join([SENTENCE] * 8), ["facebook"]) == []
    assert thread_breaks(" ".join([SENTENCE] * 8), []) == []
    assert thread_breaks(" ".join([SENTENCE] * 4), ["mastodon"], limits={"mastodon": 1000}) == []
    assert len(thread_breaks(" ".join([SENTENCE] * 4), ["mastodon"], limits={"mastodon": 150})) == 3
