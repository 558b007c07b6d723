"""Too long for a network the draft is going to, measured exactly as that network counts."""

from __future__ import annotations

from collections.abc import Iterator

from desktop.core.counting import DEFAULT_LIMITS, measure
from desktop.core.networks import NETWORK_NAMES
from desktop.core.tone.model import Finding, ToneContext
from desktop.core.tone.text import Document


def length(doc: Document, context: ToneContext) -> Iterator[Finding]:
    if not context.networks:
        return
    # posting.py is the one place that knows how Facebook is counted; imported here, not at the top,
    # because it brings in the database layer, which the other tone checks don't need.
    from desktop.core.posting import FACEBOOK_LIMIT, counting_network

    for network in dict.fromkeys(context.networks):
        counted_as = counting_network(network)
        if counted_as not in DEFAULT_LIMITS:
            continue  # a network nobody has taught the counter: nothing to measure against
        limit = context.limits.get(network) or (FACEBOOK_LIMIT if network == "facebook" else None)
        result = measure(doc.text, counted_as, limit=limit)
        if result.over is None:
            continue
        start, end = result.over
        excess = result.length - result.limit
        name = NETWORK_NAMES.get(network, network)
        advice = "shorten it" if network == "facebook" else "shorten it or split it into a thread"
        yield Finding(
            "length", start, end, "error",
            f"Too long for {name} by {excess} character{'' if excess == 1 else 's'}: {advice}.",
            None,
        )
