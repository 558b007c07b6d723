"""Spelling a post as it is typed: the cost of one check of a 280-character text once the dictionaries are
loaded, against the 2 ms keystroke budget (issue 15). Prints the ratio budget / measured (above 1 is within).

Run: ``python benchmarks/bench_spelling.py``.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.core.spelling import Speller  # noqa: E402

BUDGET_MS = 2.0
ENGLISH = (
    "Road closures in Cardiff city centre this weekend for the Christmas market. Please plan your journey, "
    "allow extra time and use the park and ride at Pentwyn. Buses are diverted; see our website for times. "
    "Thank you for your patience."
)[:280]
WELSH = (
    "Ffyrdd ar gau yng nghanol dinas Caerdydd y penwythnos hwn ar gyfer y farchnad Nadolig. Cynlluniwch eich "
    "taith, gadewch amser ychwanegol a defnyddiwch y parcio a theithio ym Mhentwyn. Mae bysiau wedi'u "
    "dargyfeirio; gweler ein gwefan am amseroedd. Diolch am eich amynedd."
)[:280]


def time_checks(speller: Speller, text: str, language: str, rounds: int, typo: bool) -> list[float]:
    samples = []
    for i in range(rounds):
        # each round changes one word, as a keystroke does, so one word is looked up afresh
        probe = text + (f" gair{i}" if typo else "")
        start = time.perf_counter()
        speller.misspelled(probe, language)
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def main() -> None:
    speller = Speller()
    start = time.perf_counter()
    speller.load()
    print(
        f"first load of both dictionaries: {(time.perf_counter() - start) * 1000:.0f} ms (off the GUI thread)"
    )
    for name, text, language in (("English", ENGLISH, "en"), ("Welsh", WELSH, "cy")):
        warm = time_checks(speller, text, language, 300, True)
        p95 = statistics.quantiles(warm, n=20)[18]
        print(
            f"{name} {len(text)} chars: median {statistics.median(warm):.3f} ms, p95 {p95:.3f} ms; "
            f"budget {BUDGET_MS} ms / p95 = {BUDGET_MS / p95:.1f}x"
        )


if __name__ == "__main__":
    main()
