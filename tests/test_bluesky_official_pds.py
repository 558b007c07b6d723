"""Crier's Bluesky publisher against the official PDS software, not only against our own fake.

The server is ``@atproto/pds`` as pinned in tests/pds/package-lock.json, run by the pinned Node 22 on
127.0.0.1 with a PLC directory of its own (tests/pds/start.mjs). Every request goes through the app's own
HTTP session and, in front of the server, a fault-injecting proxy (tests/fakes/fault_proxy.py), so the
exactly-once paths meet the real server's real answers: a record key sent twice is a 500 there, not a
409; a lost answer is read back from the real repository. What a real server cannot be made to do
(garbled answers, rate limits, takedowns, expiring uploads) stays with the fake in
test_bluesky_publisher.py.

Outside CI the tests skip, with the reason, where the server can't be installed (no npm, not Linux x64,
no compiler); in CI (``CI`` set) that is a failure.
"""

from __future__ import annotations

import io
import os
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from PIL import Image

from desktop.core.accounts import Accounts, AccountStatus, AccountView
from desktop.core.attachments import Attachment
from desktop.core.credentials import Secret, SecretStore
from desktop.core.db import Database
from desktop.core.net import NetConfig, make_session
from desktop.core.networks.bluesky.api import ACCESS_SECRET, APP_PASSWORD_SECRET, BlueskyAuthError
from desktop.core.networks.bluesky.publisher import BlueskyPublisher, build
from desktop.core.networks.bluesky.sign_in import connect_bluesky, jwt_claims
from desktop.core.networks.publishing import ErrorKind, PartRequest, Published, PublishError
from desktop.core.networks.registry import PublisherContext
from desktop.core.outbox import Outbox
from desktop.core.sync import SyncEngine
from tests.fakes.fault_proxy import FaultProxy
from tests.fakes.faults import Fault
from tests.keyrings import MemoryKeyring
from tests.pds.official import OfficialPds, PdsAccount, PdsUnavailable, install

pytestmark = [pytest.mark.integration, pytest.mark.slow]

CREATE = "com.atproto.repo.createRecord"
GET_RECORD = "com.atproto.repo.getRecord"


@pytest.fixture(scope="module")
def official_pds(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OfficialPds]:
    try:
        server = OfficialPds(install(), tmp_path_factory.mktemp("official-pds")).start()
    except PdsUnavailable as why:
        if os.environ.get("CRIER_REQUIRE_PDS_TESTS"):
            pytest.fail(f"CI must run the official Bluesky PDS, but {why}")
        pytest.skip(f"the official Bluesky PDS can't run here: {why}")
    yield server
    server.close()


@pytest.fixture
def council(official_pds: OfficialPds) -> PdsAccount:
    return official_pds.create_account("council")


@pytest.fixture
def proxy(official_pds: OfficialPds) -> Iterator[FaultProxy]:
    with FaultProxy(official_pds.url) as running:
        yield running


@pytest.fixture
def session(proxy: FaultProxy) -> Iterator[requests.Session]:
    """The app's session, with https://bsky.social sent to the proxy in front of the official PDS."""
    net = NetConfig(proxy="direct", read_timeout=3.0, api_base_overrides={"https://bsky.social": proxy.url})
    with make_session(net) as made:
        yield made


@pytest.fixture
def account(
    council: PdsAccount, accounts: Accounts, secrets: SecretStore, session: requests.Session
) -> AccountView:
    return connect_bluesky(accounts, secrets, session, council.handle, council.app_password)


@pytest.fixture
def pub(
    account: AccountView, accounts: Accounts, secrets: SecretStore, session: requests.Session
) -> BlueskyPublisher:
    return build(PublisherContext(accounts.get(account.id), accounts, secrets, session, {}))


@pytest.fixture
def engine(db: Database, accounts: Accounts, secrets: SecretStore, session: requests.Session) -> SyncEngine:
    return SyncEngine(db, lambda a: build(PublisherContext(a, accounts, secrets, session, {})))


def prepared(
    publisher: BlueskyPublisher,
    text: str,
    *,
    post_id: int = 1,
    index: int = 0,
    count: int = 1,
    reply_to: str | None = None,
    root: str | None = None,
    language: str = "en",
) -> PartRequest:
    part = PartRequest(post_id, index, count, text, language, reply_to, root)
    return PartRequest(
        post_id, index, count, text, language, reply_to, root, idempotency=dict(publisher.prepare(part))
    )


def statuses(proxy: FaultProxy, nsid: str) -> list[int]:
    return [exchange.status for exchange in proxy.exchanges(nsid)]


def stored(official_pds: OfficialPds, council: PdsAccount) -> list[dict[str, Any]]:
    return official_pds.records(council.did)


def photo(path: Path, size: tuple[int, int]) -> Path:
    """A noisy JPEG (hard to compress, so well over 1 MB) with camera metadata."""
    image = Image.frombytes("RGB", size, random.Random(5).randbytes(size[0] * size[1] * 3))
    exif = Image.Exif()
    exif[0x010F] = "CouncilPhone"  # Make
    image.save(path, "JPEG", quality=95, exif=exif)
    return path


# -- connecting ------------------------------------------------------------------------------------------


def test_an_app_password_connects_and_its_session_carries_the_app_password_scope(
    council: PdsAccount, account: AccountView, memory: MemoryKeyring
) -> None:
    assert account.status is AccountStatus.CONNECTED
    assert (account.handle, account.remote_id) == (f"@{council.handle}", council.did)
    stored_secrets = {user.rsplit(":", 1)[1]: value for (_, user), value in memory.entries.items()}
    assert stored_secrets[APP_PASSWORD_SECRET] == council.app_password
    access = stored_secrets[ACCESS_SECRET]
    assert jwt_claims(Secret(access)).get("scope") == "com.atproto.appPass"  # the real server's word


def test_a_main_password_shaped_like_an_app_password_is_caught_by_the_real_sessions_scope(
    official_pds: OfficialPds, proxy: FaultProxy, accounts: Accounts, secrets: SecretStore, session: Any
) -> None:
    main = "abcd-efgh-ijkl-mnop"
    owner = official_pds.create_account("gwynedd", password=main)
    with pytest.raises(BlueskyAuthError) as caught:
        connect_bluesky(accounts, secrets, session, owner.handle, main)
    assert "App passwords" in caught.value.user_message
    assert statuses(proxy, "com.atproto.server.deleteSession") == [200]  # the main-password session ended
    assert accounts.all() == []


def test_a_wrong_app_password_is_refused_in_plain_words(
    council: PdsAccount, accounts: Accounts, secrets: SecretStore, session: requests.Session
) -> None:
    with pytest.raises(BlueskyAuthError) as caught:
        connect_bluesky(accounts, secrets, session, council.handle, "aaaa-bbbb-cccc-dddd")
    assert "didn't accept that handle and app password" in caught.value.user_message
    assert accounts.all() == []


# -- posting ---------------------------------------------------------------------------------------------


def test_a_post_with_a_link_a_mention_and_a_tag_is_stored_with_its_facets(
    official_pds: OfficialPds, council: PdsAccount, pub: BlueskyPublisher
) -> None:
    alice = official_pds.create_account("alice")
    text = f"Mae'r Ŵyl yn dechrau 👩‍💻 #Caerdydd @{alice.handle} @nobody.test https://cardiff.gov.uk/gŵyl."
    part = prepared(pub, text, language="en,cy")

    result = pub.publish(part)

    [record] = stored(official_pds, council)
    rkey = part.idempotency["rkey"]
    assert record["uri"] == f"at://{council.did}/app.bsky.feed.post/{rkey}"
    assert result == Published(f"{record['uri']}|{record['cid']}", result.url)
    assert result.url == f"https://bsky.app/profile/{council.handle}/post/{rkey}"
    value = record["value"]
    # The link is shortened in the text as the official app shows it; its facet keeps the whole address.
    shown = text.replace("https://cardiff.gov.uk/gŵyl", "cardiff.gov.uk/gŵyl")
    assert (value["text"], value["langs"], value["createdAt"]) == (
        shown,
        ["en", "cy"],
        part.idempotency["created_at"],
    )
    encoded = shown.encode()
    facets = value["facets"]
    covered = [encoded[f["index"]["byteStart"] : f["index"]["byteEnd"]].decode() for f in facets]
    assert covered == ["#Caerdydd", f"@{alice.handle}", "cardiff.gov.uk/gŵyl"]  # @nobody: plain
    assert facets[1]["features"] == [{"$type": "app.bsky.richtext.facet#mention", "did": alice.did}]
    assert facets[2]["features"] == [
        {"$type": "app.bsky.richtext.facet#link", "uri": "https://cardiff.gov.uk/gŵyl"}
    ]


def test_a_thread_goes_out_through_the_engine_as_a_chain_of_replies(
    official_pds: OfficialPds, council: PdsAccount, account: AccountView, db: Database, engine: SyncEngine
) -> None:
    parts = ["Road closures 1/3", "Part two 2/3", "Diolch 3/3"]
    [post_id] = Outbox(db).queue([account.id], parts, language="cy")

    assert engine.run_once().sent == [post_id]

    first, second, third = stored(official_pds, council)
    assert [r["value"]["text"] for r in (first, second, third)] == parts
    assert "reply" not in first["value"]
    root = {"uri": first["uri"], "cid": first["cid"]}
    assert second["value"]["reply"] == {"root": root, "parent": root}
    assert third["value"]["reply"] == {"root": root, "parent": {"uri": second["uri"], "cid": second["cid"]}}
    assert list(Outbox(db).get(post_id).remote_ids) == [
        f"{r['uri']}|{r['cid']}" for r in (first, second, third)
    ]


def test_an_image_goes_out_scaled_with_its_alt_text(
    official_pds: OfficialPds,
    council: PdsAccount,
    account: AccountView,
    db: Database,
    engine: SyncEngine,
    tmp_path: Path,
) -> None:
    big = photo(tmp_path / "ffordd.jpg", (2400, 1600))
    assert big.stat().st_size > 1_000_000
    media = [Attachment(big, "Flooded road at Llandaf", "image/jpeg")]
    [post_id] = Outbox(db).queue([account.id], ["Flooding update"], media=media)

    assert engine.run_once().sent == [post_id]

    [record] = stored(official_pds, council)
    embed = record["value"]["embed"]
    assert embed["$type"] == "app.bsky.embed.images"
    [image] = embed["images"]
    assert image["alt"] == "Flooded road at Llandaf" and image["image"]["mimeType"] == "image/jpeg"
    data = official_pds.blob(council.did, image["image"]["ref"]["$link"])
    assert len(data) == image["image"]["size"] <= 1_000_000
    with Image.open(io.BytesIO(data)) as uploaded:
        size = (image["aspectRatio"]["width"], image["aspectRatio"]["height"])
        assert uploaded.size == size and max(size) <= 2000 and not uploaded.getexif()


def test_bluesky_text_limits_are_the_official_servers_limits(
    official_pds: OfficialPds, council: PdsAccount, pub: BlueskyPublisher, proxy: FaultProxy
) -> None:
    """At the limits the real server takes the post; just over them Crier and the server both refuse it."""
    family = "👩‍👩‍👧‍👦"  # one grapheme, 25 bytes
    at_limits = ["ŵ" * 300, family * 120]  # 300 graphemes; 120 graphemes in 3,000 bytes
    for index, text in enumerate(at_limits):
        pub.publish(prepared(pub, text, post_id=index + 1))
    assert official_pds.texts(council.did) == at_limits

    session = official_pds.call(
        "com.atproto.server.createSession",
        method="POST",
        json={"identifier": council.handle, "password": council.app_password},
    )
    for text in ("ŵ" * 301, family * 121):
        with pytest.raises(PublishError) as caught:
            pub.publish(prepared(pub, text, post_id=9))
        assert caught.value.kind is ErrorKind.NEEDS_EDITING
        record = {"$type": "app.bsky.feed.post", "text": text, "createdAt": "2026-01-01T00:00:00.000Z"}
        refused = requests.post(
            f"{official_pds.url}/xrpc/{CREATE}",
            json={"repo": council.did, "collection": "app.bsky.feed.post", "record": record},
            headers={"Authorization": f"Bearer {session['accessJwt']}"},
            timeout=30,
        )
        assert refused.status_code == 400 and "text" in refused.json()["message"], refused.text
    assert statuses(proxy, CREATE) == [200, 200]  # Crier never sent the ones over the limits


# -- exactly once against the real repository ------------------------------------------------------------


def test_a_record_key_sent_twice_gets_the_real_servers_500_and_is_read_back(
    official_pds: OfficialPds, council: PdsAccount, pub: BlueskyPublisher, proxy: FaultProxy
) -> None:
    part = prepared(pub, "Council tax bills are on their way")

    first = pub.publish(part)
    again = pub.publish(part)  # a retry that didn't know the first landed

    assert again == first
    assert official_pds.texts(council.did) == ["Council tax bills are on their way"]
    assert statuses(proxy, CREATE) == [200, 500]  # not 409: the publisher settles it by reading the key
    assert statuses(proxy, GET_RECORD) == [200]


def test_a_lost_answer_is_found_in_the_repository_not_posted_again(
    official_pds: OfficialPds, council: PdsAccount, pub: BlueskyPublisher, proxy: FaultProxy
) -> None:
    part = prepared(pub, "Bins go out on Tuesday")
    proxy.faults.add(Fault.lost_answer(), method="POST", path=f"/xrpc/{CREATE}")
    with pytest.raises(PublishError) as caught:
        pub.publish(part)
    assert caught.value.kind is ErrorKind.RETRY_LATER and caught.value.ambiguous

    landed = pub.find_landed(part)

    [record] = stored(official_pds, council)
    assert landed is not None and landed.remote_id == f"{record['uri']}|{record['cid']}"
    assert [(e.status, e.reached_server) for e in proxy.exchanges(CREATE)] == [(0, True)]


@pytest.mark.parametrize("landed", [True, False])
def test_a_timeout_is_settled_by_the_record_key(
    official_pds: OfficialPds, council: PdsAccount, pub: BlueskyPublisher, proxy: FaultProxy, landed: bool
) -> None:
    part = prepared(pub, "Library closed today")
    proxy.faults.add(Fault.timeout(5.0, commit=landed), method="POST", path=f"/xrpc/{CREATE}")
    with pytest.raises(PublishError) as caught:
        pub.publish(part)
    assert caught.value.kind is ErrorKind.RETRY_LATER and caught.value.ambiguous

    result = pub.find_landed(part) or pub.publish(part)

    [record] = stored(official_pds, council)
    assert result.remote_id == f"{record['uri']}|{record['cid']}"
    assert len(proxy.exchanges(CREATE)) == (1 if landed else 2)


def test_a_server_error_before_the_write_is_sent_again_once(
    official_pds: OfficialPds, council: PdsAccount, pub: BlueskyPublisher, proxy: FaultProxy
) -> None:
    part = prepared(pub, "Park open late")
    proxy.faults.add(Fault.http(503), method="POST", path=f"/xrpc/{CREATE}")
    with pytest.raises(PublishError) as caught:
        pub.publish(part)
    assert caught.value.kind is ErrorKind.RETRY_LATER  # read back in the same attempt: nothing there

    assert pub.find_landed(part) is None
    pub.publish(part)

    assert official_pds.texts(council.did) == ["Park open late"]
    assert statuses(proxy, CREATE) == [503, 200]


def test_another_record_at_our_key_needs_a_person(
    official_pds: OfficialPds, council: PdsAccount, pub: BlueskyPublisher
) -> None:
    part = prepared(pub, "Our post")
    pub.publish(PartRequest(2, 0, 1, "A different post", "en", None, None, idempotency=part.idempotency))
    with pytest.raises(PublishError) as caught:
        pub.find_landed(part)
    assert caught.value.kind is ErrorKind.NEEDS_ATTENTION and "different post" in caught.value.message
    with pytest.raises(PublishError) as again:
        pub.publish(part)
    assert again.value.kind is ErrorKind.NEEDS_ATTENTION
    assert official_pds.texts(council.did) == ["A different post"]


def _send_until_done(pub: BlueskyPublisher, posts: list[list[str]]) -> list[int]:
    """The outbox's contract with a publisher, as the engine keeps it: each part prepared once; after an
    ambiguous failure the record key is read back before anything is sent again. Returns attempts made."""
    attempts = []
    for post_id, parts in enumerate(posts, start=1):
        ids: list[str] = []
        for index, text in enumerate(parts):
            part = prepared(
                pub,
                text,
                post_id=post_id,
                index=index,
                count=len(parts),
                reply_to=ids[-1] if ids else None,
                root=ids[0] if ids else None,
            )
            check_landed = False
            for attempt in range(1, 30):
                try:
                    result = (pub.find_landed(part) if check_landed else None) or pub.publish(part)
                except PublishError as error:
                    assert error.kind is ErrorKind.RETRY_LATER, error
                    check_landed = check_landed or error.ambiguous
                    continue
                ids.append(result.remote_id)
                attempts.append(attempt)
                break
            else:
                pytest.fail(f"part {index} of post {post_id} never went out")
    return attempts


def test_random_faults_in_front_of_the_official_pds_never_duplicate_or_reorder_posts(
    official_pds: OfficialPds, council: PdsAccount, pub: BlueskyPublisher, proxy: FaultProxy
) -> None:
    create, get_record = f"/xrpc/{CREATE}", f"/xrpc/{GET_RECORD}"
    faults = proxy.faults
    faults.add_random(Fault.lost_answer(), fraction=0.2, seed=11, method="POST", path=create)
    faults.add_random(Fault.timeout(4.0, commit=True), fraction=0.1, seed=12, method="POST", path=create)
    faults.add_random(Fault.http(503), fraction=0.15, seed=13, method="POST", path=create)
    faults.add_random(Fault.drop(), fraction=0.1, seed=7, method="*", path="/xrpc/*")
    faults.add_random(Fault.http(500), fraction=0.1, seed=15, method="GET", path=get_record)
    posts = [[f"Update {i}"] if i % 3 else [f"Thread {i} part {n}" for n in range(1, 4)] for i in range(9)]

    attempts = _send_until_done(pub, posts)

    records = stored(official_pds, council)
    assert [r["value"]["text"] for r in records] == [text for parts in posts for text in parts]
    texts = {r["uri"]: r["value"]["text"] for r in records}
    for record in records:
        thread, _, number = record["value"]["text"].partition(" part ")
        if number and number != "1":
            assert texts[record["value"]["reply"]["parent"]["uri"]] == f"{thread} part {int(number) - 1}"
    fired = {e.fault for e in proxy.exchanges() if e.fault}
    assert {"lost_answer", "timeout", "status", "drop"} <= fired and max(attempts) > 1
    landed_unheard = [e for e in proxy.exchanges(CREATE) if e.reached_server and e.status == 0]
    assert landed_unheard  # posts that landed while Crier heard nothing, each found by its record key
