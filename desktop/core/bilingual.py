"""Bilingual posts: a draft's Welsh and English texts, and what each account gets from them.

Welsh councils post in both languages, Welsh read first (the Welsh Language Standards). An account has a
language mode, kept in its settings JSON (``language_mode``: "cy", "en" or "both"), else the council's
default (setting ``posting.language_mode``, which IT can lock). ``compose`` is the one rule for what an
account gets from a bilingual draft: a Welsh-only or English-only account its side; a bilingual account
one post, Welsh first (or as ``posting.bilingual_order`` sets), counted as one where it fits, and where it
does not, the same text with a ``---`` break between the languages, so ``counting.parts_for`` makes a
thread whose first posts are the Welsh and never opens with English alone.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from contextlib import suppress
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from desktop.core.drafts import StoreError
from desktop.core.translatable import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from desktop.core.accounts import Accounts, AccountView
    from desktop.core.checks import CheckResult
    from desktop.core.posting import Verdict
    from desktop.core.spelling import Speller
    from desktop.core.tone import Finding, ToneContext

WELSH, ENGLISH, BOTH = "cy", "en", "both"
MODES = (WELSH, ENGLISH, BOTH)
NAMES = {WELSH: "Welsh", ENGLISH: "English"}
#: The key in an account's settings JSON holding its language mode.
ACCOUNT_MODE_KEY = "language_mode"
MODE_SETTING = "posting.language_mode"
ORDER_SETTING = "posting.bilingual_order"
#: Below this ratio of the shorter side's length to the longer's, a bilingual draft gets a warning.
BALANCE_RATIO = 0.5

_MARKER = re.compile(r"^[ \t]*---[ \t]*(cy|en)[ \t]*---[ \t]*\r?$", re.MULTILINE | re.IGNORECASE)
FORMAT_HELP = QT_TRANSLATE_NOOP(
    "core.bilingual",
    "A bilingual file has a line ---cy--- before the Welsh text and a line ---en--- before the English"
    " text (either order in the file; posted Welsh first, or English first where posting.bilingual_order is"
    " en-first).",
)


class BilingualFormatError(StoreError):
    def __init__(self, message: str) -> None:
        super().__init__(message, retryable=False)


@dataclass(frozen=True, slots=True)
class Bilingual:
    """A draft's two texts."""

    cy: str
    en: str

    def side(self, language: str) -> str:
        return self.cy if language == WELSH else self.en


def parse_divided(raw: str) -> Bilingual | None:
    """A ``---cy---`` / ``---en---`` divided text as its two sides; None for a text with no markers."""
    markers = list(_MARKER.finditer(raw))
    if not markers:
        return None
    if raw[: markers[0].start()].strip():
        raise BilingualFormatError(
            QT_TRANSLATE_NOOP(
                "core.bilingual",
                "there is text before the first ---cy--- or ---en--- line; put every line under one of them",
            )
        )
    sides: dict[str, str] = {}
    for marker, following in zip(markers, [*markers[1:], None], strict=True):
        language = marker.group(1).lower()
        if language in sides:
            twice = QT_TRANSLATE_NOOP("core.bilingual", "the file has more than one ---{language}--- line")
            raise BilingualFormatError(twice.format(language=language))
        end = following.start() if following is not None else len(raw)
        sides[language] = raw[marker.end() : end].strip()
    return Bilingual(sides.get(WELSH, ""), sides.get(ENGLISH, ""))


def sides_or_none(text: str) -> Bilingual | None:
    """``parse_divided`` for the live checks: a text that isn't cleanly divided is checked as one text."""
    try:
        return parse_divided(text)
    except BilingualFormatError:
        return None


def joined(text: Bilingual) -> str:
    """Both sides as one text, Welsh first: what the live checks and the counts under the editor see."""
    return "\n\n".join(side for side in (text.cy.strip(), text.en.strip()) if side)


def divided(text: Bilingual) -> str:
    """The file form of a bilingual text (what ``parse_divided`` reads)."""
    return f"---cy---\n{text.cy}\n---en---\n{text.en}\n"


def account_mode(account: AccountView, settings: Mapping[str, Any]) -> str:
    """The account's own mode if it has one, else the council's default."""
    mode = account.settings.get(ACCOUNT_MODE_KEY)
    return mode if mode in MODES else settings.get(MODE_SETTING, BOTH)


def set_account_mode(accounts: Accounts, account_id: int, mode: str | None) -> None:
    """Set an account's language mode, or with None go back to the council's default (the CLI's
    `crier accounts language` and the Accounts dialog)."""
    if mode is not None and mode not in MODES:
        wrong = QT_TRANSLATE_NOOP("core.bilingual", "An account posts in cy, en or both, not {mode}.")
        raise StoreError(wrong.format(mode=repr(mode)), retryable=False)
    account = accounts.get(account_id)
    settings = {key: value for key, value in account.settings.items() if key != ACCOUNT_MODE_KEY}
    if mode is not None:
        settings[ACCOUNT_MODE_KEY] = mode
    accounts.update(account_id, settings=settings)


def order(settings: Mapping[str, Any]) -> tuple[str, str]:
    return (ENGLISH, WELSH) if settings.get(ORDER_SETTING) == "en-first" else (WELSH, ENGLISH)


@dataclass(frozen=True, slots=True)
class Composed:
    """What one account gets: the text (parts come from ``counting.parts_for``) and its language tags."""

    text: str
    language: str  # "cy", "en", or both in the order posted ("cy,en"), for the networks' language fields


def compose(
    text: Bilingual, account: AccountView, settings: Mapping[str, Any], *, mode: str | None = None
) -> Composed:
    """What ``account`` (in its mode, or ``mode``) gets from a bilingual text; see the module docstring."""
    from desktop.core.posting import account_limit

    mode = mode or account_mode(account, settings)
    if mode in (WELSH, ENGLISH):
        return Composed(text.side(mode).strip(), mode)
    return bilingual_post(
        text,
        account.network,
        settings,
        limit=account_limit(account),
        url_length=account.settings.get("url_length"),
    )


def bilingual_post(
    text: Bilingual,
    network: str,
    settings: Mapping[str, Any],
    *,
    limit: int | None = None,
    url_length: int | None = None,
) -> Composed:
    """The one bilingual post for ``network`` (at ``limit``): both sides in order, as one post where they
    fit, else with a ``---`` break between them so the thread opens with the first language."""
    from desktop.core.counting import parts_for

    sides = [(language, text.side(language).strip()) for language in order(settings)]
    sides = [(language, side) for language, side in sides if side]
    language = ",".join(language for language, _ in sides)
    joined = "\n\n".join(side for _, side in sides)
    if len(sides) < 2 or len(parts_for(joined, network, limit=limit, url_length=url_length)) <= 1:
        return Composed(joined, language)
    return Composed("\n---\n".join(side for _, side in sides), language)


# -- checks on a bilingual draft ------------------------------------------------------------------


# Whole sentences per language, not a language name dropped into one: Welsh mutates and agrees around it.
_EMPTY = {
    WELSH: QT_TRANSLATE_NOOP(
        "core.checks", "The Welsh text is empty: a bilingual post needs both languages."
    ),
    ENGLISH: QT_TRANSLATE_NOOP(
        "core.checks", "The English text is empty: a bilingual post needs both languages."
    ),
}
_SHORTER = {
    WELSH: QT_TRANSLATE_NOOP(
        "core.checks",
        "The Welsh text is much shorter than the English ({short} to {long} characters, ratio {ratio}): "
        "is something left out?",
    ),
    ENGLISH: QT_TRANSLATE_NOOP(
        "core.checks",
        "The English text is much shorter than the Welsh ({short} to {long} characters, ratio {ratio}): "
        "is something left out?",
    ),
}
_OTHER_LANGUAGE = {  # keyed by the side the word is in
    WELSH: QT_TRANSLATE_NOOP("core.checks", "“{word}” looks English, in the Welsh text."),
    ENGLISH: QT_TRANSLATE_NOOP("core.checks", "“{word}” looks Welsh, in the English text."),
}


def balance_findings(text: Bilingual) -> dict[str, Finding]:
    """A side empty, or much shorter than the other: a warning with the ratio, keyed by the shorter side."""
    from desktop.core.tone import Finding

    lengths = {language: len(text.side(language).strip()) for language in (WELSH, ENGLISH)}
    short, long = sorted(lengths, key=lambda language: lengths[language])
    if lengths[long] == 0:
        return {}
    ratio = lengths[short] / lengths[long]
    if lengths[short] == 0:
        message = _EMPTY[short]
    elif ratio < BALANCE_RATIO:
        message = _SHORTER[short].format(short=lengths[short], long=lengths[long], ratio=f"{ratio:.2f}")
    else:
        return {}
    return {short: Finding("bilingual-balance", 0, len(text.side(short)), "warning", message)}


def wrong_language_findings(side: str, language: str, speller: Speller) -> list[Finding]:
    """Words of the other language left in one side: a tip each (the other dictionary knows the word and
    this side's doesn't). Capitalised words are skipped: names are the same in both languages."""
    from desktop.core.spelling import words
    from desktop.core.tone import Finding

    other = ENGLISH if language == WELSH else WELSH
    found = []
    for word in words(side):
        if word.word[:1].isupper() or len(word.word) < 3:
            continue
        if not speller.check(word.word, language) and speller.is_word_of(word.word, other):
            found.append(
                Finding(
                    "wrong-language",
                    word.start,
                    word.end,
                    "info",
                    _OTHER_LANGUAGE[language].format(word=word.word),
                )
            )
    return found


def assess_bilingual(
    text: Bilingual, accounts: Sequence[AccountView], settings: Mapping[str, Any], *, pair: bool = False
) -> tuple[list[Verdict], dict[int, str]]:
    """Each account's verdict (``posting.assess`` on what it gets) and language tag(s); the first account
    that can't take it at all raises. The post gate's own loop (``service.posting.assess``), for a text.

    ``pair``: two accounts, the first gets the Welsh side and the second the English, whatever their modes.
    Each side runs through every check, so the personal-data and pre-election rules cover both languages.
    """
    from desktop.core.service.posting import Outgoing, assess

    judged = assess(Outgoing(sides=text), accounts, settings, pair=pair)
    return judged.in_order(), judged.languages


def check_sides(
    text: Bilingual,
    languages: Sequence[str],
    networks: Sequence[str],
    context: ToneContext,
    speller: Speller | None = None,
) -> dict[str, CheckResult]:
    """The live checks on each side asked for, plus the bilingual ones: the balance warning (on the
    shorter side, when both are asked for) and the other language's words left in (when ``speller``)."""
    from desktop.core.checks import run_checks
    from desktop.core.spelling import SpellingUnavailable

    balance = balance_findings(text) if set(languages) >= {WELSH, ENGLISH} else {}
    results = {}
    for language in languages:
        side = text.side(language)
        result = run_checks(side, networks, context)
        extra = [balance[language]] if language in balance else []
        if speller is not None:
            with suppress(SpellingUnavailable):  # no dictionary: the other checks still run
                extra += wrong_language_findings(side, language, speller)
        results[language] = replace(result, findings=(*extra, *result.findings))
    return results


def run_bilingual_checks(
    text: Bilingual,
    networks: Sequence[str],
    context: ToneContext,
    *,
    ignored: Sequence[str] = (),
    limits: Mapping[str, int] | None = None,
    speller: Speller | None = None,
) -> CheckResult:
    """The window's live checks of a bilingual draft: ``run_checks`` on both sides as one text (Welsh,
    a blank line, English), plus the balance warning and the other language's words, placed in it."""
    from desktop.core.checks import finding_key, run_checks
    from desktop.core.spelling import SpellingUnavailable

    welsh, english = text.cy.strip(), text.en.strip()
    both = joined(text)
    result = run_checks(both, networks, context, ignored=ignored, limits=limits)
    offsets = {WELSH: 0, ENGLISH: len(welsh) + 2 if welsh else 0}
    found = list(balance_findings(Bilingual(welsh, english)).items())
    if speller is not None:
        with suppress(SpellingUnavailable):  # no dictionary: the other checks still run
            for language, side in ((WELSH, welsh), (ENGLISH, english)):
                found += [(language, f) for f in wrong_language_findings(side, language, speller)]
    extra = [replace(f, start=f.start + offsets[lang], end=f.end + offsets[lang]) for lang, f in found]
    extra = [f for f in extra if finding_key(both, f) not in set(ignored)]
    return replace(result, findings=(*extra, *result.findings), sides=Bilingual(welsh, english))
