"""The tone checker as a whole: its API, rule table, robustness on any text, and its word lists."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.tone import RULES, Finding, PreElectionPeriod, RuleInfo, ToneContext, check, wordlists
from desktop.core.tone.hashtags import segment
from desktop.core.tone.readability import syllables
from desktop.core.tone.terms import TermTable
from desktop.core.tone.text import Document, match_case

RULE_IDS = {
    "length",
    "shouting",
    "exclamation",
    "negative",
    "plain-english",
    "reading-age",
    "long-sentence",
    "hashtag-case",
    "hashtag-count",
    "emoji",
    "link-insecure",
    "link-shortener",
    "profanity",
    "personal-data",
    "placeholder",
    "inclusive",
    "pre-election",
    "custom-term",
}
FULL_CONTEXT = ToneContext(
    networks=("x", "bluesky", "mastodon", "facebook"),
    banned_terms={"service users": "residents", "going forward": None},
    preferred_terms={"e-mail": "email"},
    allowed_personal_data=frozenset({"01632 960000", "contact@example.gov.uk"}),
    pre_election_periods=(PreElectionPeriod("May elections", date(2026, 3, 23), date(2026, 5, 7)),),
    political_names=("Alex Example",),
    today=date(2026, 4, 1),
    council_domains=("example.gov.uk",),
    limits={"facebook": 500},  # long posts thread elsewhere; a Facebook post is never split
)
# One draft that trips every rule, so each can be seen to turn off on its own.
EVERYTHING = (
    "PLEASE DO NOT put bins out early!! As we have repeatedly told you, we will utilise our key "
    "resources. Service users can e-mail the elderly residents' group, date TBC, at jane.smith@gmail.com "
    "or see http://bit.ly/xyz about Cllr Alex Example, who is proud to announce it. What the f*ck "
    "#roadclosure #bins #parks 🗑️🗑️🗑️🗑️ Bins 🗑️ go out on Monday. "
    + "Residents experiencing unprecedented environmental complications necessitating comprehensive "
    "consideration should communicate immediately with the appropriate departmental representatives "
    "regarding alternative arrangements, and organisations representing residents' associations should "
    "coordinate accordingly."
)


def rules_found(text: str, context: ToneContext) -> set[str]:
    return {finding.rule for finding in check(text, context=context)}


def test_public_api_and_defaults() -> None:
    context = ToneContext()
    assert context.reading_age_target == 9
    assert context.networks == () and context.disabled_rules == frozenset()
    assert check("") == []
    assert isinstance(check("Bins go out on Monday. Thank you!"), list)


def test_rules_table_describes_every_rule_for_the_settings_screen() -> None:
    assert set(RULES) == RULE_IDS
    for rule_id, info in RULES.items():
        assert isinstance(info, RuleInfo) and info.id == rule_id
        assert info.title and info.description.endswith(".")
        assert info.severity in {"error", "warning", "info"}
    assert {rule for rule, info in RULES.items() if info.severity == "error"} == {
        "length",
        "profanity",
        "personal-data",
        "placeholder",
    }


def test_a_draft_can_trip_every_rule() -> None:
    assert rules_found(EVERYTHING, FULL_CONTEXT) == RULE_IDS


@pytest.mark.parametrize("rule", sorted(RULE_IDS))
def test_each_rule_can_be_turned_off_alone(rule: str) -> None:
    everything = check(EVERYTHING, context=FULL_CONTEXT)
    without = check(EVERYTHING, context=replace(FULL_CONTEXT, disabled_rules=frozenset({rule})))
    assert rule not in {f.rule for f in without}
    # Built-in word lists give way to the organisation's own words, so turning that off brings them back.
    expected = [f for f in everything if f.rule != rule]
    if rule == "custom-term":
        assert set(expected) <= set(without)
    else:
        assert without == expected


def test_findings_are_sorted_and_point_at_the_text() -> None:
    result = check(EVERYTHING, context=FULL_CONTEXT)
    assert result == sorted(result, key=lambda f: (f.start, f.end, f.rule))
    for finding in result:
        assert 0 <= finding.start < finding.end <= len(EVERYTHING)
        assert finding.message


def test_welsh_text_is_checked_without_false_alarms() -> None:
    text = (
        "Mae'r ŵyl fwyd yn dod i'r bae ddydd Sadwrn. Dewch â'ch teulu i fwynhau'r stondinau, y gerddoriaeth "
        "a'r gweithgareddau i blant. Bydd y ffordd ar gau o 7yb tan 9yh. Diolch yn fawr! #GŵylFwyd #Caerdydd"
    )
    assert check(text, context=replace(FULL_CONTEXT, networks=("x",))) == []


def test_bilingual_post_judges_only_the_english_for_reading_age() -> None:
    welsh = "Bydd casgliadau biniau yn digwydd ar ddydd Llun. Diolch am eich amynedd a'ch cefnogaeth. "
    english = "Bins go out on Monday. Thanks for your help and your patience this week, everyone."
    assert [f.rule for f in check(welsh + english)] == []


def test_no_file_is_read_once_the_lists_are_loaded(monkeypatch: pytest.MonkeyPatch) -> None:
    check(EVERYTHING, context=FULL_CONTEXT)

    def no_io(self: Path, *args: object, **kwargs: object) -> str:
        raise AssertionError(f"read {self} during a keystroke check")

    monkeypatch.setattr(Path, "read_text", no_io)
    assert rules_found(EVERYTHING, FULL_CONTEXT) == RULE_IDS


# --- any text at all ------------------------------------------------------------------------------------

FRAGMENTS = [
    "PLEASE",
    "DO NOT",
    "NHS",
    "A465",
    "!!",
    "?!",
    "!",
    "utilise",
    "going forward",
    "deliver improvements",
    "key",
    "the elderly",
    "#roadclosure",
    "#",
    "@",
    "@jane",
    "jane@gmail.com",
    "07700 900123",
    "+44",
    "http://",
    "https://bit.ly/x",
    "bit.ly",
    "TBC",
    "[insert",
    "]",
    "XX",
    "f*ck",
    "f u c k",
    "sh1t",
    "Scunthorpe",
    "Cllr Alex Example",
    "Labour",
    "proud to announce",
    "🗑️",
    "👩🏽‍🚒",
    "🇬🇧",
    "\u200d",
    "\ufe0f",
    "\u20e3",
    "ŵ",
    "ŷ",
    "ß",
    "İ",
    "e.g.",
    ".",
    "\n",
    " ",
    "’",
    "'",
    "-",
    "(",
    ")",
    "AB12 CDE",
    "AB123456C",
    "service users",
    "e-mail",
    "\ud800",
    "\x00",
    "…",
    "a" * 30,
]
any_text = st.one_of(
    st.text(st.characters(exclude_categories=())),  # surrogates and all
    st.lists(st.sampled_from(FRAGMENTS), max_size=40).map("".join),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=3)), max_size=40).map(" ".join),
)


def _valid(text: str, result: list[Finding]) -> None:
    assert result == sorted(result, key=lambda f: (f.start, f.end, f.rule))
    for finding in result:
        assert 0 <= finding.start <= finding.end <= len(text)
        assert finding.rule in RULES
        assert finding.severity in {"error", "warning", "info"}
        assert finding.message


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_text)
def test_never_raises_and_spans_stay_in_bounds(text: str) -> None:
    _valid(text, check(text, context=FULL_CONTEXT))
    _valid(text, check(text))


@settings(max_examples=100, deadline=None)
@given(any_text, st.sampled_from(["x", "bluesky", "mastodon", "facebook", "unknown"]))
def test_never_raises_for_any_network(text: str, network: str) -> None:
    _valid(text, check(text, network=network, context=FULL_CONTEXT))


# --- the pieces -----------------------------------------------------------------------------------------

# Syllables as a dictionary gives them; the counter is a rule of thumb, so it needs to be mostly right.
SYLLABLES = {
    "the": 1,
    "use": 1,
    "make": 1,
    "makes": 1,
    "table": 2,
    "council": 2,
    "community": 4,
    "information": 4,
    "recycling": 3,
    "facilitate": 4,
    "area": 3,
    "radio": 3,
    "media": 3,
    "social": 2,
    "people": 2,
    "closed": 1,
    "wanted": 2,
    "needed": 2,
    "helped": 1,
    "boxes": 2,
    "changes": 2,
    "sites": 1,
    "residents": 3,
    "collection": 3,
    "monday": 2,
    "saturday": 3,
    "library": 3,
    "libraries": 3,
    "roadworks": 2,
    "closure": 2,
    "weather": 2,
    "warning": 2,
    "please": 1,
    "contact": 2,
    "website": 2,
    "available": 4,
    "between": 2,
    "services": 3,
    "children": 2,
    "family": 3,
    "holiday": 3,
    "every": 3,
    "important": 3,
    "improvement": 3,
    "environment": 4,
    "opportunity": 5,
    "accessible": 4,
    "consultation": 4,
    "utilise": 3,
    "whale": 1,
    "agree": 2,
    "period": 3,
    "business": 3,
    "housing": 2,
    "parking": 2,
    "garden": 2,
    "waste": 1,
    "street": 1,
    "bridge": 1,
    "flooding": 2,
    "station": 2,
    "tomorrow": 3,
    "because": 2,
    "before": 2,
    "little": 2,
    "minutes": 2,
    "houses": 2,
    "places": 2,
    "used": 1,
    "apply": 2,
    "ready": 2,
    "festival": 3,
    "christmas": 2,
    "beautiful": 3,
    "idea": 3,
    "being": 2,
    "going": 2,
    "doing": 2,
    "cancelled": 2,
    "delivered": 3,
    "safely": 2,
    "likely": 2,
    "excited": 3,
    "homeless": 2,
    "payment": 2,
    "cycle": 2,
    "bins": 1,
    "help": 1,
    "thank": 1,
    "experience": 4,
    "quiet": 2,
    "evening": 2,
    "science": 2,
    "wednesday": 2,
    "dementia": 4,
}


def test_syllable_counter_is_right_nine_times_in_ten() -> None:
    right = sum(syllables(word) == count for word, count in SYLLABLES.items())
    assert right / len(SYLLABLES) >= 0.9
    assert syllables("Ŵyl") == 1 and syllables("A465") == 1  # never zero, whatever it's given


@pytest.mark.parametrize(
    ("tag", "parts"),
    [
        ("roadclosure", ["road", "closure"]),
        ("RoadClosure", ["Road", "Closure"]),
        ("haveyoursay", ["have", "your", "say"]),
        ("roadclosures", ["road", "closures"]),
        ("weekend", ["weekend"]),
        ("newport", ["newport"]),
        ("stokeontrent", ["stoke", "on", "trent"]),
        ("cardiff2025", ["cardiff", "2025"]),
        ("ailgylchu", None),
        ("xq", None),
        ("a" * 200, None),
    ],
)
def test_segment(tag: str, parts: list[str] | None) -> None:
    assert segment(tag) == parts


@pytest.mark.parametrize(
    ("original", "expected"),
    [("utilise", "use"), ("Utilise", "Use"), ("UTILISE", "USE"), ("I", "Use"), ("123", "use")],
)
def test_match_case(original: str, expected: str) -> None:
    assert match_case(original, "use") == expected


def test_sentences_split_on_stops_and_line_breaks_not_abbreviations() -> None:
    text = "Cllr. Jones, e.g. here. Next one!\nThird line  \n\nFourth? Yes... Done"
    doc = Document(text)
    assert [text[s.start : s.end] for s in doc.sentences] == [
        "Cllr. Jones, e.g. here.",
        "Next one!",
        "Third line",
        "Fourth?",
        "Yes...",
        "Done",
    ]


def test_links_emails_and_handles_are_masked_but_keep_their_places() -> None:
    text = "See https://example.gov.uk/key-dates, mail a.b@example.com or @KeyCouncil@mastodon.social."
    doc = Document(text)
    assert len(doc.masked) == len(text)
    assert [t.text for t in doc.tokens] == ["See", "mail", "or"]
    assert [text[s:e] for s, e in doc.links] == ["https://example.gov.uk/key-dates"]
    assert [text[s:e] for s, e in doc.emails] == ["a.b@example.com"]


# --- the word lists -------------------------------------------------------------------------------------


def _plain(name: str) -> None:
    assert wordlists.lines(name)


def _pairs(name: str) -> None:
    assert wordlists.pairs(name)


def _scores(name: str) -> None:
    assert all(-4 <= score < 0 for score in wordlists.scores(name).values())


def _terms(name: str) -> None:
    table = TermTable(name, wordlists.json_data(name))
    assert len(table) > 10
    for entry in wordlists.json_data(name)["entries"]:
        assert all(s is None or (isinstance(s, str) and s.strip()) for s in entry["avoid"].values())


PARSERS = {
    "abbreviations.txt": _plain,
    "acronyms.txt": _plain,
    "election_phrases.txt": _plain,
    "function_words.txt": _plain,
    "parties.txt": _plain,
    "places.txt": _plain,
    "placeholder_cues.txt": _plain,
    "placeholders.txt": _plain,
    "profanity.txt": _plain,
    "role_mailboxes.txt": _plain,
    "shorteners.txt": _plain,
    "webmail_domains.txt": _plain,
    "welsh_words.txt": _plain,
    "words.txt": _plain,
    "negative_phrases.txt": _pairs,
    "sentiment.txt": _scores,
    "plain_english.json": _terms,
    "inclusive.json": _terms,
    "plain_welsh.json": _terms,
}


def test_every_resource_file_is_known() -> None:
    assert {path.name for path in wordlists.RESOURCE_DIR.iterdir()} == set(PARSERS)


@pytest.mark.parametrize("name", sorted(PARSERS))
def test_resource_file_parses(name: str) -> None:
    PARSERS[name](name)
    text = (wordlists.RESOURCE_DIR / name).read_text(encoding="utf-8")
    if name.endswith(".json"):
        json.loads(text)
    entries = wordlists.lines(name) if name.endswith(".txt") else ()
    assert len(entries) == len(set(entries)), f"{name} lists something twice"


def test_malformed_term_files_are_reported_clearly() -> None:
    with pytest.raises(wordlists.WordListError, match="no list called 'nope'"):
        TermTable("bad.json", {"entries": [{"avoid": {"x": "y"}, "when": {"object_in": "nope"}}]})
    with pytest.raises(wordlists.WordListError, match="'when' may only use"):
        TermTable("bad.json", {"entries": [{"avoid": {"x": "y"}, "when": {"colour": "red"}}]})
    with pytest.raises(wordlists.WordListError, match="'avoid' must map"):
        TermTable("bad.json", {"entries": [{"avoid": ["x"]}]})
