"""Welsh initial mutations, for swapping a formal phrase for a plainer one without breaking the next word.

"er mwyn gwneud" becomes "i wneud", not "i gwneud": "i" softens the word after it and "er mwyn" does not.
So a Welsh word-list entry says what its replacement does to the next word (``next_word`` in
``plain_welsh.json``), and the checker offers the phrase and that word together, mutated as Welsh needs.
"""

from __future__ import annotations

# Two letters before one: "ll" and "rh" soften; "ch", "ph" and "th" never do, so they come before c, p, t.
_SOFT = (
    ("ch", "ch"), ("ph", "ph"), ("th", "th"), ("ll", "l"), ("rh", "r"),
    ("p", "b"), ("t", "d"), ("c", "g"), ("b", "f"), ("d", "dd"), ("g", ""), ("m", "f"),
)  # fmt: skip
_ASPIRATED = ("ch", "ph", "th")
#: Words that keep their first letter where another would soften: the possessive "dy" (am dy fil) and
#: "beth" (am beth), itself the soft form of "peth"; and any word beginning "ts" (i tsiecio).
_UNCHANGED = frozenset({"dy", "beth"})


def _with_case(original: str, changed: str) -> str:
    return changed[:1].upper() + changed[1:] if original[:1].isupper() else changed


def soft(word: str) -> str:
    """The soft mutation of a word in its radical form: cais → gais, gwneud → wneud, Llanelli → Lanelli.
    Initials never mutate (am COVID-19, am TGAU): a word of two or more capitals is left as it is."""
    lower = word.lower()
    if lower in _UNCHANGED or lower.startswith("ts") or (len(word) > 1 and word.isupper()):
        return word
    for radical, mutated in _SOFT:
        if lower.startswith(radical):
            return word if radical == mutated else _with_case(word, mutated + word[len(radical) :])
    return word


def unaspirate(word: str) -> str | None:
    """The radical of a word after "â" (which aspirates c, p, t), or None where that can't be told from
    the word alone (after "â", "chwaraeon" and "cwmni" both begin "ch")."""
    return None if word.lower().startswith(_ASPIRATED) else word


def next_word(change: str, word: str) -> str | None:
    """The word after a replaced phrase, as the replacement needs it; None if it can't be worked out."""
    radical = unaspirate(word) if change.startswith("unaspirate") else word
    if radical is None:
        return None
    return soft(radical) if change.endswith("soft") else radical
