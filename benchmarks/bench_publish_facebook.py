"""Crier's own CPU time per post published to a Facebook Page (the fake Graph API runs in another process).

    python benchmarks/bench_publish_facebook.py [--posts 200] [--rounds 3] [--mode backlog] [--profile]

Each post: claim, its key committed before the request, POST /{page}/feed with the Page token over the
app's session, the post id and "sent" committed. How it is measured: ``benchmarks/publishing.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from publishing import FakeProcess, Network, main  # noqa: E402 - after the path is set


def net_config(fake: FakeProcess) -> Any:
    from desktop.core.net import NetConfig
    from desktop.core.net.config import FACEBOOK_API_BASE

    return NetConfig(proxy="direct", api_base_overrides={FACEBOOK_API_BASE: fake.base_url})


def connect(fake: FakeProcess, accounts: Any, secrets: Any, session: Any, options: Any) -> int:
    from desktop.core.networks.facebook.sign_in import connect_facebook

    info = fake.info
    return connect_facebook(accounts, secrets, session, info["page"]["id"], info["page_token"]).id


FACEBOOK = Network(
    name="Facebook",
    fake="graph_api",
    fake_args=(),
    text="Post {n}: bins go out on Tuesday this week, not Monday.",
    net_config=net_config,
    connect=connect,
)

if __name__ == "__main__":
    sys.exit(main(FACEBOOK))
