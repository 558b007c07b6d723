"""The rule table and ``check()``: every rule, in the order the settings screen lists them."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from types import MappingProxyType

from desktop.core.tone import (
    election,
    emoji,
    hashtags,
    hostility,
    length,
    links,
    personal,
    profanity,
    readability,
    style,
    wording,
)
from desktop.core.tone.model import Finding, RuleInfo, ToneContext
from desktop.core.tone.text import Document
from desktop.core.translatable import QT_TRANSLATE_NOOP

Rule = Callable[[Document, ToneContext], Iterable[Finding]]

_TABLE: tuple[tuple[RuleInfo, Rule], ...] = (
    (
        RuleInfo(
            "length",
            QT_TRANSLATE_NOOP("core.rules", "Too long"),
            QT_TRANSLATE_NOOP("core.rules", "Longer than a network this post is going to allows."),
            "error",
        ),
        length.length,
    ),
    (
        RuleInfo(
            "placeholder",
            QT_TRANSLATE_NOOP("core.rules", "Placeholders left in"),
            QT_TRANSLATE_NOOP(
                "core.rules",
                "TBC, TODO, XXX, [insert link], lorem ipsum and other text meant to be filled in later.",
            ),
            "error",
        ),
        wording.placeholder,
    ),
    (
        RuleInfo(
            "personal-data",
            QT_TRANSLATE_NOOP("core.rules", "Personal data"),
            QT_TRANSLATE_NOOP(
                "core.rules",
                "A person's email address or phone number, a National Insurance number or a vehicle "
                "registration. The council's own published contact details can be allowed in Settings.",
            ),
            "error",
        ),
        personal.personal_data,
    ),
    (
        RuleInfo(
            "profanity",
            QT_TRANSLATE_NOOP("core.rules", "Swearing"),
            QT_TRANSLATE_NOOP(
                "core.rules",
                "Swear words, including disguised ones like f*ck or sh1t. Place names such as Scunthorpe "
                "are fine.",
            ),
            "error",
        ),
        profanity.profanity,
    ),
    (
        RuleInfo(
            "negative",
            QT_TRANSLATE_NOOP("core.rules", "Hostile or blaming tone"),
            QT_TRANSLATE_NOOP(
                "core.rules",
                'Words and phrases that argue with, blame or talk down to residents ("as we have '
                'repeatedly told you", "it\'s not rocket science").',
            ),
            "warning",
        ),
        hostility.negative,
    ),
    (
        RuleInfo(
            "pre-election",
            QT_TRANSLATE_NOOP("core.rules", "Pre-election period"),
            QT_TRANSLATE_NOOP(
                "core.rules",
                "During a pre-election period set in Settings: naming councillors, candidates or parties, "
                "or promoting the council's achievements.",
            ),
            "warning",
        ),
        election.pre_election,
    ),
    (
        RuleInfo(
            "shouting",
            QT_TRANSLATE_NOOP("core.rules", "Capitals"),
            QT_TRANSLATE_NOOP(
                "core.rules",
                "Words in capitals other than acronyms like NHS or CCTV. They read as shouting and screen "
                "readers may spell them out.",
            ),
            "warning",
        ),
        style.shouting,
    ),
    (
        RuleInfo(
            "exclamation",
            QT_TRANSLATE_NOOP("core.rules", "Exclamation marks"),
            QT_TRANSLATE_NOOP(
                "core.rules",
                "More than one exclamation mark, or !! and ?!, which read as over-excited or cross.",
            ),
            "warning",
        ),
        style.exclamation,
    ),
    (
        RuleInfo(
            "inclusive",
            QT_TRANSLATE_NOOP("core.rules", "Inclusive language"),
            QT_TRANSLATE_NOOP(
                "core.rules",
                'Dated or excluding terms such as "the elderly" or "wheelchair-bound", with the form '
                "to use instead.",
            ),
            "warning",
        ),
        wording.inclusive,
    ),
    (
        RuleInfo(
            "plain-english",
            QT_TRANSLATE_NOOP("core.rules", "Plain English and Welsh"),
            QT_TRANSLATE_NOOP(
                "core.rules",
                "GOV.UK words to avoid and council jargon (utilise, facilitate, going forward), and in Welsh "
                "sentences Cymraeg Clir's everyday words for official Welsh (er mwyn, ynghylch), each with a "
                "plainer word.",
            ),
            "info",
        ),
        wording.plain_english,
    ),
    (
        RuleInfo(
            "reading-age",
            QT_TRANSLATE_NOOP("core.rules", "Reading age"),
            QT_TRANSLATE_NOOP(
                "core.rules",
                "Posts that need a higher reading age than your target. GOV.UK writes for a reading age "
                "of 9.",
            ),
            "info",
        ),
        readability.reading_age,
    ),
    (
        RuleInfo(
            "long-sentence",
            QT_TRANSLATE_NOOP("core.rules", "Long sentences"),
            QT_TRANSLATE_NOOP("core.rules", "Sentences over {n} words.").format(n=style.LONG_SENTENCE_WORDS),
            "warning",
        ),
        style.long_sentence,
    ),
    (
        RuleInfo(
            "hashtag-case",
            QT_TRANSLATE_NOOP("core.rules", "Hashtag capitals"),
            QT_TRANSLATE_NOOP(
                "core.rules",
                "Hashtags of several words in lower case: #RoadClosure, not #roadclosure, so screen "
                "readers can read them.",
            ),
            "warning",
        ),
        hashtags.hashtag_case,
    ),
    (
        RuleInfo(
            "hashtag-count",
            QT_TRANSLATE_NOOP("core.rules", "Too many hashtags"),
            QT_TRANSLATE_NOOP("core.rules", "More than {n} hashtags.").format(n=hashtags.MAX_HASHTAGS),
            "warning",
        ),
        hashtags.hashtag_count,
    ),
    (
        RuleInfo(
            "emoji",
            QT_TRANSLATE_NOOP("core.rules", "Emoji"),
            QT_TRANSLATE_NOOP(
                "core.rules",
                "More than {n} emoji, or an emoji in the middle of a sentence. Screen readers read out each "
                "one's name.",
            ).format(n=emoji.MAX_EMOJI),
            "warning",
        ),
        emoji.emoji,
    ),
    (
        RuleInfo(
            "link-insecure",
            QT_TRANSLATE_NOOP("core.rules", "Insecure links"),
            QT_TRANSLATE_NOOP("core.rules", "Links starting http:// instead of https://."),
            "warning",
        ),
        links.link_insecure,
    ),
    (
        RuleInfo(
            "link-shortener",
            QT_TRANSLATE_NOOP("core.rules", "Shortened links"),
            QT_TRANSLATE_NOOP(
                "core.rules", "bit.ly and other link shorteners, which hide where a link goes."
            ),
            "warning",
        ),
        links.link_shortener,
    ),
    (
        RuleInfo(
            "custom-term",
            QT_TRANSLATE_NOOP("core.rules", "Your organisation's words"),
            QT_TRANSLATE_NOOP(
                "core.rules",
                "Words your organisation has banned or has a house style for (set in Settings or by IT).",
            ),
            "warning",
        ),
        wording.custom_term,
    ),
)

RULES: Mapping[str, RuleInfo] = MappingProxyType({info.id: info for info, _ in _TABLE})
_DEFAULT_CONTEXT = ToneContext()
# Built-in word lists step aside where the organisation's own list says something about the same words.
_OVERRIDDEN_BY_CUSTOM = frozenset({"plain-english", "inclusive"})


def check(text: str, *, network: str | None = None, context: ToneContext | None = None) -> list[Finding]:
    """All findings for ``text``, sorted by where they start.

    ``network`` checks the text as that one network's version of the post; otherwise the length rule
    checks every network in ``context.networks``.
    """
    context = context or _DEFAULT_CONTEXT
    if network is not None:
        context = replace(context, networks=(network,))
    doc = Document(text)
    findings = [
        finding
        for info, rule in _TABLE
        if info.id not in context.disabled_rules
        for finding in rule(doc, context)
    ]
    custom = [(f.start, f.end) for f in findings if f.rule == "custom-term"]
    if custom:
        findings = [
            f
            for f in findings
            if f.rule not in _OVERRIDDEN_BY_CUSTOM or not any(s < f.end and f.start < e for s, e in custom)
        ]
    findings.sort(key=lambda f: (f.start, f.end, f.rule))
    return findings
