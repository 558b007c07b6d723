"""Differential test: our X counter against the official JavaScript twitter-text 3.1.0, run under node.

X's web composer runs that library, so where Python ports disagree with it (a bare ©, a URL glued to Arabic
text or to an emoji) it is the reference. Generated posts mix scripts, emoji, URLs (good, bad, glued),
mentions, normalisation-sensitive text and invalid characters; all of them go to one node process.

Emoji newer than twitter-text's 2019 data deliberately differ (we count 🧑‍🧑‍🧒 as 2, it says 8), so the
generator only uses emoji that the reference itself weighs as a single emoji; test_counting.py pins the
newer ones.

Runs only when node and tests/js/node_modules are present: `npm ci --prefix tests/js`.
"""

from __future__ import annotations

import json
import random
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from emoji import EMOJI_DATA, STATUS

from desktop.core.counting import measure, parse_tweet

JS_DIR = Path(__file__).resolve().parent / "js"
SEED = 20240611
CASES = 600

WORDS = {
    "english": "the council will close Church Street for resurfacing from Monday bins collected as usual",
    "welsh": "mae'r cyngor yn cau Stryd yr Eglwys ŵyl ŷd dydd Llun biniau",
    "arabic": "المجلس سيغلق شارع الكنيسة يوم الاثنين للصيانة شكرا",
    "hebrew": "העירייה תסגור את הרחוב ביום שני שּׁ",
    "chinese": "故人西辞黄鹤楼 烟花三月下扬州 孤帆远影碧空尽 唯见长江天际流",
    "japanese": "市役所は 月曜日から 道路を 閉鎖します ありがとう",
    "korean": "시의회는 월요일부터 도로를 폐쇄합니다 감사합니다",
    "cyrillic": "совет закроет улицу в понедельник спасибо",
    "greek": "το συμβούλιο θα κλείσει τον δρόμο ευχαριστώ",
    "devanagari": "परिषद सड़क बंद करेगी क्\u200dष धन्यवाद",
    "thai": "สภาจะปิดถนน ขอบคุณ",
    "decomposed": unicodedata.normalize("NFD", "café naïve Zürich résumé Ångström"),
    "symbols": "© ® ™ ©\ufe0f ®\ufe0f ™\ufe0f 1\u20e3 #\u20e3 ‼ ☺ ☺\ufe0e ♟ ♾\ufe0f ⚽\ufe0f 👍\ufe0f",
    "punctuation": "— – … “quoted” ‘single’ ′ ‷ ¿ ¡ · • \u2009x \u00a0x",
    "odd": "\u200d \u200c \u202a \u202c \u2066 \u2069 \ufe0f \ufe0e \u20e3 \x00 \u0301",
}
URLS = [
    "https://example.com",
    "http://test.co",
    "example.com",
    "www.example.co.uk/path/to/page",
    "https://t.co/abc123XYZ",
    "https://t.co/" + "a" * 45,
    "example.com/path?query=1&b=2#frag",
    "https://www.gov.uk/bins-and-recycling",
    "en.wikipedia.org/wiki/Cardiff_(city)",
    "http://☃.net/",
    "http://例え.テスト",
    "xn--bcher-kva.example",
    "foo.notatld",
    "www.-bad.com",
    "http://192.168.0.1/admin",
    "https://example.com:8080/x",
    "cardiff.gov.wales",
    "HTTPS://WWW.EXAMPLE.COM/INDEX.HTML",
    "http://sports.yahoo.com/nfl/news;_ylt=Aom0;ylu=XyZ?slug=ap",
    "a.b.c.d.e.f.com",
    "example.com.",
    "http://example.com/Русские_слова",
    "somesuperlongdomainnamethatgoesonandonandonforeverandeverandeveragain.com",
    "x.РУС",
    "mysite.みんな",
    "bit.ly/3xYz",
    "@someone/list",
]
JOINERS = [" ", " ", " ", "", "\n", "\n\n", ", ", ". ", "! ", "/", "-", "_", "@", "#", "$", "(", ")", "…"]
INVALID = ["\ufffe", "\ufeff", "\uffff", "\ud800", "\udfff"]


def _node_available() -> None:
    if shutil.which("node") is None:
        pytest.skip("node is not installed; the JavaScript twitter-text reference cannot run")
    if not (JS_DIR / "node_modules" / "twitter-text").is_dir():
        pytest.skip("tests/js/node_modules is missing: run `npm ci --prefix tests/js` (twitter-text 3.1.0)")


def _parse_in_node(texts: list[str]) -> list[dict]:
    completed = subprocess.run(
        ["node", str(JS_DIR / "parse_tweets.js")],
        input=json.dumps(texts),
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return json.loads(completed.stdout)


def _reference_emoji() -> list[str]:
    """Fully-qualified emoji up to Emoji 11 that the reference itself weighs as one emoji."""
    fully_qualified = STATUS["fully_qualified"]
    candidates = sorted(
        seq for seq, data in EMOJI_DATA.items() if data["status"] == fully_qualified and data["E"] <= 11
    )
    results = _parse_in_node(candidates)
    return [seq for seq, result in zip(candidates, results, strict=True) if result["weightedLength"] == 2]


def _post(rng: random.Random, emoji_pool: list[str]) -> str:
    scripts = rng.sample(sorted(WORDS), k=rng.randint(1, 4))
    pieces: list[str] = []
    for _ in range(rng.choice([3, 8, 20, 60, 140])):
        roll = rng.random()
        if roll < 0.55:
            piece = rng.choice(WORDS[rng.choice(scripts)].split(" "))
        elif roll < 0.75:
            piece = "".join(rng.choice(emoji_pool) for _ in range(rng.choice([1, 1, 1, 2, 3])))
        elif roll < 0.88:
            piece = rng.choice(URLS)
        elif roll < 0.95:
            piece = rng.choice(["@cardiffcouncil", "#BinDay", "$GBP", "@user@example.social", "＠x", "＃tag"])
        elif roll < 0.98:
            piece = rng.choice(INVALID)
        else:
            piece = str(rng.randint(0, 10**6))
        pieces.append(piece)
        pieces.append(rng.choice(JOINERS))
    text = "".join(pieces).strip(" ")
    return text


def _no_adjacent_surrogates(text: str) -> bool:
    """Python strings can hold a high and a low surrogate side by side; JSON would fuse them into one."""
    pairs = zip(text, text[1:], strict=False)
    return not any("\ud800" <= a <= "\udbff" and "\udc00" <= b <= "\udfff" for a, b in pairs)


def test_matches_javascript_twitter_text() -> None:
    _node_available()
    rng = random.Random(SEED)
    pool = _reference_emoji()
    assert len(pool) > 1000, "the reference should know well over a thousand emoji"
    texts = [t for t in (_post(rng, pool) for _ in range(CASES)) if _no_adjacent_surrogates(t)]
    expected = _parse_in_node(texts)
    mismatches = []
    for text, js in zip(texts, expected, strict=True):
        ours = parse_tweet(text)
        got = {
            "weightedLength": ours.weighted_length,
            "valid": ours.valid,
            "permillage": ours.permillage,
            "validRangeEnd": ours.valid_range_end,
            "displayRangeEnd": ours.display_range_end,
        }
        want = {key: js.get(key) for key in got}
        if got != want:
            mismatches.append((text, got, want))
        m = measure(text)
        assert (m.length, m.valid) == (js["weightedLength"], js["valid"]), text
    report = "\n".join(f"{t!r}\n  ours {g}\n  js   {w}" for t, g, w in mismatches[:10])
    assert not mismatches, f"{len(mismatches)} of {len(texts)} posts differ from twitter-text:\n{report}"
    assert len(texts) >= 500
