"""Small helpers for building the large generated regexes (emoji sequences, top-level domains)."""

from __future__ import annotations

from collections.abc import Callable, Iterable


def utf16_units(text: str) -> str:
    """`text` with every astral character replaced by its surrogate pair, as a JavaScript string holds it.

    twitter-text indexes, slices and matches by UTF-16 code unit, so X's count is only reproducible on
    this form of the text.
    """
    encoded = text.encode("utf-16-le", "surrogatepass")
    if len(encoded) == 2 * len(text):
        return text
    wide = bytearray(2 * len(encoded))
    wide[0::4] = encoded[0::2]
    wide[1::4] = encoded[1::2]
    return wide.decode("utf-32-le", "surrogatepass")


def escape(text: str) -> str:
    """Like re.escape, but spells non-ASCII as \\uXXXX so lone surrogates survive in pattern source."""
    return "".join(ch if ch.isascii() and ch.isalnum() else _escape_one(ch) for ch in text)


def _escape_one(ch: str) -> str:
    return f"\\u{ord(ch):04x}" if ord(ch) < 0x10000 else f"\\U{ord(ch):08x}"


def trie_pattern(words: Iterable[str], edge: Callable[[str], str] = escape) -> str:
    """An alternation of `words` that prefers the longest, as a trie so the engine never backtracks far.

    `edge` spells one character of a word (e.g. as a class of its case variants).
    """
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        branches = [edge(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return "(?:" + emit(trie) + ")"
