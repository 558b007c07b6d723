"""Pytest fixtures for the fake Mastodon server: a running instance with one account and a token.

Register with ``pytest_plugins = ["tests.fakes.mastodon_fixtures"]`` in conftest, or import the fixtures
into a test module. Teardown closes the server, then fails the test if the fake crashed, so a bug in the
fake shows up in the test that met it.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from html import unescape
from typing import Any

import pytest
import requests

from desktop.core.accounts import Accounts, AccountView
from desktop.core.credentials import SecretStore
from desktop.core.db import Database, open_database
from desktop.core.net import NetConfig, make_session
from desktop.core.networks.mastodon.publisher import MastodonPublisher
from desktop.core.networks.mastodon.sign_in import connect_mastodon
from desktop.core.paths import app_paths
from desktop.core.sync import SyncEngine
from tests.fakes.crier_side import EngineClock
from tests.fakes.mastodon_api import Account, FakeMastodonServer, ServerConfig, Status
from tests.fakes.serving import FakeEnv, env_factory
from tests.keyrings import MemoryKeyring


@dataclass
class MastodonEnv(FakeEnv):
    """A started fake plus one account (signed in to the fake's web UI) and a read+write token."""

    server: FakeMastodonServer
    account: Account
    token: str

    def statuses(self) -> list[Status]:
        """The account's statuses on the server, oldest first."""
        return self.state.statuses_for(self.account.id)  # type: ignore[no-any-return]


MastodonFactory = Callable[..., MastodonEnv]


def make_env(config: ServerConfig | None = None, *, username: str = "council") -> MastodonEnv:
    server = FakeMastodonServer(config).start()
    try:
        account = server.state.add_account(username, display_name="Crier Test Council")
        token = server.state.issue_token(account.id, ("read", "write"))
    except BaseException:
        server.close()
        raise
    return MastodonEnv(server, account, token)


@pytest.fixture
def mastodon_factory() -> Iterator[MastodonFactory]:
    """Build fake Mastodon instances with custom config; all closed (and checked) after the test."""
    with env_factory(make_env, lambda env: env.state.violations, "fake Mastodon crashed") as factory:
        yield factory


@pytest.fixture
def mastodon(mastodon_factory: MastodonFactory) -> MastodonEnv:
    """A started fake Mastodon instance with one account and a read+write token."""
    return mastodon_factory()


_FORM = re.compile(
    r"<form id='(?P<id>\w+)' method='post' action='(?P<action>[^']+)'>(?P<body>.*?)</form>", re.S
)
_HIDDEN = re.compile(r"<input type='hidden' name='([^']+)' value='([^']*)'>")


class TestBrowser:
    """A person's browser, reduced to what the sign-in needs: open the page, press a button, follow.

    It uses its own plain ``requests`` session (a browser is not the app), presses "Authorize" or
    "Deny" on the fake's page and follows the redirect to the app's loopback callback.
    """

    __test__ = False  # not a test class, despite the name

    def __init__(self, *, approve: bool = True, tamper: Callable[[str], str] | None = None) -> None:
        self.approve = approve
        self.tamper = tamper
        self.opened: list[str] = []
        self.callback_status: int | None = None
        self.page = ""

    def __call__(self, url: str) -> bool:
        self.opened.append(url)
        with requests.Session() as browser:
            page = browser.get(url, timeout=10)
            self.page = page.text
            forms = {m.group("id"): m for m in _FORM.finditer(page.text)}
            form = forms.get("approve" if self.approve else "deny")
            if form is None:
                return True  # an error or login page: the person would stop here
            fields = {name: unescape(value) for name, value in _HIDDEN.findall(form.group("body"))}
            action = requests.compat.urljoin(url, form.group("action"))
            answer = browser.post(action, data=fields, allow_redirects=False, timeout=10)
            location = answer.headers.get("Location", "")
            if self.tamper is not None:
                location = self.tamper(location)
            if location:
                self.callback_status = browser.get(location, timeout=10).status_code
        return True


# -- Crier's side: a database, a keyring in memory, the app's session ------------------------------


@dataclass
class CrierSide:
    """What the app holds while it publishes: accounts in SQLite, secrets in a keyring, one HTTP session."""

    db: Database
    accounts: Accounts
    keyring: MemoryKeyring
    secrets: SecretStore
    session: requests.Session
    clock: EngineClock
    pauses: list[float]

    def publisher(self, account: AccountView, **kwargs: Any) -> MastodonPublisher:
        """A publisher for the account as saved now; media polling records its waits instead of sleeping."""
        kwargs.setdefault("pause", self.pauses.append)
        return MastodonPublisher(self.accounts.get(account.id), self.secrets, self.session, **kwargs)

    def engine(self, **publisher_kwargs: Any) -> SyncEngine:
        """The real sync engine, building Mastodon publishers as the registry will."""
        return SyncEngine(
            self.db,
            lambda account: self.publisher(account, **publisher_kwargs),
            clock=self.clock,
            rng=random.Random(7),
        )


@pytest.fixture
def mastodon_crier() -> Iterator[CrierSide]:
    """A fresh database (in the test's CRIER_DATA_DIR), an in-memory keyring and the app's own session."""
    db = open_database(app_paths().ensure())
    keyring = MemoryKeyring()
    session = make_session(NetConfig(connect_timeout=5.0, read_timeout=5.0))
    side = CrierSide(db, Accounts(db), keyring, SecretStore(backend=keyring), session, EngineClock(), [])
    yield side
    session.close()
    db.close()


@pytest.fixture
def mastodon_connected(mastodon: MastodonEnv, mastodon_crier: CrierSide) -> AccountView:
    """The fake's account connected in Crier with its pasted token."""
    side = mastodon_crier
    return connect_mastodon(side.accounts, side.secrets, side.session, mastodon.base_url, mastodon.token)
