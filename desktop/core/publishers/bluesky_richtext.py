"""Bluesky rich text: the facets (links, mentions, hashtags) a post needs, with UTF-8 byte offsets.

Bluesky does not look for links or mentions in a post's text: the client sends ``facets`` that point at
byte ranges of the UTF-8 encoded text, and the app renders exactly those. Detection is the atproto SDK's
port of the official app's rules (``atproto_client.utils.facet_detection``), so a post from Crier looks
like one typed in the Bluesky app. This module adds what the SDK leaves to its callers, because each of
them breaks a post if it goes wrong:

* mentions are resolved to DIDs (the caller's ``resolve``); a handle that doesn't resolve stays plain text;
* handles and domains are found whatever their case (``@Cardiff.Gov.UK``): the SDK, like the app, only
  knows lower-case TLDs, so detection runs on a copy with ASCII letters lowered (same byte offsets) and
  the link and tag values are taken from the text as typed;
* tags are checked against the lexicon's limits (64 grapheme clusters, 640 bytes) by real grapheme
  clusters, where the SDK only approximates them;
* links whose text would fail the lexicon's ``uri`` format (a control or whitespace character the SDK's
  regex lets through) are left as plain text;
* overlapping facets are dropped (the first one wins), and every range is checked to start and end on a
  character boundary, so a slice always decodes to the text it annotates.

No network and no Qt here: the publisher passes in the resolver.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

import regex
from atproto_client.utils.facet_detection import detect_facets, detect_mentions

MENTION = "app.bsky.richtext.facet#mention"
LINK = "app.bsky.richtext.facet#link"
TAG = "app.bsky.richtext.facet#tag"

MAX_TAG_GRAPHEMES = 64
MAX_TAG_BYTES = 640

_GRAPHEME = regex.compile(r"\X")
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
# The lexicon's ``uri`` format, as the reference validator checks it (Python's \s is the wider one).
_URI = re.compile(r"^\w+:(?://)?[^\s/][^\s]*$")

Facet = dict[str, Any]
Resolver = Callable[[str], str | None]


def grapheme_count(text: str) -> int:
    """User-perceived characters (extended grapheme clusters), which is what Bluesky's 300 limit counts."""
    if text.isascii():
        return len(text) - text.count("\r\n")  # in ASCII only CR LF joins into one cluster
    return len(_GRAPHEME.findall(text))


def mention_handles(text: str) -> list[str]:
    """Handles mentioned in ``text`` (lower case, without the @), in order, each once."""
    seen: dict[str, None] = {}
    for match in detect_mentions(text.translate(_ASCII_LOWER)):
        seen.setdefault(match.handle, None)
    return list(seen)


def find_facets(text: str, resolve: Resolver) -> list[Facet]:
    """The post's facets as lexicon JSON, sorted by position and never overlapping.

    ``resolve`` maps a lower-case handle to its DID, or None when it doesn't resolve.
    """
    if not _may_have_facets(text):
        return []
    encoded = text.encode("utf-8")
    lowered = text.translate(_ASCII_LOWER)  # same length in bytes and characters
    found: list[tuple[int, int, dict[str, Any]]] = []
    for mention in detect_mentions(lowered):
        did = resolve(mention.handle)
        if did:
            found.append((mention.byte_start, mention.byte_end, {"$type": MENTION, "did": did}))
    for facet in detect_facets(lowered):
        start, end = facet.index.byte_start, facet.index.byte_end
        kind = facet.features[0].py_type
        if not _on_boundaries(encoded, start, end):
            continue
        typed = encoded[start:end].decode("utf-8")
        if kind == LINK:
            uri = typed if typed.lower().startswith(("http://", "https://")) else f"https://{typed}"
            if _URI.match(uri):
                found.append((start, end, {"$type": LINK, "uri": uri}))
        elif kind == TAG and typed[:1] in ("#", "\uff03"):
            tag = typed[1:]  # cashtags ($AAPL) are an app experiment councils don't need
            if tag and len(tag.encode("utf-8")) <= MAX_TAG_BYTES and grapheme_count(tag) <= MAX_TAG_GRAPHEMES:
                found.append((start, end, {"$type": TAG, "tag": tag}))
    facets: list[Facet] = []
    last_end = 0
    for start, end, feature in sorted(found, key=lambda item: (item[0], item[1])):
        if start < last_end or not _on_boundaries(encoded, start, end):
            continue
        facets.append({"index": {"byteStart": start, "byteEnd": end}, "features": [feature]})
        last_end = end
    return facets


def facet_text(text: str, facet: Facet) -> str:
    """The text a facet annotates (raises UnicodeDecodeError if its range splits a character)."""
    index = facet["index"]
    return text.encode("utf-8")[index["byteStart"] : index["byteEnd"]].decode("utf-8")


def features(facets: Iterable[Facet], kind: str) -> list[dict[str, Any]]:
    """Every feature of one kind (``LINK``, ``MENTION``, ``TAG``) across ``facets``."""
    return [f for facet in facets for f in facet.get("features", []) if f.get("$type") == kind]


def _may_have_facets(text: str) -> bool:
    """Cheap pre-check: no '@', '#', '＃' or '.' means no mention, tag or link can be found."""
    return any(mark in text for mark in ("@", "#", "\uff03", "."))


def _on_boundaries(encoded: bytes, start: int, end: int) -> bool:
    """A range is usable only if it is non-empty, inside the text and doesn't split a UTF-8 sequence."""
    if not 0 <= start < end <= len(encoded):
        return False
    return all(i == len(encoded) or (encoded[i] & 0xC0) != 0x80 for i in (start, end))
