"""The Facebook publisher against the fake Graph API: posts, photos, long posts, every error class, once.

Every request goes over loopback through the app's own session (``CRIER_FACEBOOK_API_BASE`` and net's
rewrite adapter), so what is tested is what ships. Faults come from the fake's fault plan; the engine's
clock is moved on by hand; nothing sleeps.
"""

from __future__ import annotations

import json
import logging
import random
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, ClassVar

import pytest
import requests

from desktop.core.accounts import Accounts, AccountStatus, AccountView
from desktop.core.attachments import Attachment
from desktop.core.credentials import SecretStore
from desktop.core.db import Database
from desktop.core.models import utcnow
from desktop.core.networks.facebook import api as fba
from desktop.core.networks.facebook import publisher as fbp
from desktop.core.networks.facebook import sign_in as fbs
from desktop.core.networks.publishing import (
    ErrorKind,
    PartRequest,
    Published,
    Publisher,
    PublishError,
)
from desktop.core.networks.registry import PublisherContext
from desktop.core.outbox import Outbox, State
from desktop.core.paths import app_paths
from desktop.core.sync import SyncEngine
from tests.fakes.crier_side import Crash, EngineClock, png
from tests.fakes.faults import Fault, FaultKind
from tests.fakes.graph_api import GraphFault, RawAnswer
from tests.fakes.graph_fixtures import GraphEnv, GraphFactory, graph_api, graph_api_factory, graph_session

__all__ = ["graph_api", "graph_api_factory", "graph_session"]  # fixtures, imported by name

FEED = "/{id}/feed"
HTML = "<!DOCTYPE html><html><body><h1>Welcome to Council Guest Wi-Fi</h1></body></html>"


# -- fixtures ------------------------------------------------------------------------------------------


@pytest.fixture
def page(
    graph_api: GraphEnv, accounts: Accounts, secrets: SecretStore, graph_session: requests.Session
) -> AccountView:
    """The fake's Page, connected the way the Accounts dialog does it."""
    return fbs.connect_facebook(accounts, secrets, graph_session, graph_api.page.id, graph_api.page_token)


@pytest.fixture
def publisher(
    page: AccountView, accounts: Accounts, secrets: SecretStore, graph_session: requests.Session
) -> fbp.FacebookPublisher:
    return fbp.build(PublisherContext(accounts.get(page.id), accounts, secrets, graph_session, {}))


@pytest.fixture
def clock() -> EngineClock:
    return EngineClock()


def factory_for(
    env: GraphEnv,
    secrets: SecretStore,
    session: requests.Session,
    wrap: Callable[[Publisher], Publisher] = lambda p: p,
) -> Callable[[AccountView], Publisher]:
    """A publisher per account, as the registry builds them, on the fake's clock (Facebook's time)."""
    return lambda account: wrap(fbp.FacebookPublisher(account, secrets, session, clock=env.state.now))


@pytest.fixture
def engine(
    graph_api: GraphEnv,
    db: Database,
    secrets: SecretStore,
    graph_session: requests.Session,
    clock: EngineClock,
) -> SyncEngine:
    return SyncEngine(db, factory_for(graph_api, secrets, graph_session), clock=clock, rng=random.Random(7))


def part(text: str, *, index: int = 0, count: int = 1, root: str | None = None, **kw: Any) -> PartRequest:
    return PartRequest(
        post_id=kw.pop("post_id", 1),
        index=index,
        count=count,
        text=text,
        language="en",
        reply_to=root,
        root=root,
        not_before=kw.pop("not_before", utcnow() - timedelta(minutes=1)),
        **kw,
    )


def prepared(publisher: fbp.FacebookPublisher, text: str, **kw: Any) -> PartRequest:
    """A prepared part whose first attempt time is the publisher's own clock, as the sync engine stamps it."""
    first = part(text, **kw)
    idem = publisher.prepare(first)
    kw.setdefault("not_before", datetime.fromtimestamp(idem["since"], UTC).replace(tzinfo=None))
    return part(text, idempotency=idem, **kw)


def drain(engine: SyncEngine, clock: EngineClock, outbox: Outbox, ids: list[int], rounds: int = 40) -> None:
    """Run the engine until every post is finished, moving its clock past each backoff."""
    for _ in range(rounds):
        engine.run_once()
        if all(outbox.get(i).state in (State.SENT, State.NEEDS_ATTENTION) for i in ids):
            return
        clock.advance(hours=1)
    raise AssertionError("posts still unfinished: " + str([outbox.get(i).state for i in ids]))


# -- posting -------------------------------------------------------------------------------------------


def test_a_post_goes_to_the_feed_with_its_link_and_the_token_only_in_a_header(
    graph_api: GraphEnv, publisher: fbp.FacebookPublisher
) -> None:
    assert publisher.verify().handle == "@cardiffcouncil"
    assert publisher.limits().chars == 63_206
    text = "Bins go out as normal on Monday. Details: https://cardiff.gov.uk/bins."

    result = publisher.publish(prepared(publisher, text))

    [post] = graph_api.state.posts_for(graph_api.page.id)
    assert (post.id, post.message, post.link) == (result.remote_id, text, "https://cardiff.gov.uk/bins")
    page_part, post_part = result.remote_id.split("_")
    assert result.url == f"https://www.facebook.com/{page_part}/posts/{post_part}" and not result.note
    sent = graph_api.state.requests()
    assert sent and {r.token_in for r in sent} == {"header"}
    assert all("access_token" not in r.query and "access_token" not in r.form for r in sent)
    assert all(r.path.startswith(f"/{fba.GRAPH_VERSION}/") for r in sent)


def test_photos_are_uploaded_unpublished_with_alt_text_then_attached(
    graph_api: GraphEnv, publisher: fbp.FacebookPublisher, tmp_path: Path
) -> None:
    first, second = tmp_path / "flood.png", tmp_path / "map.png"
    first.write_bytes(png())
    second.write_bytes(png(3, 3))
    ids = [
        publisher.upload_media(Attachment(first, "Flood water on Queen Street", "image/png")),
        publisher.upload_media(Attachment(second, "", "image/png")),
    ]
    photo = graph_api.state.photo(ids[0])
    assert photo is not None and not photo.published and photo.alt_text == "Flood water on Queen Street"
    assert graph_api.state.photo(ids[1]).alt_text is None  # type: ignore[union-attr]  # Facebook writes its own

    text = "Queen Street is closed by flooding. Updates: https://cardiff.gov.uk/floods"
    result = publisher.publish(prepared(publisher, text, media_ids=tuple(ids)))

    [post] = graph_api.state.posts_for(graph_api.page.id)
    assert post.id == result.remote_id and post.photo_ids == tuple(ids)
    assert post.link is None  # with photos the post shows the photos; the link stays in the text
    assert all(graph_api.state.photo(i).attached_to == post.id for i in ids)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("name", "data", "mime", "kind"),
    [
        ("notes.pdf", b"%PDF-1.7", "application/pdf", ErrorKind.NEEDS_EDITING),
        (
            "huge.png",
            b"\x89PNG\r\n\x1a\n" + b"\0" * fba.MAX_IMAGE_BYTES,
            "image/png",
            ErrorKind.NEEDS_EDITING,
        ),
        ("broken.png", b"not an image at all", "image/png", ErrorKind.NEEDS_EDITING),  # Facebook's 324
    ],
)
def test_images_facebook_cant_take_go_back_for_editing(
    publisher: fbp.FacebookPublisher, tmp_path: Path, name: str, data: bytes, mime: str, kind: ErrorKind
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(PublishError) as caught:
        publisher.upload_media(Attachment(path, "alt", mime))
    assert caught.value.kind is kind and "(#" not in caught.value.message
    assert "edit" in caught.value.message.lower() or name in caught.value.message


def test_a_missing_image_needs_attention(publisher: fbp.FacebookPublisher, tmp_path: Path) -> None:
    with pytest.raises(PublishError) as caught:
        publisher.upload_media(Attachment(tmp_path / "gone.png", "alt", "image/png"))
    assert caught.value.kind is ErrorKind.NEEDS_ATTENTION and "gone.png" in caught.value.message


def test_photos_that_expired_unposted_say_to_post_the_draft_again(
    graph_api: GraphEnv, publisher: fbp.FacebookPublisher, tmp_path: Path
) -> None:
    path = tmp_path / "a.png"
    path.write_bytes(png())
    photo = publisher.upload_media(Attachment(path, "alt", "image/png"))
    graph_api.state.advance_clock(graph_api.state.config.unpublished_photo_lifetime + 1)
    with pytest.raises(PublishError) as caught:
        publisher.publish(prepared(publisher, "Road closed", media_ids=(photo,)))
    assert caught.value.kind is ErrorKind.NEEDS_ATTENTION and "post the draft again" in caught.value.message


def test_a_long_post_is_the_feed_post_then_comments_under_it_through_the_engine(
    graph_api: GraphEnv, page: AccountView, db: Database, engine: SyncEngine
) -> None:
    parts = ["1/3 The budget consultation is open.", "2/3 Have your say online.", "3/3 It closes in May."]
    [post_id] = Outbox(db).queue([page.id], parts)

    assert engine.run_once().sent == [post_id]

    [post] = graph_api.state.posts_for(graph_api.page.id)
    assert post.message == parts[0]
    assert [c.message for c in post.comments] == parts[1:]
    assert {c.from_id for c in post.comments} == {graph_api.page.id}  # written as the Page
    view = Outbox(db).get(post_id)
    assert view.remote_ids == (post.id, *(c.id for c in post.comments))
    assert view.remote_url == fba.post_url(post.id)


def test_a_post_queued_for_facebook_stays_one_message_under_the_limit(page: AccountView) -> None:
    from desktop.core.posting import prepare_parts

    long_text = "Council tax bands explained. " * 2000  # ~58,000 characters: one Facebook post
    assert len(prepare_parts(long_text, page)) == 1


# -- classification ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fault", "kind", "ambiguous", "words"),
    [
        (GraphFault.graph(190, subcode=463), ErrorKind.NEEDS_SIGN_IN, False, "has expired"),
        (GraphFault.graph(190, subcode=467), ErrorKind.NEEDS_SIGN_IN, False, "Connect the Page again"),
        (GraphFault.graph(190, status=401), ErrorKind.NEEDS_SIGN_IN, False, "no longer accepts"),
        (GraphFault.graph(4, regain_minutes=7), ErrorKind.WAIT_UNTIL, False, "limit"),
        (GraphFault.graph(17), ErrorKind.WAIT_UNTIL, False, "try again at"),
        (GraphFault.graph(32), ErrorKind.WAIT_UNTIL, False, "try again at"),
        (GraphFault.graph(613), ErrorKind.WAIT_UNTIL, False, "try again at"),
        (GraphFault.graph(80001, regain_minutes=12), ErrorKind.WAIT_UNTIL, False, "try again at"),
        (
            GraphFault.graph(368, message="(#368) The action attempted has been deemed abusive"),
            ErrorKind.NEEDS_ATTENTION,
            False,
            "deemed abusive",
        ),
        (
            GraphFault.graph(200, status=403, message="(#200) Requires pages_manage_posts"),
            ErrorKind.NEEDS_ATTENTION,
            False,
            "Requires pages_manage_posts",
        ),
        (GraphFault.graph(10, status=403), ErrorKind.NEEDS_ATTENTION, False, "Page admin"),
        (GraphFault.graph(299, status=403), ErrorKind.NEEDS_ATTENTION, False, "Page admin"),
        (
            GraphFault.graph(100, message="(#100) Param link must be a valid URL"),
            ErrorKind.NEEDS_EDITING,
            False,
            "link must be a valid URL",
        ),
        (GraphFault.graph(1, status=500), ErrorKind.RETRY_LATER, True, "try again"),
        (GraphFault.graph(2, status=503), ErrorKind.RETRY_LATER, True, "try again"),
        (Fault.server_error(), ErrorKind.RETRY_LATER, True, "Facebook had a problem"),
        (Fault.unavailable(), ErrorKind.RETRY_LATER, True, "Facebook had a problem"),
        (Fault.rate_limited(), ErrorKind.WAIT_UNTIL, False, "try again at"),
        (
            GraphFault.graph(9999, message="(#9999) Something new"),
            ErrorKind.NEEDS_ATTENTION,
            False,
            "Something new",
        ),
    ],
)
def test_graph_errors_are_classified_once_in_plain_words(
    graph_api: GraphEnv,
    publisher: fbp.FacebookPublisher,
    fault: Fault,
    kind: ErrorKind,
    ambiguous: bool,
    words: str,
) -> None:
    graph_api.faults.add(fault, method="POST", path=FEED)
    with pytest.raises(PublishError) as caught:
        publisher.publish(prepared(publisher, "Library hours change next week"))
    error = caught.value
    assert (error.kind, error.ambiguous) == (kind, ambiguous)
    assert words in error.message
    assert "(#" not in error.message  # Graph's code prefix is for the log, not for people
    assert error.detail.startswith("POST /{page-id}/feed: HTTP")
    if kind is ErrorKind.WAIT_UNTIL:
        assert error.retry_at is not None and error.retry_at > utcnow()


def test_the_wait_comes_from_the_usage_headers(graph_api: GraphEnv, publisher: fbp.FacebookPublisher) -> None:
    graph_api.faults.add(GraphFault.graph(80001, regain_minutes=42), method="POST", path=FEED)
    before = utcnow()
    with pytest.raises(PublishError) as caught:
        publisher.publish(prepared(publisher, "Leisure centre reopens"))
    assert caught.value.retry_at is not None
    wait = caught.value.retry_at - before
    assert timedelta(minutes=41) < wait < timedelta(minutes=43)


def test_rate_limit_retry_at_reads_every_usage_header() -> None:
    now = 1_800_000_000.0
    buc = {"1234": [{"type": "pages", "call_count": 100, "estimated_time_to_regain_access": 9}]}
    page_usage = {"call_count": 100, "estimated_time_to_regain_access": 3}

    def wait(headers: dict[str, str]) -> float:
        return fba.rate_limit_retry_at(headers, now=now).timestamp() - datetime(1970, 1, 1).timestamp() - now

    assert wait({"X-Business-Use-Case-Usage": json.dumps(buc), "X-Page-Usage": json.dumps(page_usage)}) == 540
    assert wait({"x-page-usage": json.dumps(page_usage)}) == 180
    assert wait({"retry-after": "30"}) == 30
    assert wait({"x-app-usage": '{"call_count": 100}'}) == fba.DEFAULT_WAIT.total_seconds()
    assert wait({"x-business-use-case-usage": "not json"}) == fba.DEFAULT_WAIT.total_seconds()


@pytest.mark.parametrize(
    ("answer", "kind", "ambiguous", "words"),
    [
        (
            RawAnswer.of(200, HTML, "text/html; charset=utf-8"),
            ErrorKind.RETRY_LATER,
            True,
            "couldn't be read",
        ),
        (
            RawAnswer.of(200, '{"id": "1_2"', "application/json"),
            ErrorKind.RETRY_LATER,
            True,
            "couldn't be read",
        ),
        (RawAnswer.of(200, '{"id": "1_2"}', "text/plain"), ErrorKind.RETRY_LATER, True, "couldn't be read"),
        (RawAnswer.of(200, "[1, 2, 3]", "application/json"), ErrorKind.RETRY_LATER, True, "couldn't be read"),
        (RawAnswer.of(502, "<html>Bad gateway</html>", "text/html"), ErrorKind.RETRY_LATER, True, "(502)"),
        (
            RawAnswer.of(403, "<html>Blocked by policy</html>", "text/html"),
            ErrorKind.NEEDS_ATTENTION,
            False,
            "ask IT",
        ),
        (
            RawAnswer.of(407, "<html>Proxy sign-in</html>", "text/html"),
            ErrorKind.NEEDS_ATTENTION,
            False,
            "proxy",
        ),
    ],
)
def test_answers_that_arent_graphs_are_errors_not_crashes(
    graph_api: GraphEnv,
    publisher: fbp.FacebookPublisher,
    answer: RawAnswer,
    kind: ErrorKind,
    ambiguous: bool,
    words: str,
) -> None:
    graph_api.answers.add(answer, method="POST", path=FEED)
    with pytest.raises(PublishError) as caught:
        publisher.publish(prepared(publisher, "Polling stations open 7am to 10pm"))
    assert (caught.value.kind, caught.value.ambiguous) == (kind, ambiguous)
    assert words in caught.value.message


def test_verify_says_when_the_token_is_refused(graph_api: GraphEnv, publisher: fbp.FacebookPublisher) -> None:
    graph_api.state.invalidate_token(graph_api.page_token, 460)
    with pytest.raises(PublishError) as caught:
        publisher.verify()
    assert caught.value.kind is ErrorKind.NEEDS_SIGN_IN and "password was changed" in caught.value.message


def test_no_saved_token_means_sign_in(
    page: AccountView, accounts: Accounts, secrets: SecretStore, graph_session: requests.Session
) -> None:
    secrets.delete(page.key, fba.TOKEN_SECRET)
    with pytest.raises(PublishError) as caught:
        fbp.build(PublisherContext(page, accounts, secrets, graph_session, {}))
    assert caught.value.kind is ErrorKind.NEEDS_SIGN_IN and "Connect it again" in caught.value.message


def test_a_token_known_to_have_ended_pauses_without_a_request(
    graph_api: GraphEnv,
    page: AccountView,
    accounts: Accounts,
    secrets: SecretStore,
    graph_session: requests.Session,
) -> None:
    accounts.update(page.id, settings={"token_expires_at": 1_000})
    before = len(graph_api.state.requests())
    with pytest.raises(PublishError) as caught:
        fbp.build(PublisherContext(accounts.get(page.id), accounts, secrets, graph_session, {}))
    assert caught.value.kind is ErrorKind.NEEDS_SIGN_IN and "ended at" in caught.value.message
    assert len(graph_api.state.requests()) == before


@pytest.mark.parametrize("base", ["http://graph.example.gov.uk", "ftp://127.0.0.1", "http://10.0.0.5:8080"])
def test_plain_http_is_refused_except_on_this_computer(
    page: AccountView, secrets: SecretStore, graph_session: requests.Session, base: str
) -> None:
    with pytest.raises(ValueError, match="Facebook"):
        fbp.FacebookPublisher(page, secrets, graph_session, base=base)


@pytest.mark.parametrize(
    "base", ["http://127.0.0.1:9/v25.0", "http://[::1]:9", "https://graph.example.gov.uk/v25.0"]
)
def test_https_and_loopback_bases_are_accepted(base: str) -> None:
    assert fba.checked_base(base) == base.rstrip("/")


def test_a_rate_limited_page_waits_and_holds_its_later_posts(
    graph_api: GraphEnv, page: AccountView, db: Database, engine: SyncEngine, clock: EngineClock
) -> None:
    outbox = Outbox(db)
    ids = [outbox.queue([page.id], [f"Road works update {i}"])[0] for i in range(3)]
    graph_api.state.config.page_call_limit = len(graph_api.state.requests()) + 1  # one more call allowed

    report = engine.run_once()

    assert report.sent == ids[:1] and report.waiting == ids[1:2]
    waiting = outbox.get(ids[1])
    assert waiting.state is State.WAITING and "try again at" in waiting.error
    assert waiting.next_attempt_at is not None and waiting.next_attempt_at > clock() + timedelta(minutes=30)
    assert outbox.get(ids[2]).state is State.QUEUED  # held behind the waiting post, in order
    graph_api.state.advance_clock(graph_api.state.config.rate_window)
    clock.offset += waiting.next_attempt_at - clock() + timedelta(seconds=1)
    assert engine.run_once().sent == ids[1:]
    assert graph_api.messages() == [f"Road works update {i}" for i in range(3)]


def test_rejected_access_pauses_the_page(
    graph_api: GraphEnv, page: AccountView, db: Database, engine: SyncEngine, accounts: Accounts
) -> None:
    [post_id] = Outbox(db).queue([page.id], ["Council meeting tonight"])
    graph_api.state.expire_token(graph_api.page_token)
    report = engine.run_once()
    assert report.paused_accounts == [post_id]
    assert accounts.get(page.id).status is AccountStatus.NEEDS_SIGN_IN
    assert "has expired" in accounts.get(page.id).status_message


# -- exactly once --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "fault",
    [
        Fault.lost_answer(),
        Fault.timeout(1.5, commit=True),
        Fault.timeout(1.5),
        Fault.drop(),
        GraphFault.graph(1, status=500, commit=True),
        Fault.server_error(),
    ],
    ids=[
        "lost-answer",
        "timeout-after-posting",
        "timeout-before-posting",
        "dropped",
        "500-after-posting",
        "500",
    ],
)
def test_every_kind_of_failed_write_ends_in_exactly_one_post(
    graph_api: GraphEnv, page: AccountView, db: Database, engine: SyncEngine, clock: EngineClock, fault: Fault
) -> None:
    outbox = Outbox(db)
    [post_id] = outbox.queue([page.id], ["Christmas bin collection dates are online"])
    graph_api.faults.add(fault, method="POST", path=FEED)

    assert engine.run_once().waiting == [post_id]
    clock.advance(hours=1)
    assert engine.run_once().sent == [post_id]

    assert graph_api.messages() == ["Christmas bin collection dates are online"]
    view = outbox.get(post_id)
    assert view.remote_ids == (graph_api.state.posts_for(graph_api.page.id)[0].id,)
    assert fba.DUPLICATE_NOTE not in view.error  # found by the check, not by Facebook refusing a copy
    assert graph_api.state.requests("GET", r"/\d+/feed"), "the retry looked at the feed first"
    landed = fault.kind is FaultKind.LOST_ANSWER or fault.commit
    writes = graph_api.state.requests("POST", r"/\d+/feed")
    assert len(writes) == (1 if landed else 2)  # found in the feed, or sent once more because it wasn't


@pytest.mark.parametrize("fault", [Fault.lost_answer(), Fault.drop()], ids=["landed", "not-landed"])
def test_a_post_with_photos_goes_out_once_with_its_photos(
    graph_api: GraphEnv,
    page: AccountView,
    db: Database,
    engine: SyncEngine,
    clock: EngineClock,
    tmp_path: Path,
    fault: Fault,
) -> None:
    images = []
    for name, alt in (("a.png", "Gritter on Newport Road"), ("b.png", "Salt pile at the depot")):
        (tmp_path / name).write_bytes(png())
        images.append(Attachment(tmp_path / name, alt, "image/png"))
    outbox = Outbox(db)
    [post_id] = outbox.queue([page.id], ["Gritters are out tonight"], media=images)
    graph_api.faults.add(fault, method="POST", path=FEED)

    engine.run_once()
    clock.advance(hours=1)
    assert engine.run_once().sent == [post_id]

    [post] = graph_api.state.posts_for(graph_api.page.id)
    photos = [graph_api.state.photo(i) for i in post.photo_ids]
    assert [p.alt_text for p in photos if p] == ["Gritter on Newport Road", "Salt pile at the depot"]
    # Any photo uploaded again on the retry stays unpublished: nobody sees it, Facebook drops it later.
    unposted = [p for p in graph_api.state.photos.values() if p.attached_to is None]
    assert all(not p.published for p in unposted)


def test_a_lost_comment_is_found_under_the_post_not_written_twice(
    graph_api: GraphEnv, page: AccountView, db: Database, engine: SyncEngine, clock: EngineClock
) -> None:
    outbox = Outbox(db)
    [post_id] = outbox.queue([page.id], ["1/2 Consultation open.", "2/2 Closes Friday."])
    graph_api.faults.add(Fault.lost_answer(), method="POST", path="/{id}/comments")
    engine.run_once()
    clock.advance(hours=1)
    assert engine.run_once().sent == [post_id]
    [post] = graph_api.state.posts_for(graph_api.page.id)
    assert [c.message for c in post.comments] == ["2/2 Closes Friday."]
    assert outbox.get(post_id).remote_ids == (post.id, post.comments[0].id)


def _run_with_crash(
    env: GraphEnv,
    db: Database,
    secrets: SecretStore,
    session: requests.Session,
    clock: EngineClock,
    crash_before_sending: bool,
) -> None:
    class Crashing:
        """The real publisher, in a process that dies around the request."""

        network: ClassVar[str] = fba.NETWORK

        def __init__(self, inner: fbp.FacebookPublisher) -> None:
            self.inner = inner

        def __getattr__(self, name: str) -> Any:
            return getattr(self.inner, name)

        def publish(self, part: PartRequest) -> Published:
            if crash_before_sending:
                raise Crash
            self.inner.publish(part)  # the post lands at Facebook...
            raise Crash  # ...and the process dies before recording it

    dying = SyncEngine(db, factory_for(env, secrets, session, Crashing), clock=clock)
    with pytest.raises(Crash):
        dying.run_once()


@pytest.mark.parametrize("crash_before_sending", [False, True], ids=["after-it-landed", "before-sending"])
def test_a_crash_mid_request_resumes_with_a_look_at_the_feed(
    graph_api: GraphEnv,
    page: AccountView,
    db: Database,
    accounts: Accounts,
    secrets: SecretStore,
    graph_session: requests.Session,
    engine: SyncEngine,
    clock: EngineClock,
    crash_before_sending: bool,
) -> None:
    outbox = Outbox(db)
    [post_id] = outbox.queue([page.id], ["Park and ride runs every 10 minutes on match days"])
    _run_with_crash(graph_api, db, secrets, graph_session, clock, crash_before_sending)
    assert outbox.get(post_id).state is State.SENDING
    assert graph_api.messages() == ([] if crash_before_sending else [outbox.get(post_id).parts[0]])

    assert engine.run_once().sent == [post_id]  # its lease died with it: resumed at once

    assert graph_api.messages() == ["Park and ride runs every 10 minutes on match days"]
    assert "resumed after an interrupted attempt" in [event[3] for event in outbox.events(post_id)]
    assert len(graph_api.state.requests("GET", r"/\d+/feed")) == 1


@pytest.mark.slow
def test_a_seeded_storm_of_write_faults_still_posts_each_post_exactly_once(
    graph_api_factory: GraphFactory,
    db: Database,
    accounts: Accounts,
    secrets: SecretStore,
    clock: EngineClock,
) -> None:
    env = graph_api_factory()
    session = env.session(read_timeout=0.5)
    account = fbs.connect_facebook(accounts, secrets, session, env.page.id, env.page_token)
    engine = SyncEngine(db, factory_for(env, secrets, session), clock=clock, rng=random.Random(3))
    writes = "*/feed"
    env.faults.add_random(Fault.lost_answer(), fraction=0.15, seed=1, path=writes)
    env.faults.add_random(Fault.timeout(1.0, commit=True), fraction=0.05, seed=2, path=writes)
    env.faults.add_random(Fault.timeout(1.0), fraction=0.05, seed=3, path=writes)
    env.faults.add_random(Fault.drop(), fraction=0.1, seed=4, path=writes)
    env.faults.add_random(GraphFault.graph(1, status=500, commit=True), fraction=0.1, seed=5, path=writes)
    env.faults.add_random(Fault.unavailable(), fraction=0.1, seed=6, path=writes)
    env.faults.add_random(Fault.slow(0.05), fraction=0.1, seed=7, path=writes)
    outbox = Outbox(db)
    texts = [f"Ward {i} surgery this Saturday, 10am to noon" for i in range(30)]
    ids = [outbox.queue([account.id], [text])[0] for text in texts]

    drain(engine, clock, outbox, ids)

    assert sorted(env.messages()) == sorted(texts)  # every post once: none lost, none twice
    assert all(outbox.get(i).state is State.SENT for i in ids)
    assert env.messages() == texts  # and in the order they were queued
    outcomes = {r.outcome for r in env.state.requests("POST", r"/\d+/feed")}
    assert {"lost_answer", "dropped", "answered"} <= outcomes


def test_when_the_feed_cant_be_read_nothing_is_posted_blindly(
    graph_api: GraphEnv, page: AccountView, db: Database, engine: SyncEngine, clock: EngineClock
) -> None:
    outbox = Outbox(db)
    [post_id] = outbox.queue([page.id], ["Gritters are out tonight"])
    graph_api.faults.add(Fault.lost_answer(), method="POST", path=FEED)
    no_read = GraphFault.graph(10, status=403, message="(#10) This endpoint requires pages_read_engagement")
    graph_api.faults.add(no_read, method="GET", path=FEED, times=2)
    engine.run_once()
    clock.advance(hours=1)

    report = engine.run_once()

    view = outbox.get(post_id)
    assert report.needs_attention == [post_id] and view.state is State.NEEDS_ATTENTION
    assert view.error == fba.UNCERTAIN
    assert graph_api.messages() == ["Gritters are out tonight"]  # the one that landed, and no other
    outbox.retry(post_id)  # Retry checks again first; it still can't, so it still doesn't post
    assert engine.run_once().needs_attention == [post_id]
    outbox.retry(post_id)  # now the feed can be read: the post is found, not sent again
    assert engine.run_once().sent == [post_id]
    assert graph_api.messages() == ["Gritters are out tonight"]


def test_an_unreadable_feed_is_uncertain_too(
    graph_api: GraphEnv, page: AccountView, db: Database, engine: SyncEngine, clock: EngineClock
) -> None:
    [post_id] = Outbox(db).queue([page.id], ["Museum free entry this weekend"])
    graph_api.faults.add(Fault.timeout(1.5, commit=True), method="POST", path=FEED)
    graph_api.answers.add(RawAnswer.of(200, HTML, "text/html"), method="GET", path=FEED)
    engine.run_once()
    clock.advance(hours=1)
    engine.run_once()
    assert Outbox(db).get(post_id).error == fba.UNCERTAIN
    assert graph_api.messages() == ["Museum free entry this weekend"]


def test_a_passing_failure_of_the_check_waits_and_checks_again(
    graph_api: GraphEnv, page: AccountView, db: Database, engine: SyncEngine, clock: EngineClock
) -> None:
    outbox = Outbox(db)
    [post_id] = outbox.queue([page.id], ["Flu jabs at the library on Thursday"])
    graph_api.faults.add(Fault.lost_answer(), method="POST", path=FEED)
    graph_api.faults.add(Fault.unavailable(), method="GET", path=FEED, times=2)
    engine.run_once()
    for _ in range(2):
        clock.advance(hours=1)
        assert engine.run_once().waiting == [post_id]
        view = outbox.get(post_id)
        assert "check whether the post already went out" in view.error
    clock.advance(hours=1)
    assert engine.run_once().sent == [post_id]
    assert graph_api.messages() == ["Flu jabs at the library on Thursday"]


def test_a_post_slow_to_show_in_the_feed_is_not_posted_twice(
    graph_api: GraphEnv, page: AccountView, db: Database, engine: SyncEngine, clock: EngineClock
) -> None:
    outbox = Outbox(db)
    [post_id] = outbox.queue([page.id], ["Half-term activities at the leisure centre"])
    graph_api.state.config.feed_delay = 600.0
    graph_api.faults.add(Fault.lost_answer(), method="POST", path=FEED)
    engine.run_once()
    clock.advance(hours=1)

    engine.run_once()  # not in the feed yet; the second copy is refused as a duplicate

    view = outbox.get(post_id)
    assert view.state is State.NEEDS_ATTENTION and view.error == fba.UNCERTAIN
    assert graph_api.messages() == ["Half-term activities at the leisure centre"]
    graph_api.state.advance_clock(600)
    outbox.retry(post_id)  # the person checked the Page and pressed Retry
    assert engine.run_once().sent == [post_id]
    assert graph_api.messages() == ["Half-term activities at the leisure centre"]
    assert outbox.get(post_id).remote_ids == (graph_api.state.posts_for(graph_api.page.id)[0].id,)


def test_the_users_own_repeat_goes_back_for_editing(
    graph_api: GraphEnv, page: AccountView, db: Database, engine: SyncEngine
) -> None:
    outbox = Outbox(db)
    [first] = outbox.queue([page.id], ["Ice rink opens Friday"])
    [second] = outbox.queue([page.id], ["Ice rink opens Friday"])
    report = engine.run_once()
    assert report.sent == [first] and report.needs_attention == [second]
    view = outbox.get(second)
    assert view.error_kind == ErrorKind.NEEDS_EDITING.value and "same text" in view.error
    assert graph_api.messages() == ["Ice rink opens Friday"]


def test_a_duplicate_found_on_a_second_look_is_recorded_with_a_note(
    graph_api: GraphEnv, publisher: fbp.FacebookPublisher
) -> None:
    text = "Stay off the ice on Roath Park lake"
    first = prepared(publisher, text)
    graph_api.faults.add(Fault.lost_answer(), method="POST", path=FEED)
    with pytest.raises(PublishError) as caught:
        publisher.publish(first)
    assert caught.value.ambiguous

    result = publisher.publish(first)  # a retry without the check: Facebook refuses the copy (506)

    [post] = graph_api.state.posts_for(graph_api.page.id)
    assert (result.remote_id, result.note) == (post.id, fba.DUPLICATE_NOTE)


def test_find_landed_allows_for_a_computer_clock_that_is_fast(
    graph_api: GraphEnv, page: AccountView, secrets: SecretStore, graph_session: requests.Session
) -> None:
    text = "Registrar's office closed for training"
    fast = fbp.FacebookPublisher(page, secrets, graph_session, clock=lambda: graph_api.state.now() + 3600)
    attempt = prepared(fast, text)  # "since" is an hour in Facebook's future
    graph_api.faults.add(Fault.lost_answer(), method="POST", path=FEED)
    with pytest.raises(PublishError):
        fast.publish(attempt)
    found = fast.find_landed(attempt)
    assert found is not None and found.remote_id == graph_api.state.posts_for(graph_api.page.id)[0].id


def test_find_landed_ignores_the_same_text_posted_before_the_first_attempt(
    graph_api: GraphEnv, page: AccountView, secrets: SecretStore, graph_session: requests.Session
) -> None:
    text = "Swimming lessons: booking opens Monday"
    publisher = fbp.FacebookPublisher(page, secrets, graph_session, clock=graph_api.state.now)
    publisher.publish(prepared(publisher, text))
    graph_api.state.advance_clock(3600)  # an hour later the same words are queued again
    assert publisher.find_landed(prepared(publisher, text)) is None


def test_find_landed_pages_through_a_busy_feed(graph_api: GraphEnv, publisher: fbp.FacebookPublisher) -> None:
    text = "Recycling centre closed Boxing Day"
    attempt = prepared(publisher, text)
    publisher.publish(attempt)
    for i in range(150):  # other people at the council kept posting after it
        graph_api.state.create_post(
            graph_api.state.principal(graph_api.page_token), graph_api.page.id, {"message": f"Other post {i}"}
        )
    found = publisher.find_landed(attempt)
    assert found is not None and found.remote_id == graph_api.state.posts_for(graph_api.page.id)[0].id
    assert len(graph_api.state.requests("GET", r"/\d+/feed")) == 2  # two pages of 100


def test_a_feed_too_busy_to_read_to_the_first_attempt_is_uncertain_not_absent(
    graph_api: GraphEnv, publisher: fbp.FacebookPublisher
) -> None:
    attempt = prepared(publisher, "Council tax reminders are going out")
    token = graph_api.state.principal(graph_api.page_token)
    for i in range(fba.FEED_PAGES * fba.PAGE_SIZE + 1):
        graph_api.state.create_post(token, graph_api.page.id, {"message": f"Other post {i}"})
    with pytest.raises(PublishError) as caught:
        publisher.find_landed(attempt)
    assert (caught.value.kind, caught.value.message) == (ErrorKind.NEEDS_ATTENTION, fba.UNCERTAIN)
    assert len(graph_api.state.requests("GET", r"/\d+/feed")) == fba.FEED_PAGES


# -- secrets -------------------------------------------------------------------------------------------


def test_the_token_never_reaches_logs_errors_or_the_database(
    graph_api: GraphEnv,
    page: AccountView,
    db: Database,
    engine: SyncEngine,
    clock: EngineClock,
    publisher: fbp.FacebookPublisher,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    token = graph_api.page_token
    outbox = Outbox(db)
    ids = [outbox.queue([page.id], [f"Notice {i}"])[0] for i in range(4)]
    graph_api.faults.add(Fault.lost_answer(), method="POST", path=FEED)
    graph_api.faults.add(GraphFault.graph(100, message=f"(#100) bad token {token}"), method="POST", path=FEED)
    graph_api.faults.add(Fault.drop(), method="GET", path=FEED)
    drain(engine, clock, outbox, ids)
    graph_api.state.invalidate_token(token)
    errors: list[PublishError] = []
    for call in (publisher.verify, lambda: publisher.publish(prepared(publisher, "x"))):
        with pytest.raises(PublishError) as caught:
            call()
        errors.append(caught.value)

    texts = [caplog.text, repr(publisher), repr(publisher._graph)]
    texts += [f"{e!r} {e.message} {e.detail}" for e in errors]
    texts += [f"{p.error} {p.as_json()}" for p in outbox.posts()]
    texts += [json.dumps(a.as_json()) + repr(a) for a in Accounts(db).all()]
    assert not [text for text in texts if token in text]
    db.close()
    data_files = [p for p in app_paths().data.rglob("*") if p.is_file()]
    assert data_files and not [p for p in data_files if token.encode() in p.read_bytes()]
