"""Crier's own cost of publishing one post to Mastodon, with the server's time taken out.

    python benchmarks/bench_publish_mastodon.py [--posts 300] [--rounds 3]

Starts the fake Mastodon server in its own process (so its threads don't compete with Crier's for the
GIL), then times ``SyncEngine.run_once()`` publishing posts to it with no faults: claim, Idempotency-Key
committed, Mastodon.py request over the app's session, remote id recorded, finished. The fake measures its
own handling of every request (parsing to the last byte written) and reports it on /__control/stats; that
is subtracted, leaving Crier's overhead per post, split into the Mastodon publisher's share (time inside
its calls, Mastodon.py and HTTP, less the server's) and the engine's (the rest of run_once: SQLite
commits with synchronous=FULL). Printed for posts sent one at a time (as during the day) and for a
backlog queued first (after a day offline). Target: under 5 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


class Timed:
    """Wraps a publisher and adds up the time spent inside it (building it included)."""

    network: ClassVar[str] = "mastodon"
    seconds = 0.0

    def __init__(self, build: Callable[[], Any]) -> None:
        started = time.perf_counter()
        self._inner = build()
        Timed.seconds += time.perf_counter() - started

    def __getattr__(self, name: str) -> Any:
        method = getattr(self._inner, name)

        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return method(*args, **kwargs)
            finally:
                Timed.seconds += time.perf_counter() - started

        return timed


def start_fake() -> tuple[subprocess.Popen[str], str, str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.fakes.mastodon_api", "--port", "0", "--defaults"],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    base_url = process.stdout.readline().strip()
    token = json.loads(process.stdout.readline())["access_token"]
    return process, base_url, token


def one_round(base_url: str, token: str, posts: int, *, backlog: bool) -> tuple[float, float, float]:
    """(seconds in run_once, seconds inside the publisher, seconds inside the fake) for ``posts`` posts."""
    import requests

    from desktop.core.accounts import Accounts
    from desktop.core.credentials import SecretStore
    from desktop.core.db import open_database
    from desktop.core.net import NetConfig, make_session
    from desktop.core.networks.mastodon.publisher import MastodonPublisher
    from desktop.core.networks.mastodon.sign_in import connect_mastodon
    from desktop.core.outbox import Outbox
    from desktop.core.paths import app_paths
    from desktop.core.sync import SyncEngine
    from tests.keyrings import MemoryKeyring

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["CRIER_DATA_DIR"] = tmp
        db = open_database(app_paths().ensure())
        session = make_session(NetConfig())
        try:
            accounts = Accounts(db)
            secrets = SecretStore(backend=MemoryKeyring())
            account = connect_mastodon(accounts, secrets, session, base_url, token)
            engine = SyncEngine(db, lambda a: Timed(lambda: MastodonPublisher(a, secrets, session)))
            outbox = Outbox(db)
            outbox.queue([account.id], ["Warm-up: first connection and imports"])
            engine.run_once()
            requests.delete(f"{base_url}/__control/requests", timeout=5)
            Timed.seconds = 0.0
            texts = [f"Road closure update {n}: the B4265 is closed until 6pm." for n in range(posts)]
            spent = 0.0
            sent = 0
            if backlog:
                for text in texts:
                    outbox.queue([account.id], [text])
                started = time.perf_counter()
                sent = len(engine.run_once().sent)
                spent = time.perf_counter() - started
            else:
                for text in texts:
                    outbox.queue([account.id], [text])
                    started = time.perf_counter()
                    sent += len(engine.run_once().sent)
                    spent += time.perf_counter() - started
            assert sent == posts, f"only {sent} of {posts} sent"
            stats = requests.get(f"{base_url}/__control/stats", timeout=5).json()
            return spent, Timed.seconds, float(stats["handling_seconds"])
        finally:
            session.close()
            db.close()


def measure(
    label: str, rounds: int, run: Callable[[], tuple[float, float, float]], posts: int
) -> list[float]:
    """Median (total, engine, publisher) overhead in ms per post over the rounds, printing each round."""
    rows = []
    for n in range(rounds):
        wall, inside, server = run()
        total, engine, publisher = ((wall - server), (wall - inside), (inside - server))
        rows.append([x / posts * 1000 for x in (total, engine, publisher)])
        print(
            f"  {label}, round {n + 1}: {wall / posts * 1000:.2f} ms per post in run_once, "
            f"{server / posts * 1000:.2f} ms inside the fake -> Crier {rows[-1][0]:.2f} ms "
            f"(engine {rows[-1][1]:.2f}, Mastodon publisher {rows[-1][2]:.2f})"
        )
    medians = [statistics.median(column) for column in zip(*rows, strict=True)]
    print(
        f"{label}: Crier's overhead {medians[0]:.2f} ms per post (engine {medians[1]:.2f} ms, "
        f"Mastodon publisher {medians[2]:.2f} ms)"
    )
    return medians


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    import requests

    process, base_url, token = start_fake()
    posts, rounds = args.posts, args.rounds
    try:
        for bucket in ("statuses", "api"):
            limit = {"bucket": bucket, "limit": 10**9}
            requests.post(f"{base_url}/__control/rate-limits", json=limit, timeout=5)
        print(f"{posts} posts per round, fake Mastodon in its own process at {base_url}")
        steady = measure(
            "one at a time", rounds, lambda: one_round(base_url, token, posts, backlog=False), posts
        )
        measure("all queued first", rounds, lambda: one_round(base_url, token, posts, backlog=True), posts)
    finally:
        process.terminate()
        process.wait(timeout=10)
    verdict = "OK" if steady[0] < 5 else "OVER"
    print(
        f"Publish overhead per post, one at a time: {steady[0]:.2f} ms (target < 5 ms: {verdict}); "
        f"Mastodon publisher's share {steady[2]:.2f} ms, the engine's database work {steady[1]:.2f} ms"
    )


if __name__ == "__main__":
    main()
