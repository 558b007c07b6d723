"""Bluesky facets: byte offsets that always decode to exactly the link, mention or tag they annotate.

Property-based: random Unicode (Welsh letters, emoji with skin tones and ZWJ sequences, combining marks,
full-width punctuation, any code point) with links, mentions and tags dropped in. Every facet must
slice the UTF-8 text on character boundaries to exactly its feature's text, and the fake PDS's strict
validator, which plays the part of the Bluesky app, must accept every record built from them.
"""

from __future__ import annotations

import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.networks.bluesky.richtext import (
    LINK,
    MENTION,
    TAG,
    facet_text,
    features,
    find_facets,
    grapheme_count,
    mention_handles,
)
from tests.fakes.bluesky_pds import PdsConfig, PdsState, did_for

KNOWN = {
    "alice.test": did_for("alice.test"),
    "cardiff.gov.uk": did_for("cardiff.gov.uk"),
    "cyngor.bsky.social": did_for("cyngor.bsky.social"),
}
TRICKY = (
    "ŵŷâêîôûŴŶ"
    + "ẁẃẅỳ"
    + "😀👍🏽👩‍💻🏴󠁧󠁢󠁷󠁬󠁳󠁿🇬🇧"
    + "e\u0301a\u0308n\u0303"
    + "＃＠。！"
    + "\u200d\u200b\u00ad\ufe0f"
    + "日本語عربى"
)


def resolve(handle: str) -> str | None:
    return KNOWN.get(handle)


def expected_text(feature: dict[str, str], covered: str) -> bool:
    """Does the covered text say exactly what the feature says?"""
    if feature["$type"] == TAG:
        return covered in (f"#{feature['tag']}", f"\uff03{feature['tag']}")
    if feature["$type"] == MENTION:
        return covered.lower().lstrip("@") in KNOWN and KNOWN[covered.lower().lstrip("@")] == feature["did"]
    return feature["uri"] in (covered, f"https://{covered}")


def assert_well_formed(text: str, facets: list[dict]) -> None:
    encoded = text.encode("utf-8")
    last_end = 0
    for facet in facets:
        start, end = facet["index"]["byteStart"], facet["index"]["byteEnd"]
        assert last_end <= start < end <= len(encoded), (text, facet)
        last_end = end
        covered = facet_text(text, facet)  # raises if a range splits a character
        assert covered.encode("utf-8") == encoded[start:end]
        (feature,) = facet["features"]
        assert expected_text(feature, covered), (text, facet, covered)


def strict_validator() -> PdsState:
    state = PdsState(PdsConfig(strict=True))
    for handle, did in KNOWN.items():
        state.register_handle(handle, did)
    return state


# -- strategies ----------------------------------------------------------------------------------------

noise = st.text(alphabet=st.one_of(st.sampled_from(TRICKY), st.characters(codec="utf-8")), max_size=25)
words = st.text(alphabet=st.sampled_from("abcdefghijklmnopqrstuvwxyzŵŷâô0123456789"), min_size=1, max_size=10)
tag_word = st.builds(
    lambda w, tail: f"{w}{tail}",
    words.filter(lambda w: not w.isdigit()),
    st.sampled_from(["", "ŵ", "👍🏽", "é"]),
)
link = st.builds(
    lambda host, path, scheme: f"{scheme}{host}.gov.uk/{path}",
    st.sampled_from(["cardiff", "caerdydd", "bro-morgannwg"]),
    words,
    st.sampled_from(["https://", "http://", ""]),
)
token = st.one_of(
    st.builds(lambda t: f"#{t}", tag_word),
    st.builds(lambda t: f"\uff03{t}", tag_word),
    st.builds(lambda h: f"@{h}", st.sampled_from([*KNOWN, "nobody.test", "Alice.Test", "Cardiff.Gov.UK"])),
    link,
)
separator = st.sampled_from([" ", "\n", "  ", "\t", "\u3000"])  # a tag needs whitespace before it
trailing = st.sampled_from(["", ".", ",", "!", ")", "…", " 👍🏽", " ŵ"])


@st.composite
def posts(draw: st.DrawFn) -> tuple[str, list[str]]:
    """A post of noise with tokens dropped in; returns the text and the well-separated tokens in it."""
    pieces: list[str] = [draw(noise)]
    tokens: list[str] = []
    for _ in range(draw(st.integers(0, 6))):
        chosen = draw(token)
        tokens.append(chosen)
        pieces += [draw(separator), chosen, draw(trailing), " ", draw(noise)]
    return "".join(pieces), tokens


# -- properties ------------------------------------------------------------------------------------------


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(posts())
def test_every_facet_slice_decodes_to_exactly_its_link_mention_or_tag(post: tuple[str, list[str]]) -> None:
    text, tokens = post
    facets = find_facets(text, resolve)
    assert_well_formed(text, facets)
    tags = {f["tag"] for f in features(facets, TAG)}
    dids = {f["did"] for f in features(facets, MENTION)}
    for chosen in tokens:
        if chosen[0] in "#\uff03" and not chosen[1:].rstrip("é").isdigit():
            assert chosen[1:] in tags or any(t.startswith(chosen[1:]) for t in tags), (text, chosen)
        elif chosen.startswith("@") and chosen[1:].lower() in KNOWN:
            assert KNOWN[chosen[1:].lower()] in dids, (text, chosen)


@settings(max_examples=400, deadline=None)
@given(
    st.text(alphabet=st.one_of(st.characters(codec="utf-8"), st.sampled_from(TRICKY + "#@.:/ ")), max_size=80)
)
def test_arbitrary_unicode_never_gives_a_broken_facet(text: str) -> None:
    facets = find_facets(text, resolve)
    assert_well_formed(text, facets)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(posts())
def test_the_strict_pds_accepts_every_record_built_from_them(post: tuple[str, list[str]]) -> None:
    text, _ = post
    state = strict_validator()
    record = {"text": text, "createdAt": "2026-11-24T09:00:00.000Z", "facets": find_facets(text, resolve)}
    if grapheme_count(text) <= 300 and len(text.encode()) <= 3000:
        state._validate_post(record)  # raises XrpcFail with the PDS's words if anything is off


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.one_of(st.characters(codec="utf-8"), st.sampled_from(TRICKY + "\r\n")), max_size=60)
)
def test_grapheme_count_is_unicode_extended_grapheme_clusters(text: str) -> None:
    assert grapheme_count(text) == len(regex.findall(r"\X", text))


# -- examples ------------------------------------------------------------------------------------------


def test_welsh_emoji_and_combining_marks_before_a_facet_shift_bytes_not_characters() -> None:
    text = "Dŵr ŷd e\u0301 👩‍💻🏴󠁧󠁢󠁷󠁬󠁳󠁿 #Caerdydd @cardiff.gov.uk https://cardiff.gov.uk/ŵyl."
    facets = find_facets(text, resolve)
    covered = [facet_text(text, f) for f in facets]
    assert covered == ["#Caerdydd", "@cardiff.gov.uk", "https://cardiff.gov.uk/ŵyl"]
    first = facets[0]["index"]["byteStart"]
    assert first == len(text[: text.index("#")].encode("utf-8")) > text.index("#")
    assert features(facets, LINK) == [{"$type": LINK, "uri": "https://cardiff.gov.uk/ŵyl"}]


def test_bare_domains_become_https_links_and_trailing_punctuation_stays_outside() -> None:
    text = "Gweler (cardiff.gov.uk/biniau), neu https://example.com/a_(b)!"
    facets = find_facets(text, resolve)
    assert [facet_text(text, f) for f in facets] == ["cardiff.gov.uk/biniau", "https://example.com/a_(b)"]
    assert [f["uri"] for f in features(facets, LINK)] == [
        "https://cardiff.gov.uk/biniau",
        "https://example.com/a_(b)",
    ]


def test_an_unknown_handle_stays_plain_text_and_handles_resolve_once_each() -> None:
    text = "@nobody.test and @Alice.test and @alice.test again"
    assert mention_handles(text) == ["nobody.test", "alice.test"]
    facets = find_facets(text, resolve)
    assert [facet_text(text, f) for f in facets] == ["@Alice.test", "@alice.test"]


def test_tags_follow_the_lexicon_limits_by_real_grapheme_clusters() -> None:
    ok = "#" + "ŵ" * 64
    # The SDK's approximate count skips every combining mark (41 here); after a control character a
    # combining mark starts a new cluster, so Unicode counts 81 and a PDS would refuse the post.
    too_long = "#x" + "\x01\u0301" * 40
    numbers = "#2026"
    text = f"{ok} {too_long} {numbers} #tag!"
    tags = [f["tag"] for f in features(find_facets(text, resolve), TAG)]
    assert tags == ["ŵ" * 64, "tag"]


def test_links_with_control_characters_and_cashtags_are_left_alone() -> None:
    text = "https://cardiff.gov.uk/a\x1cb and $AAPL"
    assert find_facets(text, resolve) == []


def test_grapheme_counts_of_what_councils_post() -> None:
    assert grapheme_count("Dŵr") == 3
    assert grapheme_count("e\u0301") == 1
    assert grapheme_count("🏴󠁧󠁢󠁷󠁬󠁳󠁿") == 1  # the Welsh flag: one character, 7 code points
    assert grapheme_count("👩‍👩‍👧‍👦👍🏽🇬🇧") == 3
    assert grapheme_count("a\r\nb") == grapheme_count("a\r\n" + "b") == 3
