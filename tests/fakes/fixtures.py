"""Pytest fixtures for the fake X API: a running server with an app, a user and ready-made tokens.

Register with ``pytest_plugins = ["tests.fakes.fixtures"]`` in conftest, or import the fixture functions
into a test module. Teardown closes every session and the server, then fails the test if any 2xx answer
the fake gave broke the OpenAPI spec or the fake crashed, so a bug in the fake shows up wherever it happens.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Literal

import pytest
import requests
from requests_oauthlib import OAuth1

from tests.fakes.serving import FakeEnv, env_factory
from tests.fakes.x_api import FakeXServer, mount_loopback
from tests.fakes.x_state import DEFAULT_SCOPES, App, OAuth1Tokens, OAuth2Tokens, ServerConfig, User

AuthKind = Literal["oauth2", "oauth1", "none"]


@dataclass
class XApiEnv(FakeEnv):
    """A started fake plus one registered app and user, with tokens of both kinds."""

    server: FakeXServer
    app: App
    user: User
    oauth2: OAuth2Tokens
    oauth1: OAuth1Tokens

    def bearer_headers(self, token: str | None = None) -> dict[str, str]:
        return {"Authorization": f"Bearer {token or self.oauth2.access_token}"}

    def oauth1_auth(self) -> OAuth1:
        return OAuth1(
            self.app.consumer_key,
            client_secret=self.app.consumer_secret,
            resource_owner_key=self.oauth1.access_token,
            resource_owner_secret=self.oauth1.access_token_secret,
        )

    def session(self, auth: AuthKind = "oauth2") -> requests.Session:
        """A requests session whose calls to https://api.x.com (etc.) reach the fake, already authorised."""
        session = requests.Session()
        mount_loopback(session, self.base_url)
        if auth == "oauth2":
            session.headers.update(self.bearer_headers())
        elif auth == "oauth1":
            session.auth = self.oauth1_auth()
        return self.keep(session)

    def tweepy_client(self, auth: Literal["oauth2", "oauth1"] = "oauth2", **kwargs: Any) -> Any:
        """A ``tweepy.Client`` wired to the fake through the loopback adapter on its session."""
        import tweepy

        if auth == "oauth2":
            client = tweepy.Client(bearer_token=self.oauth2.access_token, **kwargs)
        else:
            client = tweepy.Client(
                consumer_key=self.app.consumer_key,
                consumer_secret=self.app.consumer_secret,
                access_token=self.oauth1.access_token,
                access_token_secret=self.oauth1.access_token_secret,
                **kwargs,
            )
        mount_loopback(client.session, self.base_url)
        self.keep(client.session)
        return client


XApiFactory = Callable[..., XApiEnv]


def make_env(
    config: ServerConfig | None = None,
    *,
    username: str = "crier_council",
    scopes: Iterable[str] = DEFAULT_SCOPES,
    redirect_uris: Iterable[str] = ("http://127.0.0.1:8765/callback",),
    client_secret: str | None = None,
    validator: bool = True,
    spec_path: str | None = None,
) -> XApiEnv:
    """Start a server and register one app (public client unless ``client_secret``) and one user."""
    server = FakeXServer(config, validator=validator, spec_path=spec_path).start()
    try:
        app = server.state.add_app("Crier", redirect_uris=redirect_uris, client_secret=client_secret)
        user = server.state.add_user(username, name="Crier Test Council")
        oauth2 = server.state.issue_oauth2_tokens(user.id, app.client_id, scopes)
        oauth1 = server.state.issue_oauth1_tokens(user.id, app.consumer_key)
    except BaseException:
        server.close()
        raise
    return XApiEnv(server, app, user, oauth2, oauth1)


@pytest.fixture
def x_api_factory() -> Iterator[XApiFactory]:
    """Build custom fake X setups (config, scopes, confidential client…); all closed after the test."""
    problems = "fake X API broke its spec or crashed"
    with env_factory(make_env, lambda env: env.state.violations, problems) as factory:
        yield factory


@pytest.fixture
def x_api(x_api_factory: XApiFactory) -> XApiEnv:
    """A started fake X API with one app, one user, OAuth 2.0 and OAuth 1.0a tokens."""
    return x_api_factory()
