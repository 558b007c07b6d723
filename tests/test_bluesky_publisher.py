"""The Bluesky publisher against the fake PDS: sign-in, posts, threads, images, errors, exactly once.

Every request goes over loopback through the app's own session (``make_session`` with
https://bsky.social rewritten to the fake), and the exactly-once cases run the real SyncEngine: faults are
injected at the fake (lost answers, timeouts, drops, 5xx, garbage), and a crash is a BaseException
raised after the request landed, leaving the post ``sending`` under its lease. Nothing here sleeps.
"""

from __future__ import annotations

import io
import json
import logging
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import requests
from PIL import Image
from requests.adapters import BaseAdapter

from desktop.core.accounts import Accounts, AccountStatus, AccountView
from desktop.core.attachments import Attachment
from desktop.core.credentials import CredentialsUnavailable, SecretStore
from desktop.core.db import Database
from desktop.core.models import utcnow
from desktop.core.networks.bluesky.api import (
    ACCESS_SECRET,
    APP_PASSWORD_SECRET,
    DEFAULT_SERVICE,
    REFRESH_SECRET,
    BlueskyAuthError,
    langs_for,
    normalise_service_url,
    rate_limit_reset,
)
from desktop.core.networks.bluesky.images import prepare_image
from desktop.core.networks.bluesky.publisher import BlueskyPublisher, build
from desktop.core.networks.bluesky.sign_in import connect_bluesky
from desktop.core.networks.publishing import ErrorKind, PartRequest, Published, PublishError
from desktop.core.networks.registry import PublisherContext
from desktop.core.outbox import Outbox, State
from desktop.core.paths import app_paths
from desktop.core.sync import SyncEngine
from tests.fakes import bluesky_fixtures
from tests.fakes.bluesky_fixtures import BlueskyEnv
from tests.fakes.bluesky_pds import PdsConfig, StoredRecord
from tests.fakes.crier_side import Crash, EngineClock
from tests.fakes.faults import Fault
from tests.keyrings import LockedKeyring, MemoryKeyring, NoBackendKeyring

# The fake PDS fixtures, by name (plain assignments, so test arguments may reuse the names).
bluesky_pds = bluesky_fixtures.bluesky_pds
bluesky_pds_factory = bluesky_fixtures.bluesky_pds_factory

CREATE = "/xrpc/com.atproto.repo.createRecord"
GET_RECORD = "/xrpc/com.atproto.repo.getRecord"
SETTINGS_PATH = "Settings → Privacy and security → App passwords"


class RecordingKeyring(MemoryKeyring):
    """Remembers every value ever stored, to look for it where it must not be."""

    def __init__(self) -> None:
        super().__init__()
        self.ever: set[str] = set()

    def set_password(self, service: str, username: str, password: str) -> None:
        self.ever.add(password)
        super().set_password(service, username, password)


class CrashingPublisher:
    """Lets part ``at`` reach the server (or not, with ``before``), then kills the worker."""

    def __init__(self, inner: BlueskyPublisher, at: int, *, before: bool = False) -> None:
        self.inner = inner
        self.at = at
        self.before = before

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)

    def publish(self, part: PartRequest) -> Published:
        if part.index != self.at:
            return self.inner.publish(part)
        if not self.before:
            self.inner.publish(part)
        raise Crash


# -- fixtures -----------------------------------------------------------------------------------------


@pytest.fixture
def memory() -> RecordingKeyring:
    return RecordingKeyring()


@pytest.fixture
def session(bluesky_pds: BlueskyEnv) -> requests.Session:
    return bluesky_pds.session(read_timeout=0.5)


@pytest.fixture
def account(
    bluesky_pds: BlueskyEnv, accounts: Accounts, secrets: SecretStore, session: requests.Session
) -> AccountView:
    return connect_bluesky(accounts, secrets, session, "cardiffcouncil", bluesky_pds.app_password)


@pytest.fixture
def clock() -> EngineClock:
    return EngineClock()


def context(account: AccountView, accounts: Accounts, secrets: SecretStore, session: requests.Session) -> Any:
    return PublisherContext(accounts.get(account.id), accounts, secrets, session, {})


@pytest.fixture
def pub(
    account: AccountView, accounts: Accounts, secrets: SecretStore, session: requests.Session
) -> BlueskyPublisher:
    return build(context(account, accounts, secrets, session))


@pytest.fixture
def engine(
    db: Database, accounts: Accounts, secrets: SecretStore, session: requests.Session, clock: EngineClock
) -> SyncEngine:
    return SyncEngine(
        db,
        lambda a: build(PublisherContext(a, accounts, secrets, session, {})),
        clock=clock,
        rng=random.Random(7),
    )


def prepared(
    publisher: BlueskyPublisher,
    text: str,
    *,
    index: int = 0,
    count: int = 1,
    reply_to: str | None = None,
    root: str | None = None,
    media_ids: tuple[str, ...] = (),
    language: str = "en",
) -> PartRequest:
    part = PartRequest(1, index, count, text, language, reply_to, root, media_ids)
    return PartRequest(
        1, index, count, text, language, reply_to, root, media_ids, idempotency=dict(publisher.prepare(part))
    )


def photo(path: Path, size: tuple[int, int] = (3000, 2000), *, orientation: int | None = None) -> Path:
    """A noisy JPEG (hard to compress, so well over 1 MB) with camera metadata."""
    image = Image.frombytes("RGB", size, random.Random(5).randbytes(size[0] * size[1] * 3))
    exif = Image.Exif()
    exif[0x010F] = "CouncilPhone"  # Make
    if orientation is not None:
        exif[0x0112] = orientation
    image.save(path, "JPEG", quality=95, exif=exif)
    return path


def logo(path: Path) -> Path:
    """A small PNG with transparency."""
    image = Image.new("RGBA", (120, 60), (200, 0, 0, 0))
    for x in range(40, 80):
        for y in range(10, 50):
            image.putpixel((x, y), (200, 0, 0, 255))
    image.save(path, "PNG")
    return path


def requests_to(env: BlueskyEnv, nsid: str) -> list:
    return env.state.requests(nsid)


def single(env: BlueskyEnv) -> StoredRecord:
    [record] = env.state.posts(env.account.did)
    return record


# -- connecting -----------------------------------------------------------------------------------------


def test_connecting_keeps_each_secret_in_the_keyring_and_the_rest_in_the_database(
    bluesky_pds: BlueskyEnv, account: AccountView, memory: RecordingKeyring, db: Database
) -> None:
    assert account.network == "bluesky" and account.status is AccountStatus.CONNECTED
    assert (account.handle, account.remote_id) == ("@cardiffcouncil.bsky.social", bluesky_pds.account.did)
    assert account.service_url == DEFAULT_SERVICE and account.display_name == "Cardiff Council"
    assert set(account.secret_names) == {APP_PASSWORD_SECRET, REFRESH_SECRET, ACCESS_SECRET}
    stored = {user: value for (_, user), value in memory.entries.items()}
    assert set(stored) == {f"{account.key}:{name}" for name in account.secret_names}
    assert stored[f"{account.key}:{APP_PASSWORD_SECRET}"] == bluesky_pds.app_password
    database = b"".join(p.read_bytes() for p in app_paths().data.rglob("*.sqlite3*") if p.is_file())
    assert all(value.encode() not in database for value in memory.ever)


@pytest.mark.parametrize("password", ["hunter2", "correct horse battery staple", "Abcd-1234-efgh-567!", ""])
def test_the_main_password_is_refused_before_it_leaves_the_computer(
    bluesky_pds: BlueskyEnv,
    accounts: Accounts,
    secrets: SecretStore,
    session: requests.Session,
    password: str,
) -> None:
    with pytest.raises(BlueskyAuthError) as caught:
        connect_bluesky(accounts, secrets, session, "cardiffcouncil", password)
    assert SETTINGS_PATH in caught.value.user_message and "xxxx-xxxx-xxxx-xxxx" in caught.value.user_message
    assert bluesky_pds.state.requests() == [] and accounts.all() == []


def test_a_main_password_shaped_like_an_app_password_is_caught_by_its_session_scope(
    bluesky_pds_factory: Any, accounts: Accounts, secrets: SecretStore, memory: RecordingKeyring
) -> None:
    env = bluesky_pds_factory()
    env.state.add_account("pwyllgor.bsky.social", password="abcd-efgh-ijkl-mnop")
    with pytest.raises(BlueskyAuthError) as caught:
        connect_bluesky(accounts, secrets, env.session(), "pwyllgor.bsky.social", "abcd-efgh-ijkl-mnop")
    assert SETTINGS_PATH in caught.value.user_message
    assert [e.status for e in requests_to(env, "com.atproto.server.deleteSession")] == [200]  # session ended
    assert accounts.all() == [] and memory.entries == {}


@pytest.mark.parametrize(
    ("scenario", "words"),
    [
        ("wrong", "didn't accept that handle and app password"),
        ("revoked", "didn't accept that handle and app password"),
        ("takedown", "suspended"),
        ("two_factor_main", SETTINGS_PATH),
        ("rate_limited", "too many sign-in attempts"),
        ("html", "didn't answer like a Bluesky server"),
        ("down", "couldn't connect"),
    ],
)
def test_connect_failures_say_what_happened_and_what_to_do(
    bluesky_pds: BlueskyEnv, accounts: Accounts, secrets: SecretStore, scenario: str, words: str
) -> None:
    env, handle, password = bluesky_pds, "cardiffcouncil", bluesky_pds.app_password
    service = DEFAULT_SERVICE
    if scenario == "wrong":
        password = "aaaa-bbbb-cccc-dddd"
    elif scenario == "revoked":
        env.state.revoke_app_password(env.account.did)
    elif scenario == "takedown":
        env.state.takedown(env.account.did)
    elif scenario == "two_factor_main":
        env.state.add_account("gwynedd.bsky.social", password="wxyz-wxyz-wxyz-wxyz", email_2fa=True)
        handle, password = "gwynedd.bsky.social", "wxyz-wxyz-wxyz-wxyz"
    elif scenario == "rate_limited":
        env.state.set_rate_limit("session", 1, 300)
        env.state.consume("session", "cardiffcouncil.bsky.social")
    elif scenario == "html":
        env.garbles.add("html", path="/xrpc/com.atproto.server.createSession")
    elif scenario == "down":
        service = "http://127.0.0.1:9"
    with pytest.raises(BlueskyAuthError) as caught:
        connect_bluesky(accounts, secrets, env.session(), handle, password, service_url=service)
    message = caught.value.user_message
    assert words in message and message.count(". ") <= 1 and password not in message
    assert accounts.all() == []


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("", "https://bsky.social"),
        ("pds.cardiff.gov.uk", "https://pds.cardiff.gov.uk"),
        ("https://PDS.Example.org/", "https://pds.example.org"),
        ("https://pds.example.org:8443/xrpc", "https://pds.example.org:8443"),
        ("http://127.0.0.1:2583", "http://127.0.0.1:2583"),
        ("http://localhost:2583", "http://localhost:2583"),
        ("http://pds.example.org", None),
        ("ftp://pds.example.org", None),
        ("https://pds.example.org/some/path", None),
        ("https://pds.example.org:port", None),
    ],
)
def test_service_addresses_must_be_https_except_on_this_computer(typed: str, expected: str | None) -> None:
    if expected is None:
        with pytest.raises(BlueskyAuthError) as caught:
            normalise_service_url(typed)
        assert caught.value.user_message
    else:
        assert normalise_service_url(typed) == expected


def test_a_councils_own_pds_connects_even_without_bluesky_app_endpoints(
    bluesky_pds_factory: Any, accounts: Accounts, secrets: SecretStore
) -> None:
    env = bluesky_pds_factory(PdsConfig(serves_app_bsky=False), handle="comms.pds.cardiff.gov.uk")
    account = connect_bluesky(
        accounts,
        secrets,
        env.session(),
        "@Comms.pds.cardiff.gov.uk",
        env.app_password,
        service_url=env.base_url,
    )
    assert (account.handle, account.service_url, account.display_name) == (
        "@comms.pds.cardiff.gov.uk",
        env.base_url,
        "",
    )
    publisher = build(context(account, accounts, secrets, env.session()))
    published = publisher.publish(prepared(publisher, "Hello from our own server"))
    assert published.url.startswith("https://bsky.app/profile/comms.pds.cardiff.gov.uk/post/")


def test_connecting_again_reconnects_the_same_account(
    bluesky_pds: BlueskyEnv,
    account: AccountView,
    accounts: Accounts,
    secrets: SecretStore,
    session: requests.Session,
) -> None:
    before = secrets.get(account.key, REFRESH_SECRET)
    accounts.mark(account.id, AccountStatus.NEEDS_SIGN_IN, "Sign in again")
    again = connect_bluesky(
        accounts, secrets, session, "cardiffcouncil.bsky.social", bluesky_pds.app_password
    )
    assert again.id == account.id and len(accounts.all()) == 1 and again.status is AccountStatus.CONNECTED
    assert secrets.get(account.key, REFRESH_SECRET) != before


def test_without_a_keyring_nothing_is_sent(
    bluesky_pds: BlueskyEnv, accounts: Accounts, session: requests.Session
) -> None:
    with pytest.raises(CredentialsUnavailable) as caught:
        connect_bluesky(
            accounts,
            SecretStore(backend=NoBackendKeyring()),
            session,
            "cardiffcouncil",
            bluesky_pds.app_password,
        )
    assert "secure credential store" in caught.value.user_message
    assert bluesky_pds.state.requests() == []


# -- posting ------------------------------------------------------------------------------------------


def test_a_post_goes_out_with_facets_languages_and_its_link(
    bluesky_pds: BlueskyEnv, pub: BlueskyPublisher
) -> None:
    text = "Mae'r Ŵyl yn dechrau 👩‍💻 #Caerdydd @alice.test https://cardiff.gov.uk/gŵyl."
    part = prepared(pub, text, language="en,cy")
    assert set(part.idempotency) == {"rkey", "created_at"}

    result = pub.publish(part)

    record = single(bluesky_pds)
    rkey = part.idempotency["rkey"]
    assert result.remote_id == f"{record.uri}|{record.cid}" and record.rkey == rkey
    assert result.url == f"https://bsky.app/profile/cardiffcouncil.bsky.social/post/{rkey}"
    value = record.value
    # The link as the official app posts it: without its scheme, its path as the URL parser encodes it.
    sent = "Mae'r Ŵyl yn dechrau 👩‍💻 #Caerdydd @alice.test cardiff.gov.uk/gŵyl."
    assert (value["text"], value["langs"], value["createdAt"]) == (
        sent,
        ["en", "cy"],
        part.idempotency["created_at"],
    )
    encoded = sent.encode()
    covered = [encoded[f["index"]["byteStart"] : f["index"]["byteEnd"]].decode() for f in value["facets"]]
    assert covered == ["#Caerdydd", "@alice.test", "cardiff.gov.uk/gŵyl"]
    assert value["facets"][1]["features"] == [
        {"$type": "app.bsky.richtext.facet#mention", "did": bluesky_pds.other_did}
    ]
    assert value["facets"][2]["features"][0]["uri"] == "https://cardiff.gov.uk/gŵyl"


def test_a_long_link_is_posted_shortened_with_the_full_address_in_its_facet(
    bluesky_pds: BlueskyEnv, pub: BlueskyPublisher
) -> None:
    link = "https://www.cardiff.gov.uk/ENG/resident/Rubbish-and-recycling/Pages/default.aspx"
    text = f"Bin days 👨‍👩‍👧: {link} #Caerdydd @alice.test"
    pub.publish(prepared(pub, text))
    value = single(bluesky_pds).value
    assert value["text"] == "Bin days 👨‍👩‍👧: www.cardiff.gov.uk/ENG/resident... #Caerdydd @alice.test"
    encoded = value["text"].encode()
    covered = [encoded[f["index"]["byteStart"] : f["index"]["byteEnd"]].decode() for f in value["facets"]]
    assert covered == ["www.cardiff.gov.uk/ENG/resident...", "#Caerdydd", "@alice.test"]
    assert value["facets"][0]["features"] == [{"$type": "app.bsky.richtext.facet#link", "uri": link}]


@pytest.mark.parametrize(
    ("language", "langs"), [("en", ["en"]), ("cy", ["cy"]), ("en,cy", ["en", "cy"]), ("", []), ("??", [])]
)
def test_languages_come_from_the_posts_language(language: str, langs: list[str]) -> None:
    assert langs_for(language) == langs


def test_a_thread_is_a_chain_of_replies_with_strong_refs(
    bluesky_pds: BlueskyEnv, account: AccountView, db: Database, engine: SyncEngine
) -> None:
    [post_id] = Outbox(db).queue(
        [account.id], ["Road closures 1/3", "Part two 2/3", "Diolch 3/3"], language="cy"
    )

    assert engine.run_once().sent == [post_id]

    first, second, third = bluesky_pds.state.posts(bluesky_pds.account.did)
    assert [r.value["text"] for r in (first, second, third)] == [
        "Road closures 1/3",
        "Part two 2/3",
        "Diolch 3/3",
    ]
    assert "reply" not in first.value
    root = {"uri": first.uri, "cid": first.cid}
    assert second.value["reply"] == {"root": root, "parent": root}
    assert third.value["reply"] == {"root": root, "parent": {"uri": second.uri, "cid": second.cid}}
    view = Outbox(db).get(post_id)
    assert list(view.remote_ids) == [f"{r.uri}|{r.cid}" for r in (first, second, third)]
    assert view.remote_url == f"https://bsky.app/profile/cardiffcouncil.bsky.social/post/{first.rkey}"


def test_images_are_scaled_stripped_and_embedded_with_their_alt_text(
    bluesky_pds: BlueskyEnv, account: AccountView, db: Database, engine: SyncEngine, tmp_path: Path
) -> None:
    big = photo(tmp_path / "ffordd.jpg", (3000, 2000), orientation=6)  # taken sideways
    assert big.stat().st_size > 1_000_000
    small = logo(tmp_path / "logo.png")
    media = [
        Attachment(big, "Flooded road at Llandaf", "image/jpeg"),
        Attachment(small, "", "image/png"),
    ]
    [post_id] = Outbox(db).queue([account.id], ["Flooding update"], media=media)

    assert engine.run_once().sent == [post_id]

    embed = single(bluesky_pds).value["embed"]
    assert embed["$type"] == "app.bsky.embed.images"
    first, second = embed["images"]
    assert (first["alt"], second["alt"]) == ("Flooded road at Llandaf", "")
    assert first["image"]["mimeType"] == "image/jpeg" and second["image"]["mimeType"] == "image/png"
    width, height = first["aspectRatio"]["width"], first["aspectRatio"]["height"]
    assert height <= 2000 and abs(width / height - 2 / 3) < 0.01  # turned upright, at most 2000 a side
    assert second["aspectRatio"] == {"width": 120, "height": 60}
    blobs = {b.cid: b for b in bluesky_pds.state.blobs(bluesky_pds.account.did)}
    stored = blobs[first["image"]["ref"]["$link"]]
    assert stored.size <= 1_000_000 and stored.permanent
    with Image.open(io.BytesIO(stored.data)) as uploaded:
        assert uploaded.size == (width, height) and not uploaded.getexif()  # no camera metadata left


def test_prepared_images_are_deterministic_and_fit(tmp_path: Path) -> None:
    data = photo(tmp_path / "a.jpg", (2100, 1200)).read_bytes()
    one, two = prepare_image(data), prepare_image(data)
    assert one == two and len(one.data) <= 1_000_000 and max(one.width, one.height) <= 2000
    tiny = prepare_image(data, limit=30_000)
    assert len(tiny.data) <= 30_000 and tiny.mime_type == "image/jpeg"


def test_uploads_that_expired_before_the_post_went_out_are_uploaded_again(
    bluesky_pds: BlueskyEnv,
    account: AccountView,
    db: Database,
    engine: SyncEngine,
    clock: EngineClock,
    tmp_path: Path,
) -> None:
    image = Attachment(logo(tmp_path / "logo.png"), "Council logo", "image/png")
    [post_id] = Outbox(db).queue([account.id], ["With a logo"], media=[image])
    bluesky_pds.faults.add(Fault.http(503), method="POST", path=CREATE)
    assert engine.run_once().waiting == [post_id]
    assert bluesky_pds.state.blobs(bluesky_pds.account.did) != []
    bluesky_pds.state.advance_clock(bluesky_pds.state.config.blob_ttl + 60)  # unused uploads are discarded
    assert bluesky_pds.state.blobs(bluesky_pds.account.did) == []
    clock.advance(hours=1)

    assert engine.run_once().sent == [post_id]

    assert single(bluesky_pds).value["embed"]["images"][0]["alt"] == "Council logo"
    # The engine kept the first upload's id; the server had discarded the blob (400 BlobNotFound), so the
    # publisher uploaded it again and posted in the same attempt.
    assert [e.status for e in requests_to(bluesky_pds, "com.atproto.repo.createRecord")] == [503, 400, 200]
    assert [e.status for e in requests_to(bluesky_pds, "com.atproto.repo.uploadBlob")] == [200, 200]


def test_a_file_that_is_not_a_picture_goes_back_for_editing(pub: BlueskyPublisher, tmp_path: Path) -> None:
    notes = tmp_path / "notes.png"
    notes.write_text("not really a picture")
    with pytest.raises(PublishError) as caught:
        pub.upload_media(Attachment(notes, "", "image/png"))
    assert caught.value.kind is ErrorKind.NEEDS_EDITING and "notes.png" in caught.value.message


def test_posts_over_bluesky_limits_go_back_for_editing_without_a_request(
    bluesky_pds: BlueskyEnv, pub: BlueskyPublisher
) -> None:
    for text in ("a" * 301, "👩‍👩‍👧‍👦" * 150):  # 301 characters; 150 characters but 3,750 bytes
        with pytest.raises(PublishError) as caught:
            pub.publish(prepared(pub, text))
        assert caught.value.kind is ErrorKind.NEEDS_EDITING and "Bluesky" in caught.value.message
    assert requests_to(bluesky_pds, "com.atproto.repo.createRecord") == []
    pub.publish(prepared(pub, "ŵ" * 300))  # exactly at the limit
    assert len(single(bluesky_pds).value["text"]) == 300


def test_the_pds_refusing_a_record_sends_it_back_with_the_servers_words(
    bluesky_pds: BlueskyEnv, pub: BlueskyPublisher, tmp_path: Path
) -> None:
    media = pub.upload_media(Attachment(logo(tmp_path / "logo.png"), "Logo", "image/png"))
    with pytest.raises(PublishError) as caught:
        pub.publish(prepared(pub, "Five images", media_ids=(media,) * 5))
    assert caught.value.kind is ErrorKind.NEEDS_EDITING
    assert "must not have more than 4 elements" in caught.value.message
    assert bluesky_pds.state.posts(bluesky_pds.account.did) == []


def test_unknown_mentions_stay_plain_text(bluesky_pds: BlueskyEnv, pub: BlueskyPublisher) -> None:
    pub.publish(prepared(pub, "Thanks @nobody.test!"))
    assert "facets" not in single(bluesky_pds).value


def test_verify_and_limits(bluesky_pds: BlueskyEnv, pub: BlueskyPublisher) -> None:
    info = pub.verify()
    assert (info.remote_id, info.handle) == (bluesky_pds.account.did, "@cardiffcouncil.bsky.social")
    limits = pub.limits()
    assert (limits.chars, limits.url_length, limits.max_images, limits.max_image_bytes) == (
        300,
        None,
        4,
        1_000_000,
    )


# -- exactly once ----------------------------------------------------------------------------------------


def test_a_lost_answer_is_read_back_not_posted_again(
    bluesky_pds: BlueskyEnv, account: AccountView, db: Database, engine: SyncEngine, clock: EngineClock
) -> None:
    [post_id] = Outbox(db).queue([account.id], ["Bins go out on Tuesday"])
    bluesky_pds.faults.add(Fault.lost_answer(), method="POST", path=CREATE)
    assert engine.run_once().waiting == [post_id]
    assert bluesky_pds.texts() == ["Bins go out on Tuesday"]  # it landed; the answer didn't
    clock.advance(hours=1)

    assert engine.run_once().sent == [post_id]

    assert bluesky_pds.texts() == ["Bins go out on Tuesday"]
    assert len(requests_to(bluesky_pds, "com.atproto.repo.createRecord")) == 1
    record = single(bluesky_pds)
    assert list(Outbox(db).get(post_id).remote_ids) == [f"{record.uri}|{record.cid}"]


@pytest.mark.parametrize("landed", [True, False])
def test_a_timeout_is_settled_by_the_record_key(
    bluesky_pds: BlueskyEnv,
    account: AccountView,
    db: Database,
    engine: SyncEngine,
    clock: EngineClock,
    landed: bool,
) -> None:
    [post_id] = Outbox(db).queue([account.id], ["Library closed today"])
    bluesky_pds.faults.add(Fault.timeout(2.0, commit=landed), method="POST", path=CREATE)
    assert engine.run_once().waiting == [post_id]
    view = Outbox(db).get(post_id)
    assert view.error_kind == ErrorKind.RETRY_LATER.value and "try again" in view.error
    assert bluesky_pds.texts() == (["Library closed today"] if landed else [])
    clock.advance(hours=1)

    assert engine.run_once().sent == [post_id]

    assert bluesky_pds.texts() == ["Library closed today"]
    assert len(requests_to(bluesky_pds, "com.atproto.repo.createRecord")) == (1 if landed else 2)


def test_a_dropped_connection_is_sent_again_once(
    bluesky_pds: BlueskyEnv, account: AccountView, db: Database, engine: SyncEngine, clock: EngineClock
) -> None:
    [post_id] = Outbox(db).queue([account.id], ["Park open late"])
    bluesky_pds.faults.add(Fault.drop(), method="POST", path=CREATE)
    assert engine.run_once().waiting == [post_id]
    clock.advance(hours=1)
    assert engine.run_once().sent == [post_id]
    assert bluesky_pds.texts() == ["Park open late"]


@pytest.mark.parametrize("mode", ["500", "400", "409", "mst"])
def test_a_repeated_record_key_is_read_back_whatever_the_server_answers(
    bluesky_pds_factory: Any, accounts: Accounts, secrets: SecretStore, mode: str
) -> None:
    env = bluesky_pds_factory(PdsConfig(duplicate_rkey=mode))
    session = env.session()
    account = connect_bluesky(accounts, secrets, session, "cardiffcouncil", env.app_password)
    publisher = build(context(account, accounts, secrets, session))
    part = prepared(publisher, "Council tax bills are on their way")

    first = publisher.publish(part)
    again = publisher.publish(part)  # a retry that didn't know the first landed

    assert again == first and env.texts() == ["Council tax bills are on their way"]
    expected = {"500": 500, "400": 400, "409": 409, "mst": 400}[mode]
    assert [e.status for e in requests_to(env, "com.atproto.repo.createRecord")] == [200, expected]


@pytest.mark.parametrize(
    ("kind", "status"), [("html", 502), ("not_json", 200), ("empty", 200), ("array", 200)]
)
def test_a_garbled_answer_after_the_write_is_settled_in_the_same_attempt(
    bluesky_pds: BlueskyEnv, pub: BlueskyPublisher, kind: str, status: int
) -> None:
    bluesky_pds.garbles.add(kind, path=CREATE, status=status, commit=True)
    part = prepared(pub, "Recycling centre hours")
    result = pub.publish(part)
    assert result.remote_id.startswith(
        f"at://{bluesky_pds.account.did}/app.bsky.feed.post/{part.idempotency['rkey']}|"
    )
    assert bluesky_pds.texts() == ["Recycling centre hours"]


@pytest.mark.parametrize(
    ("kind", "status"), [("html", 200), ("html", 502), ("not_json", 200), ("wrong_type", 200), ("empty", 200)]
)
def test_garbage_instead_of_an_answer_is_an_error_not_a_crash(
    bluesky_pds: BlueskyEnv, pub: BlueskyPublisher, kind: str, status: int
) -> None:
    bluesky_pds.garbles.add(kind, path="/xrpc/*", status=status, times=None)
    part = prepared(pub, "Leisure centre news")
    with pytest.raises(PublishError) as caught:
        pub.publish(part)
    assert caught.value.kind is ErrorKind.RETRY_LATER and caught.value.ambiguous
    assert "Crier will try again" in caught.value.message
    with pytest.raises(PublishError) as verifying:
        pub.verify()
    assert verifying.value.kind is ErrorKind.RETRY_LATER
    bluesky_pds.garbles.clear()
    assert pub.find_landed(part) is None
    pub.publish(part)
    assert bluesky_pds.texts() == ["Leisure centre news"]


@pytest.mark.parametrize("before", [False, True])
def test_a_crash_mid_thread_resumes_with_a_lookup_and_keeps_the_order(
    bluesky_pds: BlueskyEnv,
    account: AccountView,
    accounts: Accounts,
    secrets: SecretStore,
    session: requests.Session,
    db: Database,
    engine: SyncEngine,
    clock: EngineClock,
    before: bool,
) -> None:
    parts = ["Storm warning 1/3", "Sandbags at depots 2/3", "Stay safe 3/3"]
    [post_id] = Outbox(db).queue([account.id], parts)
    dying = SyncEngine(
        db,
        lambda a: CrashingPublisher(
            build(PublisherContext(a, accounts, secrets, session, {})), 1, before=before
        ),
        clock=clock,
    )
    with pytest.raises(Crash):
        dying.run_once()
    view = Outbox(db).get(post_id)
    assert view.state is State.SENDING and len(view.remote_ids) == 1  # part 2 sent (or not) but unrecorded
    assert len(bluesky_pds.texts()) == (2 if not before else 1)
    assert engine.run_once().sent == [post_id]  # its lease died with it: resumed at once

    records = bluesky_pds.state.posts(bluesky_pds.account.did)
    assert [r.value["text"] for r in records] == parts
    assert [r.value["reply"]["parent"]["uri"] for r in records[1:]] == [records[0].uri, records[1].uri]
    assert list(Outbox(db).get(post_id).remote_ids) == [f"{r.uri}|{r.cid}" for r in records]
    assert "resumed after an interrupted attempt" in [e[3] for e in Outbox(db).events(post_id)]


def test_random_faults_never_duplicate_or_reorder_posts(
    bluesky_pds: BlueskyEnv, account: AccountView, db: Database, engine: SyncEngine, clock: EngineClock
) -> None:
    faults = bluesky_pds.faults
    faults.add_random(Fault.lost_answer(), fraction=0.2, seed=11, method="POST", path=CREATE)
    faults.add_random(Fault.timeout(1.0, commit=True), fraction=0.1, seed=12, method="POST", path=CREATE)
    faults.add_random(Fault.http(503), fraction=0.15, seed=13, method="POST", path=CREATE)
    faults.add_random(Fault.drop(), fraction=0.1, seed=7, method="*", path="/xrpc/*")
    faults.add_random(Fault.http(500), fraction=0.1, seed=15, method="GET", path=GET_RECORD)
    outbox = Outbox(db)
    expected: list[str] = []
    posts = []
    for i in range(9):
        parts = [f"Update {i}"] if i % 3 else [f"Thread {i} part {n}" for n in range(1, 4)]
        posts += outbox.queue([account.id], parts)
        expected += parts
    for _ in range(60):
        engine.run_once()
        if all(outbox.get(p).state is State.SENT for p in posts):
            break
        clock.advance(hours=1)
    assert all(outbox.get(p).state is State.SENT for p in posts)

    records = bluesky_pds.state.posts(bluesky_pds.account.did)
    assert [r.value["text"] for r in records] == expected  # each part once, in queue order
    by_uri = {r.uri: r for r in records}
    for record in records:
        if " part " in record.value["text"] and not record.value["text"].endswith("part 1"):
            parent = by_uri[record.value["reply"]["parent"]["uri"]]
            assert (
                parent.seq == record.seq - 1
                and parent.value["text"].split(" part ")[0] == (record.value["text"].split(" part ")[0])
            )
    fired = [e.fault for e in bluesky_pds.state.requests() if e.fault]
    assert {"lost_answer", "status", "drop"} <= set(fired)


def test_someone_elses_record_at_our_key_needs_a_person(
    bluesky_pds: BlueskyEnv, pub: BlueskyPublisher
) -> None:
    part = prepared(pub, "Our post")
    other = PartRequest(2, 0, 1, "A different post", "en", None, None, idempotency=part.idempotency)
    pub.publish(other)
    with pytest.raises(PublishError) as caught:
        pub.find_landed(part)
    assert caught.value.kind is ErrorKind.NEEDS_ATTENTION and "different post" in caught.value.message
    with pytest.raises(PublishError):
        pub.publish(part)
    assert bluesky_pds.texts() == ["A different post"]


def test_publishing_without_a_prepared_key_is_refused(pub: BlueskyPublisher) -> None:
    with pytest.raises(PublishError) as caught:
        pub.publish(PartRequest(1, 0, 1, "No key", "en", None, None))
    assert caught.value.kind is ErrorKind.NEEDS_ATTENTION
    assert pub.find_landed(PartRequest(1, 0, 1, "No key", "en", None, None)) is None


def test_a_reply_to_a_bare_uri_fetches_its_cid(bluesky_pds: BlueskyEnv, pub: BlueskyPublisher) -> None:
    first = pub.publish(prepared(pub, "First"))
    uri = first.remote_id.split("|")[0]
    pub.publish(prepared(pub, "Second", index=1, count=2, reply_to=uri, root=uri))
    second = bluesky_pds.state.posts(bluesky_pds.account.did)[1]
    assert second.value["reply"]["parent"] == {"uri": uri, "cid": first.remote_id.split("|")[1]}
    with pytest.raises(PublishError) as caught:
        pub.publish(prepared(pub, "Orphan", index=1, count=2, reply_to=None))
    assert caught.value.kind is ErrorKind.NEEDS_ATTENTION


# -- errors -----------------------------------------------------------------------------------------------


def test_a_rate_limit_waits_until_the_servers_reset(
    bluesky_pds: BlueskyEnv, account: AccountView, db: Database, engine: SyncEngine, clock: EngineClock
) -> None:
    bluesky_pds.state.set_rate_limit("write", 3, 3600)  # one post an hour (a create costs 3 points)
    outbox = Outbox(db)
    [first] = outbox.queue([account.id], ["First"])
    [second] = outbox.queue([account.id], ["Second"])
    report = engine.run_once()
    assert report.sent == [first] and report.waiting == [second]
    view = outbox.get(second)
    assert view.error_kind == ErrorKind.WAIT_UNTIL.value and "limit" in view.error
    expected = bluesky_pds.state.now() + 3600
    assert view.next_attempt_at is not None
    assert abs(view.next_attempt_at.replace(tzinfo=UTC).timestamp() - expected) < 3
    clock.offset = view.next_attempt_at - utcnow()
    bluesky_pds.state.advance_clock(3601)
    assert engine.run_once().sent == [second]
    assert bluesky_pds.texts() == ["First", "Second"]


def test_an_injected_429_carries_ratelimit_headers(bluesky_pds: BlueskyEnv, pub: BlueskyPublisher) -> None:
    bluesky_pds.faults.add(Fault.rate_limited(), method="POST", path=CREATE)
    with pytest.raises(PublishError) as caught:
        pub.publish(prepared(pub, "Limited"))
    assert caught.value.kind is ErrorKind.WAIT_UNTIL and caught.value.retry_at is not None
    assert caught.value.retry_at > utcnow() + timedelta(minutes=59)


def test_rate_limit_reset_reads_the_servers_headers() -> None:
    now = 1_800_000_000.0
    at = rate_limit_reset({"RateLimit-Reset": str(int(now) + 600), "ratelimit-remaining": "0"}, now=now)
    assert at == datetime.fromtimestamp(now + 600, UTC).replace(tzinfo=None)
    assert rate_limit_reset({"retry-after": "30"}, now=now) == datetime.fromtimestamp(now + 30, UTC).replace(
        tzinfo=None
    )
    assert rate_limit_reset({}, now=now) == datetime.fromtimestamp(now + 300, UTC).replace(tzinfo=None)
    assert rate_limit_reset({"ratelimit-reset": "1"}, now=now) == datetime.fromtimestamp(now, UTC).replace(
        tzinfo=None
    )


def test_a_server_error_without_a_record_is_sent_again_later(
    bluesky_pds: BlueskyEnv, account: AccountView, db: Database, engine: SyncEngine, clock: EngineClock
) -> None:
    [post_id] = Outbox(db).queue([account.id], ["Pool closed for cleaning"])
    bluesky_pds.faults.add(Fault.http(503), method="POST", path=CREATE)
    assert engine.run_once().waiting == [post_id]
    assert "problem on its side (503)" in Outbox(db).get(post_id).error
    clock.advance(hours=1)
    assert engine.run_once().sent == [post_id]
    assert bluesky_pds.texts() == ["Pool closed for cleaning"]


def test_an_unreachable_server_is_retry_later_and_not_ambiguous(
    account: AccountView, accounts: Accounts, secrets: SecretStore, session: requests.Session
) -> None:
    accounts.update(account.id, service_url="http://127.0.0.1:9")
    publisher = build(context(account, accounts, secrets, session))
    with pytest.raises(PublishError) as caught:
        publisher.publish(prepared(publisher, "Hello"))
    assert caught.value.kind is ErrorKind.RETRY_LATER and not caught.value.ambiguous
    assert "connect" in caught.value.message


# -- sessions ---------------------------------------------------------------------------------------------


def test_an_expired_access_token_is_refreshed_and_both_tokens_rotate_in_the_keyring(
    bluesky_pds: BlueskyEnv, account: AccountView, pub: BlueskyPublisher, secrets: SecretStore
) -> None:
    old_access, old_refresh = (
        secrets.get(account.key, ACCESS_SECRET),
        secrets.get(account.key, REFRESH_SECRET),
    )
    bluesky_pds.state.advance_clock(bluesky_pds.state.config.access_ttl + 60)

    pub.publish(prepared(pub, "After lunch"))

    assert bluesky_pds.texts() == ["After lunch"]
    assert [e.status for e in requests_to(bluesky_pds, "com.atproto.server.refreshSession")] == [200]
    assert [e.status for e in requests_to(bluesky_pds, "com.atproto.repo.createRecord")] == [400, 200]
    assert secrets.get(account.key, ACCESS_SECRET) != old_access
    assert secrets.get(account.key, REFRESH_SECRET) != old_refresh


def test_a_lost_refresh_answer_falls_back_to_the_app_password(
    bluesky_pds: BlueskyEnv,
    account: AccountView,
    accounts: Accounts,
    secrets: SecretStore,
    session: requests.Session,
) -> None:
    bluesky_pds.state.advance_clock(bluesky_pds.state.config.access_ttl + 60)
    bluesky_pds.faults.add(Fault.lost_answer(), method="POST", path="/xrpc/com.atproto.server.refreshSession")
    first = build(context(account, accounts, secrets, session))
    with pytest.raises(PublishError) as caught:
        first.publish(prepared(first, "Try one"))
    assert caught.value.kind is ErrorKind.RETRY_LATER  # the refresh token was used up, its answer lost

    second = build(context(account, accounts, secrets, session))
    second.publish(prepared(second, "Try two"))

    assert bluesky_pds.texts() == ["Try two"]
    assert [e.status for e in requests_to(bluesky_pds, "com.atproto.server.refreshSession")] == [200, 400]
    assert [e.status for e in requests_to(bluesky_pds, "com.atproto.server.createSession")] == [200, 200]


def test_a_revoked_app_password_pauses_the_account_until_it_is_connected_again(
    bluesky_pds: BlueskyEnv, account: AccountView, accounts: Accounts, db: Database, engine: SyncEngine
) -> None:
    bluesky_pds.state.revoke_app_password(bluesky_pds.account.did)
    bluesky_pds.state.advance_clock(bluesky_pds.state.config.access_ttl + 60)  # issued tokens run out
    [post_id] = Outbox(db).queue([account.id], ["Paused"])

    report = engine.run_once()

    assert report.paused_accounts == [post_id]
    paused = accounts.get(account.id)
    assert paused.status is AccountStatus.NEEDS_SIGN_IN
    assert "app password" in paused.status_message and "connect the account again" in paused.status_message
    assert Outbox(db).get(post_id).state is State.QUEUED and bluesky_pds.texts() == []


def test_a_session_killed_with_its_app_password_needs_sign_in_at_once(
    bluesky_pds_factory: Any, accounts: Accounts, secrets: SecretStore
) -> None:
    env = bluesky_pds_factory(PdsConfig(revoke_access_with_app_password=True))
    session = env.session()
    account = connect_bluesky(accounts, secrets, session, "cardiffcouncil", env.app_password)
    env.state.revoke_app_password(env.account.did)
    publisher = build(context(account, accounts, secrets, session))
    with pytest.raises(PublishError) as caught:
        publisher.publish(prepared(publisher, "Refused"))
    assert caught.value.kind is ErrorKind.NEEDS_SIGN_IN and SETTINGS_PATH in caught.value.message


def test_tokens_are_renewed_before_they_expire(
    bluesky_pds: BlueskyEnv,
    account: AccountView,
    accounts: Accounts,
    secrets: SecretStore,
    session: requests.Session,
) -> None:
    ahead = lambda: datetime.now(UTC).timestamp() + bluesky_pds.state.config.access_ttl  # noqa: E731
    bluesky_pds.state.advance_clock(bluesky_pds.state.config.access_ttl - 30)
    publisher = BlueskyPublisher(accounts.get(account.id), accounts, secrets, session, clock=ahead)
    publisher.publish(prepared(publisher, "Fresh token"))
    assert [e.status for e in requests_to(bluesky_pds, "com.atproto.server.refreshSession")] == [200]
    assert [e.status for e in requests_to(bluesky_pds, "com.atproto.repo.createRecord")] == [200]


def test_two_workers_share_one_renewal(
    bluesky_pds: BlueskyEnv,
    account: AccountView,
    accounts: Accounts,
    secrets: SecretStore,
    session: requests.Session,
) -> None:
    gui = build(context(account, accounts, secrets, session))
    cli = build(context(account, accounts, secrets, session))
    bluesky_pds.state.advance_clock(bluesky_pds.state.config.access_ttl + 60)
    gui.publish(prepared(gui, "From the window"))
    cli.publish(prepared(cli, "From crier sync"))  # its token is stale; the keyring has the renewed one
    assert bluesky_pds.texts() == ["From the window", "From crier sync"]
    assert len(requests_to(bluesky_pds, "com.atproto.server.refreshSession")) == 1
    assert requests_to(bluesky_pds, "com.atproto.server.createSession")[1:] == []


def test_a_locked_keyring_pauses_posting_with_the_keyrings_words(
    account: AccountView, accounts: Accounts, session: requests.Session
) -> None:
    with pytest.raises(PublishError) as caught:
        build(context(account, accounts, SecretStore(backend=LockedKeyring()), session))
    assert caught.value.kind is ErrorKind.NEEDS_SIGN_IN and "locked" in caught.value.message


def test_an_account_without_secrets_needs_signing_in(
    account: AccountView, accounts: Accounts, session: requests.Session
) -> None:
    with pytest.raises(PublishError) as caught:
        build(context(account, accounts, SecretStore(backend=MemoryKeyring()), session))
    assert caught.value.kind is ErrorKind.NEEDS_SIGN_IN and SETTINGS_PATH in caught.value.message


# -- the app's session, and secrets --------------------------------------------------------------------


class RecordingAdapter(BaseAdapter):
    def __init__(self, inner: BaseAdapter, seen: list[str]) -> None:
        super().__init__()
        self.inner = inner
        self.seen = seen

    def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:  # type: ignore[override]
        self.seen.append(request.url or "")
        return self.inner.send(request, **kwargs)

    def close(self) -> None:
        self.inner.close()


def test_every_request_goes_through_the_apps_session(
    bluesky_pds: BlueskyEnv,
    accounts: Accounts,
    secrets: SecretStore,
    db: Database,
    clock: EngineClock,
    tmp_path: Path,
) -> None:
    session = bluesky_pds.session()
    seen: list[str] = []
    for prefix, adapter in list(session.adapters.items()):
        session.mount(prefix, RecordingAdapter(adapter, seen))
    account = connect_bluesky(accounts, secrets, session, "cardiffcouncil", bluesky_pds.app_password)
    engine = SyncEngine(db, lambda a: build(PublisherContext(a, accounts, secrets, session, {})), clock=clock)
    image = Attachment(logo(tmp_path / "logo.png"), "Logo", "image/png")
    Outbox(db).queue([account.id], ["Hello @alice.test", "Thread"], media=[image])
    bluesky_pds.state.advance_clock(bluesky_pds.state.config.access_ttl + 60)
    engine.run_once()
    assert len(bluesky_pds.texts()) == 2
    assert len(seen) == len(bluesky_pds.state.requests()) >= 7
    assert all(url.startswith("https://bsky.social/xrpc/") for url in seen)


def test_secrets_never_reach_logs_reprs_errors_or_the_database(
    bluesky_pds: BlueskyEnv,
    accounts: Accounts,
    secrets: SecretStore,
    memory: RecordingKeyring,
    db: Database,
    clock: EngineClock,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    session = bluesky_pds.session(read_timeout=0.5)
    account = connect_bluesky(accounts, secrets, session, "cardiffcouncil", bluesky_pds.app_password)
    engine = SyncEngine(db, lambda a: build(PublisherContext(a, accounts, secrets, session, {})), clock=clock)
    outbox = Outbox(db)
    outbox.queue([account.id], ["One"])
    bluesky_pds.faults.add(Fault.lost_answer(), method="POST", path=CREATE)
    engine.run_once()
    bluesky_pds.state.advance_clock(bluesky_pds.state.config.access_ttl + 60)  # renewed on the next post
    clock.advance(hours=1)
    outbox.queue([account.id], ["One and a half"])
    assert len(engine.run_once().sent) == 2
    bluesky_pds.state.revoke_app_password(bluesky_pds.account.did)
    bluesky_pds.state.advance_clock(bluesky_pds.state.config.access_ttl + 60)
    outbox.queue([account.id], ["Two"])
    engine.run_once()
    publisher_text = ""
    with pytest.raises(PublishError) as caught:
        publisher = build(context(account, accounts, secrets, session))
        publisher_text = repr(publisher) + repr(publisher._keeper)
        publisher.verify()

    assert len(memory.ever) >= 5  # the app password and at least two pairs of tokens
    error = caught.value
    haystacks = {
        "log": caplog.text,
        "reprs": publisher_text + repr(error) + str(error) + error.detail,
        "outbox": json.dumps([p.as_json() for p in outbox.posts()]),
        "accounts": json.dumps([a.as_json() for a in accounts.all()]),
    }
    for path in app_paths().data.rglob("*"):
        if path.is_file():
            haystacks[str(path)] = path.read_bytes().decode("utf-8", "replace")
    leaks = [
        (where, value[:6]) for where, text in haystacks.items() for value in memory.ever if value in text
    ]
    assert leaks == []
