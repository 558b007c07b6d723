"""Crier's own CPU time per post published to X (the fake X runs in another process), and its memory.

    python benchmarks/bench_publish_x.py [--posts 200] [--rounds 3] [--auth oauth2|oauth1] [--memory 1000]

Each post: claim, the X publisher built (keyring reads, tweepy's Client) once per run, POST /2/tweets
over the app's session, the id and "sent" committed. How the CPU time is measured:
``benchmarks/publishing.py``.

Then a memory pass: ``--memory`` more posts (0 to skip) sent with ``run_once(limit=100)`` under
tracemalloc, untimed (tracemalloc slows Python down several times), with the live Python allocations
(after a collection) printed every 100 posts: growth per post says whether anything is kept per post.
Each sample is taken after the request watchdog drops its finished requests (``net.limits``): it keeps
up to 256 of them by design, about 2.5 KB each, so sampled at whatever point of that cycle the live memory
saw-tooths by ±300 KB and the first-to-last difference said "GROWING +389 bytes/post" where nothing grew.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
import tracemalloc
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from publishing import Crier, FakeProcess, Network, main  # noqa: E402 - after the path is set

EVERY = 100
#: Live memory growing faster than this (one small object kept per post) is reported as growing.
LEAK_BYTES_PER_POST = 64


def net_config(fake: FakeProcess) -> Any:
    from desktop.core.net import X_API_BASE, NetConfig

    return NetConfig(proxy="direct", api_base_overrides={X_API_BASE: fake.base_url})


def connect(fake: FakeProcess, accounts: Any, secrets: Any, session: Any, options: Any) -> int:
    from desktop.core.credentials import Secret
    from desktop.core.networks.x.api import OAuth1Keys, OAuth2Tokens, verify
    from desktop.core.networks.x.tokens import connect_oauth1, save_account

    info = fake.info
    if options.auth == "oauth1":
        keys = OAuth1Keys.from_mapping(
            {
                "consumer_key": info["app"]["consumer_key"],
                "consumer_secret": info["app"]["consumer_secret"],
                "access_token": info["oauth1"]["access_token"],
                "access_token_secret": info["oauth1"]["access_token_secret"],
            }
        )
        return connect_oauth1(accounts, secrets, session, keys).id
    oauth2 = info["oauth2"]
    tokens = OAuth2Tokens(
        Secret(oauth2["access_token"]),
        Secret(oauth2["refresh_token"]),
        time.time() + float(oauth2["expires_in"]),
    )
    who = verify(session, tokens)
    return save_account(accounts, secrets, who, tokens, client_id=info["app"]["client_id"]).id


def unlimit(fake: FakeProcess) -> None:
    for endpoint in ("POST /2/tweets", "GET /2/users/me"):  # X allows 100 posts per 15 minutes
        fake.control("POST", "/rate-limits", {"endpoint": endpoint, "limit": 10**9})


def options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--auth", choices=("oauth2", "oauth1"), default="oauth2")
    parser.add_argument("--memory", type=int, default=1000, help="posts in the memory pass (0: none)")


def memory_pass(crier: Crier, options: argparse.Namespace) -> None:
    """Publish more posts under tracemalloc; print live Python allocations every ``EVERY`` posts."""
    from desktop.core.net.limits import forget_finished

    posts = options.memory - options.memory % EVERY
    if posts <= 0:
        return
    crier.queue(posts)
    print(f"\nMemory pass (tracemalloc on, untimed): {posts} posts, run_once(limit={EVERY})")
    print(f"{'posts':>6} {'traced KiB':>11} {'since first':>12}")
    tracemalloc.start()
    try:
        samples: list[int] = []
        done = 0
        while done < posts:
            done += len(crier.engine.run_once(limit=EVERY).sent)
            gc.collect()  # count what is kept, not garbage the collector hasn't reached yet
            forget_finished()  # nor the finished requests the watchdog keeps until its next tidy
            current, _peak = tracemalloc.get_traced_memory()
            samples.append(current)
            print(f"{done:>6} {current / 1024:>11.0f} {(current - samples[0]) / 1024:>+12.0f}")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    growth = (samples[-1] - samples[0]) / max(1, done - EVERY)
    verdict = "flat" if growth < LEAK_BYTES_PER_POST else "GROWING"
    print(
        f"Live Python memory: {growth:+.0f} bytes per post from the first sample to the last "
        f"(peak {peak / 1024:.0f} KiB): {verdict}\n"
    )


X = Network(
    name="X",
    fake="x_api",
    fake_args=("--no-spec",),
    text="Road closure update {n}: the B4265 at Llantwit Major is closed until 6pm for resurfacing.",
    net_config=net_config,
    connect=connect,
    unlimit=unlimit,
    options=options,
    after=memory_pass,
)

if __name__ == "__main__":
    sys.exit(main(X))
