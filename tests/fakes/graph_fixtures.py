"""Pytest fixtures for the fake Graph API: a running server with an app, a person, a Page and tokens.

Register with ``pytest_plugins = ["tests.fakes.graph_fixtures"]`` in conftest, or import the fixtures
into a test module. The fixture points ``CRIER_FACEBOOK_API_BASE`` at the fake, so the app's own
session (``net.make_session``) reaches it through net's rewrite adapter while the code keeps calling
https://graph.facebook.com. Teardown closes everything, then fails the test if the fake crashed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, urlsplit, urlunsplit

import pytest
import requests

from desktop.core.net import NetConfig, make_session
from tests.fakes.faults import FaultPlan
from tests.fakes.graph_api import App, FakeGraphServer, GraphConfig, Page, User
from tests.fakes.serving import FakeEnv, env_factory

#: Client timeouts for tests: short enough that an injected timeout ends quickly, long enough for CI.
READ_TIMEOUT = 1.0
CONNECT_TIMEOUT = 2.0


@dataclass
class GraphEnv(FakeEnv):
    """A started fake plus one app, one person managing one Page, and that Page's token."""

    server: FakeGraphServer
    app: App
    user: User
    page: Page
    page_token: str

    @property
    def answers(self) -> FaultPlan:
        return self.server.answers

    def session(self, *, read_timeout: float = READ_TIMEOUT) -> requests.Session:
        """The app's kind of session (``make_session``), reaching the fake through the env override."""
        return self.keep(
            make_session(NetConfig.from_env(read_timeout=read_timeout, connect_timeout=CONNECT_TIMEOUT))
        )

    def messages(self) -> list[str]:
        return [post.message for post in self.state.posts_for(self.page.id)]


class TestBrowser:
    """Does what a person's browser does with Facebook's dialog, without JavaScript.

    It opens the dialog (on the fake), follows the redirect to Crier's 127.0.0.1 listener as a browser
    would (the fragment stays in the browser), checks that the page it gets is the relay page, and sends
    the fragment to the listener as the relay page's script does. ``pages`` keeps what it was shown.
    """

    __test__ = False  # not a test class, whatever pytest's name pattern thinks

    def __init__(self, *, relay: bool = True) -> None:
        self.relay = relay
        self.pages: list[str] = []
        self.landed_at: str = ""

    def __call__(self, url: str) -> bool:
        with requests.Session() as browser:
            browser.trust_env = False
            dialog = browser.get(url, allow_redirects=False, timeout=5)
            if dialog.status_code != 302:
                self.pages.append(dialog.text)
                return True
            location = dialog.headers["Location"]
            self.landed_at = location
            parts = urlsplit(location)
            if parts.hostname not in ("127.0.0.1", "localhost"):
                return True  # Facebook's desktop page: the person copies the address from here
            page = browser.get(urlunsplit((*parts[:4], "")), timeout=5)
            self.pages.append(page.text)
            if self.relay and parts.fragment and "fetch(" in page.text:
                relay = urlunsplit((parts.scheme, parts.netloc, "/token", "", ""))
                fragment = dict(parse_qsl(parts.fragment, keep_blank_values=True))
                answer = browser.post(relay, data=fragment, timeout=5)
                self.pages.append(answer.text)
        return True


GraphFactory = Callable[..., GraphEnv]


def make_env(
    config: GraphConfig | None = None,
    *,
    page_name: str = "Cardiff Council",
    username: str = "cardiffcouncil",
    redirect_uris: tuple[str, ...] = (),
    page_token_lifetime: float | None = None,
) -> GraphEnv:
    """Start a server with one app, one person managing one Page, and a Page token."""
    server = FakeGraphServer(config).start()
    try:
        state = server.state
        app = state.add_app("Crier", redirect_uris=redirect_uris)
        user = state.add_user("Council Comms Officer")
        page = state.add_page(page_name, username, manager=user.id)
        state.set_browser(user.id)
        token = state.issue_page_token(page.id, app_id=app.app_id, lifetime=page_token_lifetime)
    except BaseException:
        server.close()
        raise
    return GraphEnv(server, app, user, page, token)


@pytest.fixture
def graph_api_factory(monkeypatch: pytest.MonkeyPatch) -> Iterator[GraphFactory]:
    """Build fake Graph setups; the last one built is where CRIER_FACEBOOK_API_BASE points."""
    monkeypatch.delenv("CRIER_FACEBOOK_DIALOG_BASE", raising=False)

    def make_pointed_at(config: GraphConfig | None = None, **kwargs: Any) -> GraphEnv:
        env = make_env(config, **kwargs)
        monkeypatch.setenv("CRIER_FACEBOOK_API_BASE", env.base_url)
        return env

    with env_factory(make_pointed_at, lambda env: env.state.violations, "fake Graph API crashed") as factory:
        yield factory


@pytest.fixture
def graph_api(graph_api_factory: GraphFactory) -> GraphEnv:
    """A started fake Graph API with an app, a person, a Page and that Page's token."""
    return graph_api_factory()


@pytest.fixture
def graph_session(graph_api: GraphEnv) -> requests.Session:
    """The app's kind of session with short timeouts, reaching the fake Graph API."""
    return graph_api.session()
