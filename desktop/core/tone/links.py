"""Links residents can trust: secure, and showing where they go.

Scam messages lean on link shorteners, and residents are told to check a link goes to the council
before they tap it; a bit.ly link makes that impossible.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

import regex

from desktop.core.tone import wordlists
from desktop.core.tone.model import Finding, ToneContext
from desktop.core.tone.text import Document
from desktop.core.translatable import QT_TRANSLATE_NOOP

_HOST = regex.compile(r"(?i)^(?:https?://)?(?:www\.)?([^/?#:\s]+)")


@cache
def _bare_shortener() -> regex.Pattern[str]:
    """Shortened links typed without http:// or www. ("bit.ly/abc"), which the link finder misses."""
    domains = "|".join(regex.escape(d) for d in sorted(wordlists.word_set("shorteners.txt"), key=len)[::-1])
    path = r"/[^\s]*[^\s.,;:!?'\"’”)]"
    return regex.compile(rf"(?i)(?<![\w.@/\-])(?:{domains})(?:{path}|(?![\w.\-/]))")


def _is_shortener(url: str) -> bool:
    host = _HOST.match(url)
    if host is None:
        return False
    name = host.group(1).casefold().rstrip(".")
    return any(name == d or name.endswith("." + d) for d in wordlists.word_set("shorteners.txt"))


def link_insecure(doc: Document, context: ToneContext) -> Iterator[Finding]:
    for start, end in doc.links:
        url = doc.text[start:end]
        if url[:7].lower() == "http://":
            yield Finding(
                "link-insecure",
                start,
                end,
                "warning",
                QT_TRANSLATE_NOOP(
                    "core.checks",
                    "This link isn't secure (http://): browsers warn about it. Use the https:// address.",
                ),
                "https://" + url[7:],
            )


def link_shortener(doc: Document, context: ToneContext) -> Iterator[Finding]:
    spans = [(s, e) for s, e in doc.links if _is_shortener(doc.text[s:e])]
    spans += [m.span() for m in _bare_shortener().finditer(doc.text) if not doc.in_link(*m.span())]
    domain = context.council_domains[0] if context.council_domains else None
    if domain:
        message = QT_TRANSLATE_NOOP(
            "core.checks",
            "Residents can't see where a shortened link goes, and scams use them: link to {domain} so they "
            "can see it's really the council.",
        ).format(domain=domain)
    else:
        message = QT_TRANSLATE_NOOP(
            "core.checks",
            "Residents can't see where a shortened link goes, and scams use them: link to the full address "
            "on the council's own website so they can see it's really the council.",
        )
    for start, end in sorted(spans):
        yield Finding(
            "link-shortener",
            start,
            end,
            "warning",
            message,
            f"https://{domain}/" if domain else None,
        )
