"""Crier's own CPU time per post published to Bluesky (the fake PDS runs in another process).

    python benchmarks/bench_publish_bluesky.py [--posts 200] [--rounds 3] [--mode backlog] [--profile]

Each post has a link, a tag and a mention: claim, record key committed before the request, facets found,
``com.atproto.repo.createRecord`` over the app's session, the record's uri and cid and "sent" committed.
How it is measured: ``benchmarks/publishing.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from publishing import FakeProcess, Network, main  # noqa: E402 - after the path is set


def net_config(fake: FakeProcess) -> Any:
    from desktop.core.net import NetConfig

    return NetConfig(proxy="direct", api_base_overrides={"https://bsky.social": fake.base_url})


def connect(fake: FakeProcess, accounts: Any, secrets: Any, session: Any, options: Any) -> int:
    from desktop.core.networks.bluesky.sign_in import connect_bluesky

    info = fake.info
    return connect_bluesky(accounts, secrets, session, info["handle"], info["app_password"]).id


def unlimit(fake: FakeProcess) -> None:
    fake.control("POST", "/rate-limits", {"bucket": "write", "limit": 10**9})


BLUESKY = Network(
    name="Bluesky",
    fake="bluesky_pds",
    fake_args=(),
    text="Road closure {n}: the B4265 is closed until 6pm. #Caerdydd @alice.test https://cardiff.gov.uk/ffyrdd",
    net_config=net_config,
    connect=connect,
    unlimit=unlimit,
)

if __name__ == "__main__":
    sys.exit(main(BLUESKY))
