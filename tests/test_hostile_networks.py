"""Each network's publisher behind a hostile front: redirects, malformed ids, dribbles, huge bodies, bombs.

The front (``tests/fakes/hostile.py``) forwards to the network's fake, so a post really lands there
while the answer Crier sees is the hostile one. What must hold for all four: nothing is sent to
another host, a post is never "sent" on a malformed id, no crash, and the retry goes through the
publisher's "did it land?" check (``find_landed`` first, as the engine does), so exactly one post
exists and its id is the network's real one. Deadlines and caps are small, set through ``NetConfig``.
"""

from __future__ import annotations

import dataclasses
import json
import random
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import pytest
import requests

from desktop.core.accounts import Accounts
from desktop.core.credentials import SecretStore
from desktop.core.db import Database
from desktop.core.models import utcnow
from desktop.core.net import FACEBOOK_API_BASE, X_API_BASE, NetConfig, make_session
from desktop.core.networks.bluesky import publisher as bsky_publisher
from desktop.core.networks.bluesky import sign_in as bsky_sign_in
from desktop.core.networks.facebook import publisher as fb_pub
from desktop.core.networks.facebook import sign_in as fb_sign_in
from desktop.core.networks.mastodon import publisher as mastodon_publisher
from desktop.core.networks.mastodon import sign_in as mastodon_sign_in
from desktop.core.networks.publishing import ErrorKind, PartRequest, Published, Publisher, PublishError
from desktop.core.networks.registry import PublisherContext, publisher_factory
from desktop.core.networks.x.api import XAuthError, XAuthProblem
from desktop.core.networks.x.publisher import XPublisher
from desktop.core.networks.x.sign_in import OAuth2Flow
from desktop.core.networks.x.tokens import OAuth2Keeper, load_credentials
from desktop.core.outbox import Outbox, State
from desktop.core.sync import SyncEngine
from tests import test_x_auth as x_shared
from tests.fakes import bluesky_fixtures, graph_fixtures, mastodon_fixtures
from tests.fakes.crier_side import EngineClock
from tests.fakes.hostile import Act, HostileFront
from tests.test_x_publisher import oauth2_account

# Fixtures shared by name with the networks' own test modules.
x_api_factory = x_shared.x_api_factory
world = x_shared.world
mastodon_env = mastodon_fixtures.mastodon
mastodon_factory = mastodon_fixtures.mastodon_factory
bluesky_pds = bluesky_fixtures.bluesky_pds
bluesky_pds_factory = bluesky_fixtures.bluesky_pds_factory
graph_api = graph_fixtures.graph_api
graph_api_factory = graph_fixtures.graph_api_factory

NETWORKS = ["x", "mastodon", "bluesky", "facebook"]
TEXT = "Bins will be collected as normal on Monday."
#: Small bounds so the hostile answers end quickly: a 1 s deadline and a 64 kB cap.
TIGHT = {"deadline": 1.0, "max_body_bytes": 64 * 1024, "read_timeout": 5.0}


@dataclass
class Harness:
    """One network's publisher reaching its fake through the hostile front."""

    name: str
    front: HostileFront
    post_path: str
    make: Callable[[requests.Session], Publisher]
    landed: Callable[[], list[str]]  # the network's own ids of the account's posts
    base: Callable[[HostileFront], dict[str, Any]]  # NetConfig fields that route to the front
    sessions: list[requests.Session]

    def publisher(self, **config: Any) -> Publisher:
        http = make_session(NetConfig(proxy="direct", **self.base(self.front), **config))
        self.sessions.append(http)
        return self.make(http)


def part(publisher: Publisher) -> PartRequest:
    first = PartRequest(1, 0, 1, TEXT, "en", None, None, not_before=utcnow() - timedelta(minutes=1))
    return dataclasses.replace(first, idempotency=dict(publisher.prepare(first)))


def remote(result: Published) -> str:
    return result.remote_id.partition("|")[0]  # Bluesky's is "<at-uri>|<cid>"


@pytest.fixture
def front() -> Iterator[HostileFront]:
    with HostileFront() as server:  # the backend is set by the harness
        yield server


@pytest.fixture
def other() -> Iterator[HostileFront]:
    """Another server on this computer, where a hostile redirect points; records what reaches it."""
    with HostileFront() as server:
        yield server


def _x(
    request: pytest.FixtureRequest, front: HostileFront, accounts: Accounts, secrets: SecretStore
) -> tuple[Harness, str]:
    env = request.getfixturevalue("world")
    with make_session(NetConfig.from_env()) as direct:
        account = oauth2_account(env, accounts, secrets, direct)
    return Harness(
        "x",
        front,
        "/2/tweets",
        lambda http: XPublisher(
            accounts.get(account.id), accounts, secrets, http, client_id=env.app.client_id
        ),
        lambda: [t.id for t in env.state.tweets_for(env.user.id)],
        lambda f: {"api_base_overrides": {X_API_BASE: f.base_url}},
        [],
    ), env.server.base_url


def _mastodon(
    request: pytest.FixtureRequest, front: HostileFront, accounts: Accounts, secrets: SecretStore
) -> tuple[Harness, str]:
    env = request.getfixturevalue("mastodon_env")
    with make_session(NetConfig(proxy="direct")) as direct:
        front.backend_url = env.base_url
        account = mastodon_sign_in.connect_mastodon(accounts, secrets, direct, front.base_url, env.token)
    return Harness(
        "mastodon",
        front,
        "/api/v1/statuses",
        lambda http: mastodon_publisher.MastodonPublisher(accounts.get(account.id), secrets, http),
        lambda: [s.id for s in env.statuses()],
        lambda f: {},
        [],
    ), env.base_url


def _bluesky(
    request: pytest.FixtureRequest, front: HostileFront, accounts: Accounts, secrets: SecretStore
) -> tuple[Harness, str]:
    env = request.getfixturevalue("bluesky_pds")
    routes = {"api_base_overrides": {"https://bsky.social": front.base_url}}
    front.backend_url = env.base_url
    with make_session(NetConfig(proxy="direct", **routes)) as direct:
        account = bsky_sign_in.connect_bluesky(accounts, secrets, direct, "cardiffcouncil", env.app_password)

    def make(http: requests.Session) -> Publisher:
        return bsky_publisher.build(PublisherContext(accounts.get(account.id), accounts, secrets, http, {}))

    return Harness(
        "bluesky",
        front,
        "/xrpc/com.atproto.repo.createRecord",
        make,
        lambda: [r.uri for r in env.state.posts(env.account.did)],
        lambda f: {"api_base_overrides": {"https://bsky.social": f.base_url}},
        [],
    ), env.base_url


def _facebook(
    request: pytest.FixtureRequest, front: HostileFront, accounts: Accounts, secrets: SecretStore
) -> tuple[Harness, str]:
    env = request.getfixturevalue("graph_api")
    with env.session() as direct:
        account = fb_sign_in.connect_facebook(accounts, secrets, direct, env.page.id, env.page_token)
    return Harness(
        "facebook",
        front,
        "*/feed",
        lambda http: fb_pub.FacebookPublisher(accounts.get(account.id), secrets, http, clock=env.state.now),
        lambda: [p.id for p in env.state.posts_for(env.page.id)],
        lambda f: {"api_base_overrides": {FACEBOOK_API_BASE: f.base_url}},
        [],
    ), env.base_url


BUILDERS = {"x": _x, "mastodon": _mastodon, "bluesky": _bluesky, "facebook": _facebook}


@pytest.fixture(params=NETWORKS)
def net(
    request: pytest.FixtureRequest, front: HostileFront, accounts: Accounts, secrets: SecretStore
) -> Iterator[Harness]:
    harness, backend = BUILDERS[request.param](request, front, accounts, secrets)
    front.backend_url = backend
    yield harness
    for http in harness.sessions:
        http.close()


def settle(net: Harness, publisher: Publisher, request: PartRequest) -> Published:
    """What the engine does after an ambiguous failure: ask whether it landed, and only then send."""
    return publisher.find_landed(request) or publisher.publish(request)


# -- redirects ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("status", [302, 307])
def test_a_redirected_post_goes_nowhere_else_and_needs_attention(
    net: Harness, other: HostileFront, status: int
) -> None:
    publisher = net.publisher()
    request = part(publisher)
    net.front.add(
        Act.REDIRECT, method="POST", path=net.post_path, status=status, location=f"{other.base_url}/x"
    )

    with pytest.raises(PublishError) as caught:
        publisher.publish(request)

    error = caught.value
    assert error.kind is ErrorKind.NEEDS_ATTENTION and error.ambiguous  # a retry checks before sending
    assert "another address (127.0.0.1)" in error.message
    assert other.seen == [] and net.landed() == []


# -- malformed ids -----------------------------------------------------------------------------------

OTHER_REPO = b"at://did:plc:someoneelse00000000000000/"
MALFORMED: dict[str, list[Any]] = {
    "x": [{"data": "1234"}, [], {"data": {"id": {"$gt": ""}}}, {"data": {"id": "1 OR 1=1"}}],
    "mastodon": [{"id": "1 OR 1=1"}, {"id": "1" * 200}, {"id": {"$gt": ""}}, []],
    "bluesky": [
        lambda answer: re.sub(rb"at://did:[^/\"]+/", OTHER_REPO, answer),  # our rkey, another's repo
        lambda answer: answer.replace(b"app.bsky.feed.post", b"app.bsky.feed.like"),
        {"uri": {"$gt": ""}, "cid": "bafyreiabc"},
        [],
    ],
    "facebook": [{"id": {"$gt": ""}}, {"id": "1234 OR 1=1"}, {"id": "1_2_3"}, []],
}


@pytest.mark.parametrize("case", range(4))
def test_a_malformed_id_is_never_sent_and_the_check_finds_the_real_post(net: Harness, case: int) -> None:
    publisher = net.publisher()
    request = part(publisher)
    malformed = MALFORMED[net.name][case]
    if callable(malformed):  # the fake's real answer, changed (Bluesky: the same rkey in another repo)
        net.front.add(Act.REPLACE, method="POST", path=net.post_path, status=200, rewrite=malformed)
    else:
        body = json.dumps(malformed).encode()
        net.front.add(Act.REPLACE, method="POST", path=net.post_path, status=200, body=body)

    try:
        first: Published | None = publisher.publish(request)
    except PublishError as error:  # the post landed; the answer didn't say so in a form Crier trusts
        assert error.ambiguous and error.kind is ErrorKind.RETRY_LATER
        first = None
    if first is not None:  # Bluesky reads its own rkey back at once: the record there is the post
        assert net.name == "bluesky"

    result = first or settle(net, publisher, request)
    assert [remote(result)] == net.landed()  # one post, recorded under the network's real id


# -- unbounded answers -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "act, fields",
    [(Act.DRIBBLE, {"seconds": 0.3}), (Act.HUGE, {"size": 1_000_000}), (Act.GZIP_BOMB, {"size": 50_000_000})],
    ids=["dribble", "huge", "gzip-bomb"],
)
def test_an_unbounded_answer_is_a_retryable_ambiguous_failure(
    net: Harness, act: Act, fields: dict[str, Any]
) -> None:
    publisher = net.publisher(**TIGHT)
    request = part(publisher)
    net.front.add(act, method="POST", path=net.post_path, **fields)

    with pytest.raises(PublishError) as caught:
        publisher.publish(request)
    assert caught.value.kind is ErrorKind.RETRY_LATER and caught.value.ambiguous

    result = settle(net, publisher, request)
    assert [remote(result)] == net.landed()


# -- through the engine ------------------------------------------------------------------------------


def test_the_engine_never_marks_a_malformed_answer_sent_and_sends_once(
    world: x_shared.XWorld, db: Database, accounts: Accounts, secrets: SecretStore, front: HostileFront
) -> None:
    with make_session(NetConfig.from_env()) as direct:
        account = oauth2_account(world, accounts, secrets, direct)
    front.backend_url = world.server.base_url
    front.add(Act.REPLACE, method="POST", path="/2/tweets", status=200, body=b'{"data":"1234"}')
    factory = publisher_factory(
        accounts,
        secrets=secrets,
        net_config=NetConfig(proxy="direct", api_base_overrides={X_API_BASE: front.base_url}),
        settings={"x.client_id": world.app.client_id},
    )
    clock = EngineClock()
    engine = SyncEngine(db, factory, clock=clock, rng=random.Random(7))
    outbox = Outbox(db)
    [post_id] = outbox.queue([account.id], [TEXT])

    engine.run_once()
    post = outbox.get(post_id)
    assert post.state is not State.SENT and not post.remote_ids and "1234" not in (post.remote_url or "")

    clock.advance(hours=1)
    engine.run_once()
    post = outbox.get(post_id)
    [tweet] = world.state.tweets_for(world.user.id)
    assert post.state is State.SENT and list(post.remote_ids) == [tweet.id]


# -- X's token endpoint ------------------------------------------------------------------------------


def test_a_redirected_token_refresh_never_sends_the_refresh_token_elsewhere(
    world: x_shared.XWorld, accounts: Accounts, secrets: SecretStore, front: HostileFront, other: HostileFront
) -> None:
    with make_session(NetConfig.from_env()) as direct:
        account = oauth2_account(world, accounts, secrets, direct)
    before = load_credentials(account, secrets)
    front.backend_url = world.server.base_url
    front.add(Act.REDIRECT, method="POST", path="/2/oauth2/token", status=307, location=f"{other.base_url}/t")
    config = NetConfig(proxy="direct", api_base_overrides={X_API_BASE: front.base_url})
    with make_session(config) as http:
        keeper = OAuth2Keeper(account, accounts, secrets, http, client_id=world.app.client_id)
        with pytest.raises(XAuthError) as caught:
            keeper.refresh()

    assert caught.value.problem is not XAuthProblem.NETWORK  # a redirect needs a person, not a retry
    assert "another address" in caught.value.user_message
    assert other.seen == []
    assert load_credentials(account, secrets) == before  # nothing lost either


# -- sign-in waits -----------------------------------------------------------------------------------


def test_a_short_sign_in_wait_says_its_real_length(world: x_shared.XWorld) -> None:
    with make_session(NetConfig.from_env()) as http:
        flow = OAuth2Flow(world.app.client_id, http, port=world.port)
        flow.start()
        with pytest.raises(XAuthError) as caught:
            flow.wait(timeout=0.2)
    assert "waited 1 second " in caught.value.user_message and "minute" not in caught.value.user_message


def test_wait_words() -> None:
    from desktop.core.networks.publishing import wait_words

    assert [wait_words(s) for s in (0.2, 3, 59, 60, 90, 300)] == [
        "1 second",
        "3 seconds",
        "59 seconds",
        "1 minute",
        "2 minutes",
        "5 minutes",
    ]
