"""Every network's fake at once, with two accounts on each connected through the app's own forms: the
set-up shared by the chaos test across networks and the bundle's sync-every-network test.

The ``every_network`` fixture (registered in ``tests/conftest.py``) points Crier, this process and the
``crier`` it starts with ``tests.chaos.sync_env``, at the fakes and at a keyring file of the test's own,
then connects the accounts into the test's data folder.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop.core.accounts import Accounts, AccountView
from desktop.core.db import Database, open_database
from desktop.core.paths import app_paths
from tests.fakes.bluesky_fixtures import BlueskyEnv
from tests.fakes.fixtures import XApiEnv
from tests.fakes.graph_fixtures import GraphEnv
from tests.fakes.mastodon_fixtures import MastodonEnv

SECOND_BLUESKY_HANDLE = "cyngorcaerdydd.bsky.social"


@dataclass(frozen=True)
class Servers:
    x: XApiEnv
    bluesky: BlueskyEnv
    mastodon: MastodonEnv
    graph: GraphEnv


def _connect_all(servers: Servers, db: Database) -> list[AccountView]:
    """Two accounts per network through the app's own connect forms, interleaved so ids mix networks."""
    from desktop.core.connect import ConnectContext, connect
    from desktop.core.credentials import SecretStore
    from desktop.core.net import NetConfig, make_session
    from tests.keyrings import JsonFileTestKeyring

    x, bsky, masto, graph = servers.x, servers.bluesky, servers.mastodon, servers.graph
    second_bsky = bsky.state.add_account(SECOND_BLUESKY_HANDLE, display_name="Cyngor Caerdydd")
    second_masto = masto.state.add_account("cyngor", display_name="Cyngor Caerdydd")
    second_page = graph.state.add_page("Cyngor Caerdydd", "cyngorcaerdydd", manager=graph.user.id)
    forms: list[tuple[str, dict[str, str]]] = []
    for i, (bsky_handle, bsky_password, masto_token, page_id, page_token) in enumerate(
        (
            (bsky.account.handle, bsky.app_password, masto.token, graph.page.id, graph.page_token),
            (
                second_bsky.handle,
                bsky.state.add_app_password(second_bsky.did),
                masto.state.issue_token(second_masto.id, ("read", "write")),
                second_page.id,
                graph.state.issue_page_token(second_page.id, app_id=graph.app.app_id),
            ),
        )
    ):
        user = x.state.add_user(f"cyngor{i}", name=f"Cyngor {i}")
        tokens = x.state.issue_oauth1_tokens(user.id, x.app.consumer_key)
        forms += [
            (
                "x",
                {
                    "consumer_key": x.app.consumer_key,
                    "consumer_secret": x.app.consumer_secret,
                    "access_token": tokens.access_token,
                    "access_token_secret": tokens.access_token_secret,
                },
            ),
            ("bluesky", {"handle": bsky_handle, "app_password": bsky_password, "service_url": bsky.base_url}),
            ("mastodon", {"instance": masto.base_url, "token": masto_token}),
            ("facebook", {"page_id": page_id, "token": page_token}),
        ]
    session = make_session(NetConfig.from_env())
    try:
        ctx = ConnectContext(Accounts(db), SecretStore(backend=JsonFileTestKeyring()), session, {})
        return [connect(form, values, ctx) for form, values in forms]
    finally:
        session.close()


@dataclass(frozen=True)
class EveryNetwork:
    servers: Servers
    accounts: list[AccountView]  # two per network, interleaved: x, bluesky, mastodon, facebook, x, ...


@pytest.fixture
def every_network(
    x_api: XApiEnv,
    bluesky_pds: BlueskyEnv,
    mastodon: MastodonEnv,
    graph_api: GraphEnv,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> EveryNetwork:
    """The four fakes with two accounts connected on each, in the test's own data folder and keyring file."""
    monkeypatch.setenv("CRIER_TEST_KEYRING_FILE", str(tmp_path / "keyring.json"))
    monkeypatch.setenv("CRIER_X_API_BASE", x_api.base_url)  # graph_api has set CRIER_FACEBOOK_API_BASE
    servers = Servers(x_api, bluesky_pds, mastodon, graph_api)
    db = open_database(app_paths().ensure())
    try:
        return EveryNetwork(servers, _connect_all(servers, db))
    finally:
        db.close()
