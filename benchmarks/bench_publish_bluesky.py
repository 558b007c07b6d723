"""Crier's own cost of publishing one post to Bluesky, with the server's time taken out.

    python benchmarks/bench_publish_bluesky.py [--posts 300] [--rounds 3]

Queues the posts, then times ``SyncEngine.run_once()`` publishing them to the fake PDS on 127.0.0.1 with
no faults: claim, record key committed, facets found (a link, a tag and a mention), createRecord over
the app's session, remote id recorded, finished. The fake measures its own handling of every request
(parsing to the last byte written); that is subtracted, leaving the app's overhead per post.

That overhead is split in two within the same run: the time spent inside the Bluesky publisher
(building it per post, the keyring, facets, JSON, requests, loopback TCP), less the fake's own time, is
the publisher's share; the rest is the engine's database work (four or five commits per post with
synchronous=FULL), which every network pays alike and which depends on the disk. The one-off cost of
importing the publisher (the atproto SDK) is printed first. Target for the publisher: under 5 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

TEXT = "Road closure {n}: the B4265 is closed until 6pm. #Caerdydd @alice.test https://cardiff.gov.uk/ffyrdd"


class Timed:
    """Wraps each publisher the engine builds and adds up the time spent inside it."""

    def __init__(self) -> None:
        self.seconds = 0.0

    def factory(self, build: Callable[[Any], Any]) -> Callable[[Any], Any]:
        def timed_build(account: Any) -> Any:
            started = time.perf_counter()
            try:
                return _TimedPublisher(build(account), self)
            finally:
                self.seconds += time.perf_counter() - started

        return timed_build


class _TimedPublisher:
    def __init__(self, inner: Any, timer: Timed) -> None:
        self._inner = inner
        self._timer = timer

    def __getattr__(self, name: str) -> Any:
        method = getattr(self._inner, name)

        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return method(*args, **kwargs)
            finally:
                self._timer.seconds += time.perf_counter() - started

        return timed


def one_round(posts: int) -> tuple[float, float, float, int]:
    """(run_once wall seconds, seconds inside the publisher, seconds inside the fake, requests)."""
    from desktop.core.accounts import Accounts
    from desktop.core.credentials import SecretStore
    from desktop.core.db import open_database
    from desktop.core.networks.bluesky.publisher import build
    from desktop.core.networks.bluesky.sign_in import connect_bluesky
    from desktop.core.networks.registry import PublisherContext
    from desktop.core.outbox import Outbox
    from desktop.core.paths import app_paths
    from desktop.core.sync import SyncEngine
    from tests.fakes.bluesky_fixtures import make_bluesky_env
    from tests.keyrings import MemoryKeyring

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["CRIER_DATA_DIR"] = tmp
        env = make_bluesky_env()
        env.state.set_rate_limit("write", 10_000_000, 3600)
        db = open_database(app_paths().ensure())
        session = env.session()
        try:
            accounts = Accounts(db)
            secrets = SecretStore(backend=MemoryKeyring())
            account = connect_bluesky(accounts, secrets, session, "cardiffcouncil", env.app_password)
            timer = Timed()
            factory = timer.factory(lambda a: build(PublisherContext(a, accounts, secrets, session, {})))
            engine = SyncEngine(db, factory)
            outbox = Outbox(db)
            outbox.queue([account.id], ["Warm-up: first connection"])
            engine.run_once()
            for n in range(posts):
                outbox.queue([account.id], [TEXT.format(n=n)])
            since, timer.seconds = len(env.state.requests()), 0.0
            started = time.perf_counter()
            report = engine.run_once()
            wall = time.perf_counter() - started
            assert len(report.sent) == posts, report
            assert len(env.texts()) == posts + 1
            return wall, timer.seconds, env.state.handling_seconds(since), len(env.state.requests()) - since
        finally:
            session.close()
            db.close()
            env.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    started = time.perf_counter()
    import desktop.core.networks.bluesky.publisher  # noqa: F401 - timing the one-off import

    print(
        f"importing the Bluesky publisher (atproto SDK): {(time.perf_counter() - started) * 1000:.0f} ms once"
    )
    totals, shares = [], []
    for n in range(args.rounds):
        wall, inside, server, requests = one_round(args.posts)
        total = (wall - server) / args.posts * 1000
        share = (inside - server) / args.posts * 1000
        totals.append(total)
        shares.append(share)
        print(
            f"round {n + 1}: {args.posts} posts in {wall * 1000:.0f} ms, {server * 1000:.0f} ms of it inside "
            f"the fake ({requests} requests) -> Crier {total:.2f} ms per post: Bluesky publisher "
            f"{share:.2f} ms, engine's database work {total - share:.2f} ms"
        )
    share, total = statistics.median(shares), statistics.median(totals)
    verdict = "OK" if share < 5 else "OVER"
    print(
        f"Bluesky publisher's overhead per post: median {share:.2f} ms, best {min(shares):.2f} ms "
        f"(target < 5 ms: {verdict}); with the engine's database work: {total:.2f} ms"
    )


if __name__ == "__main__":
    main()
