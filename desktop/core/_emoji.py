"""The emoji matcher X's counter needs, built from the `emoji` package's current RGI data.

twitter-text 3.1.0 finds emoji with twemoji-parser 11's regex, a 2019 snapshot, so anything newer (🧑‍🧑‍🧒,
🫠, the Sark flag) falls apart into separately weighted pieces there. We rebuild the same *kind* of regex from
the `emoji` package's copy of emoji-test.txt (every sequence with its qualification status; the `regex`
module's \\p{Emoji} properties cannot say which multi-character sequences are real emoji), keeping
twemoji-parser's matching rules so that emoji it already knew are grouped exactly as X groups them:

* whole sequences (ZWJ, flags, tags, keycaps) are tried first, longest first;
* a text-style character (☺, ❤, ↔) is an emoji unless VS15 (U+FE0E) follows, and takes a following VS16;
* ©, ®, ™ and ♟ are emoji only when VS16 follows — a bare © in a press notice counts 1, as on X;
* an emoji-style character (😀) does not swallow a following VS16, which then weighs 2 on its own;
* modifier bases take an optional skin tone.

The pattern works on UTF-16 code units (astral characters spelled as surrogate pairs) because twitter-text's
loop and regexes do.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from desktop.core._patterns import escape, trie_pattern, utf16_units

VS15 = "\ufe0e"
VS16 = "\ufe0f"
SKIN_TONES = frozenset(chr(cp) for cp in range(0x1F3FB, 0x1F400))
# twemoji-parser lists these four only with VS16: they are common in plain text (legal notices, chess).
VS16_REQUIRED = frozenset("\u00a9\u00ae\u2122\u265f")
# Emoji-style characters that already had a text variant in Unicode 11, so twemoji-parser lets them take VS16
# (⚽️ is one emoji there, while 👍️ is 👍 plus a separately weighted VS16).
EMOJI_STYLE_TAKING_VS16 = frozenset(
    "\u231a\u231b\u25fd\u25fe\u2614\u2615\u2648\u2649\u264a\u264b\u264c\u264d\u264e\u264f\u2650"
    "\u2651\u2652\u2653\u267f\u2693\u26a1\u26aa\u26ab\u26bd\u26be\u26c4\u26c5\u26d4\u26ea\u26f2"
    "\u26f3\u26f5\u26fa\u26fd\u2757\u2b1b\u2b1c\u2b50\u2b55\U0001f004\U0001f21a\U0001f22f"
)
# ♾ predates its VS16 form in twemoji-parser 11, which therefore weighs ♾️ as ♾ plus VS16.
VS16_SEPARATE = frozenset("\u267e")


def _class_pattern(chars: Iterable[str]) -> str:
    """One code point out of `chars`, spelled in UTF-16 units (astral ones grouped by high surrogate)."""
    bmp: list[str] = []
    astral: dict[str, list[str]] = {}
    for ch in sorted(chars):
        units = utf16_units(ch)
        if len(units) == 1:
            bmp.append(units)
        else:
            astral.setdefault(units[0], []).append(units[1])
    branches = [escape(high) + "[" + escape("".join(lows)) + "]" for high, lows in sorted(astral.items())]
    if bmp:
        branches.append("[" + escape("".join(bmp)) + "]")
    return "(?:" + "|".join(branches) + ")"


def build_emoji_pattern() -> re.Pattern[str]:
    """Compile the matcher; it takes a while, so callers build it once, on first need."""
    from emoji import EMOJI_DATA, STATUS  # its data takes a while to import, too

    singles = {seq: data["status"] for seq, data in EMOJI_DATA.items() if len(seq) == 1}
    text_style = {ch for ch, status in singles.items() if status == STATUS["unqualified"]}
    text_style = (text_style - VS16_REQUIRED - VS16_SEPARATE) | EMOJI_STYLE_TAKING_VS16
    emoji_style = singles.keys() - text_style - VS16_REQUIRED
    modifier_bases = {seq[0] for seq in EMOJI_DATA if len(seq) == 2 and seq[1] in SKIN_TONES}
    sequences = [
        utf16_units(seq)
        for seq in EMOJI_DATA
        if len(seq) > 1 and not (len(seq) == 2 and (seq[1] == VS16 or seq[1] in SKIN_TONES))
    ]
    tone = _class_pattern(SKIN_TONES)
    text_presentation = f"(?:{VS16}|(?!{VS15}))"
    alternatives = [
        trie_pattern(sequences),
        _class_pattern(VS16_REQUIRED) + VS16,
        _class_pattern(text_style & modifier_bases) + text_presentation + tone + "?",
        _class_pattern(text_style - modifier_bases) + text_presentation,
        _class_pattern(emoji_style & modifier_bases) + tone + "?",
        _class_pattern(emoji_style - modifier_bases),
    ]
    # Every match starts with one of a few hundred code units; saying so up front lets the scan reject the
    # other positions (all of ASCII but keycaps, Welsh, CJK) before trying the alternatives: 2-3x faster.
    firsts = {utf16_units(seq)[0] for seq in EMOJI_DATA}  # code units only: a BMP set is a fast bitmap
    first_unit = "[" + escape("".join(sorted(firsts))) + "]"
    return re.compile(f"(?={first_unit})(?:{'|'.join(alternatives)})")
