"""Each tone rule: what it must catch, and the near-misses it must leave alone."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from desktop.core.tone import Finding, PreElectionPeriod, ToneContext, check

ELECTION = PreElectionPeriod("May 2026 local elections", date(2026, 3, 23), date(2026, 5, 7))


def findings(text: str, rule: str, **context: Any) -> list[Finding]:
    return [f for f in check(text, context=ToneContext(**context)) if f.rule == rule]


def hits(text: str, rule: str, **context: Any) -> list[str]:
    """The flagged words, as the editor would underline them."""
    return [text[f.start : f.end] for f in findings(text, rule, **context)]


def suggestions(text: str, rule: str, **context: Any) -> list[str | None]:
    return [f.suggestion for f in findings(text, rule, **context)]


# --- length ----------------------------------------------------------------------------------------------


def test_length_spans_the_overflow_and_names_the_network() -> None:
    text = "a" * 63_218
    [finding] = findings(text, "length", networks=("facebook",))
    assert (finding.start, finding.end, finding.severity) == (63_206, 63_218, "error")
    assert finding.message == "Too long for Facebook by 12 characters: shorten it."


def test_length_checks_each_selected_network_by_its_own_parts() -> None:
    text = "word " * 70  # 350 characters: a thread on X (280) and Bluesky (300), one post elsewhere
    assert findings(text, "length", networks=("x", "bluesky", "mastodon", "facebook")) == []
    result = findings(text, "length", networks=("x", "bluesky", "facebook"), limits={"facebook": 340})
    assert [f.message.split(" by ")[0] for f in result] == ["Too long for Facebook"]


def test_length_is_only_a_finding_where_the_network_cannot_split() -> None:
    family = "👨‍👩‍👧‍👦" * 200  # 200 graphemes, 5000 bytes: a thread of two on Bluesky
    assert findings(family, "length", networks=("bluesky",)) == []
    [finding] = findings(family, "length", networks=("bluesky",), limits={"bluesky": 20})  # too small
    assert finding.message.startswith("Too long for Bluesky by 180 characters")


def test_length_network_argument_checks_only_that_network() -> None:
    text = "a" * 63_216
    result = [
        f for f in check(text, network="x", context=ToneContext(networks=("facebook",))) if f.rule == "length"
    ]
    assert result == []
    [facebook_only] = [f for f in check(text, network="facebook") if f.rule == "length"]
    assert facebook_only.message.startswith("Too long for Facebook by 10 characters")


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("a" * 280, {"networks": ("x",)}),  # exactly at the limit
        ("a" * 292, {}),  # no network chosen yet
        ("a" * 292, {"networks": ("x",), "limits": {"x": 25_000}}),  # X Premium account
        ("a" * 292, {"networks": ("myspace",)}),  # a network the counter doesn't know
        ("a" * 5000, {"networks": ("facebook",)}),  # Facebook Pages allow 63,206
        ("", {"networks": ("x", "bluesky")}),  # an empty draft is not "too long"
    ],
)
def test_length_near_misses(text: str, context: dict[str, Any]) -> None:
    assert hits(text, "length", **context) == []


def test_length_says_character_for_one_over() -> None:
    [finding] = findings("a" * 63_207, "length", networks=("facebook",))
    assert finding.message.startswith("Too long for Facebook by 1 character:")


# --- shouting ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "flagged", "suggestion"),
    [
        ("PLEASE DO NOT leave bags beside the bins.", "PLEASE DO NOT", "Please do not"),
        ("The road is CLOSED until Friday.", "CLOSED", "closed"),
        ("Bins: PLEASE DO NOT OVERFILL", "PLEASE DO NOT OVERFILL", "please do not overfill"),
        ("ROAD CLOSED ON THE A465 today", "ROAD CLOSED ON THE", "Road closed on the"),
        ("Call the NHS HELPLINE NOW", "HELPLINE NOW", "helpline now"),
    ],
)
def test_shouting_hits(text: str, flagged: str, suggestion: str) -> None:
    [finding] = findings(text, "shouting")
    assert text[finding.start : finding.end] == flagged
    assert finding.suggestion == suggestion


def test_shouting_judges_each_run_of_capitals_separately() -> None:
    assert suggestions("URGENT: NHS clinics CANCELLED", "shouting") == ["Urgent", "cancelled"]


@pytest.mark.parametrize(
    ("text", "suggestion"),
    [
        # a run across a full stop: each sentence keeps its capital (it read "…due to snow. do not travel")
        (
            "ROADS CLOSED DUE TO SNOW. DO NOT TRAVEL unless you must.",
            "Roads closed due to snow. Do not travel",
        ),
        ("FLOODING IN POWYS AND RHONDDA CYNON TAF today", "Flooding in Powys and Rhondda Cynon Taf"),
        ("Bins: ROAD CLOSED IN STOKE-ON-TRENT tonight", "road closed in Stoke-on-Trent"),
        ("MESSAGE FROM POWYS COUNTY COUNCIL: bins late", "Message from Powys County Council"),
        ("NEWS FROM THE CITY OF CARDIFF COUNCIL today", "News from the City of Cardiff Council"),
        ("CYNGOR SIR POWYS YN CAU heddiw", "Cyngor Sir Powys yn cau"),
        # a name the draft writes with a capital mid-sentence is a proper noun in the shouted run too
        (
            "We met in Ystradgynlais. FLOODING NEAR YSTRADGYNLAIS TONIGHT",
            "Flooding near Ystradgynlais tonight",
        ),
        # a place that is also an everyday word is only a name when the draft says so
        ("BOOK READING AT THE LIBRARY today", "Book reading at the library"),
        ("Visit us in Reading. BOOK READING AT THE LIBRARY today", "Book Reading at the library"),
    ],
)
def test_shouting_suggests_sentence_case_and_keeps_proper_nouns(text: str, suggestion: str) -> None:
    assert suggestions(text, "shouting") == [suggestion]


@pytest.mark.parametrize(
    "text",
    [
        "The NHS and CCTV teams met the MP about the A465.",
        "COVID-19 jabs: see GOV.UK for details.",
        "Roadworks on the M4 and A48 from 7pm.",
        "Get a FREE bulky waste collection.",  # one short word in capitals is emphasis, not shouting
        "I think it's OK to say BBC NEWS reported it.",  # one non-acronym word of four letters
        "Ailgylchu yng Nghymru: gweler WLGA a CBS.",
        "Date TBC.",
    ],
)
def test_shouting_near_misses(text: str) -> None:
    assert hits(text, "shouting") == []


# --- exclamation ------------------------------------------------------------------------------------------


def test_exclamation_flags_doubles_and_interrobangs() -> None:
    assert hits("Great news!! The pool reopens", "exclamation") == ["!!"]
    assert suggestions("Closed again?! Sorry", "exclamation") == ["?"]


def test_exclamation_flags_every_mark_after_the_first() -> None:
    text = "The park is open! The cafe is open! The toilets are open!"
    assert [f.start for f in findings(text, "exclamation")] == [34, 56]
    assert suggestions(text, "exclamation") == [".", "."]


@pytest.mark.parametrize(
    "text",
    ["The park is open! See you there.", "Is the tip open? Yes, from 8am.", "No sh!t here", "Hi!Bye"],
)
def test_exclamation_near_misses(text: str) -> None:
    assert hits(text, "exclamation") == []


# --- negative ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("You should be ashamed of yourselves.", "You should be ashamed of yourselves"),
        ("As we have repeatedly told you, bins go out on Monday.", "As we have repeatedly told you"),
        ("It’s not rocket science: read the website.", "It’s not rocket science"),
        ("Frankly, this is the third time.", "Frankly"),
    ],
)
def test_negative_phrases(text: str, flagged: str) -> None:
    assert flagged in hits(text, "negative")


def test_negative_phrase_offers_a_kinder_way_to_say_it() -> None:
    assert suggestions("As we've said before, recycling goes out weekly.", "negative") == ["As a reminder"]


def test_negative_lexicon_adds_up_over_a_sentence() -> None:
    [finding] = findings("Some lazy, selfish people left this mess.", "negative")
    assert '"lazy", "selfish"' in finding.message
    assert hits("To the idiots who dumped this", "negative") == ["idiots"]


def test_negative_words_weigh_more_when_aimed_at_the_reader() -> None:
    assert hits("Fly-tipping is disgraceful.", "negative") == []
    assert hits("Your fly-tipping is disgraceful.", "negative") == ["disgraceful"]


@pytest.mark.parametrize(
    "text",
    [
        "Sorry: the pool is closed and bin collections are delayed because of the snow.",
        "Some people may be eligible for help with their council tax.",
        "Our rubbish and recycling crews are out as normal.",
        "People who are seriously ill can apply for a blue badge.",
        "It's simple to apply online.",
    ],
)
def test_negative_near_misses(text: str) -> None:
    assert hits(text, "negative") == []


# --- plain-english ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "flagged", "suggestion"),
    [
        ("We will utilise the hall.", "utilise", "use"),
        ("Utilising volunteers helps.", "Utilising", "Using"),
        ("WE WILL UTILISE IT", "UTILISE", "USE"),
        ("Going forward, bins go out on Tuesday.", "Going forward", "From now on"),
        ("We will facilitate a drop-in.", "facilitate", "help"),
        ("This will deliver improvements for residents.", "deliver", "achieve"),
        ("We are delivering our new strategy.", "delivering", "achieving"),
        ("We will deliver on our promises.", "deliver on", "keep"),
        ("These are our key priorities.", "key", "important"),
        ("Our green agenda matters.", "agenda", "plan"),
        ("The roadworks will impact traffic.", "impact", "affect"),
        ("Residents impacted by the flooding", "impacted", "affected"),
        ("We will tackle fly-tipping.", "tackle", "deal with"),
        ("A robust plan to streamline services", "robust", "strong"),
        ("Talk to stakeholders", "stakeholders", "people involved"),
        ("We are committed to fixing potholes.", "committed to", "will"),
        ("Leveraging our partners", "Leveraging", "Using"),
        ("We will drive up standards.", "drive up", "raise"),
        ("Prior to your visit, book online.", "Prior to", "Before"),
    ],
)
def test_plain_english_hits(text: str, flagged: str, suggestion: str) -> None:
    result = findings(text, "plain-english")
    assert flagged in [text[f.start : f.end] for f in result]
    assert suggestion in [f.suggestion for f in result]


def test_plain_english_message_gives_the_plainer_word() -> None:
    [finding] = findings("We will utilise the hall.", "plain-english")
    assert finding.message == '"utilise" is jargon: "use" is plainer.'
    assert finding.severity == "info"


@pytest.mark.parametrize(
    "text",
    [
        "Volunteers deliver leaflets on Saturday.",
        "We deliver food parcels to people shielding.",
        "Crews will deliver your new bin.",
        "Key workers can book a slot.",  # an established term: not vague
        "Lost your house key? Ask at reception.",
        "The key to the hall is at the library.",
        "Key Stage 2 results are out.",
        "The agenda for Tuesday's cabinet meeting is online.",
        "The impact of the storm was huge.",
        "A great tackle in the rugby match on Saturday.",
        "Drive carefully in the snow.",
        "We need foster carers for teenagers.",
        "Join our committee.",
        "The delivery van will come on Friday.",
    ],
)
def test_plain_english_near_misses(text: str) -> None:
    assert hits(text, "plain-english") == []


def test_plain_english_ignores_links_and_handles() -> None:
    text = "See example.gov.uk or https://example.gov.uk/deliver-improvements and @KeyCouncil"
    assert hits(text, "plain-english") == []


# --- reading-age ------------------------------------------------------------------------------------------

HARD = (
    "Residents experiencing difficulties accessing environmental services should contact the "
    "appropriate departmental representatives. Comprehensive information regarding eligibility is "
    "available."
)
EASY = "Your bins go out on Monday. Put them out by 7am. Thank you for your help this week."


def test_reading_age_flags_hard_text_at_the_hardest_sentence() -> None:
    [finding] = findings(HARD, "reading-age")
    assert HARD[finding.start : finding.end].startswith("Comprehensive information regarding eligibility")
    assert finding.severity == "warning"  # far above the target of 9
    assert finding.message.startswith("Reading age over 18: aim for 9 or under.")


def test_reading_age_gives_the_age_when_it_is_meaningful() -> None:
    text = "We are changing the day your bins are collected, so please check the new calendar."
    [finding] = findings(text, "reading-age")
    # 15 words, 20 syllables, one sentence: 0.39 × 15 + 11.8 × 20 ÷ 15 − 15.59 = 6.0, so age 11.
    assert finding.message.startswith("Reading age about 11: aim for 9 or under.")
    assert finding.severity == "info"


def test_reading_age_target_is_configurable() -> None:
    text = "We are changing the day your bins are collected, so please check the new calendar."
    assert hits(text, "reading-age", reading_age_target=9) != []
    assert hits(text, "reading-age", reading_age_target=16) == []


@pytest.mark.parametrize(
    "text",
    [
        EASY,
        "Utilisation of comprehensive environmental infrastructure.",  # too short to judge
        "Bydd casgliadau biniau yn digwydd ar ddydd Llun. Diolch am eich amynedd, mae'r gwasanaeth "
        "ailgylchu yn bwysig i ni i gyd yng Nghymru.",  # Welsh: an English formula would misjudge it
    ],
)
def test_reading_age_near_misses(text: str) -> None:
    assert hits(text, "reading-age") == []


# --- long-sentence ----------------------------------------------------------------------------------------


def test_long_sentence_flags_sentences_over_25_words() -> None:
    long_one = " ".join(["word"] * 26) + "."
    text = f"Short one. {long_one} Another short one."
    [finding] = findings(text, "long-sentence")
    assert text[finding.start : finding.end] == long_one
    assert "26 words" in finding.message


@pytest.mark.parametrize(
    "text",
    [
        " ".join(["word"] * 25) + ".",
        # Abbreviations don't end a sentence, and hashtags don't count as words in it.
        "Cllr. Jones e.g. says hi. " + " ".join(["word"] * 20) + " #one #two #three #four #five #six",
        " ".join(["word"] * 20) + "\n" + " ".join(["word"] * 20),  # a line break ends a sentence in a post
    ],
)
def test_long_sentence_near_misses(text: str) -> None:
    assert hits(text, "long-sentence") == []


# --- hashtags ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "suggestion"),
    [
        ("Delays today #roadclosure", "#RoadClosure"),
        ("#binday tomorrow", "#BinDay"),
        ("#Bankholiday opening times", "#BankHoliday"),
        ("#wasteawarenessweek starts", "#WasteAwarenessWeek"),
        ("#binday2025", "#BinDay2025"),
        ("#miltonkeynes news", "#MiltonKeynes"),
        ("#flytipping is a crime", "#FlyTipping"),
    ],
)
def test_hashtag_case_suggests_camel_case(text: str, suggestion: str) -> None:
    assert suggestions(text, "hashtag-case") == [suggestion]


@pytest.mark.parametrize(
    "text",
    [
        "#Cardiff #recycling",
        "#Swansea #newport #blackpool",  # places that happen to split into words
        "#RoadClosure #BinDay",  # already CamelCase
        "#weekend #football #online",  # compounds listed whole
        "#ailgylchu #Caerdydd",  # Welsh: not split into English
        "#ROADCLOSED",  # capitals are the shouting check's business
        "#COP26",
        "https://example.gov.uk/page#roadclosure",  # a link's anchor, not a hashtag
    ],
)
def test_hashtag_case_near_misses(text: str) -> None:
    assert hits(text, "hashtag-case") == []


def test_hashtag_count_flags_from_the_third() -> None:
    text = "Open today #Cardiff #Parks #Summer #Family"
    [finding] = findings(text, "hashtag-count")
    assert text[finding.start : finding.end] == "#Summer #Family"
    assert finding.message.startswith("4 hashtags")


def test_hashtag_count_near_misses() -> None:
    assert hits("Open today #Cardiff #Parks. Call us on #1 number", "hashtag-count") == []
    assert hits("Issue #12, item #3, #Parks", "hashtag-count") == []


# --- emoji ------------------------------------------------------------------------------------------------


def test_emoji_in_place_of_a_word_mid_sentence() -> None:
    [finding] = findings("Bins 🗑️ go out on Monday", "emoji")
    assert (finding.start, finding.end) == (5, 7)
    assert '"wastebasket"' in finding.message


def test_emoji_more_than_three() -> None:
    text = "Summer fun 🌞 🍦 🎡 🎠 🎉"
    [finding] = findings(text, "emoji")
    assert text[finding.start : finding.end] == "🎠 🎉"
    assert finding.message.startswith("5 emoji")


@pytest.mark.parametrize(
    "text",
    [
        "Bins go out on Monday 🗑️",
        "🎄 Merry Christmas from everyone at the council",
        "Open today 🌞 🍦 🎡",
        "© Crown copyright ™ ®",  # text symbols, not emoji
        "Flood warning ⚠️\nStay away from the river",
        "Sark 🇬🇧 Guernsey",  # a flag before a capitalised word: a new phrase, not mid-sentence
    ],
)
def test_emoji_near_misses(text: str) -> None:
    assert hits(text, "emoji") == []


def test_emoji_counts_sequences_as_one() -> None:
    assert hits("Well done 👩🏽‍🚒 👨‍👩‍👧 🏳️‍🌈", "emoji") == []


# --- links ------------------------------------------------------------------------------------------------


def test_link_insecure_suggests_https() -> None:
    text = "Details at http://example.gov.uk/bins."
    [finding] = findings(text, "link-insecure")
    assert text[finding.start : finding.end] == "http://example.gov.uk/bins"
    assert finding.suggestion == "https://example.gov.uk/bins"


def test_link_insecure_near_misses() -> None:
    assert hits("Details at https://example.gov.uk/bins or www.example.gov.uk", "link-insecure") == []


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Book at https://bit.ly/3abcDEF now", "https://bit.ly/3abcDEF"),
        ("Book at bit.ly/3abcDEF.", "bit.ly/3abcDEF"),
        ("See http://www.tinyurl.com/xyz", "http://www.tinyurl.com/xyz"),
        ("More: https://t.co/AbC123", "https://t.co/AbC123"),
        ("More: ow.ly/AbC123", "ow.ly/AbC123"),
    ],
)
def test_link_shortener_hits(text: str, flagged: str) -> None:
    assert hits(text, "link-shortener") == [flagged]


def test_link_shortener_names_the_council_domain() -> None:
    [finding] = findings("Book at https://bit.ly/3abc", "link-shortener", council_domains=("cardiff.gov.uk",))
    assert "link to cardiff.gov.uk" in finding.message
    assert finding.suggestion == "https://cardiff.gov.uk/"


@pytest.mark.parametrize(
    "text",
    [
        "Book at https://www.example.gov.uk/bit.ly-guide",
        "Email orbit.ly@example.com",  # an address, not a shortened link
        "Visit https://bitly.example.gov.uk/",
        "Follow @bit.ly on Bluesky",
    ],
)
def test_link_shortener_near_misses(text: str) -> None:
    assert hits(text, "link-shortener") == []


# --- profanity --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("What the fuck is this", "fuck"),
        ("f*ck off", "f*ck"),
        ("This is sh1t", "sh1t"),
        ("Some b@stard nicked it", "b@stard"),
        ("s h i t", "s h i t"),
        ("F.U.C.K.", "F.U.C.K"),
        ("Total bullshit", "bullshit"),
        ("Motherfucking potholes", "Motherfucking"),
        ("WANKERS", "WANKERS"),
    ],
)
def test_profanity_hits(text: str, flagged: str) -> None:
    [finding] = findings(text, "profanity")
    assert text[finding.start : finding.end] == flagged
    assert finding.severity == "error"


@pytest.mark.parametrize(
    "text",
    [
        "Scunthorpe, Penistone, Essex and Middlesex",
        "Visit the cockpit at the museum after your assessment.",
        "Shitterton and Twatt are real places.",
        "Pass the classic grass cuttings to the bass player.",
        "A finger-prick test and a cocktail party.",
        "The s*** was redacted: ****",
        "Arsenal fans, please take the bus.",
    ],
)
def test_profanity_near_misses(text: str) -> None:
    assert hits(text, "profanity") == []


# --- personal-data ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Email jane.smith@gmail.com for tickets", "jane.smith@gmail.com"),
        ("Contact j.bloggs@example.gov.uk", "j.bloggs@example.gov.uk"),
        ("Even info@hotmail.co.uk is a person", "info@hotmail.co.uk"),
        ("Call Jane on 07700 900123", "07700 900123"),
        ("Call +44 7700 900 123.", "+44 7700 900 123"),
        ("Ring +44 (0)1632 960 001", "+44 (0)1632 960 001"),
        ("Ring (01632) 960001", "(01632) 960001"),
        ("Ring 020 7946 0018", "020 7946 0018"),
        ("Mobile: 07700-900-123", "07700-900-123"),
        ("NI number QQ123456C is wrong but AB 12 34 56 C is valid", "AB 12 34 56 C"),
        ("Car AB12 CDE was towed", "AB12 CDE"),
        ("Car AB12CDE was towed", "AB12CDE"),
        ("Old car P123 ABC", "P123 ABC"),
        ("Classic ABC 123D", "ABC 123D"),
        # written to slip past a pattern, as a reader still reads it; the finding spans the original
        ("Call ０７７００ ９００１２３ now", "０７７００ ９００１２３"),
        ("Call 07700\u200b900123 now", "07700\u200b900123"),
        ("Call 𝟎𝟕𝟕𝟎𝟎 𝟗𝟎𝟎𝟏𝟐𝟑 now", "𝟎𝟕𝟕𝟎𝟎 𝟗𝟎𝟎𝟏𝟐𝟑"),
        ("Call \u202e321 009 00770\u202c now", "321 009 00770"),
        ("Call 07700.900.123 now", "07700.900.123"),
        ("NI AB-12-34-56-C here", "AB-12-34-56-C"),
        ("Email jo.bloggs＠gmail.com now", "jo.bloggs＠gmail.com"),
        ("Email jo.bloggs\u00ad@gmail.com now", "jo.bloggs\u00ad@gmail.com"),
    ],
)
def test_personal_data_hits(text: str, flagged: str) -> None:
    assert hits(text, "personal-data") == [flagged]


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("Call our contact centre on 01632 960000", {"allowed_personal_data": frozenset({"01632 960000"})}),
        ("Call +44 1632 960000", {"allowed_personal_data": frozenset({"01632960000"})}),
        ("Email Press@Example.gov.uk", {"allowed_personal_data": frozenset({"press@example.gov.uk"})}),
        ("Email enquiries@example.gov.uk or customer.services@example.gov.uk", {}),
        ("Email info@localcharity.org.uk", {}),
        # shown as it reads: info@example.gov.uk and press@example.gov.uk, right to left in the text
        ("Email \u202ekx.vog.elpmaxe@ofni\u202c today", {}),
        (
            "Email \u202ekx.vog.elpmaxe@sserp\u202c",
            {"allowed_personal_data": frozenset({"press@example.gov.uk"})},
        ),
        ("Call 0300 123 4567 or 0800 123 456, or 999, 111 and 116 123", {}),
        ("Roadworks on the A465, M4 J32 and B4236 ABC", {}),
        ("Call NHS 111A for advice", {}),
        ("Follow @jane@mastodon.social and @council.bsky.social", {}),
        ("Open 01/02/2025 to 28/02/2025, 9am to 5pm", {}),
        ("Meeting 07.02.2025 10.30 in the Guildhall", {}),
        ("Cyfarfod 07/02/2025 10.30 yn Neuadd y Dref; ffôn 0300 123 4567", {}),
        ("Our postcode is CF10 4UW", {}),
        ("Reference 12345678901", {}),
        ("The WHO and PCSO teams", {}),
    ],
)
def test_personal_data_near_misses(text: str, context: dict[str, Any]) -> None:
    assert hits(text, "personal-data", **context) == []


# --- placeholder ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Drop-in on Monday, time TBC", ["TBC"]),
        ("TODO: add photo", ["TODO"]),
        ("Book at [insert link]", ["[insert link]"]),
        ("Starts at XX:XX on DATE", ["XX:XX", "DATE"]),
        ("Lorem ipsum dolor sit amet", ["Lorem ipsum", "dolor sit amet"]),
        ("Tickets £XX from [VENUE]", ["XX", "[VENUE]"]),
        ("Open [date tbc]", ["[date tbc]"]),
    ],
)
def test_placeholder_hits(text: str, flagged: list[str]) -> None:
    assert hits(text, "placeholder") == flagged
    assert {f.severity for f in findings(text, "placeholder")} == {"error"}


@pytest.mark.parametrize(
    "text",
    [
        "Check the date and time of your collection.",
        "Part [1/3] of our budget thread",
        "The XXL bins are here. Super Bowl party? No.",
        "He said [the council] was right.",
        "To do: nothing! Enjoy the bank holiday.",
    ],
)
def test_placeholder_near_misses(text: str) -> None:
    assert hits(text, "placeholder") == []


# --- inclusive --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "flagged", "suggestion"),
    [
        ("Help for the elderly this winter", "the elderly", "older people"),
        ("The elderly and disabled can apply.", "The elderly", "Older people"),
        ("Access for the disabled.", "the disabled", "disabled people"),
        ("Wheelchair-bound residents", "Wheelchair-bound", "Wheelchair user"),
        ("Her son suffers from asthma", "suffers from", "has"),
        ("Handicapped parking", "Handicapped", "Disabled"),
        ("Ask the chairman", "chairman", "chair"),
        ("Thanks to our binmen", "binmen", "bin crews"),
    ],
)
def test_inclusive_hits(text: str, flagged: str, suggestion: str) -> None:
    result = findings(text, "inclusive")
    assert [(text[f.start : f.end], f.suggestion) for f in result] == [(flagged, suggestion)]


@pytest.mark.parametrize(
    "text",
    [
        "Use the disabled parking bay by the entrance.",
        "Check your mirrors for the blind spot.",
        "Sorry about the poor condition of the road.",
        "Support for older people and disabled people",
        "Wheelchair users can book the accessible toilet.",
        "Our chair, Cllr Jones, opened the meeting.",
    ],
)
def test_inclusive_near_misses(text: str) -> None:
    assert hits(text, "inclusive") == []


# --- pre-election -----------------------------------------------------------------------------------------

IN_PERIOD = {"pre_election_periods": (ELECTION,), "today": date(2026, 4, 14)}


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Cllr Alex Example opened the new library.", "Cllr Alex Example"),
        ("Councillor Jane Smith visited the school.", "Councillor Jane Smith"),
        ("Welsh Labour and Plaid Cymru candidates", "Welsh Labour"),
        ("Jo Bloggs MP cut the ribbon.", "Jo Bloggs MP"),
        ("We're proud to announce a record investment in roads.", "proud to announce"),
        ("We have delivered 200 new homes.", "We have delivered"),
    ],
)
def test_pre_election_hits(text: str, flagged: str) -> None:
    result = findings(text, "pre-election", **IN_PERIOD)
    assert flagged in [text[f.start : f.end] for f in result]
    assert all("May 2026 local elections pre-election period (until 7 May 2026)" in f.message for f in result)


def test_pre_election_watches_the_names_in_the_context() -> None:
    text = "Alex Example says thank you to everyone."
    assert hits(text, "pre-election", political_names=("Alex Example",), **IN_PERIOD) == ["Alex Example"]


@pytest.mark.parametrize(
    ("text", "context"),
    [
        (
            "Cllr Alex Example opened the new library.",
            {"today": date(2026, 5, 8), "pre_election_periods": (ELECTION,)},
        ),
        ("Cllr Alex Example opened the new library.", {}),
        ("Labour costs have risen; the greens on the golf course are closed.", IN_PERIOD),
        ("Conservative estimates put the cost at £2m.", IN_PERIOD),
        ("Reform of the bin service starts in May.", IN_PERIOD),
        ("Councillors will meet on Tuesday.", IN_PERIOD),
        ("Vote for your favourite park in the Green Flag awards.", IN_PERIOD),
    ],
)
def test_pre_election_near_misses(text: str, context: dict[str, Any]) -> None:
    assert hits(text, "pre-election", **context) == []


def test_pre_election_period_includes_both_end_days() -> None:
    text = "Cllr Alex Example opened the new library."
    for day in (ELECTION.start, ELECTION.end):
        assert hits(text, "pre-election", pre_election_periods=(ELECTION,), today=day) != []


# --- custom-term ------------------------------------------------------------------------------------------


def test_custom_terms_banned_and_preferred() -> None:
    context = {
        "banned_terms": {"service users": "residents", "going forward": None},
        "preferred_terms": {"e-mail": "email", "web site": "website"},
    }
    text = "Service users can E-mail us via the web site. Going forward..."
    result = findings(text, "custom-term", **context)
    assert [(text[f.start : f.end], f.suggestion, f.severity) for f in result] == [
        ("Service users", "Residents", "warning"),
        ("E-mail", "Email", "info"),
        ("web site", "website", "info"),
        ("Going forward", None, "warning"),
    ]
    assert (
        result[0].message == '"Service users" is on your organisation\'s list of words to avoid: use '
        '"Residents" instead.'
    )
    assert result[1].message == 'House style is "Email", not "E-mail".'


def test_custom_terms_replace_the_built_in_finding_for_the_same_words() -> None:
    text = "Going forward we will utilise the hall."
    result = check(text, context=ToneContext(banned_terms={"going forward": None}))
    assert [(f.rule, text[f.start : f.end]) for f in result] == [
        ("custom-term", "Going forward"),
        ("plain-english", "utilise"),
    ]


@pytest.mark.parametrize(
    "text",
    ["Email us today", "Our website has moved", "Users of the service can email us", "webs sites"],
)
def test_custom_term_near_misses(text: str) -> None:
    context = {
        "banned_terms": {"service users": "residents"},
        "preferred_terms": {"e-mail": "email", "web site": "website"},
    }
    assert hits(text, "custom-term", **context) == []


def test_custom_terms_are_literal_text_not_patterns() -> None:
    context = {"banned_terms": {"a.b": None, "(tbc)": "to be confirmed", "C++": None}}
    assert hits("a.b axb (tbc) C++ C", "custom-term", **context) == ["a.b", "(tbc)", "C++"]
