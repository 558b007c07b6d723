"""Crier's own CPU time per post published to Mastodon (the fake Mastodon runs in another process).

    python benchmarks/bench_publish_mastodon.py [--posts 200] [--rounds 3] [--mode backlog] [--profile]

Each post: claim, Idempotency-Key committed before the request, POST /api/v1/statuses with Mastodon.py on
the app's session, the status id and "sent" committed. How it is measured: ``benchmarks/publishing.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from publishing import FakeProcess, Network, main  # noqa: E402 - after the path is set


def net_config(fake: FakeProcess) -> Any:
    from desktop.core.net import NetConfig

    return NetConfig(proxy="direct")


def connect(fake: FakeProcess, accounts: Any, secrets: Any, session: Any, options: Any) -> int:
    from desktop.core.networks.mastodon.sign_in import connect_mastodon

    return connect_mastodon(accounts, secrets, session, fake.base_url, fake.info["access_token"]).id


def unlimit(fake: FakeProcess) -> None:
    for bucket in ("statuses", "api"):
        fake.control("POST", "/rate-limits", {"bucket": bucket, "limit": 10**9})


MASTODON = Network(
    name="Mastodon",
    fake="mastodon_api",
    fake_args=(),
    text="Road closure update {n}: the B4265 is closed until 6pm.",
    net_config=net_config,
    connect=connect,
    unlimit=unlimit,
)

if __name__ == "__main__":
    sys.exit(main(MASTODON))
