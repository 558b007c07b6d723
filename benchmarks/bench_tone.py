"""How long ``check()`` takes on a post-sized draft and on a long one (it runs on every keystroke).

Targets: under 1 ms for 280 characters, under 20 ms for 5,000. Run: ``python benchmarks/bench_tone.py``.
"""

from __future__ import annotations

import statistics
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.core.tone import PreElectionPeriod, ToneContext, check  # noqa: E402

# Realistic council copy with something for most rules to find, so no rule gets a free pass.
SAMPLE = (
    "ROAD CLOSED: the A465 Heads of the Valleys road will be closed between Abergavenny and Brynmawr "
    "from Monday 3 March while we deliver improvements to the junction. Please use the signed diversion!! "
    "Going forward, updates will be at https://www.example.gov.uk/roadworks or http://bit.ly/a465. "
    "Questions? Email roads@example.gov.uk or call 01632 960000. #roadclosure #A465 🚧 "
    "Bins 🗑️ go out on Monday as usual, and the elderly residents on assisted collections are not affected. "
    "Date of the drop-in TBC. As we have repeatedly told you, fly-tipping is illegal and selfish. "
    "Diolch am eich amynedd tra bod y gwaith yn mynd rhagddo ar y ffordd. "
)
CONTEXT = ToneContext(
    networks=("x", "bluesky", "mastodon"),
    banned_terms={"service users": "residents"},
    preferred_terms={"e-mail": "email"},
    allowed_personal_data=frozenset({"01632 960000"}),
    pre_election_periods=(PreElectionPeriod("May elections", date(2026, 3, 23), date(2026, 5, 7)),),
    political_names=("Cllr Alex Example",),
    today=date(2026, 4, 1),
    council_domains=("example.gov.uk",),
)


def text_of(length: int) -> str:
    return (SAMPLE * (length // len(SAMPLE) + 1))[:length]


def median_ms(text: str, runs: int) -> float:
    check(text, context=CONTEXT)  # first call reads and compiles the word lists
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        check(text, context=CONTEXT)
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


def main() -> None:
    for length, runs, budget in ((280, 2000, 1.0), (5000, 200, 20.0)):
        took = median_ms(text_of(length), runs)
        verdict = "ok" if took < budget else "OVER BUDGET"
        print(f"{length:>5} chars: median {took:.3f} ms over {runs} runs (budget {budget:g} ms) {verdict}")


if __name__ == "__main__":
    main()
