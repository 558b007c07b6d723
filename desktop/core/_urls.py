"""twitter-text 3.1.0's URL extractor (extractUrlsWithIndices), ported so X's URL charge is exact.

X charges 23 for whatever its own extractor calls a URL, scheme or not, and a near-miss (`example.c`,
`foo.notatld`, `www.-bad.com`) costs its full length instead, so this follows the JavaScript source closely:
the same regexes, the same TLD list, the same punycode label check. Three JavaScript behaviours are spelled
out by hand because Python's `re` differs:

* the regexes are case-insensitive the ECMAScript way (`K` is not `k`, `ſ` is not `s`), so classes carry
  their case variants explicitly and TLD names use an ASCII-only (?ai:) scope, never plain re.IGNORECASE;
* `$` means end of input (`\\Z`);
* the text is searched as UTF-16 code units when the caller passes it so (see `utf16_units`).

Searching every position the way JavaScript does is quadratic on long runs of letters without a dot (a
CJK paragraph), so we only try positions from which a domain can reach a dot followed by a known TLD; every
match JavaScript could find starts at one of those.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import regex

from desktop.core._patterns import escape, trie_pattern
from desktop.core._tlds import COUNTRY_TLDS, GENERIC_TLDS

MAX_URL_LENGTH = 4096
MAX_TCO_SLUG_LENGTH = 40
MAX_DOMAIN_LABEL_LENGTH = 63
DEFAULT_PROTOCOL = "https://"

# Characters that match a JavaScript /i class only through their upper case (ECMAScript Canonicalize);
# tests/test_counting.py recomputes these from the Unicode data.
LATIN_ACCENT_CASE_EXTRA = (
    "\u0260\u0269\u0275\u0280\u0283\u0288\u028a\u028c\u0292\u0399\u03b9\u1fbe\u2c65\u2c66\u2c7e\u2c7f"
)
CYRILLIC_CASE_EXTRA = "\u1c80-\u1c87"
TLD_CASE_VARIANTS = {
    "ö": "Ö", "ε": "Εϵ", "λ": "Λ", "υ": "Υ", "а": "А", "б": "Б", "в": "Вᲀ", "г": "Г", "д": "Дᲁ", "е": "Е",
    "з": "З", "и": "И", "й": "Й", "к": "К", "л": "Л", "м": "М", "н": "Н", "о": "Оᲂ", "р": "Р", "с": "Сᲃ",
    "т": "Тᲄᲅ", "у": "У", "ф": "Ф", "ю": "Ю", "қ": "Қ", "ա": "Ա", "հ": "Հ", "յ": "Յ", "გ": "Გ", "ე": "Ე",
}  # fmt: skip

LATIN_ACCENTS = (
    "\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff\u0100-\u024f\u0253\u0254\u0256\u0257\u0259\u025b\u0263\u0268"
    "\u026f\u0272\u0289\u028b\u02bb\u0300-\u036f\u1e00-\u1eff" + LATIN_ACCENT_CASE_EXTRA
)
CYRILLIC = "\u0400-\u04ff" + CYRILLIC_CASE_EXTRA
PUNCTUATION = r"!'#%&()*+,\\\-./:;<=>?@\[\]^_{|}~$"
SPACES = "\x09-\x0d\x20\x85\xa0\u1680\u180e\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
INVALID = "\ufffe\ufeff\uffff"
DIRECTIONAL_MARKERS = "\u202a-\u202e\u061c\u200e\u200f\u2066\u2067\u2068\u2069"

DOMAIN_CHAR = f"[^{PUNCTUATION}{SPACES}{INVALID}{DIRECTIONAL_MARKERS}]"
SUBDOMAIN = f"(?:(?:{DOMAIN_CHAR}(?:[_-]|{DOMAIN_CHAR})*)?{DOMAIN_CHAR}\\.)"
DOMAIN_NAME = f"(?:(?:{DOMAIN_CHAR}(?:-|{DOMAIN_CHAR})*)?{DOMAIN_CHAR}\\.)"
TLD_END = r"(?=[^0-9a-zA-Z@+\-]|\Z)"
PUNYCODE_TLD = "(?:[xX][nN]--[\\-0-9a-zA-Z]+)"


def _tld_char(ch: str) -> str:
    """ASCII letters are matched case-blind by the (?ai:) scope below; other letters list their variants."""
    variants = TLD_CASE_VARIANTS.get(ch, "")
    return "[" + escape(ch + variants) + "]" if variants else escape(ch)


# One trie for both lists is equivalent to twitter-text's ordered alternation: no generic TLD is a prefix of
# a later entry, and within the lists longer names come before their prefixes. (?a) keeps `K` from `k`.
KNOWN_TLD = "(?ai:" + trie_pattern((*GENERIC_TLDS, *COUNTRY_TLDS), _tld_char) + ")" + TLD_END
DOMAIN = f"(?:{SUBDOMAIN}*{DOMAIN_NAME}(?:{KNOWN_TLD}|{PUNYCODE_TLD}))"

PATH_CHAR = f"[a-zA-Z{CYRILLIC}0-9!*';:=+,.$/%#\\[\\]\\-\u2013_~@|&{LATIN_ACCENTS}]"
BALANCED_PARENS = f"\\((?:{PATH_CHAR}+|(?:{PATH_CHAR}*\\({PATH_CHAR}+\\){PATH_CHAR}*))\\)"
# Spliced in without a group, as twitter-text does: its "|" then splits the whole path alternative, so a
# parenthesised segment only ends a path when nothing precedes it in that repetition (`/x.(a)` stops at x).
PATH_ENDING = f"[+\\-a-zA-Z{CYRILLIC}0-9=_#/{LATIN_ACCENTS}]|(?:{BALANCED_PARENS})"
PATH = f"(?:(?:{PATH_CHAR}*(?:{BALANCED_PARENS}{PATH_CHAR}*)*{PATH_ENDING})|(?:@{PATH_CHAR}+/))"
QUERY_CHAR = r"[a-zA-Z0-9!?*'@();:&=+$/%#\[\]\-_.,~|]"
QUERY_ENDING = r"[a-zA-Z0-9\-_&=#/]"
PRECEDING = f"(?:[^A-Za-z0-9@\uff20$#\uff03{INVALID}]|[{DIRECTIONAL_MARKERS}]|^)"

EXTRACT_URL = re.compile(
    f"(?P<before>{PRECEDING})"
    "(?P<url>"
    "(?P<protocol>[hH][tT][tT][pP][sS]?://)?"
    f"(?P<domain>{DOMAIN})"
    "(?::[0-9]+)?"
    f"(?P<path>/{PATH}*)?"
    f"(?:\\?{QUERY_CHAR}*{QUERY_ENDING})?"
    ")"
)
TCO_URL = re.compile(
    f"[hH][tT][tT][pP][sS]?://[tT]\\.[cC][oO]/([a-zA-Z0-9]+)(?:\\?{QUERY_CHAR}*{QUERY_ENDING})?"
)
ASCII_DOMAIN = re.compile(f"(?:[\\-a-zA-Z0-9{LATIN_ACCENTS}]+\\.)+(?:{KNOWN_TLD}|{PUNYCODE_TLD})")
INVALID_BEFORE_BARE_DOMAIN = re.compile(r"[-_./]\Z")
# A dot a domain can end on, and the runs of characters a domain (with its dots) is made of.
TLD_DOT = re.compile(f"\\.(?:{KNOWN_TLD}|{PUNYCODE_TLD})")
DOMAIN_RUN = re.compile(f"(?:{DOMAIN_CHAR}|[_.\\-])+")
NOT_IN_DOMAIN_RUN = regex.compile(f"(?rs)(?!{DOMAIN_CHAR}|[_.\\-]).")  # searched backwards from a dot
PROTOCOL_BEFORE = re.compile(r"[hH][tT][tT][pP][sS]?://\Z")
NEEDS_PUNYCODE = re.compile("[^\x20-\x7e]")
LABEL_SEPARATORS = re.compile("[\u3002\uff0e\uff61]")


@dataclass(frozen=True, slots=True)
class UrlEntity:
    """A URL as twitter-text reports it: `url` may be shorter than `end - start` (see extract_urls)."""

    start: int
    end: int
    url: str


def _punycode_length(label: str) -> int:
    """Length of punycode.js 1.4.1's toASCII(label), which splits on the IDNA dots as well."""
    parts = LABEL_SEPARATORS.sub(".", label).split(".")
    total = len(parts) - 1
    for part in parts:
        if not NEEDS_PUNYCODE.search(part):
            total += len(part)
            continue
        code_points = part.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")
        if len(code_points) > MAX_DOMAIN_LABEL_LENGTH:
            # Every code point costs at least one output character, so this label is too long already;
            # skipping the (quadratic, pure Python) encoder keeps huge pasted "domains" cheap.
            return len(code_points) + 4
        total += 4 + len(code_points.encode("punycode"))
    return total


def _is_valid_domain(domain: str) -> bool:
    """twitter-text's idna.toAscii check: every label must punycode to 1–63 characters."""
    if domain.startswith("xn--") and not ASCII_DOMAIN.search(domain):
        return False
    if domain.isascii() and domain.isprintable():  # the usual case: punycode leaves each label as it is
        return all(1 <= len(label) <= MAX_DOMAIN_LABEL_LENGTH for label in domain.split("."))
    return all(1 <= _punycode_length(label) <= MAX_DOMAIN_LABEL_LENGTH for label in domain.split("."))


def _candidate_starts(text: str) -> list[int]:
    """Positions where EXTRACT_URL can match: before each domain start that reaches a TLD dot, ascending.

    Extra positions would only cost time; a missing one would lose a URL.
    """
    starts: list[int] = []
    run_end = next_start = 0
    for hit in TLD_DOT.finditer(text):
        dot = hit.start()
        if dot >= run_end:  # the first such dot in this run of domain characters
            before = NOT_IN_DOMAIN_RUN.search(text, 0, dot)
            run_start = before.end() if before else 0
            run = DOMAIN_RUN.match(text, dot)
            run_end = run.end() if run else dot + 1
            protocol = PROTOCOL_BEFORE.search(text, run_start - 8 if run_start > 8 else 0, run_start)
            if protocol:
                starts.append(protocol.start() - 1 if protocol.start() else 0)
            next_start = run_start - 1 if run_start else 0
            starts.append(next_start)  # at the very start, `^` stands in for the character before
        if dot - 1 > next_start:
            starts.extend(range(next_start, dot - 1))
            next_start = dot - 1
    return sorted(set(starts))


def extract_urls(text: str, *, without_protocol: bool = True) -> list[UrlEntity]:
    """The URLs twitter-text finds in `text`, in order.

    For a bare domain followed by a path, `url` is twitter-text's own (slightly odd) string: the last ASCII
    domain spliced into the matched text. Its length, not the span, is what parseTweet skips.
    """
    if "." not in text:
        return []
    urls: list[UrlEntity] = []
    resume = 0
    for candidate in _candidate_starts(text):
        if candidate < resume:
            continue
        match = EXTRACT_URL.match(text, candidate)
        if match is None:
            continue
        resume = match.end()
        url, protocol, domain = match["url"], match["protocol"], match["domain"]
        start, end = match.start("url"), match.end("url")
        if not _is_valid_domain(domain) or len(protocol or DEFAULT_PROTOCOL) + len(url) > MAX_URL_LENGTH:
            continue
        if protocol:
            tco = TCO_URL.match(url)
            if tco:
                if len(tco[1]) > MAX_TCO_SLUG_LENGTH:
                    continue
                url = tco[0]
                end = start + len(url)
            urls.append(UrlEntity(start, end, url))
            continue
        if not without_protocol or INVALID_BEFORE_BARE_DOMAIN.search(match["before"]):
            continue
        last: UrlEntity | None = None
        ascii_end = 0
        for ascii_match in ASCII_DOMAIN.finditer(domain):
            ascii_domain = ascii_match[0]
            ascii_start = domain.find(ascii_domain, ascii_end)
            ascii_end = ascii_start + len(ascii_domain)
            if last is not None:
                urls.append(last)
            last = UrlEntity(start + ascii_start, start + ascii_end, ascii_domain)
        if last is None:
            continue
        if match["path"]:
            last = UrlEntity(last.start, end, url.replace(domain, last.url, 1))
        urls.append(last)
    return urls
