"""Per-network counting: X's weighting rules, Mastodon's and Bluesky's grapheme counts, and properties that
must hold for any text (no exceptions, additivity where the networks' rules make counts additive)."""

from __future__ import annotations

import unicodedata
from functools import cache

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core import _urls
from desktop.core._tlds import COUNTRY_TLDS, GENERIC_TLDS
from desktop.core.counting import DEFAULT_LIMITS, NETWORKS, Measure, WeightConfig, measure, parse_tweet

ANY_CHARACTER = st.characters(exclude_categories=())  # lone surrogates and unassigned code points included
FRAGMENTS = st.sampled_from(
    [
        "https://example.com/path?q=1",
        "www.cardiff.gov.uk",
        "t.co/abc",
        "@alice@example.social",
        "#BinDay",
        "👨‍👩‍👧",
        "🧑‍🧑‍🧒",
        "🏴󠁧󠁢󠁷󠁬󠁳󠁿",
        "©\ufe0f",
        "1\u20e3",
        "e\u0301",
        "\ufb2c",
        "\r\n",
        "\ufeff",
        ".",
        " ",
    ]
)
MIXED_TEXT = st.lists(st.one_of(st.text(ANY_CHARACTER, max_size=12), FRAGMENTS), max_size=40).map("".join)


def x_length(text: str) -> int:
    return measure(text, "x").length


# --- the public shape -----------------------------------------------------------------------------------


def test_networks_and_default_limits() -> None:
    assert NETWORKS == ("x", "mastodon", "bluesky", "facebook")
    assert DEFAULT_LIMITS == {"x": 280, "mastodon": 500, "bluesky": 300, "facebook": 63_206}


def test_measure_reports_remaining_and_reason() -> None:
    assert measure("Bins are collected on Monday.") == Measure("x", 29, 280, 251, True, None, None)
    assert measure("", "bluesky") == Measure("bluesky", 0, 300, 300, False, None, "empty", 0, 3000)


def test_unknown_network_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="unknown network"):
        measure("hello", "myspace")


# --- X ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code_point", "weight"),
    [
        (0, 1),
        (4351, 1),
        (4352, 2),
        (8191, 2),
        (8192, 1),
        (8205, 1),
        (8206, 2),
        (8207, 2),
        (8208, 1),
        (8223, 1),
        (8224, 2),
        (8241, 2),
        (8242, 1),
        (8247, 1),
        (8248, 2),
        (0x4E2D, 2),
        (0x1F600, 2),
    ],
)
def test_x_weighs_code_points_by_range(code_point: int, weight: int) -> None:
    assert x_length("a" + chr(code_point) + "a") == 2 + weight


@pytest.mark.parametrize(
    "url",
    ["https://example.com", "http://a.co", "example.com", "www.cardiff.gov.uk/bins?d=1", "t.co/x1", "x.РУС"],
)
def test_x_charges_every_url_23_with_or_without_scheme(url: str) -> None:
    assert x_length(f"See {url} now") == 4 + 23 + 4


@pytest.mark.parametrize("not_a_url", ["example.notatld", "www.-bad.com", "ftp://example", "a.c"])
def test_x_counts_near_miss_urls_in_full(not_a_url: str) -> None:
    assert x_length(not_a_url) == len(not_a_url)


def test_x_url_length_and_limit_are_configurable() -> None:
    counted = measure("see https://example.com", "x", limit=30, url_length=20)
    assert (counted.length, counted.limit, counted.valid) == (24, 30, True)


@pytest.mark.parametrize(
    ("text", "length"),
    [
        ("🧑\u200d🧑\u200d🧒", 2),  # family: adult, adult, child (Emoji 15.1)
        ("🫠", 2),  # melting face (Emoji 14)
        ("🇨🇶", 2),  # Sark (Emoji 16)
        ("🫷🏾", 2),  # leftwards pushing hand with a tone (Emoji 15)
        ("⚧\ufe0f", 2),  # transgender symbol (Emoji 13)
        ("🏴\U000e0067\U000e0062\U000e0077\U000e006c\U000e0073\U000e007f", 2),  # Wales
    ],
)
def test_x_counts_emoji_newer_than_twitter_text_as_two(text: str, length: int) -> None:
    assert x_length(text) == length


@pytest.mark.parametrize(
    ("text", "length"),
    [
        ("©", 1),  # a bare © is text on X, not an emoji
        ("© 2024 Cardiff Council", 22),
        ("©\ufe0f", 2),
        ("☺", 2),
        ("☺\ufe0f", 2),
        ("⚽\ufe0f", 2),  # ⚽ had a text variant in 2019, so it takes VS16
        ("👍\ufe0f", 4),  # 👍 did not: VS16 is weighed on its own
        ("♾\ufe0f", 4),
        ("1\u20e3", 2),
        ("👨\u200d👩\u200d👧\u200d👦", 2),
        ("\u200d", 1),
    ],
)
def test_x_follows_the_reference_where_emoji_implementations_disagree(text: str, length: int) -> None:
    assert x_length(text) == length


def test_x_counts_after_nfc_normalisation() -> None:
    assert x_length("cafe\u0301") == 4
    assert x_length("\ufb2c") == 3  # Hebrew presentation form: three characters once normalised


@pytest.mark.parametrize("invalid", ["\ufffe", "\ufeff", "\uffff"])
def test_x_rejects_noncharacters(invalid: str) -> None:
    counted = measure(f"Bins{invalid}", "x")
    assert (counted.valid, counted.reason, counted.over) == (False, "invalid_characters", None)


def test_x_counts_lone_surrogates_like_the_reference() -> None:
    assert measure("a\ud800b", "x") == Measure("x", 4, 280, 276, True, None, None)


def test_x_over_is_where_the_limit_is_passed() -> None:
    assert measure("x" * 300).over == (280, 300)
    assert measure("😀" * 150).over == (140, 150)  # indices into the str, not UTF-16 units


def test_x_over_starts_at_a_url_that_does_not_fit_whole() -> None:
    text = "a" * 270 + " https://example.com/x"
    assert measure(text).over == (271, len(text))


def test_x_over_maps_normalised_text_back_to_the_draft() -> None:
    text = "a" * 279 + "e\u0301" * 5  # NFC makes each é one character
    assert measure(text).over == (281, len(text))


def test_parse_tweet_reports_twitter_text_fields() -> None:
    parsed = parse_tweet("Hi http://test.co")
    assert (parsed.weighted_length, parsed.valid, parsed.permillage) == (26, True, 92)
    assert (parsed.valid_range_end, parsed.display_range_end) == (16, 16)


# --- Mastodon and Bluesky ---------------------------------------------------------------------------------


def test_mastodon_counts_grapheme_clusters() -> None:
    assert measure("👨\u200d👩\u200d👧 e\u0301", "mastodon").length == 3


def test_mastodon_charges_http_urls_a_fixed_length() -> None:
    long_url = "https://www.cardiff.gov.uk/" + "a" * 200
    assert measure(f"See {long_url}", "mastodon").length == 4 + 23
    assert measure(f"See {long_url}", "mastodon", url_length=30).length == 4 + 30
    assert measure("See cardiff.gov.uk", "mastodon").length == 18  # no scheme: counted as typed


def test_mastodon_counts_remote_mentions_by_their_local_part() -> None:
    assert measure("@alice@mastodon.social hi", "mastodon").length == len("@alice hi")
    assert measure("@alice hi", "mastodon").length == 9
    assert measure("mail bob@example.com", "mastodon").length == 20  # not a mention


def test_mastodon_limit_is_per_instance() -> None:
    counted = measure("a" * 600, "mastodon")
    assert (counted.limit, counted.reason, counted.over) == (500, "too_long", (500, 600))
    assert measure("a" * 600, "mastodon", limit=1000).valid


def test_mastodon_over_starts_at_a_url_that_does_not_fit() -> None:
    text = "a" * 490 + " https://example.com/" + "b" * 40
    assert measure(text, "mastodon").over == (491, len(text))
    text = "@alice@example.social " + "a" * 500
    assert measure(text, "mastodon").over == (22 + 493, len(text))


def test_blank_and_unencodable_posts() -> None:
    assert measure("   ", "mastodon").reason == "empty"
    assert measure(" \n ", "bluesky").reason == "empty"
    assert measure("a\ud800", "mastodon").reason == "invalid_characters"
    assert measure("a\udfff", "bluesky").reason == "invalid_characters"


def test_bluesky_counts_graphemes_and_links_as_its_app_shortens_them() -> None:
    url = "https://example.com/" + "a" * 50
    assert measure(url, "bluesky").length == len("example.com/") + 12 + len("...")
    wales = "🏴\U000e0067\U000e0062\U000e0077\U000e006c\U000e0073\U000e007f"
    assert measure(wales + "\r\n", "bluesky").length == 2
    counted = measure("é" * 301, "bluesky")
    assert (counted.limit, counted.over) == (300, (300, 301))


# --- the data the counter is built on -------------------------------------------------------------------


def _js_canonicalize(ch: str) -> str:
    """ECMAScript's Canonicalize for /i without the u flag: simple upper case, never into ASCII."""
    upper = ch.upper()
    if len(upper) != 1 or (ord(ch) >= 128 and ord(upper) < 128):
        return ch
    return upper


@cache
def _by_canonical_form() -> dict[str, frozenset[str]]:
    groups: dict[str, set[str]] = {}
    for code_point in range(0x10000):
        groups.setdefault(_js_canonicalize(chr(code_point)), set()).add(chr(code_point))
    return {canonical: frozenset(chars) for canonical, chars in groups.items()}


def _js_case_closure(chars: set[str]) -> set[str]:
    """Characters outside `chars` that a JavaScript /i class of `chars` still matches."""
    groups = _by_canonical_form()
    return {match for ch in chars for match in groups[_js_canonicalize(ch)]} - chars


def _expand(ranges: str) -> set[str]:
    return {ch for piece in regex.findall(r".-.|.", ranges) for ch in _chars(piece)}


def _chars(piece: str) -> set[str]:
    if len(piece) == 3:
        return {chr(cp) for cp in range(ord(piece[0]), ord(piece[2]) + 1)}
    return {piece}


def test_case_variants_match_javascripts_ignore_case() -> None:
    """The URL regexes spell out the extra characters a JavaScript /i class matches; recompute them."""
    latin = _expand(_urls.LATIN_ACCENTS) - _expand(_urls.LATIN_ACCENT_CASE_EXTRA)
    assert _js_case_closure(latin) == _expand(_urls.LATIN_ACCENT_CASE_EXTRA)
    assert _js_case_closure(_expand("\u0400-\u04ff")) == _expand(_urls.CYRILLIC_CASE_EXTRA)
    tld_letters = {ch for tld in GENERIC_TLDS + COUNTRY_TLDS for ch in tld if not ch.isascii()}
    variants = {ch: "".join(sorted(_js_case_closure({ch}))) for ch in tld_letters}
    assert {ch: v for ch, v in variants.items() if v} == {
        ch: "".join(sorted(v)) for ch, v in _urls.TLD_CASE_VARIANTS.items()
    }


def test_tld_list_order_lets_a_trie_replace_the_alternation() -> None:
    """twitter-text tries TLDs in list order; a longest-first trie is the same only if no TLD comes
    before a longer one it is a prefix of."""
    tlds = GENERIC_TLDS + COUNTRY_TLDS
    position = {tld: index for index, tld in enumerate(tlds)}
    clashes = [(a, b) for a in tlds for b in tlds if b != a and b.startswith(a) and position[a] < position[b]]
    assert clashes == []


@given(st.text(ANY_CHARACTER))
def test_nfc_works_cluster_by_cluster(text: str) -> None:
    """Overflow positions are mapped back from NFC text one grapheme cluster at a time."""
    clusters = regex.findall(r"\X", text)
    assert "".join(unicodedata.normalize("NFC", c) for c in clusters) == unicodedata.normalize("NFC", text)


# --- properties -----------------------------------------------------------------------------------------


@settings(max_examples=300)
@given(MIXED_TEXT, st.sampled_from(NETWORKS))
def test_never_raises_and_reports_consistently(text: str, network: str) -> None:
    counted = measure(text, network)
    assert counted.remaining == counted.limit - counted.length
    assert counted.valid == (counted.reason is None)
    assert (counted.over is None) == (counted.length <= counted.limit)
    if counted.over is not None:
        start, end = counted.over
        assert 0 <= start <= end == len(text)
        assert measure(text[:start], network).length <= counted.limit


@pytest.mark.parametrize("network", NETWORKS)
def test_huge_and_hostile_input(network: str) -> None:
    hostile = ("\x00\ud800\udfff\ufeff😀\u0301" * 5000) + ("a." * 20000) + "x" * 100_000
    counted = measure(hostile, network)
    assert counted.length > counted.limit and counted.over is not None


PLAIN = st.text(
    st.characters(categories=["L", "Nd", "Zs"], exclude_characters=" "),  # no dots, emoji or combining marks
    max_size=80,
)


@given(PLAIN, PLAIN)
def test_x_length_is_additive_across_a_space(a: str, b: str) -> None:
    assert x_length(a + " " + b) == x_length(a) + 1 + x_length(b)


@given(st.text(ANY_CHARACTER), st.text(ANY_CHARACTER))
def test_bluesky_graphemes_are_additive_across_a_newline(a: str, b: str) -> None:
    if a.endswith("\r"):
        a += "."  # CR LF would be one cluster
    assert measure(a + "\n" + b, "bluesky").length == (
        measure(a, "bluesky").length + 1 + measure(b, "bluesky").length
    )


@given(PLAIN, PLAIN)
def test_mastodon_is_additive_for_plain_text(a: str, b: str) -> None:
    if a.strip() and b.strip():
        assert measure(a + "\n" + b, "mastodon").length == (
            measure(a, "mastodon").length + 1 + measure(b, "mastodon").length
        )


def test_weight_configs_cannot_weigh_surrogates_specially() -> None:
    """Pairs are weighed as twitter-text weighs them only while both halves take the default weight."""
    with pytest.raises(ValueError, match="surrogates"):
        WeightConfig(ranges=((0xD800, 0xDBFF, 100),))


def test_the_text_before_the_overflow_fits_the_limit_for_hypothesis_found_text() -> None:
    """Found by Hypothesis (2026-12-07): the text ends in U+FB2C, which NFC turns into three code points,
    and the limit fell inside them; the overflow was mapped back to after the character, so it was empty."""
    text = '\x93á\U000f8a58ok\x81ý¸¢ÄÑä\x89กา\U00048aebù`¿\x865Ñ\U00051750uÐü\U000615b2\U0009cf7b00ᇬ\U000f1fe00000ᄀ0000000000000ᄀᄀ00000000000000ᄀᄀᄀᄀ00000ཀྵᄀᄀᄀᄀ0000000000https://example.com/path?q=1"0000000000ᄀhttps://example.com/path?q=1👨\u200d👩\u200d👧https://example.com/path?q=1👨\u200d👩\u200d👧https://example.com/path?q=1:::"000000ᄀᄀ000000000ᄀᅶ@alice@example.social#BinDayשּׁ'
    counted = measure(text, "x")
    assert counted.over is not None
    assert measure(text[: counted.over[0]], "x").length <= counted.limit
