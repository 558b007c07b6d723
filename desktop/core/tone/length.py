"""Too long for a network the draft is going to, measured exactly as that network counts its own parts.

A draft too long for one post on a network with threads goes out as a thread (``counting.parts_for``),
which the counts show; only a part that still can't fit (a Facebook post is never split) is a finding.
"""

from __future__ import annotations

from collections.abc import Iterator

from desktop.core.counting import DEFAULT_LIMITS, network_parts
from desktop.core.networks import NETWORK_NAMES
from desktop.core.tone.model import Finding, ToneContext
from desktop.core.tone.text import Document
from desktop.core.translatable import QT_TRANSLATE_NOOP


def length(doc: Document, context: ToneContext) -> Iterator[Finding]:
    for network in dict.fromkeys(context.networks):
        if network not in DEFAULT_LIMITS:
            continue  # a network nobody has taught the counter: nothing to measure against
        shares = network_parts(doc.text, network, limit=context.limits.get(network))
        worst = shares.tightest
        if not shares.parts or not worst.too_long:
            continue
        start, end = worst.over if len(shares.parts) == 1 and worst.over else (0, len(doc.text))
        name = NETWORK_NAMES.get(network, network)
        if worst.length > worst.limit:
            excess = worst.length - worst.limit
            message = (
                QT_TRANSLATE_NOOP("core.checks", "Too long for {network} by 1 character: shorten it.")
                if excess == 1
                else QT_TRANSLATE_NOOP("core.checks", "Too long for {network} by {n} characters: shorten it.")
            ).format(network=name, n=excess)
        else:
            excess = (worst.bytes or 0) - (worst.byte_limit or 0)
            message = (
                QT_TRANSLATE_NOOP(
                    "core.checks",
                    "Too big for {network} by 1 byte (emoji and accents take several): shorten it.",
                )
                if excess == 1
                else QT_TRANSLATE_NOOP(
                    "core.checks",
                    "Too big for {network} by {n} bytes (emoji and accents take several): shorten it.",
                )
            ).format(network=name, n=excess)
        yield Finding("length", start, end, "error", message, None)
