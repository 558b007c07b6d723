"""The tone word lists, read from ``resources/tone`` once per process and cached.

The lists are data so that comms teams and IT can review them without reading code. Each reader is cached,
so the per-keystroke ``check()`` never touches the disk after the first call.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

RESOURCE_DIR = Path(__file__).resolve().parents[3] / "resources" / "tone"


class WordListError(ValueError):
    """A resource file is malformed; raised at first use so a bad edit fails loudly in the tests."""


def _read(name: str) -> str:
    return (RESOURCE_DIR / name).read_text(encoding="utf-8")


@cache
def lines(name: str) -> tuple[str, ...]:
    """Non-blank lines as written; a line starting with ``#`` is a comment."""
    stripped = (line.strip() for line in _read(name).splitlines())
    return tuple(line for line in stripped if line and not line.startswith("#"))


@cache
def word_set(name: str) -> frozenset[str]:
    """The lines of a plain list, lower-cased for case-insensitive lookup."""
    return frozenset(line.casefold() for line in lines(name))


@cache
def pairs(name: str) -> dict[str, str | None]:
    """``term = suggestion`` lines; a line without ``=`` is a term with no suggestion."""
    result: dict[str, str | None] = {}
    for line in lines(name):
        term, sep, suggestion = line.partition("=")
        term, suggestion = term.strip(), suggestion.strip()
        if not term or (sep and not suggestion):
            raise WordListError(f"{name}: {line!r} should be 'term' or 'term = suggestion'")
        result[term] = suggestion or None
    return result


@cache
def scores(name: str) -> dict[str, int]:
    """``word = score`` lines with whole-number scores."""
    result: dict[str, int] = {}
    for term, value in pairs(name).items():
        try:
            result[term.casefold()] = int(value or "")
        except ValueError:
            raise WordListError(f"{name}: the score for {term!r} should be a whole number") from None
    return result


@cache
def json_data(name: str) -> Any:
    return json.loads(_read(name))
