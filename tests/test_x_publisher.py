"""The X publisher against the fake X API: posts, threads, images, every error class, exactly once.

tweepy and the media calls go over loopback through the app's session (net's rewrite adapter), so what is
tested is what ships. Faults are injected with the fake's fault plan; nothing here sleeps.
"""

from __future__ import annotations

import json
import logging
import random
from collections.abc import Iterator
from datetime import datetime, timedelta
from email.parser import BytesParser
from email.policy import HTTP
from pathlib import Path

import pytest
import requests

from desktop.core.accounts import Accounts, AccountStatus, AccountView
from desktop.core.attachments import Attachment
from desktop.core.credentials import Secret, SecretStore
from desktop.core.db import Database
from desktop.core.models import utcnow
from desktop.core.net import PROXY_AUTH_MESSAGE, NetConfig, make_session
from desktop.core.networks.publishing import ErrorKind, PartRequest, PublishError
from desktop.core.networks.registry import PublisherContext, publisher_factory
from desktop.core.networks.x.answers import rate_limit_reset
from desktop.core.networks.x.api import OAuth1Keys, OAuth2Tokens, verify
from desktop.core.networks.x.publisher import DUPLICATE_NOTE, XPublisher, build
from desktop.core.networks.x.tokens import save_account, sign_out
from desktop.core.outbox import Outbox, State
from desktop.core.paths import app_paths
from desktop.core.sync import SyncEngine
from tests import test_x_auth as shared
from tests.fakes.crier_side import EngineClock, png
from tests.fakes.faults import Fault
from tests.fakes.openapi import SpecValidator
from tests.fakes.proxy import FakeProxy
from tests.keyrings import MemoryKeyring
from tests.test_x_auth import XWorld, connect

# The sign-in tests' fixtures, shared by name (plain assignments, so test arguments may reuse the names).
x_api_factory = shared.x_api_factory
world = shared.world
session = shared.session

POST_PATH = "/2/tweets"
TIMELINE_PATH = "/2/users/{id}/tweets"


def oauth2_account(
    world: XWorld, accounts: Accounts, secrets: SecretStore, session: requests.Session
) -> AccountView:
    issued = world.state.issue_oauth2_tokens(world.user.id, world.app.client_id)
    tokens = OAuth2Tokens(
        Secret(issued.access_token), Secret(issued.refresh_token or ""), world.state.now() + issued.expires_in
    )
    return save_account(accounts, secrets, verify(session, tokens), tokens, client_id=world.app.client_id)


def oauth1_account(
    world: XWorld, accounts: Accounts, secrets: SecretStore, session: requests.Session
) -> AccountView:
    issued = world.state.issue_oauth1_tokens(world.user.id, world.app.consumer_key)
    keys = OAuth1Keys(
        Secret(world.app.consumer_key),
        Secret(world.app.consumer_secret),
        Secret(issued.access_token),
        Secret(issued.access_token_secret),
    )
    return save_account(accounts, secrets, verify(session, keys), keys)


@pytest.fixture(params=["oauth2", "oauth1"])
def account(
    request: pytest.FixtureRequest,
    world: XWorld,
    accounts: Accounts,
    secrets: SecretStore,
    session: requests.Session,
) -> AccountView:
    make = oauth2_account if request.param == "oauth2" else oauth1_account
    return make(world, accounts, secrets, session)


@pytest.fixture
def x2(world: XWorld, accounts: Accounts, secrets: SecretStore, session: requests.Session) -> AccountView:
    return oauth2_account(world, accounts, secrets, session)


def publisher(
    account: AccountView, accounts: Accounts, secrets: SecretStore, world: XWorld, session: requests.Session
) -> XPublisher:
    context = PublisherContext(
        accounts.get(account.id), accounts, secrets, session, {"x.client_id": world.app.client_id}
    )
    return build(context)


def part(
    text: str,
    *,
    index: int = 0,
    count: int = 1,
    reply_to: str | None = None,
    media_ids: tuple[str, ...] = (),
    not_before: datetime | None = None,
) -> PartRequest:
    return PartRequest(
        post_id=1,
        index=index,
        count=count,
        text=text,
        language="en",
        reply_to=reply_to,
        root=None,
        media_ids=media_ids,
        not_before=not_before or utcnow() - timedelta(minutes=1),
    )


@pytest.fixture
def engine_clock() -> EngineClock:
    return EngineClock()


@pytest.fixture
def engine(
    db: Database, accounts: Accounts, secrets: SecretStore, world: XWorld, engine_clock: EngineClock
) -> SyncEngine:
    factory = publisher_factory(
        accounts,
        secrets=secrets,
        net_config=NetConfig.from_env(),
        settings={"x.client_id": world.app.client_id},
    )
    return SyncEngine(db, factory, clock=engine_clock, rng=random.Random(7))


def tweets(world: XWorld) -> list:  # type: ignore[type-arg]
    return world.state.tweets_for(world.user.id)


# -- posting -------------------------------------------------------------------------------------


def test_a_post_goes_out_with_its_link(
    world: XWorld, account: AccountView, accounts: Accounts, secrets: SecretStore, session: requests.Session
) -> None:
    x = publisher(account, accounts, secrets, world, session)
    assert x.prepare(part("hello")) == {}  # X has no idempotency key
    assert x.verify().handle == "@cardiffcouncil" and x.limits().chars == 280

    result = x.publish(part("Bins will be collected as normal on Monday."))

    assert result.url == f"https://x.com/cardiffcouncil/status/{result.remote_id}" and not result.note
    [tweet] = tweets(world)
    assert (tweet.id, tweet.submitted_text) == (
        result.remote_id,
        "Bins will be collected as normal on Monday.",
    )


def test_building_and_publishing_read_each_keyring_entry_once(
    world: XWorld,
    account: AccountView,
    accounts: Accounts,
    secrets: SecretStore,
    memory: MemoryKeyring,
    session: requests.Session,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A real keyring answers each read over D-Bus or Credential Manager: the entries the publisher reads
    when it is built are the ones its first request uses (it read the three OAuth 2.0 entries twice)."""
    reads: list[str] = []
    read = memory.get_password
    monkeypatch.setattr(
        memory, "get_password", lambda service, name: reads.append(name) or read(service, name)
    )

    publisher(account, accounts, secrets, world, session).publish(part("Bins go out on Tuesday."))

    assert reads and len(reads) == len(set(reads)), reads


def test_a_thread_is_chained_by_reply_ids_through_the_engine(
    world: XWorld, account: AccountView, db: Database, engine: SyncEngine
) -> None:
    [post_id] = Outbox(db).queue(
        [account.id], ["Road closures this weekend 1/3", "Queen St 2/3", "Detours 3/3"]
    )

    report = engine.run_once()

    assert report.sent == [post_id]
    first, second, third = tweets(world)
    assert (first.in_reply_to_tweet_id, second.in_reply_to_tweet_id, third.in_reply_to_tweet_id) == (
        None,
        first.id,
        second.id,
    )
    post = Outbox(db).get(post_id)
    assert post.remote_ids == (first.id, second.id, third.id)
    assert post.remote_url == f"https://x.com/cardiffcouncil/status/{first.id}"


def test_images_are_uploaded_with_their_alt_text(
    world: XWorld, account: AccountView, db: Database, engine: SyncEngine, tmp_path: Path
) -> None:
    image = tmp_path / "gritter.png"
    image.write_bytes(png())
    alt = "A yellow gritting lorry on a snowy road at night."
    [post_id] = Outbox(db).queue(
        [account.id], ["Gritters are out tonight."], media=[Attachment(image, alt, "image/png")]
    )

    assert engine.run_once().sent == [post_id]

    [tweet] = tweets(world)
    [media_id] = tweet.media_ids
    media = world.state.media(media_id)
    assert media is not None and media.alt_text == alt and media.data == image.read_bytes()
    assert media.category == "tweet_image"


def test_request_bodies_match_the_openapi_spec(
    world: XWorld,
    x2: AccountView,
    accounts: Accounts,
    secrets: SecretStore,
    session: requests.Session,
    tmp_path: Path,
    shared_reference: Path,
) -> None:
    image = tmp_path / "map.png"
    image.write_bytes(png())
    x = publisher(x2, accounts, secrets, world, session)
    media_id = x.upload_media(Attachment(image, "Map of the closure", "image/png"))
    first = x.publish(part("Closure map", media_ids=(media_id,)))
    x.publish(part("More detail", index=1, count=2, reply_to=first.remote_id))

    spec = SpecValidator.load(shared_reference / "x-api" / "openapi.json")
    checked = []
    for request in world.state.requests():
        media_type = request.headers.get("content-type", "").split(";")[0]
        if request.path.startswith("/2/oauth2") or not request.body:
            continue
        if media_type == "application/json":
            body = json.loads(request.body)
        elif media_type == "multipart/form-data":
            message = BytesParser(policy=HTTP).parsebytes(
                f"Content-Type: {request.headers['content-type']}\r\n\r\n".encode() + request.body
            )
            fields = {
                p.get_param("name", header="content-disposition"): p.get_payload(decode=True)
                for p in message.iter_parts()
            }
            pointer = spec.request_schema_pointer(spec.operation(request.method, request.path), media_type)
            body = spec.coerce_form(
                pointer, {k: v if k == "media" else v.decode() for k, v in fields.items()}
            )
        else:
            continue
        assert spec.validate_request(request.method, request.path, body, media_type) == [], request.path
        checked.append((request.method, request.path))
    assert checked == [
        ("POST", "/2/media/upload"),
        ("POST", "/2/media/metadata"),
        ("POST", POST_PATH),
        ("POST", POST_PATH),
    ]


# -- errors, each classified once ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fault", "kind", "ambiguous", "words"),
    [
        (Fault.server_error(), ErrorKind.RETRY_LATER, True, "problem on its side (500)"),
        (Fault.unavailable(), ErrorKind.RETRY_LATER, True, "problem on its side (503)"),
        (Fault.drop(), ErrorKind.RETRY_LATER, True, ""),
        (Fault.credits_depleted(), ErrorKind.NEEDS_ATTENTION, False, "does not have any credits"),
        (Fault.forbidden(), ErrorKind.NEEDS_ATTENTION, False, "You are not permitted to perform this action"),
        (Fault.http(400), ErrorKind.NEEDS_EDITING, False, "Edit it"),
    ],
    ids=["500", "503", "drop", "402", "403", "400"],
)
def test_each_error_class(
    world: XWorld,
    x2: AccountView,
    accounts: Accounts,
    secrets: SecretStore,
    session: requests.Session,
    fault: Fault,
    kind: ErrorKind,
    ambiguous: bool,
    words: str,
) -> None:
    world.server.faults.add(fault, method="POST", path=POST_PATH)
    x = publisher(x2, accounts, secrets, world, session)
    with pytest.raises(PublishError) as caught:
        x.publish(part("Library opening hours are changing."))
    assert (caught.value.kind, caught.value.ambiguous) == (kind, ambiguous)
    assert words in caught.value.message
    assert tweets(world) == []


def test_a_read_timeout_is_ambiguous(
    world: XWorld, x2: AccountView, accounts: Accounts, secrets: SecretStore
) -> None:
    world.server.faults.add(Fault.timeout(seconds=2.0), method="POST", path=POST_PATH)
    quick = make_session(NetConfig.from_env(read_timeout=0.3))
    try:
        with pytest.raises(PublishError) as caught:
            publisher(x2, accounts, secrets, world, quick).publish(part("Slow answer"))
    finally:
        quick.close()
    assert caught.value.kind is ErrorKind.RETRY_LATER and caught.value.ambiguous
    assert "took too long" in caught.value.message


def test_nothing_listening_is_retry_later_and_not_ambiguous(
    world: XWorld, x2: AccountView, accounts: Accounts, secrets: SecretStore, session: requests.Session
) -> None:
    x = publisher(x2, accounts, secrets, world, session)
    world.server.close()
    with pytest.raises(PublishError) as caught:
        x.publish(part("Nobody home"))
    assert caught.value.kind is ErrorKind.RETRY_LATER and not caught.value.ambiguous


def test_a_proxy_asking_for_a_sign_in_needs_attention_not_offline(
    world: XWorld, x2: AccountView, accounts: Accounts, secrets: SecretStore
) -> None:
    with FakeProxy(require_auth=("alice", "s3cret")) as proxy:
        through_proxy = make_session(NetConfig.from_env(proxy=proxy.url))
        try:
            with pytest.raises(PublishError) as caught:
                publisher(x2, accounts, secrets, world, through_proxy).publish(part("Behind the proxy"))
        finally:
            through_proxy.close()
    assert caught.value.kind is ErrorKind.NEEDS_ATTENTION and caught.value.message == PROXY_AUTH_MESSAGE


def test_rate_limited_waits_until_the_reset_and_says_when(
    world: XWorld, x2: AccountView, accounts: Accounts, secrets: SecretStore, session: requests.Session
) -> None:
    world.state.set_rate_limit("POST /2/tweets", 1)
    x = publisher(x2, accounts, secrets, world, session)
    x.publish(part("First of the day"))
    with pytest.raises(PublishError) as caught:
        x.publish(part("Second of the day"))
    error = caught.value
    [limited] = [r for r in world.state.requests("POST", POST_PATH) if r.status == 429]
    assert error.kind is ErrorKind.WAIT_UNTIL and error.retry_at is not None
    expected = datetime.utcfromtimestamp(world.state.now() + 900).replace(microsecond=0)
    assert abs(error.retry_at - expected) <= timedelta(seconds=2)
    local = error.retry_at.replace(tzinfo=__import__("datetime").UTC).astimezone().strftime("%H:%M")
    assert local in error.message and limited.outcome == "answered"


def test_the_24_hour_cap_wins_when_it_is_the_one_used_up(
    world: XWorld, x2: AccountView, accounts: Accounts, secrets: SecretStore, session: requests.Session
) -> None:
    world.state.set_daily_limit("POST /2/tweets", user_limit=1)
    x = publisher(x2, accounts, secrets, world, session)
    x.publish(part("Only one today"))
    with pytest.raises(PublishError) as caught:
        x.publish(part("One too many"))
    assert caught.value.kind is ErrorKind.WAIT_UNTIL
    assert caught.value.retry_at is not None and caught.value.retry_at > utcnow() + timedelta(hours=23)


def test_rate_limit_reset_takes_the_latest_exhausted_window() -> None:
    now = 1_800_000_000.0
    headers = {
        "x-rate-limit-remaining": "0",
        "x-rate-limit-reset": str(int(now + 600)),
        "x-user-limit-24hour-remaining": "0",
        "x-user-limit-24hour-reset": str(int(now + 80_000)),
        "x-app-limit-24hour-remaining": "40",
        "x-app-limit-24hour-reset": str(int(now + 86_000)),
    }
    assert rate_limit_reset(headers, now=now) == datetime.utcfromtimestamp(now + 80_000)
    headers["x-user-limit-24hour-remaining"] = "3"
    assert rate_limit_reset(headers, now=now) == datetime.utcfromtimestamp(now + 600)
    assert rate_limit_reset({}, now=now) == datetime.utcfromtimestamp(now + 900)
    assert rate_limit_reset({"X-Rate-Limit-Reset": str(int(now - 5))}, now=now) == datetime.utcfromtimestamp(
        now
    )


def test_an_expired_access_token_is_renewed_once_on_401(
    world: XWorld,
    x2: AccountView,
    accounts: Accounts,
    secrets: SecretStore,
    memory: MemoryKeyring,
    session: requests.Session,
) -> None:
    x = publisher(x2, accounts, secrets, world, session)
    old_refresh = secrets.get(x2.key, "refresh_token")
    world.state.advance_clock(7300)  # X thinks two hours have passed; this computer's clock doesn't

    result = x.publish(part("Posted after a renewal"))

    assert [t.id for t in tweets(world)] == [result.remote_id]
    assert [r.status for r in world.state.requests("POST", POST_PATH)] == [401, 201]
    assert [r.status for r in world.state.requests("POST", "/2/oauth2/token")] == [200]
    assert secrets.get(x2.key, "refresh_token") != old_refresh  # the rotated one is kept


def test_a_second_401_means_signing_in_again(
    world: XWorld, x2: AccountView, accounts: Accounts, secrets: SecretStore, session: requests.Session
) -> None:
    world.server.faults.add(Fault.http(401), method="POST", path=POST_PATH, times=2)
    with pytest.raises(PublishError) as caught:
        publisher(x2, accounts, secrets, world, session).publish(part("Refused twice"))
    assert (
        caught.value.kind is ErrorKind.NEEDS_SIGN_IN and "Connect the account again" in caught.value.message
    )
    assert len(world.state.requests("POST", "/2/oauth2/token")) == 1  # renewed once, not in a loop


def test_oauth1_keys_refused_mean_signing_in_again(
    world: XWorld, accounts: Accounts, secrets: SecretStore, session: requests.Session
) -> None:
    account = oauth1_account(world, accounts, secrets, session)
    world.state.revoke(secrets.get(account.key, "access_token").reveal())
    with pytest.raises(PublishError) as caught:
        publisher(account, accounts, secrets, world, session).publish(part("Keys revoked"))
    assert caught.value.kind is ErrorKind.NEEDS_SIGN_IN


def test_revoked_grant_pauses_the_account_through_the_engine(
    world: XWorld, x2: AccountView, accounts: Accounts, secrets: SecretStore, db: Database, engine: SyncEngine
) -> None:
    world.state.revoke(secrets.get(x2.key, "refresh_token").reveal())  # disconnected in X's settings
    [post_id] = Outbox(db).queue([x2.id], ["Will wait for sign-in"])
    report = engine.run_once()
    assert report.paused_accounts == [post_id]
    assert accounts.get(x2.id).status is AccountStatus.NEEDS_SIGN_IN
    assert Outbox(db).get(post_id).state is State.QUEUED and tweets(world) == []


def test_an_account_without_credentials_cannot_build_a_publisher(
    world: XWorld, accounts: Accounts, secrets: SecretStore, session: requests.Session
) -> None:
    bare = accounts.add("x", "@nokeys", auth_kind="oauth2")
    with pytest.raises(PublishError) as caught:
        publisher(bare, accounts, secrets, world, session)
    assert caught.value.kind is ErrorKind.NEEDS_SIGN_IN and "@nokeys" in caught.value.message


# -- exactly once ------------------------------------------------------------------------------------


def test_a_lost_answer_is_found_on_the_timeline_not_posted_twice(
    world: XWorld, account: AccountView, db: Database, engine: SyncEngine, engine_clock: EngineClock
) -> None:
    text = "Recycling & food waste: see https://www.example.gov.uk/bins?area=north <today>"
    world.server.faults.add(Fault.lost_answer(), method="POST", path=POST_PATH)
    [post_id] = Outbox(db).queue([account.id], [text])

    assert engine.run_once().waiting == [post_id]  # the answer never came
    engine_clock.advance(hours=1)
    assert engine.run_once().sent == [post_id]

    [tweet] = tweets(world)  # X escaped & and < and wrapped the link; still recognised as ours
    assert tweet.text != text and tweet.submitted_text == text
    assert Outbox(db).get(post_id).remote_ids == (tweet.id,)
    assert [r.outcome for r in world.state.requests("POST", POST_PATH)] == ["lost_answer"]
    assert world.state.requests("GET", f"/2/users/{world.user.id}/tweets")


def test_a_lost_answer_mid_thread_resumes_at_the_right_part(
    world: XWorld, x2: AccountView, db: Database, engine: SyncEngine, engine_clock: EngineClock
) -> None:
    world.server.faults.add(Fault.lost_answer(), method="POST", path=POST_PATH, skip=1)
    [post_id] = Outbox(db).queue([x2.id], ["Part one", "Part two", "Part three"])
    assert engine.run_once().waiting == [post_id]
    engine_clock.advance(hours=1)
    assert engine.run_once().sent == [post_id]
    first, second, third = tweets(world)
    assert (second.in_reply_to_tweet_id, third.in_reply_to_tweet_id) == (first.id, second.id)
    assert Outbox(db).get(post_id).remote_ids == (first.id, second.id, third.id)


def test_find_landed_is_none_when_the_post_never_arrived(
    world: XWorld, x2: AccountView, accounts: Accounts, secrets: SecretStore, session: requests.Session
) -> None:
    x = publisher(x2, accounts, secrets, world, session)
    world.state.seed_tweet(world.user.id, "Something else entirely")
    first = x.publish(part("A parent"))
    assert x.find_landed(part("Never sent")) is None
    assert x.find_landed(part("A parent", index=1, count=2, reply_to=first.remote_id)) is None  # not a reply
    assert x.find_landed(part("A parent")).remote_id == first.remote_id  # type: ignore[union-attr]


def test_without_timeline_access_the_duplicate_answer_proves_it_landed(
    world: XWorld, x2: AccountView, db: Database, engine: SyncEngine, engine_clock: EngineClock
) -> None:
    world.server.faults.add(Fault.forbidden(), method="GET", path=TIMELINE_PATH, times=None)  # a basic tier
    world.server.faults.add(Fault.lost_answer(), method="POST", path=POST_PATH)
    [post_id] = Outbox(db).queue([x2.id], ["Council tax bills are on their way"])

    assert engine.run_once().waiting == [post_id]
    engine_clock.advance(hours=1)
    assert engine.run_once().sent == [post_id]

    assert len(tweets(world)) == 1  # X refused the second copy as a duplicate
    post = Outbox(db).get(post_id)
    assert post.remote_ids == ("",) and post.error == DUPLICATE_NOTE
    assert [r.status for r in world.state.requests("POST", POST_PATH)] == [201, 403]


def test_a_thread_cannot_continue_from_a_part_whose_link_is_unknown(
    world: XWorld, x2: AccountView, db: Database, engine: SyncEngine, engine_clock: EngineClock
) -> None:
    world.server.faults.add(Fault.forbidden(), method="GET", path=TIMELINE_PATH, times=None)
    world.server.faults.add(Fault.lost_answer(), method="POST", path=POST_PATH)
    [post_id] = Outbox(db).queue([x2.id], ["Thread start", "Thread end"])
    engine.run_once()
    engine_clock.advance(hours=1)
    assert engine.run_once().needs_attention == [post_id]
    post = Outbox(db).get(post_id)
    assert post.state is State.NEEDS_ATTENTION and "couldn't find its link" in post.error
    assert [t.submitted_text for t in tweets(world)] == ["Thread start"]  # nothing posted unattached


def test_a_duplicate_of_this_post_with_the_timeline_readable_gets_its_real_link(
    world: XWorld, x2: AccountView, accounts: Accounts, secrets: SecretStore, session: requests.Session
) -> None:
    x = publisher(x2, accounts, secrets, world, session)
    first = x.publish(part("Sent once, retried"))
    again = x.publish(part("Sent once, retried"))
    assert (again.remote_id, again.note) == (first.remote_id, "")


def test_a_duplicate_of_an_older_post_goes_back_for_editing(
    world: XWorld, x2: AccountView, accounts: Accounts, secrets: SecretStore, session: requests.Session
) -> None:
    world.state.seed_tweet(world.user.id, "Happy new year from the council!", age=86400 * 3)
    with pytest.raises(PublishError) as caught:
        publisher(x2, accounts, secrets, world, session).publish(part("Happy new year from the council!"))
    assert (
        caught.value.kind is ErrorKind.NEEDS_EDITING
        and "already posted the same text" in caught.value.message
    )


# -- secrets never leak ------------------------------------------------------------------------------


class RecordingKeyring(MemoryKeyring):
    """Remembers every value ever stored, so rotated-away tokens are searched for too."""

    def __init__(self) -> None:
        super().__init__()
        self.ever: dict[str, set[str]] = {}

    def set_password(self, service: str, username: str, password: str) -> None:
        self.ever.setdefault(username.split(":", 1)[1], set()).add(password)
        super().set_password(service, username, password)


@pytest.fixture
def debug_logging(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The app's own file logging at DEBUG (CRIER_DEBUG=1), removed again afterwards."""
    from desktop.core.logsetup import configure_logging

    root = logging.getLogger()
    level, handlers = root.level, list(root.handlers)
    monkeypatch.setenv("CRIER_DEBUG", "1")
    path = configure_logging(app_paths().logs)
    yield path
    for handler in root.handlers:
        if handler not in handlers:
            handler.close()
            root.removeHandler(handler)
    root.setLevel(level)


def test_secrets_never_reach_logs_files_or_the_database(
    world: XWorld,
    debug_logging: Path,
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
    db: Database,
    tmp_path: Path,
) -> None:
    caplog.set_level(logging.DEBUG)
    keyring = RecordingKeyring()
    store = SecretStore(backend=keyring)
    accounts = Accounts(db)
    http = make_session(NetConfig.from_env())
    clock = EngineClock()
    factory = publisher_factory(accounts, secrets=store, settings={"x.client_id": world.app.client_id})
    engine = SyncEngine(db, factory, clock=clock, rng=random.Random(3))
    image = tmp_path / "photo.png"
    image.write_bytes(png())
    try:
        # Add (browser sign-in) and OAuth 1.0a keys for a second account of the same person.
        x2 = connect(world, accounts, store, http)
        issued = world.state.issue_oauth1_tokens(world.user.id, world.app.consumer_key)
        other = world.state.add_user("cardiffevents", name="Cardiff Events")
        issued_other = world.state.issue_oauth1_tokens(other.id, world.app.consumer_key)
        from desktop.core.networks.x.tokens import connect_oauth1

        x1 = connect_oauth1(
            accounts,
            store,
            http,
            OAuth1Keys(
                Secret(world.app.consumer_key),
                Secret(world.app.consumer_secret),
                Secret(issued_other.access_token),
                Secret(issued_other.access_token_secret),
            ),
        )
        # Post (with an image), then renew on a 401, then post again; a failing call for good measure.
        outbox = Outbox(db)
        outbox.queue([x2.id, x1.id], ["First post"], media=[Attachment(image, "A photo", "image/png")])
        assert len(engine.run_once().sent) == 2
        world.state.advance_clock(7300)
        world.server.faults.add(Fault.forbidden(), method="POST", path=POST_PATH)
        outbox.queue([x2.id], ["Refused once"])
        outbox.queue([x2.id, x1.id], ["After renewal"])
        engine.run_once()
        clock.advance(hours=2)
        engine.run_once()
        assert len(world.state.requests("POST", "/2/oauth2/token")) >= 2  # code exchange + a renewal
        # Remove both.
        for account in accounts.all():
            sign_out(account, accounts, store, http)
    finally:
        http.close()
        for handler in logging.getLogger().handlers:
            handler.flush()

    values = {v for name, seen in keyring.ever.items() if name != "access_token_expires_at" for v in seen}
    values |= {issued.access_token, issued.access_token_secret}
    assert len(values) >= 8 and all(len(v) >= 16 for v in values)
    log_text = debug_logging.read_text()
    assert "DEBUG" in log_text  # DEBUG really was on
    captured = capsys.readouterr()
    haystacks = {"caplog": caplog.text, "stdout": captured.out, "stderr": captured.err}
    for path in app_paths().data.rglob("*"):
        if path.is_file():
            haystacks[str(path)] = path.read_bytes().decode("utf-8", "replace")
    assert str(debug_logging) in haystacks and any(p.endswith(".sqlite3") for p in haystacks)
    leaks = [(where, value[:6]) for where, text in haystacks.items() for value in values if value in text]
    assert leaks == []
