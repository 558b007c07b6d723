"""Personal data that must never go out in a public post.

Caught: a person's email address, a UK phone number that could be a person's (mobiles 07…, geographic
landlines 01…/02…, in 0 or +44 form, with any spacing), a National Insurance number and a UK vehicle
registration. Deliberately not caught:

* anything listed in ``allowed_personal_data`` (the council's published numbers and addresses);
* role mailboxes (info@, enquiries@, contact@ … see ``role_mailboxes.txt``) at any organisation's domain,
  including the council's own: they name a team, not a person. At a personal webmail domain (gmail.com …)
  every address counts as a person's, and jane.smith@council.gov.uk still does;
* 03, 08 and 09 numbers, which only organisations have, and short codes such as 999, 111 and 116 123;
* road numbers (A465, M4, B4236 …): a pre-2001 "prefix" registration starting with A, B or M is skipped
  for this reason, and letter groups that are words or known acronyms ("NHS 111A") are not plates.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

import regex

from desktop.core.tone import wordlists
from desktop.core.tone.hashtags import lexicon
from desktop.core.tone.model import Finding, ToneContext
from desktop.core.tone.text import Document
from desktop.core.translatable import QT_TRANSLATE_NOOP

# Digits may be grouped by spaces, hyphens, brackets, dots or slashes (07700.900.123, 07700/900123); a date
# such as 07.02.2025 followed by a time, or the end of one, is not a number.
_PHONE = regex.compile(
    r"(?<![\w+])(?<!\d[./])(?!\d\d[./]\d\d[./]\d{2,4}(?!\d))"
    r"(?:\+44[^\S\n]?(?:\(0\)[^\S\n]?)?|\(\+44\)[^\S\n]?|0044[^\S\n]?|\(0|0)"
    r"[127](?:[ \t\u00a0\-)./]{0,2}\d){8,9}(?![\w])"
)
_NI_NUMBER = regex.compile(
    r"(?i)(?<![\w])(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]"
    r"[^\S\n]?-?\d{2}[^\S\n]?-?\d{2}[^\S\n]?-?\d{2}[^\S\n]?-?[A-D](?![\w])"
)
# Current plates (2001 on): two letters, a two-digit age mark, three letters: AB12 CDE.
_PLATE_CURRENT = regex.compile(
    r"(?<![\w])[A-HJ-PR-Y]{2}(?:0[2-9]|[1-4]\d|5[1-9]|[6-9]\d)[^\S\n]?[A-HJ-PR-Z]{3}(?![\w])"
)
# Prefix plates (1983-2001): P123 ABC. Suffix plates (1963-1983): ABC 123D.
_PLATE_PREFIX = regex.compile(r"(?<![\w])([C-HJ-LNP-Y]\d{1,3})[^\S\n]?([A-HJ-PR-Y]{3})(?![\w])")
_PLATE_SUFFIX = regex.compile(r"(?<![\w])([A-HJ-PR-Y]{3})[^\S\n]?(\d{1,3}[A-HJ-NPR-TV-Y])(?![\w])")
_NON_DIGITS = regex.compile(r"\D")


def phone_key(number: str) -> str:
    """The national form of a UK number (07700900123), so "+44 7700 900123" equals "07700 900 123"."""
    digits = _NON_DIGITS.sub("", number)
    if digits.startswith("0044"):
        digits = digits[4:]
    elif digits.startswith("44"):
        digits = digits[2:]
    return digits if digits.startswith("0") else "0" + digits


@cache
def _not_plates() -> frozenset[str]:
    return lexicon() | wordlists.word_set("acronyms.txt")


def _allowed(context: ToneContext) -> tuple[frozenset[str], frozenset[str]]:
    emails = frozenset(item.strip().casefold() for item in context.allowed_personal_data if "@" in item)
    phones = frozenset(phone_key(item) for item in context.allowed_personal_data if "@" not in item)
    return emails, phones


def _is_role_address(address: str) -> bool:
    local, _, domain = address.casefold().rpartition("@")
    if domain in wordlists.word_set("webmail_domains.txt"):
        return False
    mailbox = local.replace(".", "").replace("_", "").replace("-", "")
    return mailbox in wordlists.word_set("role_mailboxes.txt")


#: What to do about each kind, in its own words. Only an email address or a phone number can be the council's
#: own published contact, so only those point at the allowed contact details; an identifier never does.
ADVICE = {
    "email": QT_TRANSLATE_NOOP(
        "core.checks",
        "This looks like a person's email address. Take it out, or give a team's address instead (such as "
        "enquiries@…). If it is the council's own published address, add it to \"Contact details that may be "
        'posted" in Settings.',
    ),
    "phone": QT_TRANSLATE_NOOP(
        "core.checks",
        "This looks like a personal phone number. Take it out, or give the council's contact number instead. "
        'If it is the council\'s own published number, add it to "Contact details that may be posted" in '
        "Settings.",
    ),
    "ni-number": QT_TRANSLATE_NOOP(
        "core.checks",
        "This looks like a National Insurance number, which identifies one person and must never be posted. "
        "Take it out.",
    ),
    "vehicle": QT_TRANSLATE_NOOP(
        "core.checks",
        "This looks like a vehicle registration, which can identify its owner. Take it out, or describe the "
        'vehicle instead (such as "a white van").',
    ),
}


def _finding(start: int, end: int, kind: str) -> Finding:
    return Finding("personal-data", start, end, "error", ADVICE[kind], None)


def personal_data(doc: Document, context: ToneContext) -> Iterator[Finding]:
    """Looked for in the text as a reader sees it (``text.fold``): a number in full-width digits or with a
    zero-width space inside is still the number; findings point at the original text."""
    allowed_emails, allowed_phones = _allowed(context)
    for (start, end), address in doc.email_addresses:
        if address.casefold() not in allowed_emails and not _is_role_address(address):
            yield _finding(start, end, "email")
    checks: list[tuple[regex.Pattern[str], str]] = [
        (_PHONE, "phone"),
        (_NI_NUMBER, "ni-number"),
        (_PLATE_CURRENT, "vehicle"),
    ]
    folded = doc.folded_masked
    for pattern, what in checks:
        for match in pattern.finditer(folded.text):
            if pattern is _PHONE and phone_key(match.group()) in allowed_phones:
                continue
            yield _finding(*folded.span(*match.span()), what)
    not_plates = _not_plates()
    for pattern in (_PLATE_PREFIX, _PLATE_SUFFIX):
        for match in pattern.finditer(folded.text):
            letters = match.group(2) if pattern is _PLATE_PREFIX else match.group(1)
            if letters.casefold() not in not_plates:
                yield _finding(*folded.span(*match.span()), "vehicle")
