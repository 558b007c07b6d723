"""The Mastodon publisher against the fake Mastodon server: posts, threads, images, errors, exactly once.

Mastodon.py talks to the fake over loopback through the app's own session, and the exactly-once tests run
the real SyncEngine, so what is tested is what ships. Faults come from the fake's fault plan; nothing here
sleeps (media polling records its waits instead).
"""

from __future__ import annotations

import logging
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import requests

from desktop.core.accounts import AccountView
from desktop.core.attachments import Attachment
from desktop.core.credentials import CredentialsUnavailable, Reason, SecretStore
from desktop.core.models import utcnow
from desktop.core.networks.mastodon.api import KEY_TRUST
from desktop.core.networks.mastodon.publisher import MastodonPublisher, _comparable, _plain, build
from desktop.core.networks.publishing import ErrorKind, PartRequest, PublishError
from desktop.core.networks.registry import PublisherContext
from desktop.core.outbox import Outbox, State
from tests.fakes import mastodon_fixtures as fixtures
from tests.fakes.crier_side import png
from tests.fakes.faults import Fault
from tests.fakes.mastodon_api import MastodonState, ServerConfig
from tests.fakes.mastodon_fixtures import CrierSide, MastodonEnv, MastodonFactory

# The fixtures, shared by name (plain assignments, so test arguments may reuse the names).
mastodon_connected = fixtures.mastodon_connected
mastodon_crier = fixtures.mastodon_crier
mastodon = fixtures.mastodon
mastodon_factory = fixtures.mastodon_factory


@pytest.fixture
def crier(mastodon_crier: CrierSide) -> CrierSide:
    """Crier's side (database, keyring, session), by a short name in this module."""
    return mastodon_crier


@pytest.fixture
def connected(mastodon_connected: AccountView) -> AccountView:
    """The fake's account, connected in Crier with a pasted token."""
    return mastodon_connected


STATUSES = "/api/v1/statuses"


def part(
    text: str,
    *,
    index: int = 0,
    reply_to: str | None = None,
    media_ids: tuple[str, ...] = (),
    language: str = "en",
    idempotency: dict | None = None,
    not_before: datetime | None = None,
) -> PartRequest:
    return PartRequest(
        post_id=1,
        index=index,
        count=index + 1,
        text=text,
        language=language,
        reply_to=reply_to,
        root=None,
        media_ids=media_ids,
        idempotency=idempotency or {},
        not_before=not_before or utcnow() - timedelta(minutes=1),
    )


def prepared(publisher: MastodonPublisher, text: str, **kwargs: object) -> PartRequest:
    """A part with its idempotency material, as the engine hands it over."""
    draft = part(text, **kwargs)  # type: ignore[arg-type]
    return part(text, idempotency=dict(publisher.prepare(draft)), **kwargs)  # type: ignore[arg-type]


def texts(env: MastodonEnv) -> list[str]:
    return [s.text for s in env.statuses()]


def keys_sent(env: MastodonEnv) -> list[str | None]:
    return [r.headers.get("idempotency-key") for r in env.state.requests("POST", STATUSES)]


def publish_error(call: object) -> PublishError:
    with pytest.raises(PublishError) as caught:
        call()  # type: ignore[operator]
    return caught.value


def run_until_done(crier: CrierSide, engine: object, rounds: int = 40) -> None:
    """Run the engine, moving its clock past each backoff, until nothing is left to send."""
    outbox = Outbox(crier.db)
    for _ in range(rounds):
        engine.run_once()  # type: ignore[attr-defined]
        pending = [p for p in outbox.posts() if p.state is not State.SENT]
        if not pending:
            return
        assert all(p.state in (State.WAITING, State.QUEUED, State.SENDING) for p in pending), pending
        crier.clock.advance(hours=1)
    raise AssertionError("posts still unsent after every retry")


# -- posting -------------------------------------------------------------------------------------


def test_a_post_goes_out_with_its_link_language_and_key(
    mastodon: MastodonEnv, crier: CrierSide, connected: AccountView
) -> None:
    publisher = crier.publisher(connected)
    request = prepared(publisher, "Bins will be collected as normal on Monday.", language="cy")

    result = publisher.publish(request)

    [status] = mastodon.statuses()
    assert (status.id, status.text, status.language, status.visibility) == (
        result.remote_id,
        "Bins will be collected as normal on Monday.",
        "cy",
        "public",
    )
    assert result.url == f"https://social.example/@council/{status.id}"
    assert keys_sent(mastodon) == [request.idempotency["idempotency_key"]]
    assert publisher.verify().handle == "@council@social.example"


@pytest.mark.parametrize("reply", [False, True])
def test_a_status_goes_out_exactly_as_mastodon_py_sends_it(
    mastodon: MastodonEnv, crier: CrierSide, connected: AccountView, reply: bool
) -> None:
    """``post_status`` sends, through Mastodon.py's own request helper, the request ``status_post`` sends
    (form fields and headers alike) and gets the same status back; it skips only the typed cast of the
    answer. The installed Mastodon.py still has that helper (else Crier falls back to the slower call)."""
    from desktop.core.credentials import Secret
    from desktop.core.networks.mastodon import api as mastodon_api

    client = mastodon_api.client(crier.session, mastodon.base_url, Secret(mastodon.token))
    assert callable(getattr(client, mastodon_api._REQUEST, None))
    parent = str(client.status_post("Thread start", idempotency_key="k-0")["id"]) if reply else None

    def images() -> list[str] | None:  # an image is attached once, so each post uploads its own
        return (
            [str(client.media_post(png(), mime_type="image/png")["id"]) for _ in range(2)] if reply else None
        )

    sent: list[tuple[str, str, dict, dict]] = []
    request = crier.session.request

    def recorded(method: str, url: str, **kwargs: Any) -> requests.Response:
        form = {k: v for k, v in kwargs["data"].items() if k != "media_ids[]"}
        sent.append((method, url, form, {**kwargs["headers"], "Idempotency-Key": "(each its own)"}))
        return request(method, url, **kwargs)

    arguments: dict[str, Any] = {"in_reply_to_id": parent, "visibility": "public", "language": "cy"}
    theirs_media, ours_media = images(), images()
    crier.session.request = recorded  # type: ignore[method-assign]
    theirs = client.status_post("Bins on Monday", media_ids=theirs_media, idempotency_key="k-1", **arguments)
    ours = mastodon_api.post_status(
        client, "Bins on Monday", media_ids=ours_media, idempotency_key="k-2", **arguments
    )

    assert len(sent) == 2 and sent[0] == sent[1]
    assert type(ours) is dict and set(ours) <= set(theirs) and ours["url"].endswith(f"/{ours['id']}")
    assert (ours["in_reply_to_id"], ours["language"]) == (parent, "cy")
    assert [m["id"] for m in ours["media_attachments"]] == (ours_media or [])
    assert [s.text for s in mastodon.statuses()][-2:] == ["Bins on Monday", "Bins on Monday"]


def test_without_mastodon_pys_request_helper_a_status_still_goes_out(
    mastodon: MastodonEnv, crier: CrierSide, connected: AccountView, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A Mastodon.py release without the private helper ``post_status`` uses: the public call instead."""
    from desktop.core.networks.mastodon import api as mastodon_api

    monkeypatch.setattr(mastodon_api, "_REQUEST", "_Mastodon__no_such_helper")
    publisher = crier.publisher(connected)
    request = prepared(publisher, "Bins will be collected as normal on Monday.")
    result = publisher.publish(request)
    [status] = mastodon.statuses()
    assert (status.id, status.text) == (result.remote_id, "Bins will be collected as normal on Monday.")
    assert keys_sent(mastodon) == [request.idempotency["idempotency_key"]]


def test_visibility_comes_from_the_account_settings(
    mastodon: MastodonEnv, crier: CrierSide, connected: AccountView
) -> None:
    crier.accounts.update(connected.id, settings={**connected.settings, "visibility": "unlisted"})
    publisher = crier.publisher(connected)
    publisher.publish(prepared(publisher, "Unlisted update", language="en-GB"))
    assert (mastodon.statuses()[0].visibility, mastodon.statuses()[0].language) == ("unlisted", "en")


def test_a_thread_goes_out_in_order_through_the_engine(
    mastodon: MastodonEnv, crier: CrierSide, connected: AccountView
) -> None:
    [post_id] = Outbox(crier.db).queue([connected.id], ["Road closures 1/3", "Road closures 2/3", "3/3"])

    assert crier.engine().run_once().sent == [post_id]

    statuses = mastodon.statuses()
    assert [s.text for s in statuses] == ["Road closures 1/3", "Road closures 2/3", "3/3"]
    assert [s.in_reply_to_id for s in statuses] == [None, statuses[0].id, statuses[1].id]
    view = Outbox(crier.db).get(post_id)
    assert list(view.remote_ids) == [s.id for s in statuses] and view.remote_url.endswith(statuses[0].id)


def test_images_go_up_with_alt_text_and_are_waited_for(
    mastodon: MastodonEnv, crier: CrierSide, connected: AccountView, tmp_path: Path
) -> None:
    mastodon.state.config.media_processing_polls = 3
    image = tmp_path / "gritter.png"
    image.write_bytes(png())
    media = [Attachment(image, "A gritting lorry on a snowy road", "image/png")]
    [post_id] = Outbox(crier.db).queue([connected.id], ["Gritters are out tonight"], media=media)

    assert crier.engine().run_once().sent == [post_id]

    [status] = mastodon.statuses()
    [uploaded] = [mastodon.state.media[m] for m in status.media_ids]
    assert uploaded.description == "A gritting lorry on a snowy road" and uploaded.ready
    assert len(mastodon.state.requests("GET", f"/api/v1/media/{uploaded.id}")) == 3
    assert crier.pauses == [0.25, 0.5, 1.0]


def test_an_image_still_processing_is_not_uploaded_twice(
    mastodon: MastodonEnv, crier: CrierSide, connected: AccountView, tmp_path: Path
) -> None:
    mastodon.state.config.media_processing_polls = 10_000
    image = tmp_path / "flood.png"
    image.write_bytes(png())
    outbox = Outbox(crier.db)
    [post_id] = outbox.queue(
        [connected.id], ["Flood warning"], media=[Attachment(image, "River", "image/png")]
    )
    engine = crier.engine()

    assert engine.run_once().waiting == [post_id]  # 422 "not finished processing": try again shortly
    assert (
        sum(crier.pauses) == pytest.approx(60.0) and "getting the images ready" in outbox.get(post_id).error
    )
    [media] = mastodon.state.media.values()
    media.polls_left = 0
    crier.clock.advance(hours=1)
    report = engine.run_once()
    assert report.sent == [post_id], outbox.get(post_id).error
    assert len(mastodon.state.media) == 1 and mastodon.statuses()[0].media_ids == (media.id,)


def test_an_image_that_is_not_an_image_needs_editing(
    crier: CrierSide, connected: AccountView, tmp_path: Path
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("not a picture")
    publisher = crier.publisher(connected)
    error = publish_error(lambda: publisher.upload_media(Attachment(notes, "", "text/plain")))
    assert error.kind is ErrorKind.NEEDS_EDITING and "notes.txt" in error.message


def test_an_image_the_instance_refuses_names_the_file(
    mastodon: MastodonEnv, crier: CrierSide, connected: AccountView, tmp_path: Path
) -> None:
    fake = tmp_path / "poster.png"
    fake.write_bytes(b"GIF89a not really a png")
    error = publish_error(
        lambda: crier.publisher(connected).upload_media(Attachment(fake, "alt", "image/png"))
    )
    assert error.kind is ErrorKind.NEEDS_EDITING
    assert "poster.png" in error.message and "File content type is invalid" in error.message


def test_a_missing_image_file_needs_attention(
    crier: CrierSide, connected: AccountView, tmp_path: Path
) -> None:
    item = Attachment(tmp_path / "gone.png", "", "image/png")
    error = publish_error(lambda: crier.publisher(connected).upload_media(item))
    assert error.kind is ErrorKind.NEEDS_ATTENTION and "gone.png" in error.message


def test_limits_come_from_the_instance(mastodon_factory: MastodonFactory, crier: CrierSide) -> None:
    from desktop.core.networks.mastodon.sign_in import connect_mastodon

    roomy = mastodon_factory(ServerConfig(max_characters=1000, characters_reserved_per_url=30))
    account = connect_mastodon(crier.accounts, crier.secrets, crier.session, roomy.base_url, roomy.token)
    assert (account.settings["char_limit"], account.settings["url_length"]) == (1000, 30)
    limits = crier.publisher(account).limits()
    assert (limits.chars, limits.url_length, limits.max_images) == (1000, 30, 4)

    old = mastodon_factory(ServerConfig(instance_v2=False), username="library")
    account = connect_mastodon(crier.accounts, crier.secrets, crier.session, old.base_url, old.token)
    assert (account.settings["char_limit"], account.settings["url_length"]) == (500, 23)


# -- errors ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fault", "kind", "ambiguous", "words"),
    [
        (Fault.server_error(), ErrorKind.RETRY_LATER, True, "problem on its side (500)"),
        (Fault.unavailable(), ErrorKind.RETRY_LATER, True, "(503)"),
        (Fault.http(502), ErrorKind.RETRY_LATER, True, "(502)"),
        (Fault.forbidden(), ErrorKind.NEEDS_ATTENTION, False, "This action is not allowed"),
        (Fault.http(413), ErrorKind.NEEDS_EDITING, False, "too large"),
        (Fault.drop(), ErrorKind.RETRY_LATER, True, "127.0.0.1"),
    ],
)
def test_each_error_class_when_posting(
    mastodon: MastodonEnv,
    crier: CrierSide,
    connected: AccountView,
    fault: Fault,
    kind: ErrorKind,
    ambiguous: bool,
    words: str,
) -> None:
    publisher = crier.publisher(connected)
    mastodon.faults.add(fault, method="POST", path=STATUSES)
    error = publish_error(lambda: publisher.publish(prepared(publisher, "Library open late")))
    assert (error.kind, error.ambiguous) == (kind, ambiguous) and words in error.message, error.message


def test_over_the_limit_needs_editing_with_mastodons_words(crier: CrierSide, connected: AccountView) -> None:
    publisher = crier.publisher(connected)
    error = publish_error(lambda: publisher.publish(prepared(publisher, "x" * 501)))
    assert error.kind is ErrorKind.NEEDS_EDITING
    assert "Text character limit of 500 exceeded" in error.message and not error.ambiguous


def test_a_revoked_token_pauses_the_account(
    mastodon: MastodonEnv, crier: CrierSide, connected: AccountView
) -> None:
    mastodon.state.revoke(mastodon.token)
    [post_id] = Outbox(crier.db).queue([connected.id], ["Council tax reminder"])
    report = crier.engine().run_once()
    assert report.paused_accounts == [post_id]
    account = crier.accounts.get(connected.id)
    assert account.status.value == "needs_sign_in" and "Connect the account again" in account.status_message


def test_a_token_without_permission_to_post_asks_to_connect_again(
    mastodon: MastodonEnv, crier: CrierSide
) -> None:
    from desktop.core.networks.mastodon.sign_in import connect_mastodon

    token = mastodon.state.issue_token(mastodon.account.id, ("read",))
    account = connect_mastodon(crier.accounts, crier.secrets, crier.session, mastodon.base_url, token)
    publisher = crier.publisher(account)
    error = publish_error(lambda: publisher.publish(prepared(publisher, "hello")))
    assert error.kind is ErrorKind.NEEDS_SIGN_IN and "allow everything Crier asks for" in error.message


def test_a_disabled_login_needs_attention(
    mastodon: MastodonEnv, crier: CrierSide, connected: AccountView
) -> None:
    mastodon.account.disabled = True
    publisher = crier.publisher(connected)
    error = publish_error(lambda: publisher.publish(prepared(publisher, "hello")))
    assert error.kind is ErrorKind.NEEDS_ATTENTION and "Your login is currently disabled" in error.message


def test_replying_to_a_deleted_post_needs_attention(crier: CrierSide, connected: AccountView) -> None:
    publisher = crier.publisher(connected)
    error = publish_error(lambda: publisher.publish(prepared(publisher, "2/2", index=1, reply_to="999")))
    assert error.kind is ErrorKind.NEEDS_ATTENTION and "no longer on 127.0.0.1" in error.message


def test_a_retry_of_a_post_deleted_since_is_not_posted_again(
    mastodon: MastodonEnv, crier: CrierSide, connected: AccountView
) -> None:
    publisher = crier.publisher(connected)
    request = prepared(publisher, "Wrong date in this one")
    mastodon.faults.add(Fault.lost_answer(), method="POST", path=STATUSES)
    assert publish_error(lambda: publisher.publish(request)).ambiguous
    [status] = mastodon.statuses()
    mastodon.state.delete_status(mastodon.state.tokens[mastodon.token], status.id)  # someone deleted it
    error = publish_error(lambda: publisher.publish(request))
    assert error.kind is ErrorKind.NEEDS_ATTENTION and "has since been deleted there" in error.message
    assert mastodon.statuses() == []


def _reset_header(state: MastodonState, bucket: str) -> datetime:
    reset = state.rate_headers(bucket, state.accounts["1"].id, consume=False)[1]["X-RateLimit-Reset"]
    return datetime.fromisoformat(reset.replace("Z", "+00:00")).astimezone(UTC).replace(tzinfo=None)


def test_rate_limited_waits_until_the_reset_mastodon_names(
    mastodon: MastodonEnv, crier: CrierSide, connected: AccountView
) -> None:
    mastodon.state.set_rate_limit("statuses", 1)
    outbox = Outbox(crier.db)
    first, second = (outbox.queue([connected.id], [text])[0] for text in ("one", "two"))
    engine = crier.engine()

    report = engine.run_once()

    assert report.sent == [first] and report.waiting == [second]
    view = outbox.get(second)
    reset = _reset_header(mastodon.state, "statuses")
    assert view.next_attempt_at is not None and abs(view.next_attempt_at - reset) <= timedelta(seconds=2)
    assert "Crier will try again at" in view.error and texts(mastodon) == ["one"]
    assert [r.status for r in mastodon.state.requests("POST", STATUSES)] == [200, 429]


def test_an_injected_429_carries_mastodons_headers(
    mastodon: MastodonEnv, crier: CrierSide, connected: AccountView
) -> None:
    mastodon.faults.add(Fault.rate_limited(), method="POST", path=STATUSES)
    publisher = crier.publisher(connected)
    error = publish_error(lambda: publisher.publish(prepared(publisher, "hello")))
    reset = _reset_header(mastodon.state, "statuses")
    assert error.kind is ErrorKind.WAIT_UNTIL and error.retry_at is not None
    assert abs(error.retry_at - reset) <= timedelta(seconds=2)


def test_a_server_clock_hours_ahead_still_waits_the_right_time(
    mastodon: MastodonEnv, crier: CrierSide, connected: AccountView
) -> None:
    mastodon.state.advance_clock(2 * 3600)  # the instance's clock is two hours fast
    mastodon.faults.add(Fault.rate_limited(), method="POST", path=STATUSES)
    publisher = crier.publisher(connected)
    error = publish_error(lambda: publisher.publish(prepared(publisher, "hello")))
    server_wait = _reset_header(mastodon.state, "statuses") - datetime.fromtimestamp(
        mastodon.state.now(), UTC
    ).replace(tzinfo=None)
    assert error.retry_at is not None
    assert abs((error.retry_at - utcnow()) - server_wait) <= timedelta(seconds=3)


@pytest.mark.parametrize(
    ("status", "body", "content_type"),
    [
        (200, "<html><body>Sign in to the Wi-Fi</body></html>", "text/html; charset=utf-8"),
        (200, "not json{", "application/json"),
        (200, "\x00\x01garbage", "application/octet-stream"),
        (200, "[]", "application/json"),
        (200, '{"unexpected": true}', "text/plain"),
        (500, "<html>Internal error</html>", "text/html"),
    ],
)
def test_answers_that_are_not_mastodons_are_errors_not_crashes(
    mastodon: MastodonEnv, crier: CrierSide, connected: AccountView, status: int, body: str, content_type: str
) -> None:
    publisher = crier.publisher(connected)
    request = prepared(publisher, "Parks open")
    mastodon.state.answer_next("POST", STATUSES, status=status, body=body, content_type=content_type)
    error = publish_error(lambda: publisher.publish(request))
    assert error.kind is ErrorKind.RETRY_LATER and error.ambiguous and error.message
    mastodon.state.answer_next(
        "GET", "/api/v1/accounts/verify_credentials", status=status, body=body, content_type=content_type
    )
    error = publish_error(publisher.verify)
    assert error.kind is ErrorKind.RETRY_LATER and not error.ambiguous


def test_a_read_timeout_is_ambiguous(mastodon: MastodonEnv, crier: CrierSide, connected: AccountView) -> None:
    publisher = crier.publisher(connected, timeout=(2.0, 0.3))
    mastodon.faults.add(Fault.timeout(2.0), method="POST", path=STATUSES)
    error = publish_error(lambda: publisher.publish(prepared(publisher, "hello")))
    assert error.kind is ErrorKind.RETRY_LATER and error.ambiguous and "took too long" in error.message


def test_nothing_listening_is_retry_later_and_not_ambiguous(crier: CrierSide, connected: AccountView) -> None:
    crier.accounts.update(connected.id, service_url="http://127.0.0.1:9")
    publisher = crier.publisher(connected)
    error = publish_error(lambda: publisher.publish(prepared(publisher, "hello")))
    assert error.kind is ErrorKind.RETRY_LATER and not error.ambiguous and "couldn't connect" in error.message


def test_a_plain_http_address_off_this_computer_is_refused(crier: CrierSide, connected: AccountView) -> None:
    crier.accounts.update(connected.id, service_url="http://social.example")
    error = publish_error(lambda: crier.publisher(connected))
    assert error.kind is ErrorKind.NEEDS_SIGN_IN and "Connect the account again" in error.message


def test_no_token_or_no_keyring_means_signing_in(crier: CrierSide, connected: AccountView) -> None:
    crier.secrets.delete(connected.key, "access_token")
    error = publish_error(lambda: crier.publisher(connected))
    assert error.kind is ErrorKind.NEEDS_SIGN_IN and "no access token" in error.message

    class Locked(SecretStore):
        def get(self, account_key: str, name: str) -> None:
            raise CredentialsUnavailable(Reason.LOCKED, "Your keyring is locked.")

    error = publish_error(lambda: MastodonPublisher(connected, Locked(), crier.session))
    assert error.kind is ErrorKind.NEEDS_SIGN_IN and error.message == "Your keyring is locked."


def test_build_uses_the_context_session_and_secrets(
    mastodon: MastodonEnv, crier: CrierSide, connected: AccountView
) -> None:
    context = PublisherContext(connected, crier.accounts, crier.secrets, crier.session, {})
    publisher = build(context)
    assert publisher._api.session is crier.session and publisher._api.ratelimit_method == "throw"
    assert publisher.verify().remote_id == mastodon.account.id


# -- exactly once ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "fault",
    [Fault.lost_answer(), Fault.timeout(3.0, commit=True), Fault.drop(), Fault.server_error()],
    ids=["lost-answer", "timeout-after-commit", "dropped", "500"],
)
def test_a_failed_attempt_is_retried_with_the_same_key_and_posts_once(
    mastodon: MastodonEnv, crier: CrierSide, connected: AccountView, fault: Fault
) -> None:
    [post_id] = Outbox(crier.db).queue([connected.id], ["Bins go out on Tuesday"])
    mastodon.faults.add(fault, method="POST", path=STATUSES)
    engine = crier.engine(timeout=(2.0, 1.0))

    assert engine.run_once().waiting == [post_id]
    crier.clock.advance(hours=1)  # past the backoff; the key (50 minutes of the engine's clock) is the fake's
    assert engine.run_once().sent == [post_id]

    assert texts(mastodon) == ["Bins go out on Tuesday"]
    [first, second] = keys_sent(mastodon)
    assert first == second and first


def test_an_answer_mangled_by_a_proxy_after_posting_is_not_posted_twice(
    mastodon: MastodonEnv, crier: CrierSide, connected: AccountView
) -> None:
    [post_id] = Outbox(crier.db).queue([connected.id], ["Leisure centre closed"])
    mastodon.state.answer_next("POST", STATUSES, status=502, body="<html>Bad gateway</html>", commit=True)
    engine = crier.engine()
    assert engine.run_once().waiting == [post_id]
    crier.clock.advance(hours=1)
    assert engine.run_once().sent == [post_id]
    assert texts(mastodon) == ["Leisure centre closed"]
    assert list(Outbox(crier.db).get(post_id).remote_ids) == [mastodon.statuses()[0].id]


@pytest.mark.slow
def test_random_faults_on_a_fifth_of_writes_still_post_every_part_once_in_order(
    mastodon: MastodonEnv, crier: CrierSide, connected: AccountView
) -> None:
    outbox = Outbox(crier.db)
    threads = [[f"Update {n} part {i}" for i in range(1, 4)] for n in range(8)]
    ids = [outbox.queue([connected.id], parts)[0] for parts in threads]
    for seed, fault in enumerate(
        [Fault.lost_answer(), Fault.timeout(3.0, commit=True), Fault.server_error()]
    ):
        mastodon.faults.add_random(fault, fraction=0.07, seed=seed, method="POST", path=STATUSES)
    run_until_done(crier, crier.engine(timeout=(2.0, 1.0)))

    assert texts(mastodon) == [text for parts in threads for text in parts]
    by_id = {s.id: s for s in mastodon.statuses()}
    for post_id in ids:
        remote = outbox.get(post_id).remote_ids
        assert [by_id[r].in_reply_to_id for r in remote] == [None, remote[0], remote[1]]
    faulted = [r for r in mastodon.state.requests("POST", STATUSES) if r.fault]
    assert faulted, "the seeded faults should have hit some writes"


class Crash(BaseException):
    """The process dying: not an Exception, so neither Mastodon.py nor the engine handles it."""


def crash_after_posting(crier: CrierSide, *, skip: int = 0) -> list[int]:
    """Make the next POST /api/v1/statuses (after ``skip``) land at the server, then kill the caller."""
    remaining = [skip]

    def hook(response: requests.Response, *args: object, **kwargs: object) -> None:
        if response.request.method == "POST" and response.request.path_url == STATUSES:
            if remaining[0] == 0:
                crier.session.hooks["response"].remove(hook)
                raise Crash
            remaining[0] -= 1

    crier.session.hooks["response"].append(hook)
    return remaining


def test_a_crash_mid_request_resumes_without_posting_twice(
    mastodon: MastodonEnv, crier: CrierSide, connected: AccountView
) -> None:
    outbox = Outbox(crier.db)
    [post_id] = outbox.queue([connected.id], ["Polling stations 1/3", "Polling stations 2/3", "3/3"])
    engine = crier.engine()
    crash_after_posting(crier, skip=1)  # part 2 lands, then the process dies before recording it

    with pytest.raises(Crash):
        engine.run_once()
    view = outbox.get(post_id)
    assert view.state is State.SENDING and len(view.remote_ids) == 1 and len(mastodon.statuses()) == 2
    assert engine.run_once().sent == [post_id]  # its lease died with it: resumed at once

    statuses = mastodon.statuses()
    assert [s.text for s in statuses] == ["Polling stations 1/3", "Polling stations 2/3", "3/3"]
    assert [s.in_reply_to_id for s in statuses] == [None, statuses[0].id, statuses[1].id]
    assert list(outbox.get(post_id).remote_ids) == [s.id for s in statuses]
    assert "resumed after an interrupted attempt" in [e[3] for e in outbox.events(post_id)]


def test_a_crash_found_hours_later_is_looked_up_not_reposted(
    mastodon: MastodonEnv, crier: CrierSide, connected: AccountView
) -> None:
    def clock() -> float:
        return time.time() + crier.clock.offset.total_seconds()

    outbox = Outbox(crier.db)
    [post_id] = outbox.queue(
        [connected.id], ["Library: new opening hours from Monday https://example.gov.uk/lib"]
    )
    engine = crier.engine(clock=clock)
    crash_after_posting(crier)
    with pytest.raises(Crash):
        engine.run_once()

    crier.clock.advance(hours=3)  # the laptop slept; Mastodon has forgotten the key by now
    mastodon.state.advance_clock(3 * 3600)
    assert engine.run_once().sent == [post_id]

    [status] = mastodon.statuses()
    assert list(outbox.get(post_id).remote_ids) == [status.id]
    assert len(mastodon.state.requests("POST", STATUSES)) == 1
    assert mastodon.state.requests("GET", f"/api/v1/accounts/{mastodon.account.id}/statuses")


def test_a_lost_answer_then_hours_of_rate_limit_still_posts_once(
    mastodon: MastodonEnv, crier: CrierSide, connected: AccountView
) -> None:
    """The engine clears its "check first" flag after one lookup; the stale key makes publish() look again."""

    def clock() -> float:
        return time.time() + crier.clock.offset.total_seconds()

    [post_id] = Outbox(crier.db).queue([connected.id], ["Consultation closes Friday"])
    engine = crier.engine(clock=clock)
    mastodon.faults.add(Fault.lost_answer(), method="POST", path=STATUSES)
    assert engine.run_once().waiting == [post_id]

    crier.clock.advance(minutes=2)
    mastodon.faults.add(Fault.rate_limited(), method="POST", path=STATUSES)
    assert engine.run_once().waiting == [post_id]  # looked (fresh key: None), then 429

    crier.clock.advance(hours=3)
    mastodon.state.advance_clock(3 * 3600)
    assert engine.run_once().sent == [post_id]
    assert texts(mastodon) == ["Consultation closes Friday"]
    assert [r.status for r in mastodon.state.requests("POST", STATUSES)] == [200, 429]


def test_find_landed_trusts_a_fresh_key_and_searches_after_the_hour(
    mastodon: MastodonEnv, crier: CrierSide, connected: AccountView
) -> None:
    publisher = crier.publisher(connected)
    request = prepared(publisher, "Leisure centre reopens with @sport@leisure.example #Cardiff &more")
    assert publisher.find_landed(request) is None  # fresh key: the retry itself is the lookup
    posted = publisher.publish(request)

    old = (utcnow() - KEY_TRUST - timedelta(minutes=1)).isoformat()
    stale = part(request.text, idempotency={**request.idempotency, "first_attempt_at": old})
    assert publisher.find_landed(stale) == posted

    other_parent = part(request.text, reply_to="123", idempotency=stale.idempotency)
    assert publisher.find_landed(other_parent) is None
    later = part(request.text, idempotency=stale.idempotency, not_before=utcnow() + timedelta(hours=1))
    assert publisher.find_landed(later) is None
    never = part("Never sent", idempotency=stale.idempotency)
    assert publisher.find_landed(never) is None


def test_the_search_pages_back_through_a_busy_account(
    mastodon: MastodonEnv, crier: CrierSide, connected: AccountView
) -> None:
    publisher = crier.publisher(connected)
    target = publisher.publish(prepared(publisher, "The one to find"))
    for n in range(90):
        publisher.publish(prepared(publisher, f"Later news {n}"))
    old = (utcnow() - timedelta(hours=2)).isoformat()
    stale = part("The one to find", idempotency={"idempotency_key": "k", "first_attempt_at": old})
    assert publisher.find_landed(stale) == target
    assert len(mastodon.state.requests("GET", f"/api/v1/accounts/{mastodon.account.id}/statuses")) == 3


@pytest.mark.parametrize(
    "text",
    [
        "Plain text",
        "Two\n\nparagraphs\nand a line break",
        "A long link https://www.cardiff.gov.uk/ENG/resident/Rubbish-and-recycling/Pages/default.aspx ok",
        "Tags #Bins #Ailgylchu and @someone and @other@remote.example.org",
        "Escapes <b>not bold</b> & \"quotes\" 'single'",
        "Cymraeg: ŵyl fwyd ar ddydd Sadwrn 🎉",
    ],
)
def test_mastodons_html_compares_equal_to_the_text_that_made_it(text: str) -> None:
    rendered = MastodonState().render(text)
    assert _comparable(_plain(rendered)) == _comparable(text)


# -- secrets -----------------------------------------------------------------------------------------


def test_the_token_never_reaches_logs_the_database_or_errors(
    mastodon: MastodonEnv, crier: CrierSide, connected: AccountView, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    outbox = Outbox(crier.db)
    [post_id] = outbox.queue([connected.id], ["hello", "world"])
    mastodon.faults.add(Fault.lost_answer(), method="POST", path=STATUSES)
    engine = crier.engine()
    engine.run_once()
    crier.clock.advance(hours=1)
    engine.run_once()
    mastodon.state.revoke(mastodon.token)
    errors = []
    publisher = crier.publisher(connected)
    for call in (publisher.verify, lambda: publisher.publish(prepared(publisher, "x"))):
        errors.append(publish_error(call))

    assert outbox.get(post_id).state is State.SENT
    stored = [v for (_, name), v in crier.keyring.entries.items() if name == f"{connected.key}:access_token"]
    assert stored == [mastodon.token]
    crier.db.close()
    database = b"".join(p.read_bytes() for p in Path(crier.db.path).parent.glob("*.db*"))
    seen = "\n".join(
        [caplog.text, repr(publisher), repr(connected), *(f"{e!r} {e} {e.detail}" for e in errors)]
    )
    assert mastodon.token not in seen and mastodon.token.encode() not in database


def test_a_bilingual_post_is_tagged_with_its_first_language(
    mastodon: MastodonEnv, crier: CrierSide, connected: AccountView
) -> None:
    publisher = crier.publisher(connected)
    publisher.publish(prepared(publisher, "Croeso. Welcome.", language="cy,en"))  # Mastodon takes one
    assert mastodon.statuses()[0].language == "cy"
