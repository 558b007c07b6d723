"""One compiled regex per word list, shaped as a trie so each keystroke's scan stays fast.

A flat alternation of hundreds of phrases makes the engine try every phrase at every position; merging
shared prefixes (``(?:go(?:ing forward|...)|...)``) lets it give up after the first character that fits no
phrase, which keeps a 5,000-character check within budget.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import regex

#: Letters, marks and digits: what a match must not run into on either side (Unicode-aware, so ŵ counts).
WORD_CHAR = r"[\p{L}\p{M}\p{N}_]"
_END = ""


def phrase_units(phrase: str) -> list[str]:
    """Regex pieces for one phrase: a space or hyphen matches any run of spaces and hyphens ("e-mail",
    "e mail"; "going forward", "going-forward"), and an apostrophe matches a straight or curly one."""
    units: list[str] = []
    for char in " ".join(phrase.split()):
        if char in " -":
            units.append(r"[\s\-]+")
        elif char in "'’":
            units.append("['’]")
        else:
            units.append(regex.escape(char))
    return units


def trie_pattern(items: Iterable[Sequence[str]]) -> str:
    """A non-capturing alternation matching every sequence of units, longest alternatives first."""
    root: dict[str, dict] = {}
    for units in items:
        node = root
        for unit in units:
            node = node.setdefault(unit, {})
        node[_END] = {}
    return _emit(root) or "(?!)"


def _emit(node: dict[str, dict]) -> str:
    branches = [unit + _emit(child) for unit, child in sorted(node.items()) if unit != _END]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if _END in node:
        return f"(?:{body})?"
    return body


def compile_phrases(phrases: Iterable[str], *, ignore_case: bool) -> regex.Pattern[str]:
    """Whole-word matches of any of ``phrases``."""
    items = [phrase_units(p.lower() if ignore_case else p) for p in phrases if p.strip()]
    flags = regex.IGNORECASE if ignore_case else 0
    return regex.compile(rf"(?<!{WORD_CHAR})(?:{trie_pattern(items)})(?!{WORD_CHAR})", flags)
