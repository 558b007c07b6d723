"""Pytest fixtures for the fake Bluesky PDS: a running server with one council account and an app password.

Register with ``pytest_plugins = ["tests.fakes.bluesky_fixtures"]`` in conftest, or import the fixture
functions into a test module. Sessions come from the app's own ``make_session`` with
``https://bsky.social`` rewritten to the fake, so the default service address is exercised and nothing
can leave the machine. Teardown closes every session and the server, then fails the test if the fake
crashed (a bug in the fake must not pass for an injected fault).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
import requests

from desktop.core.net import NetConfig, make_session
from tests.fakes.bluesky_pds import FakePds, GarblePlan, PdsAccount, PdsConfig
from tests.fakes.serving import FakeEnv, env_factory

COUNCIL_HANDLE = "cardiffcouncil.bsky.social"
OTHER_HANDLE = "alice.test"


@dataclass
class BlueskyEnv(FakeEnv):
    """A started fake PDS with one account (and its app password) and one other handle to mention."""

    server: FakePds
    account: PdsAccount
    app_password: str
    other_did: str

    @property
    def garbles(self) -> GarblePlan:
        return self.server.garbles

    def session(self, *, read_timeout: float = 5.0, **config: Any) -> requests.Session:
        """The app's session (proxy, TLS, timeouts), with https://bsky.social sent to the fake."""
        net = NetConfig(
            proxy="direct",
            read_timeout=read_timeout,
            api_base_overrides={"https://bsky.social": self.base_url},
            **config,
        )
        return self.keep(make_session(net))

    def texts(self) -> list[str]:
        """The account's posts' texts, oldest first."""
        return [record.value["text"] for record in self.state.posts(self.account.did)]


BlueskyFactory = Callable[..., BlueskyEnv]


def make_bluesky_env(config: PdsConfig | None = None, *, handle: str = COUNCIL_HANDLE) -> BlueskyEnv:
    server = FakePds(config).start()
    try:
        account = server.state.add_account(handle, display_name="Cardiff Council")
        password = server.state.add_app_password(account.did)
        other = server.state.register_handle(OTHER_HANDLE)
    except BaseException:
        server.close()
        raise
    return BlueskyEnv(server, account, password, other)


@pytest.fixture
def bluesky_pds_factory() -> Iterator[BlueskyFactory]:
    """Build fake PDS setups with custom config; all closed after the test."""
    with env_factory(make_bluesky_env, lambda env: env.state.violations, "fake PDS crashed") as factory:
        yield factory


@pytest.fixture
def bluesky_pds(bluesky_pds_factory: BlueskyFactory) -> BlueskyEnv:
    """A started fake PDS with the council account, its app password and a mentionable alice.test."""
    return bluesky_pds_factory()
